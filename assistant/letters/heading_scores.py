"""Scores listed one per row under a line that names a single instrument and holds no score itself:

    Post-Concussion Symptom Scale (PCSS, 22 items, 0-132):
        10/02/26 ............ 61
        10/30/26 ............ 38

    GAD-7
      Intake - 15
      Nov 20 - 9

Each row is a date (or the start: "intake", "baseline") and one number, joined by dot
leaders, a dash, a colon, a pipe or spaces; a short remark in parentheses may follow. The run ends at the first line
that is not such a row. A heading that names two instruments, or already carries a number outside its parentheses,
is left to the other readers.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import Hit, catalog, key_name, parse_score
from assistant.letters.facts import Measure
from assistant.letters.reading import Block

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
# A time point with no date of its own places a score only when it is the start (a later "week 6" row is left to the
# other readers: it has no date a letter could write).
_POINT = r"(?:intake|baseline|admission|pre[- ]?treatment)"
_ROW = re.compile(r"^\s*(?:[-*\u2022\u00b7]\s*)?(?P<when>%s|%s|%s)\s*(?:\([^()\n]{0,30}\)\s*)?(?:[.\u2026_]{2,}|[-\u2013\u2014:=|]|\s)[\s.\u2026_:=|-]*"
                  r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?:\s*/\s*(?P<den>\d{1,3}))?(?![\d/])\s*(?:\([^()\n]{0,60}\))?\s*[.;]?\s*$"
                  % (P.DATE.pattern, _MONTH, _POINT), re.I)
_BASE = re.compile(r"^(?:intake|baseline|admission|pre)", re.I)
# Several dated values on one row under the heading: "10-30: 61     11-20: 52     12-03: 46" (a month and day joined by
# a hyphen count as a date only here, where a colon and a score follow it).
_DAY = r"(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:-(?:19|20)?\d\d)?"
_PAIR = r"(?P<when>%s|%s|%s)\s*[:=]\s*(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?![\d/])" % (P.DATE.pattern, _DAY, _MONTH)
_BARE = _PAIR.replace("?P<when>", "").replace("?P<num>", "")
_RUN = re.compile(r"^\s*(?:%s)(?:\s*[,;|]?\s+(?:%s))+\s*[.;]?\s*$" % (_BARE, _BARE), re.I)


def _heading(text: str) -> Hit | None:
    """The one instrument a short line names, when the line holds no score of its own."""
    if len(text) > 90 or _ROW.match(text):
        return None
    hits = list(catalog().names_in(text))
    # the family's name spelled out in brackets after the short one is a gloss ("ARI-P (Affective Reactivity Index,
    # parent)"), not a second instrument ("PHQ-9 (GAD-7 too)" names two)
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    outside = [h for h in hits if not any(a < h.start and h.end < b for a, b in brackets)]
    families = {h.instrument.name.split("-")[0] for h in outside}
    hits = outside + [h for h in hits if h not in outside and h.instrument.name.split("-")[0] not in families]
    if len({h.instrument.name for h in hits}) != 1:
        return None
    rest = text
    for h in sorted(hits, key=lambda h: h.start, reverse=True):
        rest = rest[:h.start] + " " + rest[h.end:]
    rest = re.sub(P.PLACEHOLDER, " ", re.sub(r"\([^()]*\)", " ", rest))  # "rated by <PERSON_3>:" holds no score
    return None if re.search(r"\d", rest) else hits[0]


def heading_measures(blocks: Sequence[Block]) -> list[Measure]:
    """Dated scores from rows under an instrument's heading (see the module docstring)."""
    out: list[Measure] = []
    head: Hit | None = None
    note = -1
    for b in blocks:
        first = b.text.split("\n", 1)[0]
        if head is not None and b.table is None and b.note_index == note and _RUN.match(first):
            out += [Measure(key_name(head.instrument), parse_score(p.group("num"), None, head.instrument), p.group("when"),
                            b.note_index, first.strip(), surface=head.surface) for p in re.finditer(_PAIR, first, re.I)]
            head = None if "\n" in b.text else head
            continue
        if b.table is not None or b.note_index != note or "\n" in b.text:
            head, note = None, b.note_index
        if b.table is not None or "\n" in b.text:
            continue
        row = _ROW.match(b.text) if head is not None else None
        if row is None:
            head = _heading(b.text.strip())
            continue
        when = row.group("when")
        base = bool(_BASE.match(when))  # a date or a month never starts with these words
        date = when if P.DATE.fullmatch(when) or re.match(_MONTH, when, re.I) else None
        out.append(Measure(key_name(head.instrument), parse_score(row.group("num"), row.group("den"), head.instrument), date,
                           b.note_index, b.text.strip(), baseline=base, surface=head.surface))
    return out
