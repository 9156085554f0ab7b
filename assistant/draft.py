"""Stage: redacted notes + facts + checklist + criteria -> a letter, assembled from versioned templates.

Offline mode lives here; draft_llm.py writes the prose with a model. Both return redacted text:
re-identification happens once, in the service, after every model call is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from assistant.checklist import ChecklistItem
from assistant.facts import Facts
from assistant.prompts import render
from assistant.records import LetterRequest, Passage


@dataclass(frozen=True)
class Draft:
    """A drafted letter with everything a reviewer needs to trust it."""

    letter: str                      # PHI restored: for the clinician's eyes only
    redacted_letter: str             # the same letter with placeholders, as drafted
    mode: str                        # "offline" or "llm"
    model: str                       # "" offline; the model name in LLM mode
    prompt_id: str                   # template or prompt id and version
    checklist: tuple[ChecklistItem, ...]
    unsupported_claims: tuple[str, ...]
    admin_gaps: tuple[str, ...]
    citations: tuple[Passage, ...]
    notices: tuple[str, ...] = field(default_factory=tuple)  # e.g. "the model did not answer; offline draft"
    pipeline_seconds: float = 0.0    # our own time, everything but the model
    model_seconds: float = 0.0

    def batch_line(self, case_id: str) -> dict:
        """The `necessity draft --batch` output line."""
        return {"id": case_id, "mode": self.mode, "letter": self.letter,
                "checklist": [{"element": c.element, "status": c.status, "evidence": c.evidence,
                               "in_letter": c.in_letter} for c in self.checklist],
                "unsupported_claims": list(self.unsupported_claims),
                "citations": [{k: p.citation()[k] for k in ("source_id", "title", "section", "url")}
                              for p in self.citations]}


_ID_LABELS = {
    "name": r"(?:client|patient|member|participant|child|name|identified patient|re)",
    "dob": r"(?:dob|date of birth|d\.o\.b\.)",
    "member_id": r"(?:member id|member #|subscriber id|medicaid id|medicare id|mbi|policy|[a-z]+ id)",
}


def client_identity(redacted_notes: Sequence[str]) -> dict[str, str]:
    """Redacted notes -> the placeholders that identify the client: name, DOB and member ID."""
    found: dict[str, str] = {}
    text = "\n".join(redacted_notes)
    for key, label in _ID_LABELS.items():
        m = re.search(rf"(?i)\b{label}\b\s*[:#]?\s*(?:\w+\s+)?(<[A-Z_]+_\d+>)", text)
        if m:
            found[key] = m.group(1)
    if "name" not in found:
        m = re.search(r"<PERSON_\d+>", text)
        if m:
            found["name"] = m.group()
    return found


def retrieval_query(request: LetterRequest, facts: Facts) -> str:
    """What to ask the knowledge base for: this level of care's medical-necessity criteria."""
    diagnoses = ", ".join(d.name for d in facts.diagnoses[:2] if getattr(d, "name", ""))
    kind = {"continued_stay": "continued stay", "appeal": "appeal of a denial"}.get(request.letter_type,
                                                                                   "authorization")
    return f"{request.level_of_care} medical necessity criteria {kind} {diagnoses}".strip()


def draft_offline(request: LetterRequest, redacted_notes: Sequence[str], facts: Facts,
                  checklist: Sequence[ChecklistItem], passages: Sequence[Passage]) -> tuple[str, str]:
    """Offline mode: fill the letter template from facts and criteria -> (template id, redacted letter)."""
    return render("letter", request=request, facts=facts, checklist={c.element: c for c in checklist},
                  passages=list(passages), identity=client_identity(redacted_notes))
