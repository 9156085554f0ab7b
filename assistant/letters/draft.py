"""Stage: redacted notes + facts + checklist + criteria -> a letter, assembled from versioned templates.

Offline mode lives here; model_draft.py writes the prose with a model. Both return redacted text:
re-identification happens once, in the letter flow (pipeline.py), after every model call is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from assistant.letters.checklist import ChecklistItem, mark_in_letter
from assistant.letters.citations import cited_text
from assistant.letters.facts import Facts
from assistant.letters.letter_checks import drop_empty_sections
from assistant.letters.letter_view import DOCUMENTED, client_identity, documented, letter_view
from assistant.letters.sections import and_join
from assistant.prompts import available, render
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
    defects: tuple[str, ...] = ()    # "class: line" found by the letter checks in this letter (model_letter_checks)
    model_letter: str = ""           # the model's version, PHI restored, when the offline draft was shown instead
    model_defects: tuple[str, ...] = ()  # what the model's first reply had, before repairs and revisions

    def batch_line(self, case_id: str) -> dict:
        """The `necessity draft --batch` output line."""
        return {"id": case_id, "mode": self.mode, "letter": self.letter,
                "checklist": [{"element": c.element, "status": c.status, "evidence": c.evidence,
                               "in_letter": c.in_letter} for c in self.checklist],
                "unsupported_claims": list(self.unsupported_claims),
                "citations": [{k: p.citation()[k] for k in ("source_id", "title", "section", "url")}
                              for p in self.citations]}


def retrieval_query(request: LetterRequest, facts: Facts) -> str:
    """What to ask the knowledge base for: this payer's level-of-care criteria for this kind of request."""
    kind = {"continued_stay": "continued stay", "appeal": "appeal of a denial"}.get(request.letter_type,
                                                                                   "authorization")
    return f"{request.payer} {request.level_of_care} level of care guidelines medical necessity criteria {kind}".strip()


def template_name(letter_type: str) -> str:
    """The per-type template when there is one (letter_appeal), else the shared letter template."""
    name = f"letter_{letter_type}"
    return name if name in available() else "letter"


def draft_offline(request: LetterRequest, redacted_notes: Sequence[str], facts: Facts,
                  checklist: Sequence[ChecklistItem], passages: Sequence[Passage],
                  denial_sections: Sequence[dict] = ()) -> tuple[str, str]:
    """Offline mode: fill the letter template from facts and criteria -> (template id, redacted letter).

    `denial_sections` ({"heading", "paragraphs"} per denial reason) come from the appeal stage; the appeal
    template gives each reason its own section.
    """
    view = letter_view(request, redacted_notes, facts, checklist, passages)
    view["denial_sections"] = [{"heading": str(s.get("heading", "")), "paragraphs": [str(p) for p in s.get("paragraphs", [])]}
                               for s in denial_sections]
    pid, text = render(template_name(request.letter_type), request=request, identity=client_identity(redacted_notes),
                       v=view, missing=lambda question: f"[MISSING: {question}]", and_join=and_join)
    support = list(redacted_notes) + [p for s in view["denial_sections"] for p in s["paragraphs"]]
    text = _without_unsupported(text, support, request.requested, cited_text(passages))
    text = _summarize(drop_empty_sections(text), checklist)
    return pid, _tidy(_ask_for_pasted_placeholders(text, request.notes))


def _summarize(letter: str, checklist: Sequence[ChecklistItem]) -> str:
    """The closing summary names only the met elements the letter shows; without any, the line goes."""
    names = documented(mark_in_letter(checklist, letter.replace(DOCUMENTED, "")))
    if names:
        return letter.replace(DOCUMENTED, names)
    return "\n".join(line for line in letter.split("\n") if DOCUMENTED not in line)


_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")
_KIND_WORDS = {"PERSON": "name", "NAME": "name", "DATE": "date", "ORG": "organization", "ORGANIZATION": "organization",
               "ADDRESS": "place", "LOCATION": "place"}


def _ask_for_pasted_placeholders(letter: str, raw_notes: Sequence[str]) -> str:
    """Notes pasted already de-identified hold placeholders this machine cannot restore: each becomes a
    question for the clinician instead of a leftover <PERSON_1> in the letter."""
    pasted = {m.group(0): m for m in _PLACEHOLDER.finditer("\n".join(raw_notes))}
    for tag, m in pasted.items():
        what = _KIND_WORDS.get(m.group(1), "identifier")
        letter = letter.replace(tag, f"[MISSING: the {what} that the pasted notes show only as {m.group(1)} {m.group(2)}]")
    return letter


def _without_unsupported(letter: str, support: Sequence[str], requested: dict, cited: Sequence[str]) -> str:
    """Last guard: drop any line that states a code, score, drug, diagnosis or event the notes do not support
    (the appeal stage's own paragraphs count as support: they quote the denial)."""
    from assistant.letters.claims import unsupported_claims

    if not unsupported_claims(letter, support, requested, cited):
        return letter
    keep = []
    for line in letter.split("\n"):
        if "{{CLINICIAN_" in line or not line.strip() or not unsupported_claims(line, support, requested, cited):
            keep.append(line)
            continue
        # a score's band or gloss may name a condition the notes do not diagnose ("PCL-5 = 41 (at or above the
        # provisional PTSD cut-off of 33)"): the score stays, without the bracket
        bare = _BRACKET.sub("", line)
        if bare != line and bare.strip(" -") and not unsupported_claims(bare, support, requested, cited):
            keep.append(bare)
    return "\n".join(keep)


_BRACKET = re.compile(r"\s*\([^()\n]*\)")


def _tidy(text: str) -> str:
    """A blank line around headings and the salutation, at most one in a row, no trailing spaces."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n(?=[A-Z][A-Z0-9 ()/,.:&'-]{3,}\n)", "\n\n", text)
    text = re.sub(r"(?m)^(Dear [^\n]*:)\n", "\\1\n\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
