"""Medical-necessity checklist: which of the 14 elements the notes document, and which a letter shows."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from assistant.letters import patterns as P
from assistant.letters.behavior_counts import count_signals
from assistant.letters.body_measures import known_first, symptom_first, treatment_trends
from assistant.letters.facts import Facts, Finding
from assistant.letters.levels import intensity  # noqa: F401 (the level names are read here and by appeals)

ELEMENTS: tuple[str, ...] = (
    "diagnosis", "icd10_code", "standardized_measure", "measure_trend", "functional_impairment",
    "risk_assessment", "treatment_modality", "measurable_goals", "frequency_duration", "progress",
    "prior_treatment", "lower_level_insufficient", "discharge_criteria", "medication_status",
)

QUESTIONS: dict[str, str] = {
    "diagnosis": "What is the client's current diagnosis (DSM-5 name)?",
    "icd10_code": "What ICD-10-CM code goes with the diagnosis?",
    "standardized_measure": "Which standardized measure was given (for example PHQ-9, GAD-7, PCL-5), its score and the date it was given?",
    "measure_trend": "What second score on the same measure, and on what date, shows change since the baseline?",
    "functional_impairment": "How do the symptoms affect work or school, relationships, self-care or safety (counts, dates, examples)?",
    "risk_assessment": "Was a suicide, self-harm or violence risk screen done, and with what instrument, date, result and risk level (for example C-SSRS)?",
    "treatment_modality": "Which treatment approach or interventions are you using (for example CBT, DBT, EMDR, ERP)?",
    "measurable_goals": "What are the treatment goals with a countable target or score threshold (for example PHQ-9 below 10, panic attacks 1 or fewer a week)?",
    "frequency_duration": "How often will sessions be held, and for how many sessions or weeks?",
    "progress": "What has changed since treatment began (scores, symptoms or functioning)?",
    "prior_treatment": "What treatment has the client had before (therapy, hospital care, medication trials), or is there none?",
    "lower_level_insufficient": "Why is a less intensive level of care not enough or not available?",
    "discharge_criteria": "What will show that the client is ready to leave this level of care or move to a less intensive one?",
    "medication_status": "Is the client taking psychiatric medication (name and dose), or is there none or an evaluation pending?",
}
_PROGRAM_QUESTION = ("What schedule (hours a day, days a week) do you plan, and how long do you expect the program "
                     "to last, or what will end it?")

Signal = tuple[str, ...]  # phrases that must all appear within 80 characters of each other in a letter


@dataclass(frozen=True)
class ChecklistItem:
    """The verdict for one checklist element, with evidence from the notes or a question for the clinician."""

    element: str
    status: str  # met | missing | not_applicable
    evidence: str  # verbatim sentence from the notes; '' unless met
    question: str  # plain question to the clinician; '' unless missing
    in_letter: bool = False  # set by mark_in_letter: the letter shows this element's content
    signals: tuple[Signal, ...] = ()  # content a letter must show for in_letter (codes, names, scores)
    read_by: str = ""  # "model" when the model's quote (found verbatim, passing element_met_in) made it met


def _words(text: str) -> Signal:
    return (text.strip().lower(),)


def _met(element: str, findings: Sequence[object], signals: Sequence[Signal]) -> ChecklistItem:
    evidence = getattr(findings[0], "evidence")
    return ChecklistItem(element, "met", evidence, "", False, tuple(s for s in signals if s and all(s)))


def _item(element: str, findings: Sequence[object], signals: Callable[[], Sequence[Signal]], question: str = "") -> ChecklistItem:
    if findings:
        return _met(element, findings, signals())
    return ChecklistItem(element, "missing", "", question or QUESTIONS[element])


def _na(element: str) -> ChecklistItem:
    return ChecklistItem(element, "not_applicable", "", "")


def _first_number(text: str) -> str:
    m = re.search(r"(?<![\w.])\d+(?:\.\d+)?", text)
    return m.group(0) if m else ""


def _goal_signal(text: str) -> Signal:
    words = sorted(re.findall(r"[A-Za-z][A-Za-z-]{4,}", text), key=len, reverse=True)
    return ((words[0].lower() if words else ""), _first_number(text))


def _level_signals(findings: Sequence[Finding]) -> list[Signal]:
    # Any level word next to any insufficiency word: "weekly outpatient ... was tried".
    return [(lv.group(0).lower(), ins.group(0).lower()) for f in findings
            for rx in (P.LEVEL_WORD, P.LEVEL_STORY) for lv in rx.finditer(f.evidence)
            for rx2 in (P.INSUFFICIENT, P.FAILED_STORY) for ins in rx2.finditer(f.evidence)]


_STAY = re.compile(r"\b(?:request\w*|estimat\w*|expected|anticipated|LOS|length of stay|more|additional|another|further)\b", re.I)


def _frequency_duration(facts: Facts, level: str) -> ChecklistItem:
    program = level in ("iop", "php", "residential", "inpatient")
    ends: Sequence[Finding] = facts.duration or (facts.discharge_criteria if program else ())
    question = _PROGRAM_QUESTION if program else ""
    # a hospital or residential stay is around the clock, a day program meets on its program days: the length is the plan
    days = level == "php" and any(re.search(r"\b(?:program|treatment) days?\b", d.text, re.I) for d in facts.duration)
    stay = [d for d in facts.duration if _STAY.search(d.evidence)]  # "Request 14 more days", "Est. LOS 30-45 days"
    if (level == "inpatient" and ends or level == "residential" and stay or days) and not facts.frequency:
        return _met("frequency_duration", [ends[0]], [(_first_number(ends[0].text),)])
    if not (facts.frequency and ends):
        return ChecklistItem("frequency_duration", "missing", "", question or QUESTIONS["frequency_duration"])
    signals = [(f.text.lower(), _first_number(d.text)) for f in facts.frequency[:2] for d in ends[:2]]
    return _met("frequency_duration", [facts.duration[0] if facts.duration else facts.frequency[0]], signals)


def _treatment_not_started(facts: Facts, letter_type: str) -> bool:
    # Pre-service appeal: only an explicit cue (wait list, not yet admitted) turns trend/progress off.
    # A waitlist in the history of a client whose scores were repeated in treatment is not a pre-service case.
    # A repeat score told on a medication trial's line ("venlafaxine 225 mg -- minimal benefit (MADRS 36 -> 34)") is the
    # response to a drug tried before, not to the care asked for.
    drugs = [m.name.lower() for m in facts.medications if m.name]
    in_care = [t for t in facts.trends if not any(d in t.evidence.lower() for d in drugs)]
    return letter_type == "initial_authorization" or (letter_type == "appeal" and bool(facts.not_started) and not in_care)


# An injury's or an external cause's code (a laceration, "intentional self-harm by sharp object") is the emergency
# visit's, not the diagnosis the care treats; abuse codes (T74, T76) can be the focus of a child's treatment.
_INJURY_CODE = re.compile(r"^(?:[SVWXY]|T(?!7[46]))\d", re.I)


def _clinical_items(facts: Facts) -> dict[str, ChecklistItem]:
    measurable = [g for g in facts.goals if g.measurable]
    numeric = symptom_first([m for m in facts.measures if not isinstance(m.score, str)])
    coded = [d for d in facts.diagnoses if d.icd10 and not _INJURY_CODE.match(d.icd10)]
    treated = known_first(treatment_trends(facts.trends, facts.diagnoses))  # a weight beside a depression is no trend of its care
    status_words = [("medication",), ("psychiatric",), ("psychotropic",)]
    return {
        "diagnosis": _item("diagnosis", facts.diagnoses, lambda: [_words(d.name.split(",")[0]) for d in facts.diagnoses]
                           + [(d.icd10,) for d in facts.diagnoses if d.icd10]),
        "icd10_code": _item("icd10_code", coded, lambda: [(d.icd10,) for d in coded]),
        "standardized_measure": _item("standardized_measure", numeric or facts.measures,
                                      lambda: [(m.instrument, str(m.score)) for m in facts.measures]),
        "measure_trend": _item("measure_trend", treated,
                               lambda: [(t.instrument, str(t.first), str(t.last)) for t in treated]),
        "functional_impairment": _item("functional_impairment", facts.impairments,
                                       lambda: [_words(i.text) for i in facts.impairments]),
        "risk_assessment": _item("risk_assessment", facts.risk.screens,
                                 lambda: [_words(s.text) for s in facts.risk.screens] + [("suicid",), ("C-SSRS",)]),
        "treatment_modality": _item("treatment_modality", facts.modalities, lambda: [_words(m.text) for m in facts.modalities]),
        "measurable_goals": _item("measurable_goals", measurable, lambda: [_goal_signal(g.text) for g in measurable]),
        "progress": _item("progress", facts.progress, lambda: [_words(p.text) for p in facts.progress if "->" not in p.text]
                          + [(t.instrument, str(t.last)) for t in facts.trends]),
        "prior_treatment": _item("prior_treatment", facts.prior_treatment,
                                 lambda: [_words(p.text) for p in facts.prior_treatment] + [("no prior",), ("prior treatment",)]),
        "lower_level_insufficient": _item("lower_level_insufficient", facts.lower_level_rationale,
                                          lambda: _level_signals(facts.lower_level_rationale)),
        "discharge_criteria": _item("discharge_criteria", facts.discharge_criteria,
                                    lambda: [("discharge", _first_number(d.text)) for d in facts.discharge_criteria]
                                    + [("step down", _first_number(d.text)) for d in facts.discharge_criteria]),
        "medication_status": _item("medication_status", facts.medication_status,
                                   lambda: [_words(m.name) for m in facts.medications] + status_words),
    }


_TESTING = re.compile(r"\b(?:psychological|psychoeducational|neuropsychological|diagnostic) (?:testing|evaluation|assessment)\b|"
                      r"\btesting\b|\b9613[0-9]\b", re.I)


_BEHAVIOR_ANALYTIC = re.compile(r"\bABA\b|behavio(?:u)?r(?:al)? analy|\b9715[1-8]\b|adaptive behavior treatment", re.I)


def check_notes(facts: Facts, letter_type: str, level_of_care: str, pre_service: bool = False) -> tuple[ChecklistItem, ...]:
    """Facts + letter type + level of care -> one ChecklistItem per element, in ELEMENTS order. `pre_service`: the request
    itself says the care asked for has not started (an appeal of a denied referral, a program not yet begun)."""
    level = intensity(level_of_care)
    items = _clinical_items(facts)
    items["frequency_duration"] = _frequency_duration(facts, level)
    if pre_service and letter_type == "appeal" or _treatment_not_started(facts, letter_type) or _TESTING.search(level_of_care or ""):
        # a testing request asks for one evaluation, not a course of care: there is no response to treatment to show
        items["measure_trend"], items["progress"] = _na("measure_trend"), _na("progress")
    if _TESTING.search(level_of_care or ""):
        # one evaluation ends with its report: discharge criteria count when the notes give them and are not asked for
        # when they do not (its goals still are: reviewers split on them, and most of our sets' gold asks)
        if items["discharge_criteria"].status == "missing":
            items["discharge_criteria"] = _na("discharge_criteria")
        if items["frequency_duration"].status == "missing" and facts.duration:  # "over 3 sessions, 7 hours": its amount
            items["frequency_duration"] = _met("frequency_duration", [facts.duration[0]], [(_first_number(facts.duration[0].text),)])
    if items["measure_trend"].status == "missing" and facts.count_trends and _BEHAVIOR_ANALYTIC.search(level_of_care or ""):
        # ABA measures progress by counted behaviour ("4 elopements a week at baseline, 1 now"), not by a scale
        items["measure_trend"] = _met("measure_trend", facts.count_trends, [count_signals(facts.count_trends[0])])
    if level == "routine":
        items["lower_level_insufficient"] = _na("lower_level_insufficient")
    return tuple(items[e] for e in ELEMENTS)


def element_met_in(element: str, text: str, letter_type: str, level_of_care: str) -> ChecklistItem | None:
    """The element's own rule run on one text alone (a quote someone points to) -> the met item, or None."""
    from assistant.letters.extract import extract_facts  # extract imports the finders this module's rules use

    item = next(i for i in check_notes(extract_facts([text]), letter_type, level_of_care) if i.element == element)
    return item if item.status == "met" else None


# ---------------------------------------------------------------- the letter side

MISSING_MARKER = re.compile(r"\[MISSING:[^\]]*\]", re.IGNORECASE)


def _phrase_spans(letter: str, phrase: str) -> list[int]:
    if re.fullmatch(r"\d+(?:\.\d+)?", phrase):
        rx = r"(?<![\w.])%s(?:\.0+)?(?![\d])" % re.escape(phrase)
    else:
        rx = r"(?<![A-Za-z0-9])%s" % re.escape(phrase).replace(r"\-", r"[-\s]?").replace(r"\ ", r"[\s-]+")
    return [m.start() for m in re.finditer(rx, letter, re.IGNORECASE)]


def signal_in(letter: str, signal: Signal, window: int = 80) -> bool:
    """True when every phrase of the signal occurs in the letter within window characters of the first."""
    spans = [_phrase_spans(letter, p) for p in signal]
    if not all(spans):
        return False
    return any(all(any(abs(q - p) <= window for q in other) for other in spans[1:]) for p in spans[0])


def mark_in_letter(items: Sequence[ChecklistItem], letter_text: str) -> tuple[ChecklistItem, ...]:
    """Set in_letter on met items whose content (code, name, score, modality...) the letter shows."""
    letter = MISSING_MARKER.sub(" ", letter_text)
    return tuple(replace(it, in_letter=it.status == "met" and any(signal_in(letter, s) for s in it.signals))
                 for it in items)


_CREDENTIAL = re.compile(r"\b(?:LCSW|LICSW|LMSW|LPC|LPCC|LCPC|LMHC|LMFT|MFT|PsyD|PhD|Ph\.D\.|MD|DO|APRN|PMHNP|NP|LCADC|LADC|CADC|LSW|LP)\b")


def _code_key(code: str) -> str:
    m = re.search(r"[A-Z]?\d{4,5}", code)
    return m.group(0) if m else code.strip()


def administrative_gaps(letter_text: str, requested: dict, clinician: dict) -> list[str]:
    """Administrative items a payer needs that the letter lacks: codes, units, dates, credentials, NPI."""
    letter = MISSING_MARKER.sub(" ", letter_text)
    gaps = ["CPT/HCPCS code %s is not in the letter" % c for c in requested.get("codes", [])
            if not re.search(r"(?<!\d)%s(?!\d)" % re.escape(_code_key(c)), letter)]
    units = str(requested.get("sessions_or_units") or "")
    counts = [n for n in re.findall(r"(?<![\d.])\d{1,3}(?![\d])", re.sub(r"\b\d{5}\b", " ", units))]
    if not units or not all(_phrase_spans(letter, n) for n in counts) or not counts:
        gaps.append("Requested units/sessions are not stated in the letter")
    if not _has_dates(letter, str(requested.get("date_range") or "")):
        gaps.append("Requested service dates or date range are not in the letter")
    creds = str(clinician.get("credentials") or "")
    if not (creds and creds.lower() in letter.lower()) and not (not creds and _CREDENTIAL.search(letter)):
        gaps.append("Clinician credentials are missing from the letter")
    npi = re.sub(r"\D", "", str(clinician.get("npi") or ""))
    if not (npi and npi in re.sub(r"[^\d]", "", letter)) and not (not npi and re.search(r"NPI\D{0,5}\d{10}", letter)):
        gaps.append("Clinician NPI is missing from the letter")
    return gaps


def _has_dates(letter: str, date_range: str) -> bool:
    explicit = re.findall(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}", date_range)
    if explicit:
        return all(d in letter for d in explicit)
    words = sorted(re.findall(r"[A-Za-z]{5,}", date_range), key=len, reverse=True)[:1]
    numbers = re.findall(r"\d+", date_range)
    if date_range and (date_range.lower() in letter.lower() or (numbers and signal_in(letter, tuple(numbers + words)))):
        return True
    span = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+ \d{1,2}, \d{4})"
    return bool(re.search(r"%s\s*(?:-|\u2013|to|through)\s*%s|(?:from|starting|beginning|effective) %s" % (span, span, span), letter))
