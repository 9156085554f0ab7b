"""Scanning notes into labelled sentences (segments) and the clause helpers the finders use."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from assistant.letters.patterns.base import DATE, I, NEGATION, PLACEHOLDER, _rx  # noqa: F401

# Section and inline labels -> kind. Order matters: "Discharge diagnoses" is a diagnosis label.
LABEL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    ("dx", r"diagnos|\bdx\b|impression|\bicd"),
    ("assessment", r"^a$|^assessment$"),
    ("measures", r"measure|scores?\b|screening|instruments?|rating scales?|testing|\blabs?\b|vitals"),
    ("meds", r"medication|\bmeds\b|\brx\b|psychotropic|prescri"),
    ("risk", r"risk|safety|suicid|\bSI\b|c-?ssrs|lethality"),
    ("goals", r"goal|objectives|(?:short|long)[- ]term objective|treatment objective|objective\s*\d|targets?\b"),
    ("discharge", r"discharge|step[- ]?down|transition|termination|exit criteria|completion criteria|graduation"),
    ("prior", r"prior|previous|past (?:psych|treat|mental|hx)|(?:treatment|psychiatric|psych) (?:history|hx)|\bPPH\b|"
              r"^(?:history|hx|past history|mental health history)$"),
    ("loc", r"\bwhy\b|level of care|rationale|medical necessity|lower level|less intensive|justification"),
    ("progress", r"progress|response|^r$|interval|update|course|since last"),
    ("function", r"function|impairment|impact|school|work|occupation|academic|social|relationship|peers|adl|self[- ]care|daily living|employment"),
    ("plan", r"\bplan\b|recommend|frequency|duration|request|^p$|^treatment(?! hist)|services|commitment|schedule|modality|^sessions?$|length of"),
))


@dataclass(frozen=True)
class Segment:
    """One sentence of a note with the kind of label or section it sits under."""
    note_index: int
    text: str  # verbatim sentence (or line fragment) of the note
    kind: str  # label kind from LABEL_KINDS, '' when unlabeled
    date: str | None  # date written in the governing label or header, e.g. "Measures (02/11/2025):"


LABEL = re.compile(r"^\s*(?:[-*\u2022#]+\s*)?\**([A-Za-z](?:[A-Za-z0-9 /()&+'<>_\-]|\.(?=\d)){0,60}?)\**\s*:(?!\d)\s*")
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9<(\"'\[-])")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|approx|etc|No|e\.g|i\.e|[A-Z])\.)$")


def label_kind(label: str) -> str:
    """Map a label such as "Prior treatment" or "Why IOP" to its kind ('' when unknown)."""
    label = label.strip().lower()
    if len(label.split()) > 7:
        return ""
    return next((kind for kind, rx in LABEL_KINDS if rx.search(label)), "")


def _sentences(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENT_END.finditer(line):
        if not _ABBREV.search(line[start:m.start() + 1]) and len(line[start:m.start()].split()) > 1:
            yield start, m.start() + 1
            start = m.end()
    yield start, len(line)


def _header(line: str) -> str | None:
    bare = line.strip().strip("#*_ ").strip()
    if bare.endswith(":") and len(bare) <= 70:
        return bare[:-1]
    if bare.isupper() and len(bare) <= 50 and not re.search(r"\d", bare):
        return bare
    return None


def _note_segments(ni: int, note: str) -> Iterator[Segment]:
    kind, date = "", None
    for line in note.splitlines():
        if not line.strip():
            kind, date = "", None
            continue
        head = _header(line)
        if head is not None:
            kind, date = label_kind(head), _first_date(head)
            continue
        m = LABEL.match(line)
        line_kind = label_kind(m.group(1)) if m else ""
        line_date = _first_date(m.group(1)) if m else None
        for a, b in _sentences(line):
            text = line[a:b].strip()
            own = LABEL.match(text)
            own_kind = label_kind(own.group(1)) if own else ""
            yield Segment(ni, text, own_kind or line_kind or kind, line_date or date)


def segments(notes: Sequence[str]) -> tuple[Segment, ...]:
    """Split notes into labelled sentences; every segment text is a verbatim substring of its note."""
    return tuple(seg for ni, note in enumerate(notes) for seg in _note_segments(ni, note) if seg.text)


def _first_date(text: str) -> str | None:
    m = DATE.search(text)
    return m.group(0) if m else None


def clause_before(text: str, pos: int, width: int) -> str:
    """The text before pos within the same clause, at most width characters."""
    return re.split(r"[.;!?]\s", text[max(0, pos - width):pos])[-1]


def clause_of(text: str, pos: int, seps: str = ";") -> str:
    """The clause around pos, bounded by sentence ends and the separator characters in seps."""
    start = max([text.rfind(c, 0, pos) for c in seps] + [text.rfind(". ", 0, pos)]) + 1
    ends = [i for i in [text.find(c, pos) for c in seps] + [text.find(". ", pos)] if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def date_near(text: str, gap: tuple[int, int], num_end: int) -> str | None:
    """A date written between an instrument and its number, or in a parenthesis right after the number."""
    after = re.match(r"\s*\((?:on\s+|administered\s+)?(%s)\s*[),;]" % DATE.pattern, text[num_end:])
    if after:
        return after.group(1)
    inside = DATE.search(text, *gap)
    return inside.group(0) if inside else None


def negated(text: str, pos: int) -> bool:
    return bool(NEGATION.search(re.split(r"[.;,(]", text[max(0, pos - 50):pos])[-1]))
