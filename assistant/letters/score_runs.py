"""What surrounds a run of scores: a bracket of dates that dates each value in order, and the payer's quoted
decision that restates a score rather than giving a new one."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.letters import patterns as P
from assistant.letters.facts import Measure


# "PCL-5 58 -> 49 -> 41 (8/25, 9/8, 9/15)": a bracket of dates after a run of values gives each value its date, in order.
_DATE_LIST = re.compile(r"\s*\(\s*((?:%s)(?:\s*[,;]\s*(?:%s))+)\s*\)" % (P.DATE.pattern, P.DATE.pattern))


def dates_in_order(out: list[Measure], text: str, end: int) -> list[Measure]:
    listed = _DATE_LIST.match(text, end)
    dates = [m.group(0) for m in P.DATE.finditer(listed.group(1))] if listed else []
    if len(out) < 2 or len(dates) != len(out):
        return out
    return [replace(m, date=d, baseline=False) for m, d in zip(out, dates)]


def payer_quote(m: Measure) -> bool:
    """A score inside the payer's quoted decision ("not approved - 'impairment (MoCA 21) may limit ...'") is no new score."""
    name = m.surface or m.instrument
    spans = [(q.start(), q.end()) for q in re.finditer(r"[\"\u201c][^\"\u201c\u201d]{8,}(?:[\"\u201d]|$)", m.evidence)]
    at = [x.start() for x in re.finditer(re.escape(name), m.evidence)] if name else []
    return bool(spans and at and P.DECISION_RECORD.search(m.evidence) and all(any(a <= i < b for a, b in spans) for i in at))
