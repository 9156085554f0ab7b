"""What an offline letter shows, section by section: every sentence placed once, element sections first.

Each met element's own section gets its evidence first (an element whose sentences another section already
shows still gets the clause that holds its finding), then the risk factors and the narrative take what is left.
A missing element carries its question; a not-applicable one is left out by the template.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters import score_lines as L
from assistant.letters import sections as S
from assistant.letters.approaches import evidence_base, modalities
from assistant.letters.checklist import ChecklistItem
from assistant.letters.citations import citations, request_summary, service_lines
from assistant.letters.facts import Facts
from assistant.letters.identity import client_identity
from assistant.letters.informants import agency_plan, procedure_record
from assistant.letters.narrative import narrative
from assistant.letters.quote_runs import within_run_limit, without_repeats
from assistant.letters.schedule_line import plan_schedule
from assistant.letters.self_monitoring import record_count_sentences
from assistant.letters.sections import and_join, usable
from assistant.records import LetterRequest, Passage

LETTER_TITLES = {"initial_authorization": "Request for authorization", "continued_stay": "Request for continued authorization",
                 "appeal": "Appeal of a denial of coverage"}
ELEMENT_LABELS = {
    "diagnosis": "a diagnosis", "icd10_code": "ICD-10-CM codes", "standardized_measure": "standardized measures",
    "measure_trend": "scores repeated on the same measure", "functional_impairment": "functional impairment by domain",
    "risk_assessment": "a risk assessment", "treatment_modality": "a named treatment approach",
    "measurable_goals": "measurable goals", "frequency_duration": "the planned frequency and duration",
    "progress": "progress since treatment began", "prior_treatment": "treatment history",
    "lower_level_insufficient": "why a less intensive level of care is not enough",
    "discharge_criteria": "discharge and step-down criteria", "medication_status": "medication status",
}
DOCUMENTED = "{{DOCUMENTED_ELEMENTS}}"  # replaced after rendering by the elements the letter shows


def _own(shown: list[str], findings: Sequence, met: bool, notes: Sequence[str]) -> list[str]:
    """The section's sentences; when the element is met and every one of its sentences is shown elsewhere, the clause
    that holds its first finding, so the element's evidence is in its own section."""
    if shown or not met:
        return shown
    for f in findings:
        if usable(f.evidence) and not S.is_row(f.evidence):
            return [S.clause_with(f.evidence, notes[f.note_index], getattr(f, "text", ""))]
    return shown


def _impairments(facts: Facts, used: set[str], notes: Sequence[str], met: bool) -> list[tuple[str, list[str]]]:
    found = S.impairments(facts, used, notes)
    if found or not met:
        return found
    return S.impairments(facts, set(), notes)


_LENGTH_LABEL = re.compile(r"e?los|length of stay|(?:estimated|expected|anticipated) (?:length|duration)|duration", re.I)  # a label, no length


def _schedule_phrases(facts: Facts) -> list[str]:
    """The plan's frequency and duration phrases (schedule_line.plan_schedule)."""
    return plan_schedule(facts.frequency, facts.duration, _LENGTH_LABEL)


def letter_view(request: LetterRequest, redacted_notes: Sequence[str], facts: Facts,
                checklist: Sequence[ChecklistItem], passages: Sequence[Passage]) -> dict:
    """Everything the letter templates show, section by section; only facts, notes and the request."""
    items = {c.element: c for c in checklist}
    status = {e: c.status for e, c in items.items()}
    met = {e: s == "met" for e, s in status.items()}
    notes, used, risk = redacted_notes, set(), facts.risk
    view: dict = {
        "title": LETTER_TITLES.get(request.letter_type, "Request for authorization"),
        "services": service_lines(request), "requested": dict(request.requested),
        "diagnoses": [d for d in facts.diagnoses if usable(d.evidence)],
        "measures": L.measures(facts), "trends": L.trends(facts), "score_questions": L.score_questions(facts),
        "q": {e: S.question(items, e) for e in items}, "status": status,
        "denial": S.denial_statements(notes, request.payer) if request.letter_type == "appeal" else [],
        "denial_sections": [],  # per-reason sections of an appeal, set by draft_offline
    }
    used.update(S.text_key(s) for s in view["denial"])
    # Element sections first, in the order a reviewer reads them.
    view["risk"] = _own(S.sentences(risk.screens, used, notes) + S.labelled(notes, "risk", used), risk.screens,
                        met.get("risk_assessment", False), notes)
    view["impairments"] = _impairments(facts, used, notes, met.get("functional_impairment", False))
    view["prior"] = _own(S.sentences(facts.prior_treatment, used, notes), facts.prior_treatment, met.get("prior_treatment", False), notes)
    view["medication"] = _own(S.sentences(facts.medication_status, used, notes), facts.medication_status,
                              met.get("medication_status", False), notes)
    # a procedure record's "Technique: supine, ..." is how a block was placed, and an agency plan's services and goals
    # are that agency's (a VR plan's "Vocational counseling", "Target date: 06/2027"): neither is the therapy plan
    proc = {i for i, note in enumerate(notes) if procedure_record(note) or agency_plan(note)}
    plan = [f for f in list(facts.modalities) + list(facts.frequency) + list(facts.duration) if f.note_index not in proc]
    view["plan"] = S.sentences(plan, used, notes, only_prose=True)
    view["modalities"] = list(dict.fromkeys(surface for name, surface in modalities(facts)
                                            if not all(m.note_index in proc for m in facts.modalities if m.text == name)))
    if met.get("treatment_modality") and not view["modalities"] and not S.sentences(facts.modalities, set(), notes):
        view["plan"] = _own([], facts.modalities, True, notes) + view["plan"]
    view["goals"] = [g[:1].upper() + g[1:].rstrip(".") for g in S.unique(_balanced(S.strip_label(g.text)) for g in facts.goals
                                                                            if usable(g.evidence) and g.note_index not in proc)]
    view["lower_level"] = _own(S.sentences(facts.lower_level_rationale, used, notes) + S.labelled(notes, "loc", used),
                               facts.lower_level_rationale, met.get("lower_level_insufficient", False), notes)
    view["discharge"] = _own(S.sentences(facts.discharge_criteria, used, notes) + S.labelled(notes, "discharge", used),
                             facts.discharge_criteria, met.get("discharge_criteria", False), notes)
    progress = [p for p in facts.progress if "->" not in p.text]
    view["progress"] = S.sentences(progress, used, notes)
    if status.get("progress") == "met":
        view["progress"] += S.labelled(notes, "progress", used)
        if not view["progress"] and not view["trends"]:
            view["progress"] = _own([], progress, True, notes)
    view["not_started"] = S.sentences(facts.not_started, used, notes)
    # Then what is left: risk factors, other measure sentences, the narrative.
    view["risk_factors"] = S.sentences([f for f in risk.factors if S.RISK_FACTOR_OK.search(f.evidence)], used, notes)
    view["evidence_base"] = evidence_base(facts)
    view["frequency_duration"] = "; ".join(_schedule_phrases(facts))
    view["other_measures"] = L.other_measure_sentences(notes, facts, used) + record_count_sentences(notes, used)
    view["presentation"] = narrative(notes, used, first_note=True, limit=6)
    view["course"] = narrative(notes, used, first_note=False, limit=6)
    view["criteria"] = citations(passages, notes, request.requested, request.letter_type == "appeal")
    view["documented"] = DOCUMENTED
    for key in ("risk", "prior", "medication", "plan", "lower_level", "discharge", "progress", "not_started", "risk_factors",
                "other_measures"):
        view[key] = within_run_limit(without_repeats(view[key]), notes)
    view.update(name=_client_name(notes), level=request.level_of_care, dx_phrases=S.dx_phrases(facts),
                headline=L.headline(facts), request_summary=request_summary(request))
    return view


def documented(items: Sequence[ChecklistItem]) -> str:
    """'a diagnosis, ICD-10-CM codes and a risk assessment': the met elements the letter shows."""
    shown = {c.element for c in items if c.status == "met" and c.in_letter}
    return and_join([label for e, label in ELEMENT_LABELS.items() if e in shown])


def _client_name(notes: Sequence[str]) -> str:
    return client_identity(notes).get("name") or "my client"


def _balanced(text: str) -> str:
    """A goal quoted without its closing mark ('"get my son back') loses the lone mark rather than print half a quote."""
    for mark in ('"', "\u201c", "\u201d"):
        if text.count(mark) % 2 and not ("\u201c" in text and "\u201d" in text):
            text = text.replace(mark, "")
    return text.strip()
