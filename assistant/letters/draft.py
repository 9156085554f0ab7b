"""Stage: redacted notes + facts + checklist + criteria -> a letter, assembled from versioned templates.

Offline mode lives here; model_draft.py writes the prose with a model. Both return redacted text:
re-identification happens once, in the letter flow (pipeline.py), after every model call is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from assistant.letters import score_lines as L
from assistant.letters.approaches import evidence_base, modalities
from assistant.letters.citations import citations, cited_text, request_summary, service_lines
from assistant.letters import sections as S
from assistant.letters.checklist import ChecklistItem
from assistant.letters.facts import Facts
from assistant.letters.sections import and_join, usable
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


_ID_LABELS = {
    "name": (r"(?:client|patient|member|participant|child|name|identified patient|re)", "PERSON"),
    "dob": (r"(?:dob|date of birth|d\.o\.b\.)", "DATE"),
    "member_id": (r"(?:member id|member #|subscriber id|medicaid id|medicare id|mbi|policy|[a-z]+ id|id|mrn)",
                  "(?:MEMBER_ID|ID|MRN)"),
}


def client_identity(redacted_notes: Sequence[str]) -> dict[str, str]:
    """Redacted notes -> the placeholders that identify the client: name, DOB and member ID."""
    found: dict[str, str] = {}
    text = "\n".join(redacted_notes)
    for key, (label, kind) in _ID_LABELS.items():
        m = re.search(rf"(?i)\b{label}\b\s*[:#]?\s*(?:\w+\s+)?(<(?-i:{kind})_\d+>)", text)
        if m:
            found[key] = m.group(1)
    member = re.search(r"<MEMBER_ID_\d+>", text)
    if member:  # a payer's member ID beats a chart number for the Re: line
        found["member_id"] = member.group()
    if "name" not in found:
        m = re.search(r"<PERSON_\d+>", text)
        if m:
            found["name"] = m.group()
    return found


def retrieval_query(request: LetterRequest, facts: Facts) -> str:
    """What to ask the knowledge base for: this payer's level-of-care criteria for this kind of request."""
    kind = {"continued_stay": "continued stay", "appeal": "appeal of a denial"}.get(request.letter_type,
                                                                                   "authorization")
    return f"{request.payer} {request.level_of_care} level of care guidelines medical necessity criteria {kind}".strip()


LETTER_TITLES = {"initial_authorization": "Request for authorization", "continued_stay": "Request for continued authorization",
                 "appeal": "Appeal of a denial of coverage"}
ELEMENT_LABELS = {
    "diagnosis": "a diagnosis", "icd10_code": "ICD-10-CM codes", "standardized_measure": "standardized measures",
    "measure_trend": "repeat scores on the same measure", "functional_impairment": "functional impairment by domain",
    "risk_assessment": "a risk assessment", "treatment_modality": "a named treatment approach",
    "measurable_goals": "measurable goals", "frequency_duration": "the planned frequency and duration",
    "progress": "progress since treatment began", "prior_treatment": "treatment history",
    "lower_level_insufficient": "why a less intensive level of care is not enough",
    "discharge_criteria": "discharge and step-down criteria", "medication_status": "medication status",
}


def letter_view(request: LetterRequest, redacted_notes: Sequence[str], facts: Facts,
                checklist: Sequence[ChecklistItem], passages: Sequence[Passage]) -> dict:
    """Everything the letter templates show, section by section; only facts, notes and the request."""
    items = {c.element: c for c in checklist}
    q = {e: S.question(items, e) for e in items}
    used: set[str] = set()
    risk = facts.risk
    view = {
        "title": LETTER_TITLES.get(request.letter_type, "Request for authorization"),
        "services": service_lines(request), "requested": dict(request.requested),
        "diagnoses": [d for d in facts.diagnoses if S.usable(d.evidence)],
        "measures": L.measures(facts), "trends": L.trends(facts), "q": q,
        "status": {e: c.status for e, c in items.items()},
        "lower_level": S.sentences(facts.lower_level_rationale, used, redacted_notes) + S.labelled(redacted_notes, "loc", used),
        "discharge": S.sentences(facts.discharge_criteria, used, redacted_notes) + S.labelled(redacted_notes, "discharge", used),
        "risk": S.sentences(risk.screens, used, redacted_notes) + S.labelled(redacted_notes, "risk", used),
        "risk_factors": S.sentences([f for f in risk.factors if S.RISK_FACTOR_OK.search(f.evidence)], used, redacted_notes),
        "medication": S.sentences(facts.medication_status, used, redacted_notes),
        "prior": S.sentences(facts.prior_treatment, used, redacted_notes),
        "goals": [g[:1].upper() + g[1:].rstrip(".") for g in S.unique(S.clean(g.text) for g in facts.goals if S.usable(g.evidence))],
        "not_started": S.sentences(facts.not_started, used, redacted_notes),
        "denial": S.denial_statements(redacted_notes, request.payer) if request.letter_type == "appeal" else [],
        "denial_sections": [],  # per-reason sections of an appeal, set by draft_offline
    }
    used.update(re.sub(r"\W+", " ", s).strip().lower() for s in view["denial"])
    view["progress"] = S.sentences([p for p in facts.progress if "->" not in p.text], used, redacted_notes)
    if view["status"].get("progress") == "met":
        view["progress"] += S.labelled(redacted_notes, "progress", used)
    view["impairments"] = S.impairments(facts, used, redacted_notes)
    view["plan"] = S.sentences(list(facts.modalities) + list(facts.frequency) + list(facts.duration), used, redacted_notes, only_prose=True)
    view["modalities"] = list(dict.fromkeys(surface for _, surface in modalities(facts)))
    view["evidence_base"] = evidence_base(facts)
    # 'twice-weekly; 24 weeks': the planned frequency and duration phrases as the notes write them
    phrases = {f.text.lower(): f.text.lower() if f.text.isupper() else f.text for f in facts.frequency + facts.duration
               if usable(f.evidence)}
    view["frequency_duration"] = "; ".join(phrases.values())
    view["other_measures"] = L.other_measure_sentences(redacted_notes, facts, used)
    view["presentation"] = S.narrative(redacted_notes, used, first_note=True, limit=6)
    view["course"] = S.narrative(redacted_notes, used, first_note=False, limit=6)
    view["criteria"] = citations(passages, redacted_notes, request.requested, request.letter_type == "appeal")
    view["documented"] = and_join([ELEMENT_LABELS[e] for e in ELEMENT_LABELS if view["status"].get(e) == "met"])
    view.update(name=client_identity(redacted_notes).get("name") or "my client", level=request.level_of_care,
                dx_phrases=S.dx_phrases(facts), headline=L.headline(facts), request_summary=request_summary(request))
    return view


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
    return pid, _tidy(_ask_for_pasted_placeholders(text, request.notes))


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
    keep = [line for line in letter.split("\n") if "{{CLINICIAN_" in line or not line.strip()
            or not unsupported_claims(line, support, requested, cited)]
    return "\n".join(keep)


def _tidy(text: str) -> str:
    """A blank line around headings and the salutation, at most one in a row, no trailing spaces."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n(?=[A-Z][A-Z0-9 ()/,.:&'-]{3,}\n)", "\n\n", text)
    text = re.sub(r"(?m)^(Dear [^\n]*:)\n", "\\1\n\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
