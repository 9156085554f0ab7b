"""The clinical facts read from notes (records), and the small helpers every finder shares."""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Iterator, Union

from assistant.letters import patterns as P
from assistant.letters.patterns import Segment
from assistant.letters.qa_record import answer_body, bare_answer

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
    surface: str = ""  # the instrument as the notes name it ("Saving Inventory Revised", a table header)
    part: str = ""  # the subscale or part scored ("Intensity", "level"); '' for the total
    scale: str = ""  # "T" for a T score, "percentile", or '' for the raw score
    when: tuple[int, int, int] | None = None  # the date as (year, month, day) when it is known, for ordering
    rater: str = ""  # who filled in the form: 'parent', 'teacher', 'self', 'clinician'; '' when not said


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
    score_problems: tuple[Measure, ...] = ()  # scores outside their instrument's range: asked about, never written
    care_so_far: tuple[Finding, ...] = ()  # outpatient care already given: prior treatment when a program is requested
    count_trends: tuple[Finding, ...] = ()  # a counted behaviour at two times ("4 a week at baseline, 1 a week now")


def finding(seg: Segment, text: str) -> Finding:
    """A finding whose evidence is the whole segment it was found in."""
    return Finding(text.strip(), seg.text, seg.note_index)


def first_per_text(items: Iterator[Finding]) -> tuple[Finding, ...]:
    """Findings with repeats of the same text dropped, first kept."""
    seen: dict[str, Finding] = {}
    for item in items:
        seen.setdefault(item.text.lower(), item)
    return tuple(seen.values())


NOTE_TO_SELF = r"(?:(?:TODO|TBD|TBA|to-?do|XXX)\b|\?{2,})"  # "[TODO - ask mom]", "TBD", "???" in a field's place
_POINTED = r"(?:attached|above|below|chart|record|MAR|list|form|intake|packet|referral|file|notes?|H&P|assessment)"  # "see intake"
_EMPTY_FIELD = re.compile(r"\s*:\s*(?:$|[\[(]?\s*%s|_{2,}|\(?see (?:the )?%s\b\)?\W*$)" % (NOTE_TO_SELF, _POINTED), re.I)


def empty_field_after(text: str, pos: int) -> bool:
    """True when a label ends at pos and its field is empty or holds only a note to self ("Prior treatment: TBD")."""
    return _EMPTY_FIELD.match(text, pos) is not None


# Headings whose listed items each tell the element ("Before PHP" / "- Bayside Counseling since 03/2025 ...",
# "Why not IOP yet" / "- our IOP meets 3-6 pm ..."); a numbered form's items may belong to its next heading.
_ITEM_KINDS = ("prior", "loc")


def labelled(seg: Segment, kind: str, min_words: int) -> list[Finding]:
    """The content after an inline label of this kind, as a finding."""
    # The content after an inline label of this kind ("Prior treatment: none", "Why IOP: ...").
    answer = answer_body(seg.text)
    if answer != seg.text and seg.kind == kind:  # "WE SAY: ..." under an objection about this kind: the reply is its field
        body = answer.strip()
        return [finding(seg, body)] if len(body.split()) >= max(min_words, 3) and not bare_answer(body) else []
    label = P.LABEL.match(seg.text)
    body = seg.text[label.end():].rstrip(" |") if label else ""  # a boxed row's closing bar is no content
    if label is None and seg.kind == kind and kind in _ITEM_KINDS and seg.form == "item":  # an item listed under the kind's own heading
        body = re.sub(r"^[\W\d]+", "", seg.text)  # ... not the next numbered heading ("11. TREATMENT GOALS (measurable)")
        heading_like = sum(c.isupper() for c in body) > 0.6 * sum(c.isalpha() for c in body)
        bare = bare_answer(body)  # "Not right now.", "Yes." open an answer; the reason follows
        return [finding(seg, body)] if len(body.split()) >= max(min_words, 3) and re.search(r"[A-Za-z]{3}", body) and not heading_like and not bare else []
    # a blank on a form ("Current medications: ________   Prescriber: ______", "see attached") documents nothing
    # ... and neither does a template's placeholder ("[Select intervention(s)]", "<enter text>", "{{ goals }}"; our own
    # redaction placeholders such as <PERSON_1> are content)
    filled = re.sub(r"_{2,}|\[\s*\]|\(\s*\)|(?:^|\s)[A-Z][A-Za-z /]{0,25}:(?=\s|$)|\(?\bsee (?:the )?(?:attached|above|below|chart|"
                    r"record|MAR|list|form|intake|packet|referral|file|notes?|H&P|assessment)\b\)?|<(?![A-Z_]+_\d+>)[^<>\n]{1,40}>|\{\{[^{}\n]{0,40}\}\}|"
                    r"\[(?:select|enter|choose|insert|type|add|click)[^\]\n]{0,40}\]|"
                    # a note to self in the field's place: "[TODO - ask mom at the family mtg]", "TBD", "???"
                    r"^\s*[\[(]?\s*%s.*$" % NOTE_TO_SELF, " ", body, flags=re.I)
    ok = label and P.label_kind(label.group(1)) == kind and len(body.split()) >= min_words and re.search(r"[A-Za-z0-9]", filled)
    return [finding(seg, body)] if ok else []
