"""A question that says how much of a limit is already used ("used 185 days ... how much room is left?") set against
the limit a chosen source sentence states in the same unit: the count left, with the arithmetic shown."""

from __future__ import annotations

import re

from assistant.criteria.question import Question
from assistant.criteria.select import Candidate

# "he's now used 185 days total", "she has used 18 visits this year": a count of a limit already spent.
_USED = re.compile(r"\b(?:used|had|taken|spent)\s+(?:about |around |roughly )?(\d{1,4})\s+(?:[\w-]+\s+){0,2}?(days?|visits?|sessions?)\b", re.I)
# a count told as a total of earlier stays or visits ("2012 (41 days), 2016 (63 days) = 104 days total", "a total of 18
# visits so far"): a used count only when the question asks what is left of a limit
_TOTAL = re.compile(r"(?:=\s*|\b(?:a )?total of\s+|\bin all\s+)(\d{1,4})\s+(days?|visits?|sessions?)\b|"
                    r"\b(\d{1,4})\s+(days?|visits?|sessions?)\s+(?:in total|total|in all|altogether|combined|so far)\b", re.I)
# a count told with the span it covers ("176 inpatient days in freestanding psych hospitals over her lifetime", "22
# visits to date", "12 sessions so far this year"): a used count only when the question asks what is left of a limit
_SPENT = re.compile(r"\b(\d{1,4})\s+(?:[\w-]+\s+){0,2}?(days?|visits?|sessions?)\b(?=[^.?!\n]{0,60}\b(?:over (?:her|his|their|"
                    r"the|a|my) (?:\w+ )?lifetime|in (?:her|his|their|my) lifetime|lifetime|to date|so far|this (?:calendar |plan |"
                    r"benefit )?year)\b)", re.I)
# a count told as its parts ("58 + 41 + 72 days", "stays of 30, 45 and 12 days", "20 visits + 6 visits"): their sum is
# the used count when the question asks what is left of a limit; a range ("between 10 and 20 days") is no sum
_UNIT = r"(?:days?|visits?|sessions?)"
_SUMMED = re.compile(rf"(?<!between )(?<!from )\b(\d{{1,4}}(?:\s+{_UNIT})?(?:\s*(?:\+|,|&|\band\b|\bplus\b)\s*\d{{1,4}}"
                     rf"(?:\s+{_UNIT})?)+)\s+({_UNIT})\b", re.I)
_ASKS_LEFT = re.compile(r"\bhow (?:many|much) (?:more|further|additional|is left|are left|remain)|\b(?:left|remaining|remain)\b"
                        r"[^.?!\n]{0,60}\?|\bhow many\b[^.?!\n]{0,60}\b(?:left|remain\w*|still)\b", re.I)
_LIMIT = re.compile(r"\b(?:at most|up to|no more than|limit(?:ed)? (?:of|to)|maximum of|cap of)\s+(\d{1,4})\s+(days?|visits?|sessions?)\b|"
                    r"\b(\d{1,4})[- ](day|visit|session)s?\s+(?:lifetime |annual |yearly |calendar[- ]year )?(?:limit|cap|maximum)\b", re.I)


def _used(text: str) -> tuple[int, str] | None:
    """(count, unit) of a limit the question says is spent: "used 185 days", or a total when it asks what is left."""
    found = _USED.search(text)
    if found:
        return int(found.group(1)), found.group(2).lower().rstrip("s")
    if not _ASKS_LEFT.search(text):
        return None
    for summed in _SUMMED.finditer(text):
        counts = [int(n) for n in re.findall(r"\d+", summed.group(1))]
        # parts joined by "+", "plus" or "and" (a date's "3/2/2026, 14 days" is no sum, nor is a year one of its parts)
        if re.search(r"\+|\bplus\b|\band\b|&", summed.group(1), re.I) and not any(1900 <= n <= 2100 for n in counts) \
                and not re.search(r"[/.\-]$", text[:summed.start()]):
            return sum(counts), summed.group(2).lower().rstrip("s")
    total = _TOTAL.search(text) or _SPENT.search(text)
    if total:
        count, unit = (total.group(1), total.group(2)) if total.group(1) else (total.group(3), total.group(4))
        return int(count), unit.lower().rstrip("s")
    return None


def remaining_line(q: Question, chosen: list[Candidate], number: dict[int, int]) -> str:
    """A question that says how much of a limit is used ("used 185 days ... how much room is left?"): the count left,
    when a chosen sentence states the limit in the same unit. The arithmetic is shown, the limit is cited."""
    used = _used(q.text)
    if not used:
        return ""
    count, unit = used
    for c in chosen:
        for m in _LIMIT.finditer(c.text):
            limit, lunit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if lunit.lower().rstrip("s") == unit and int(limit) > count:
                left = int(limit) - count
                return (f"By the figures in your question: {count} {unit}s used of the {limit}-{unit} limit leaves "
                        f"{left} {unit}{'s' if left != 1 else ''} [{number[c.rank]}].")
    return ""
