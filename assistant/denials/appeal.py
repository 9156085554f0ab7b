"""Stage: a denial reading + the case -> per-reason appeal sections, wording options, rights, deadline, P2P sheet."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from assistant.denials.case_summary import REASON_NAMES, CaseSummary, summarize
from assistant.letters.checklist import QUESTIONS, intensity
from assistant.letters.draft import retrieval_query
from assistant.letters.pipeline import Outline, Reading
from assistant.letters.state_scope import case_states, out_of_state
from assistant.denials.read import DenialReading
from assistant.denials.timing import TimeStatus, coverage_type, time_status
from assistant.prompts import render
from assistant.records import Passage
from assistant.phi.redact import redacted_slice
from assistant.phi.vault import reidentify

VARIANTS = ("evidence_first", "criteria_first", "brief")
# Reasons that are not about clinical necessity: the appeal answers them with their own evidence.
ADMINISTRATIVE = ("timely_filing", "no_prior_authorization", "out_of_network", "coding_or_billing_error")

# What to ask the knowledge base for, per denial reason.
_QUERIES = {
    "not_medically_necessary": "medical necessity criteria {level} CARC 50 appeal",
    "insufficient_documentation": "missing documentation records CARC 16 252 full and fair review new evidence",
    "lower_level_of_care_appropriate": "lower level of care appropriate {level} criteria why not outpatient",
    "no_progress_or_maintenance": "no progress maintenance care relapse prevention deterioration",
    "frequency_or_duration_exceeds_guidelines": "frequency session length 90837 CARC 151 150 time rule",
    "no_prior_authorization": "prior authorization CARC 197 15 retroactive authorization",
    "out_of_network": "out of network CARC 242 network adequacy single case agreement",
    "benefit_limit_reached": "visit limit CARC 119 parity quantitative treatment limitation",
    "non_covered_service_or_diagnosis": "non-covered service diagnosis CARC 96 167 204",
    "timely_filing": "timely filing CARC 29 proof of timely submission clearinghouse acceptance report",
    "coding_or_billing_error": "coding error CARC 4 16 M76 corrected claim",
    "other": "appeal denial rights",
}


@dataclass(frozen=True)
class ReasonSection:
    """One denial reason and the appeal's answer to it (redacted text)."""

    category: str
    heading: str
    quote: str
    text: str
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class AppealPlan:
    """Everything the appeal adds to a letter: sections, wording options, rights, deadline, P2P points."""

    sections: tuple[ReasonSection, ...]
    alternatives: dict = field(default_factory=dict)  # category -> (paragraph, paragraph, paragraph)
    rights_and_deadline: str = ""
    deadline_text: str = ""
    peer_to_peer: tuple[str, ...] = ()
    timing: TimeStatus | None = None
    opening: str = ""            # placed first in the letter: a late-filing request, or an administrative appeal's frame


def reason_query(category: str, level_of_care: str, criteria_cited: Sequence[str]) -> str:
    """A denial reason -> the knowledge-base query that finds the rules answering it."""
    query = _QUERIES.get(category, _QUERIES["other"]).format(level=level_of_care)
    return " ".join([query, *criteria_cited[:2]])


def deadline_text(reading: DenialReading, today: dt.date | None = None, timing: TimeStatus | None = None,
                  for_letter: bool = False) -> str:
    """The deadline and next step, stated plainly (dates are the real ones: this text stays local).

    On the page a deadline that is close or gone leads: the days left, or that it passed and what remains. In the
    letter a passed deadline points to the good-cause request at its top instead; the routes are advice for the
    clinician, not text for the payer.
    """
    today = today or dt.date.today()
    step = reading.next_step or "appeal"
    if reading.appeal_deadline_days is None and reading.appeal_deadline_date is None:
        if reading.review_level == "external_review":
            return f"The notice gives no further deadline. Next step: {step}."
        return (f"Next step: {step}. [MISSING: The notice does not state a deadline. What is it? "
                "(ERISA plans allow at least 180 days; Medicaid plans usually 60 days.)]")
    due = reading.appeal_deadline_date
    if for_letter and timing and timing.state == "passed":
        return (f"Next step: {step}. The time limit ended on {due:%m/%d/%Y}; the request at the top of this letter asks "
                "that the appeal be accepted for good cause.")
    lead = [timing.headline] if timing and timing.state in ("close", "passed") and not for_letter else []
    parts = lead + [f"Next step: {step}."]
    if reading.appeal_deadline_days is not None:
        parts.append(f"The notice allows {reading.appeal_deadline_days} days"
                     + (f" from {reading.notice_date:%m/%d/%Y}" if reading.notice_date else "") + ".")
    if due and not lead:
        left = (due - today).days
        parts.append(f"The last day to file is {due:%m/%d/%Y}"
                     + (f", {left} days from today." if left >= 0 else f", which passed {-left} days ago."))
    if reading.expedited_available:
        parts.append("The notice offers expedited review.")
    if timing and timing.state == "passed":
        parts += [f"{r.name}: {r.how} Clock: {r.clock}" for r in timing.routes]
    return " ".join(parts)


def opening_block(reading: DenialReading, categories: Sequence[str], coverage: str, timing: TimeStatus | None) -> str:
    """What the letter must say first: a good-cause request when the deadline passed; the frame of an
    administrative appeal (timely filing, authorization, network, coding) that turns on records, not necessity."""
    admin = [c for c in categories if c in ADMINISTRATIVE]
    _, text = render("appeal_opening", late=bool(timing and timing.state == "passed"), coverage=coverage,
                     last_day=f"{timing.last_day:%m/%d/%Y}" if timing and timing.last_day else "",
                     admin_only=bool(admin) and len(admin) == len(categories),
                     reasons=[REASON_NAMES.get(c, c) for c in admin])
    return _tidy(text)


def _quote(reading: DenialReading, category: str, redact) -> str:
    for reason in reading.reasons:
        if reason.category == category and reason.evidence:
            return " ".join(redact(reason.evidence).split())[:400]
    return ""


def plan_appeal(reading: DenialReading, summary: CaseSummary, level_of_care: str, payer: str,
                passages_by_reason: dict[str, list[Passage]], redact, expedite: bool,
                today: dt.date | None = None) -> AppealPlan:
    """The denial reading and case facts -> sections (one per reason), alternatives, rights, deadline, P2P."""
    categories = list(dict.fromkeys(r.category for r in reading.reasons)) or ["other"]
    sections, alternatives = [], {}
    for n, category in enumerate(categories, 1):
        passages = passages_by_reason.get(category, [])
        quote = _quote(reading, category, redact)
        values = dict(category=category, reason_name=REASON_NAMES.get(category, category), quote=quote, s=summary,
                      passages=passages, level_of_care=level_of_care, questions=QUESTIONS, n=n,
                      coverage=coverage_type(payer), criteria=list(reading.criteria_cited)[:3],
                      ratings=list(reading.ratings))
        _, text = render("appeal_reason", variant="letter", **values)
        sections.append(ReasonSection(category, REASON_NAMES.get(category, category), quote, _tidy(text),
                                      tuple(passages)))
        alternatives[category] = tuple(_tidy(render("appeal_reason", variant=v, **values)[1]) for v in VARIANTS)
    coverage = coverage_type(payer)
    timing = time_status(reading.appeal_deadline_date, coverage, reading.review_level, reading.dates_of_service,
                         today) if reading.appeal_deadline_date else None
    deadline = deadline_text(reading, today, timing)
    clinical = any(c not in ADMINISTRATIVE for c in categories)
    _, rights = render("appeal_rights", coverage=coverage, deadline_text=deadline_text(reading, today, timing, True),
                       expedited=expedite, clinical=clinical)
    points = peer_to_peer_points(summary, categories, passages_by_reason, level_of_care)
    named = ([f"The reviewer applied: {'; '.join(reading.criteria_cited[:3])}"] if reading.criteria_cited else []) + \
        [f"{r.summary()}: answer each dimension with the notes' evidence" for r in reading.ratings[:1]]
    points = (points[:1] + tuple(named) + points[1:])[:8]
    return AppealPlan(tuple(sections), alternatives, _tidy(rights), deadline, points, timing,
                      opening_block(reading, categories, coverage, timing))


def peer_to_peer_points(summary: CaseSummary, categories: Sequence[str],
                        passages_by_reason: dict[str, list[Passage]], level_of_care: str) -> tuple[str, ...]:
    """The 5-8 points a clinician makes on a peer-to-peer call, with the numbers and criteria to cite."""
    points = [f"Ask which criterion the reviewer found unmet for {level_of_care}, and the guideline's name and edition."]
    if summary.diagnoses:
        points.append("Diagnosis: " + "; ".join(summary.diagnoses))
    if summary.measures:
        points.append("Severity, with numbers: " + "; ".join(summary.measures[:4])
                      + (f" (trend: {'; '.join(summary.trends)})" if summary.trends else ""))
    if summary.impairments:
        points.append("Functional impairment: " + " / ".join(_clip(i, 160) for i in summary.impairments[:2]))
    points.append("Risk: " + (_clip(summary.risk, 220) if summary.risk else "no documented screen - have one ready"))
    if summary.lower_level or summary.prior_treatment:
        points.append("Why not a lower level: " + " / ".join(_clip(x, 220) for x in (summary.lower_level or summary.prior_treatment)[:2]))
    cited = []
    for category in categories:
        for p in passages_by_reason.get(category, [])[:1]:
            cited.append(f"{p.title} ({p.policy_id}), \"{p.section}\"")
    if cited:
        points.append("Criteria to cite: " + "; ".join(dict.fromkeys(cited)))
    points.append("Reasons to answer: " + "; ".join(REASON_NAMES.get(c, c) for c in categories))
    return tuple(points[:8])


def _clip(text: str, limit: int) -> str:
    """Shorten at a word boundary, never inside a placeholder such as <DATE_3>."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return re.sub(r"<[A-Z_0-9]*$", "", cut).rstrip(" ,;") + " ..."


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([.,;:])", r"\1", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@dataclass(frozen=True)
class AppealResult:
    """An appeal: the checked letter, the denial as read, wording options per reason, deadline, P2P sheet."""

    draft: object                 # Draft
    reading: object               # DenialReading
    alternatives: dict            # category -> (paragraph, ...), PHI restored
    peer_to_peer: tuple[str, ...]
    deadline_text: str
    sections: tuple[str, ...]     # the per-reason section headings, in order
    timing: TimeStatus | None = None  # days left, or that the deadline passed and what remains

    def batch_line(self, case_id: str) -> dict:
        """A draft batch line plus the appeal's own fields."""
        line = self.draft.batch_line(case_id)
        line.update({"denial_reasons": [r.category for r in self.reading.reasons], "deadline": self.deadline_text,
                     "alternatives": {k: list(v) for k, v in self.alternatives.items()},
                     "peer_to_peer": list(self.peer_to_peer)})
        return line


class AppealPlanner:
    """The appeal's part of the letter flow: criteria per denial reason, a section per reason, rights and deadline.

    Called once by the flow with the redacted case; `result` then wraps the checked draft with the wording
    options and the peer-to-peer sheet, restored locally.
    """

    def __init__(self, reading: DenialReading, denial_text: str, search: Callable[..., list[Passage]]):
        self.reading, self.denial_text, self.search = reading, denial_text, search
        self.plan: AppealPlan | None = None
        self.headings: tuple[str, ...] = ()
        self._vault = None

    def __call__(self, r: Reading) -> Outline:
        request, denial_note = r.request, r.case.notes[-1]  # the denial is the last text of the case
        self._vault = r.vault

        def redact_quote(evidence: str) -> str:
            at = self.denial_text.find(evidence)
            return redacted_slice(self.denial_text, denial_note, at, at + len(evidence)) if at >= 0 else ""

        level, where = request.level_of_care or "the requested care", dict(payer=request.payer,
                                                                          level_of_care=request.level_of_care)
        states = case_states(request.payer, request.level_of_care, [n.text for n in r.case.notes])
        by_reason = {x.category: [p for p in self.search(reason_query(x.category, level, self.reading.criteria_cited), k=3, **where)
                                  if not out_of_state(p, states)] for x in self.reading.reasons}
        general = [p for p in self.search(retrieval_query(request, r.facts), k=3, **where) if not out_of_state(p, states)]
        expedite = self.reading.expedited_available and intensity(level) in ("iop", "php", "residential", "inpatient")
        self.plan = plan_appeal(self.reading, summarize(r.facts), level, request.payer, by_reason, redact_quote, expedite)
        self.headings = tuple(f"Reason {n}: {x.heading}" for n, x in enumerate(self.plan.sections, 1))
        sections = tuple({"heading": x.heading, "paragraphs": [p for p in x.text.split("\n")[1:] if p.strip()]}
                         for x in self.plan.sections)
        passages = list(dict.fromkeys(general + [p for ps in by_reason.values() for p in ps]))[:8]
        return Outline(passages=tuple(passages), denial_sections=sections, headings=self.headings,
                       denial=denial_note.text, closing_block=self.plan.rights_and_deadline, model_reads_notes=False,
                       opening_block=self.plan.opening)

    def result(self, draft) -> AppealResult:
        """The checked draft -> the AppealResult, wording options and P2P points restored locally."""
        plan, restore = self.plan, (lambda t: reidentify(t, self._vault, capitalize_names=True))
        return AppealResult(draft=draft, reading=self.reading,
                            alternatives={k: tuple(restore(x) for x in v) for k, v in plan.alternatives.items()},
                            peer_to_peer=tuple(restore(p) for p in plan.peer_to_peer),
                            deadline_text=plan.deadline_text, sections=self.headings, timing=plan.timing)
