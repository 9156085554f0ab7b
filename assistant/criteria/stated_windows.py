"""The time limits a date question itself states ("she says four months", "we were told 60 days"): a source sentence
that gives the same limit is the rule the asker means, so it comes before a neighbour's limit (a corrected claim's
12 months, a plan's 30 days to decide) when the last day is counted. A limit the question negates ("not 120 days!")
is none it states."""

from __future__ import annotations

import re

from assistant.criteria.dates import _WINDOW, find_window

# "not 120 days", "isn't 60 days", "rather than 30 days": a limit the asker sets aside
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\brather than|\binstead of)\s+(?:\w+\s+)?$", re.I)


def stated_windows(text: str) -> set[tuple[int, str]]:
    """A question's own time limits, as find_window reads them: {(4, 'months'), (60, 'days')}; negated ones left out."""
    out = set()
    for m in _WINDOW.finditer(text):
        # "thirty-one years" is an age or a tenure, not one year; "not 120 days" is set aside
        if _NEGATED.search(text[max(0, m.start() - 25):m.start()]) or text[max(0, m.start() - 1):m.start()] == "-":
            continue
        if found := find_window(m.group(0)):
            out.add(found)
    return out


def states_same(sentence: str, stated: set[tuple[int, str]]) -> bool:
    """Whether a source sentence's time limit is one the question states."""
    return bool(stated) and find_window(sentence) in stated
