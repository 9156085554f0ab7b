"""A score series told on in the next sentences without the instrument's name:

    "PCL-5 that day 58. At session 8 (09/29) 44. Last session (11/17) 37."
    "BDI-II at intake: 31. Week 6 - 22. Today, 15."

A sentence continues the series of the sentence before it (same note, same section) only when it is nothing but a
time point and one number in the instrument's range: any other word, a second number or another instrument's name
ends the series.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog, in_range
from assistant.letters.facts import Measure
from assistant.letters.patterns import Segment

_POINT = (r"(?:(?:at|on|in|by|during)\s+)?(?:the\s+)?(?:(?:session|week|wk|visit|day|month|appointment)\s*#?\s*\d{1,3}|"
          r"(?:last|latest|most recent|final|this|next)\s+(?:session|visit|week|appointment|check)|today|now|discharge|"
          r"(?:re-?)?(?:test|assessment|intake|admission)|%s)" % P.DATE.pattern)
_STEP = re.compile(r"^\W*(?P<point>%s)(?:\s*\((?P<date>%s)\))?\s*[:,=\u2013\u2014-]?\s*(?:(?:it\s+)?(?:was|is)\s+)?(?:an?\s+)?"
                   r"(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/])\s*[.;!]?\s*$" % (_POINT, P.DATE.pattern), re.I)


def continued_series(segs: Sequence[Segment], found: Sequence[Measure]) -> list[Measure]:
    """Scores of sentences that only carry a series on: a time point and a number after a scored sentence."""
    last = {(m.evidence, m.note_index): m for m in found}
    out: list[Measure] = []
    for prev, seg in zip(segs, segs[1:]):
        before = last.get((prev.text, prev.note_index))
        step = _STEP.match(seg.text)
        if (before is None or step is None or seg.note_index != prev.note_index or seg.kind != prev.kind
                or before.part or before.scale or isinstance(before.score, str) or any(catalog().names_in(seg.text))):
            continue
        inst, num = catalog().get(before.instrument), step.group("num")
        if inst is None or not in_range(inst, float(num)):
            continue
        point = step.group("date") or P.DATE.search(step.group("point"))
        date = point if isinstance(point, str) else point.group(0) if point else (seg.date if re.search(r"today|now", step.group("point"), re.I) else None)
        found_here = replace(before, score=float(num) if "." in num else int(num), date=date, evidence=seg.text,
                             baseline=False, when=None)
        out.append(found_here)
        last[(seg.text, seg.note_index)] = found_here
    return out
