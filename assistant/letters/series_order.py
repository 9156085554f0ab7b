"""The administrations of one measure in time order, for trends and for the letter's score lines: by date when every
one has a date (or is written as the baseline), else in the notes' order."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from assistant.letters.facts import Measure

_BEFORE_ALL = (0, 0, 0)


def _time_key(x: Measure):
    """When an administration was given: its date; a value written as "at intake"/"initial" with no date before
    every dated one. None when nothing places it (then the notes' order decides)."""
    if x.when:
        return x.when
    return _BEFORE_ALL if x.baseline else None


def ordered(xs: Sequence[Measure]) -> list[Measure]:
    """Administrations earliest first: by date when every one can be placed in time (notes pasted newest first
    included), else by note, a value written as "prior"/"initial" first, then as written."""
    keys = [_time_key(x) for x in xs]
    if xs and all(k is not None for k in keys) and any(k != _BEFORE_ALL for k in keys):
        return [x for _, _, x in sorted(zip(keys, range(len(xs)), xs), key=lambda t: (t[0], not t[2].baseline, t[1]))]
    return sorted(xs, key=lambda x: (x.note_index, not x.baseline))


def by_instrument(xs: Sequence[Measure]) -> list[list[Measure]]:
    """The administrations of each instrument, earliest first, instruments in the order the notes first name them
    (one undated score of one instrument never reorders another's)."""
    names = list(dict.fromkeys(x.instrument for x in xs))
    return [ordered([x for x in xs if x.instrument == name]) for name in names]




def restatements_dropped(xs: Sequence[Measure]) -> list[Measure]:
    """An undated score that a dated one of the same measure restates is one administration, told twice: keep the dated
    one; but when the undated one sits in the note that tells the measure's series (three or more of its scores) and the
    dated one in another, keep it there with the date, so the series keeps its order ("61 at the start ... 58 ... he
    was at 39 ... he scored 33" beside an outside record's "PCL-5 = 39 (09/22)")."""
    def key(x: Measure) -> tuple:
        return (x.instrument, str(x.score), x.subject)
    per_note: dict[tuple, int] = {}
    for x in xs:
        per_note[(x.instrument, x.subject, x.note_index)] = per_note.get((x.instrument, x.subject, x.note_index), 0) + 1
    dated = {key(x): x for x in xs if x.date}
    series = {key(x): x.note_index for x in xs if per_note[(x.instrument, x.subject, x.note_index)] >= 3}
    used, out = set(), []
    for x in xs:
        twin = dated.get(key(x))
        if not x.date and twin is None and series.get(key(x), x.note_index) != x.note_index:
            continue  # an undated score the series' note also tells: told twice, kept in the series
        if x.date or twin is None:
            out.append(x)
        elif twin.note_index != x.note_index and per_note[(x.instrument, x.subject, x.note_index)] >= 3:
            out.append(replace(x, date=twin.date, when=twin.when))  # the series' own place, with the record's date
            used.add(id(twin))
    return [x for x in out if id(x) not in used]


def t_twins_dropped(xs: Sequence[Measure]) -> list[Measure]:
    """"CBCL total T = 66" read twice, as the total and as its T score: one score, the T score's."""
    t_scores = {(x.instrument[:-2], str(x.score), x.evidence, x.date) for x in xs if x.instrument.endswith(" T")}
    return [x for x in xs if (x.instrument, str(x.score), x.evidence, x.date) not in t_scores]
