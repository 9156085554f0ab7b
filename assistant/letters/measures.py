"""Instrument scores and their trends, read from note segments."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Measure, Score, Trend
from assistant.letters.patterns import Segment


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
