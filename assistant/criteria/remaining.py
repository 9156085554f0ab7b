"""A question that says how much of a limit is already used ("used 185 days ... how much room is left?") set against
the limit a chosen source sentence states in the same unit: the count left, with the arithmetic shown."""

from __future__ import annotations

import re

from assistant.criteria.question import Question
from assistant.criteria.select import Candidate

# "he's now used 185 days total", "she has used 18 visits this year": a count of a limit already spent.
_USED = re.compile(r"\b(?:used|had|taken|spent)\s+(?:about |around |roughly )?(\d{1,4})\s+(?:[\w-]+\s+){0,2}?(days?|visits?|sessions?)\b", re.I)
_LIMIT = re.compile(r"\b(?:at most|up to|no more than|limit(?:ed)? (?:of|to)|maximum of|cap of)\s+(\d{1,4})\s+(days?|visits?|sessions?)\b|"
                    r"\b(\d{1,4})[- ](day|visit|session)s?\s+(?:lifetime |annual |yearly |calendar[- ]year )?(?:limit|cap|maximum)\b", re.I)


def remaining_line(q: Question, chosen: list[Candidate], number: dict[int, int]) -> str:
    """A question that says how much of a limit is used ("used 185 days ... how much room is left?"): the count left,
    when a chosen sentence states the limit in the same unit. The arithmetic is shown, the limit is cited."""
    used = _USED.search(q.text)
    if not used:
        return ""
    unit = used.group(2).lower().rstrip("s")
    for c in chosen:
        for m in _LIMIT.finditer(c.text):
            limit, lunit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if lunit.lower().rstrip("s") == unit and int(limit) > int(used.group(1)):
                left = int(limit) - int(used.group(1))
                return (f"By the figures in your question: {used.group(1)} {unit}s used of the {limit}-{unit} limit leaves "
                        f"{left} {unit}{'s' if left != 1 else ''} [{number[c.rank]}].")
    return ""
