"""Rule-based clinical fact extraction from therapy notes (raw or de-identified)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence, Union

from assistant import facts_patterns as P
from assistant.facts_patterns import Segment, segments

Score = Union[int, float, str]


@dataclass(frozen=True)
class Finding:
    """A fact stated in the notes: short text, the verbatim sentence or line, and its note."""
    text: str  # what was found, in the notes' words or a short canonical label
    evidence: str  # verbatim substring of notes[note_index]
    note_index: int


@dataclass(frozen=True)
class Diagnosis:
    """A diagnosis named in the notes."""
    name: str  # as written next to the code, or the canonical DSM name
    icd10: str | None  # ICD-10-CM code, None when the notes give no code
    evidence: str
    note_index: int


@dataclass(frozen=True)
class Measure:
    """One administration of a standardized instrument or objective clinical metric."""
    instrument: str  # normalized name, e.g. "PHQ-9"
    score: Score  # int/float, or text for categorical results ("negative", "8/9")
    date: str | None  # date text written with the score or its section, else None
    note_index: int
    evidence: str
    subject: str | None = None  # someone else whose score this is ("May's PHQ-9"); None for the client
    baseline: bool = False  # written as an earlier value ("prior GAD-7 = 12", "initial LSAS 94")


@dataclass(frozen=True)
class Trend:
    """The same instrument at two or more time points, first -> last."""
    instrument: str
    first: Score
    last: Score
    points: int  # number of administrations seen
    evidence: str  # sentence holding the last value
    note_index: int


@dataclass(frozen=True)
class Impairment:
    """A concrete functional impairment in one domain."""
    domain: str  # work_school | relationships | self_care | safety
    text: str  # the matched phrase
    evidence: str
    note_index: int


@dataclass(frozen=True)
class Risk:
    """Whether a suicide/self-harm/violence screen is documented; risk factors alone do not count."""
    assessed: bool
    summary: str  # the screen sentences, joined; '' when not assessed
    evidence: str  # first screen sentence; '' when not assessed
    screens: tuple[Finding, ...] = ()
    factors: tuple[Finding, ...] = ()  # firearms, prior attempts, self-harm history...


@dataclass(frozen=True)
class Goal:
    """A treatment goal and whether it has a countable target or score threshold."""
    text: str
    measurable: bool
    evidence: str
    note_index: int


@dataclass(frozen=True)
class Medication:
    """A medication named in the notes, with its dose when written."""
    name: str
    dose: str | None
    evidence: str
    note_index: int


@dataclass(frozen=True)
class Facts:
    """Everything the checklist needs, each item with verbatim evidence."""
    diagnoses: tuple[Diagnosis, ...]
    measures: tuple[Measure, ...]
    trends: tuple[Trend, ...]  # instruments given at two or more time points
    impairments: tuple[Impairment, ...]
    risk: Risk
    modalities: tuple[Finding, ...]  # canonical approach names (CBT, DBT, ERP...)
    goals: tuple[Goal, ...]
    frequency: tuple[Finding, ...]  # planned session frequency
    duration: tuple[Finding, ...]  # planned duration or number of sessions
    progress: tuple[Finding, ...]  # change since treatment or the episode began
    prior_treatment: tuple[Finding, ...]  # includes an explicit "no prior treatment"
    lower_level_rationale: tuple[Finding, ...]  # why a less intensive level is not enough
    discharge_criteria: tuple[Finding, ...]
    medications: tuple[Medication, ...]
    medication_status: tuple[Finding, ...]  # text: current | none | declined | pending
    cpt_codes: tuple[str, ...]
    not_started: tuple[Finding, ...]  # evidence that treatment has not begun (pre-service)


def _find(seg: Segment, text: str) -> Finding:
    return Finding(text.strip(), seg.text, seg.note_index)


def _first_per_text(items: Iterator[Finding]) -> tuple[Finding, ...]:
    seen: dict[str, Finding] = {}
    for item in items:
        seen.setdefault(item.text.lower(), item)
    return tuple(seen.values())


# ---------------------------------------------------------------- diagnoses

def _code_name(text: str, m: re.Match[str]) -> str:
    after = text[m.end():].lstrip(" -:\u2013\u2014")
    if after[:1].isalpha():
        name = re.split(r"[.;(\n]|\s[A-TV-Z]\d{2}\.", after)[0]
    else:  # "Generalized anxiety disorder (F41.1)": the name is the tail of the text before the code
        before = re.split(r"[:;(]|\.\s", text[:m.start()].rstrip(" (-:"))[-1]
        named = [x for _, rx in P.DIAGNOSIS_RES for x in rx.finditer(before)] + list(P.DIAGNOSIS_ABBREV.finditer(before))
        start = min((x.start() for x in named), default=None)
        name = before[start:] if start is not None else " ".join(before.split()[-6:])
    return re.sub(r"\s+", " ", name).strip(" ,-")


def canonical_diagnosis(text: str) -> str | None:
    """The canonical DSM name a diagnosis text refers to, if it is in the vocabulary."""
    abbrev = P.DIAGNOSIS_ABBREV.search(text)
    full = next((name for name, rx in P.DIAGNOSIS_RES if rx.search(text)), None)
    return full or (P.ABBREV_CANON[abbrev.group(1)] if abbrev else None)


def find_diagnoses(segs: Sequence[Segment]) -> tuple[Diagnosis, ...]:
    """Diagnoses with their ICD-10 codes first, then uncoded DSM names in a diagnostic context."""
    found: dict[str, Diagnosis] = {}
    for seg in segs:
        for m in P.ICD10.finditer(seg.text):
            if not P.DX_EXCLUDE.search(P.clause_before(seg.text, m.start(), 40)):
                code = m.group(1) or m.group(2)
                found.setdefault(code, Diagnosis(_code_name(seg.text, m), code, seg.text, seg.note_index))
    coded = {canonical_diagnosis(d.name) for d in found.values()}
    for seg in segs:
        hits = [(name, m) for name, rx in P.DIAGNOSIS_RES for m in rx.finditer(seg.text)]
        if seg.kind in ("dx", "assessment") or P.DX_CONTEXT.search(seg.text) or P.ICD10.search(seg.text):
            hits += [(P.ABBREV_CANON[m.group(1)], m) for m in P.DIAGNOSIS_ABBREV.finditer(seg.text)]
        for name, m in hits:
            if name not in coded and not P.DX_EXCLUDE.search(P.clause_before(seg.text, m.start(), 60)):
                found.setdefault(name.lower(), Diagnosis(name, None, seg.text, seg.note_index))
    return tuple(found.values())


# ---------------------------------------------------------------- measures

def _score(num: str, den: str | None, instrument: str) -> Score:
    if den and instrument in P.COUNT_STYLE:
        return num + "/" + den.replace(" ", "").lstrip("/")
    value = float(num)
    return int(value) if value.is_integer() and "." not in num else value


def _numeric_measures(seg: Segment, name: str, m: re.Match[str], date: str | None) -> list[Measure]:
    text, before = seg.text, P.clause_before(seg.text, m.start(), 40)
    owner = P.OTHER_OWNER.search(before)
    who, base = (owner.group(1) if owner else None), bool(P.BASELINE_CUE.search(before))
    tail = P.MEASURE_TAIL.match(text, m.end())
    if not tail:
        prior = P.MEASURE_BEFORE.search(text[:m.start()])
        return [Measure(name, _score(prior.group("num"), None, name), date, seg.note_index, text, who, base)] if prior else []
    out, end = [], tail.end()
    out.append(Measure(name, _score(tail.group("num"), tail.group("den"), name),
                       P.date_near(text, (m.end(), tail.start("num")), tail.end()) or date, seg.note_index, text, who, base))
    if (paren := P.BASELINE_PAREN.match(text, end)) is not None:
        out.append(Measure(name, _score(paren.group("num"), None, name), None, seg.note_index, text, who, True))
    while (nxt := P.MEASURE_NEXT.match(text, end)) is not None:
        out.append(Measure(name, _score(nxt.group("num"), nxt.group("den"), name),
                           P.date_near(text, (nxt.start("num"), nxt.start("num")), nxt.end()), seg.note_index, text, who,
                           nxt.group("sep").lower() == "from"))
        end = nxt.end()
    return out


def _measures_in(seg: Segment) -> list[Measure]:
    out: list[Measure] = []
    taken: list[tuple[int, int]] = []
    for name, rx in P.INSTRUMENT_RES:
        for m in rx.finditer(seg.text):
            if any(a <= m.start() < b for a, b in taken) or P.GOAL_NEAR.search(P.clause_before(seg.text, m.start(), 40)):
                continue
            taken.append(m.span())
            if name in P.CATEGORICAL:
                res = P.CATEGORY_TAIL.match(seg.text[m.end():])
                if res and not P.NOT_DONE.search(P.clause_of(seg.text, m.start())):
                    out.append(Measure(name, res.group(1).strip(), seg.date, seg.note_index, seg.text))
            else:
                out.extend(_numeric_measures(seg, name, m, seg.date))
    return out


def find_measures(segs: Sequence[Segment]) -> tuple[Measure, ...]:
    """Instrument scores outside goal and discharge statements (targets are not scores)."""
    found = [x for seg in segs if seg.kind not in ("goals", "discharge") for x in _measures_in(seg)]
    # "Beck Depression Inventory (BDI-II) 28" names one score twice.
    return tuple({(x.instrument, str(x.score), x.evidence, x.subject): x for x in found}.values())


def find_trends(measures: Sequence[Measure]) -> tuple[Trend, ...]:
    """Instruments given at two or more time points; a restated score is not a new time point."""
    by: dict[tuple[str, str | None], list[Measure]] = {}
    for x in measures:
        by.setdefault((x.instrument, x.subject), []).append(x)
    out = []
    for (name, _), xs in by.items():
        # Stable sort: within a note, a value written as "prior"/"initial" comes first.
        xs = sorted(xs, key=lambda x: (x.note_index, not x.baseline))
        distinct = {str(x.score) for x in xs}
        dated = {x.date for x in xs if x.date}
        if len(xs) >= 2 and (len(distinct) >= 2 or len(dated) >= 2):
            out.append(Trend(name, xs[0].score, xs[-1].score, len(xs), xs[-1].evidence, xs[-1].note_index))
    return tuple(out)


# ---------------------------------------------------------------- function, risk, modality

_NOT_FUNCTION = ("goals", "discharge", "plan", "meds", "loc", "measures", "dx")


def _normal_sleep(phrase: str) -> bool:
    # "sleeps 7 hours" is not an impairment; 5 or fewer, or 10 or more, is.
    hours = [float(h) for h in re.findall(r"\d+(?:\.\d+)?", phrase)] if re.search(r"sleep|night", phrase, re.I) else []
    return bool(hours) and "+" not in phrase and 5 < min(hours) and max(hours) < 10


def find_impairments(segs: Sequence[Segment]) -> tuple[Impairment, ...]:
    """Concrete, non-negated impairments per domain, outside goals and plans."""
    out = []
    for seg in segs:
        if seg.kind in _NOT_FUNCTION:
            continue
        for domain, rx in P.IMPAIRMENT:
            for m in rx.finditer(seg.text):
                if not P.negated(seg.text, m.start()) and not _normal_sleep(m.group(0)):
                    out.append(Impairment(domain, m.group(0), seg.text, seg.note_index))
    return tuple(out)


def _is_screen(seg: Segment, m: re.Match[str]) -> bool:
    clause = P.clause_of(seg.text, m.start())
    if P.NOT_DONE.search(clause) or seg.kind in ("goals", "discharge"):
        return False
    # "history of SI" alone is a risk factor; it needs a current status to be a screen.
    return not (re.search(r"history of", clause, re.I) and not re.search(r"current|now|today|denie|none", clause, re.I))


def find_risk(segs: Sequence[Segment]) -> Risk:
    """A documented SI/HI/self-harm screen or instrument; firearms or history alone are factors."""
    screens = _first_per_text(_find(seg, m.group(0)) for seg in segs
                              for m in P.RISK_SCREEN.finditer(seg.text) if _is_screen(seg, m))
    factors = _first_per_text(_find(seg, m.group(0)) for seg in segs for m in P.RISK_FACTOR.finditer(seg.text)
                              if not P.negated(seg.text, m.start()))
    sentences = list(dict.fromkeys(f.evidence for f in screens))
    return Risk(bool(screens), " ".join(sentences[:3]), sentences[0] if sentences else "", screens, factors)


def find_modalities(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Named treatment approaches in current or planned care (not past treatment)."""
    out = []
    for seg in segs:
        if seg.kind == "prior":
            continue
        for name, rx in P.MODALITY_RES:
            for m in rx.finditer(seg.text):
                past = P.PAST_MODALITY.search(P.clause_before(seg.text, m.start(), 80))
                if not past and seg.text[max(0, m.start() - 4):m.start()].lower() != "non-" and not P.negated(seg.text, m.start()):
                    out.append(Finding(name, seg.text, seg.note_index))
        out += [Finding(m.group(1), seg.text, seg.note_index) for m in P.NAMED_APPROACH.finditer(seg.text)
                if not P.PAST_MODALITY.search(P.clause_before(seg.text, m.start(), 80))]
    return _first_per_text(iter(out))


# ---------------------------------------------------------------- goals and plan

def _goal_texts(seg: Segment) -> list[str]:
    body = seg.text
    label = P.LABEL.match(body)
    if label and P.label_kind(label.group(1)) == "goals":
        body = body[label.end():]
    elif seg.kind != "goals":
        m = re.search(r"\bgoals? (?:is|are|of|will be)\b:?\s*(?:to\s+)?", body, re.I)
        if not m:
            return []
        body = P.GOAL_SPLIT.split(body[m.end():])[0]
    parts = []
    for part in (P.NUMBERING.sub("", p).strip(" .") for p in P.GOAL_SPLIT.split(body)):
        other = P.LABEL.match(part)
        if other and P.label_kind(other.group(1)) != "goals":
            break  # "Goals: ... . Next: 3/19" - the next label starts another field
        parts.append(part)
    return [p for p in parts if len(p) > 3 and p in seg.text]


def is_measurable(goal: str) -> bool:
    """True when a goal has a countable target or score threshold once time frames are removed."""
    text = P.TIMEFRAME.sub(" ", goal)
    for _, rx in P.INSTRUMENT_RES:
        text = rx.sub(" ", text)
    return bool(P.MEASURABLE.search(text))


def find_goals(segs: Sequence[Segment]) -> tuple[Goal, ...]:
    """Goals from goal sections, inline goal lists and "goal is to..." sentences."""
    return tuple(Goal(text, is_measurable(text), text, seg.note_index)
                 for seg in segs if seg.kind not in ("discharge", "prior") for text in _goal_texts(seg))


_NOT_PLAN = ("goals", "discharge", "prior", "function", "risk", "measures", "dx", "meds")


def _planned(seg: Segment, m: re.Match[str], cue: re.Pattern[str]) -> bool:
    # Past treatment ("weekly outpatient was tried for 3 months") is history, not the plan.
    clause = P.clause_of(seg.text, m.start(), ";:")
    if seg.kind in _NOT_PLAN or P.PAST_CUE.search(clause):
        return False
    return seg.kind == "plan" or bool(P.PLAN_CUE.search(seg.text) or cue.search(clause))


def find_frequency(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Planned session frequency in plan or current-treatment statements."""
    return _first_per_text(_find(seg, m.group(0)) for seg in segs for m in P.FREQUENCY.finditer(seg.text)
                           if _planned(seg, m, P.TREATMENT_CUE))


def find_duration(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Planned duration or session count; sustain windows ("4 consecutive weeks") do not count."""
    return _first_per_text(_find(seg, m.group(0)) for seg in segs for m in P.DURATION.finditer(seg.text)
                           if _planned(seg, m, P.PLAN_CUE) and not P.SUSTAIN.search(seg.text[m.start():m.end() + 25])
                           and not P.NEXT_VISIT.search(seg.text[max(0, m.start() - 30):m.start()]))


def find_progress(segs: Sequence[Segment], trends: Sequence[Trend]) -> tuple[Finding, ...]:
    """Documented change (improvement or a changed score), never hopes or goals."""
    out = [Finding("%s %s -> %s" % (t.instrument, t.first, t.last), t.evidence, t.note_index) for t in trends if t.first != t.last]
    for seg in segs:
        if seg.kind in ("goals", "discharge", "plan", "prior", "loc", "dx", "meds"):
            continue
        for m in P.PROGRESS.finditer(seg.text):
            if not P.PROGRESS_BLOCK.search(P.clause_before(seg.text, m.start(), 80)) and not P.negated(seg.text, m.start()):
                out.append(_find(seg, m.group(0)))
    return tuple(out)


# ---------------------------------------------------------------- history, level of care, discharge

def _labelled(seg: Segment, kind: str, min_words: int) -> list[Finding]:
    # The content after an inline label of this kind ("Prior treatment: none", "Why IOP: ...").
    label = P.LABEL.match(seg.text)
    body = seg.text[label.end():] if label else ""
    ok = label and P.label_kind(label.group(1)) == kind and len(body.split()) >= min_words
    return [_find(seg, body)] if ok else []


def find_prior_treatment(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Treatment before this episode of care, including an explicit "no prior treatment"."""
    out = [_find(seg, m.group(0)) for seg in segs for rx in (P.PRIOR_NONE, P.PRIOR_SOME) for m in rx.finditer(seg.text)
           if not P.PRIOR_EXCLUDE.search(seg.text[max(0, m.start() - 5):m.end() + 10])]
    return _first_per_text(iter(out + [f for seg in segs for f in _labelled(seg, "prior", 1)]))


def find_lower_level_rationale(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Why less intensive care is not enough: a "Why IOP" label or level + insufficiency words."""
    out = []
    for seg in (s for s in segs if s.kind not in ("goals", "discharge")):
        level, insuff = P.LEVEL_WORD.search(seg.text), P.INSUFFICIENT.search(seg.text)
        out += _labelled(seg, "loc", 3) + ([_find(seg, "%s / %s" % (level.group(0), insuff.group(0)))] if level and insuff else [])
    return _first_per_text(iter(out))


def find_discharge_criteria(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Conditions for discharge, step-down or transition; a past discharge is not a criterion."""
    out = []
    for seg in segs:
        label = P.LABEL.match(seg.text)
        body = seg.text[label.end():] if label else seg.text
        labelled = seg.kind == "discharge" and (label is None or bool(P.DISCHARGE_LABEL.search(label.group(1).strip().lower())))
        for clause in re.split(r";\s*", body):
            if P.DISCHARGE_PAST.search(clause) or seg.kind == "prior":
                continue
            if (labelled and P.DISCHARGE_COND.search(clause)) or (P.DISCHARGE_WORD.search(clause) and P.DISCHARGE_COND.search(clause)):
                out.append(_find(seg, clause))
    return _first_per_text(iter(out))


# ---------------------------------------------------------------- medication, codes, status

def find_medications(segs: Sequence[Segment]) -> tuple[Medication, ...]:
    """Named medications (known names, or any word followed by a dose in a medication context)."""
    found: dict[str, Medication] = {}
    for seg in segs:
        hits = [(m.group(1), m.end()) for m in P.MEDICATION_RE.finditer(seg.text)
                if not P.negated(seg.text, m.start()) and not P.MED_PAST.search(P.clause_of(seg.text, m.start(), ";:,"))]
        if seg.kind == "meds" or P.MED_CUE.search(seg.text):
            hits += [(m.group(1), m.end(1)) for m in P.UNKNOWN_DOSED_MED.finditer(seg.text)
                     if m.group(1).lower() not in P.NOT_A_MED and not P.MEDICATION_RE.fullmatch(m.group(1))]
        for name, end in hits:
            dose = P.DOSE_AFTER.match(seg.text[end:])
            found.setdefault(name.lower(), Medication(name, dose.group(0).strip() if dose else None, seg.text, seg.note_index))
    return tuple(found.values())


def find_medication_status(segs: Sequence[Segment], meds: Sequence[Medication]) -> tuple[Finding, ...]:
    """Medication status: current (named drugs), none, declined or pending evaluation."""
    out = [Finding("current: %s" % " ".join(filter(None, (m.name, m.dose))), m.evidence, m.note_index) for m in meds]
    for seg in segs:
        for status, rx in (("none", P.MED_NONE), ("declined", P.MED_DECLINED), ("pending", P.MED_PENDING)):
            out += [Finding(status, seg.text, seg.note_index) for _ in rx.finditer(seg.text)][:1]
        out += [Finding("stated: " + f.text, f.evidence, f.note_index) for f in _labelled(seg, "meds", 1)]
    return tuple(out)


def find_cpt_codes(notes: Sequence[str]) -> tuple[str, ...]:
    """CPT, HCPCS and revenue codes written anywhere in the notes."""
    codes = (next(g for g in m.groups() if g) for note in notes for m in P.CPT.finditer(note))
    return tuple(dict.fromkeys(codes))


def extract_facts(notes: Sequence[str]) -> Facts:
    """Notes (raw or de-identified) -> Facts, every item with a verbatim evidence string."""
    segs = segments(notes)
    measures = find_measures(segs)
    trends = find_trends(measures)
    meds = find_medications(segs)
    return Facts(
        diagnoses=find_diagnoses(segs), measures=measures, trends=trends, impairments=find_impairments(segs),
        risk=find_risk(segs), modalities=find_modalities(segs), goals=find_goals(segs),
        frequency=find_frequency(segs), duration=find_duration(segs), progress=find_progress(segs, trends),
        prior_treatment=find_prior_treatment(segs), lower_level_rationale=find_lower_level_rationale(segs),
        discharge_criteria=find_discharge_criteria(segs), medications=meds,
        medication_status=find_medication_status(segs, meds), cpt_codes=find_cpt_codes(notes),
        not_started=tuple(_find(s, m.group(0)) for s in segs for m in P.NOT_STARTED.finditer(s.text)))
