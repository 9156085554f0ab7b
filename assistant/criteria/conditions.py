"""A yes/no question that states when something is done ("if she asks within 8 days, do services continue?") set
against the condition a source sentence puts on it ("only if the request is made within 10 days"): yes when the
question's figure meets the condition, no when it is past it. The answer says so first and cites the condition.

Only a figure in the same unit is compared, and only with a limit the source states as a condition (if, only if,
as long as, provided): a decision time ("must decide within 15 days") is no condition on the asker.
"""

from __future__ import annotations

import re

_NUM_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUM_WORDS.update({"fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90})
_N = r"(\d{1,3}|" + "|".join(_NUM_WORDS) + r")"
_UNIT = r"(?:calendar |business |working )?(days?|weeks?|months?|hours?)"
# the asker's own timing: "within 10 days of getting the notice", "files it 8 days after", "in 5 business days"
_ASKED = re.compile(rf"\b(?:within|in|after|inside)\s+(?:the\s+)?(?:first\s+)?{_N}\s+{_UNIT}\b|\b{_N}\s+{_UNIT}\s+after\b", re.I)
# a source's condition with its limit: "only if the request ... is made within 10 days", "as long as it is filed
# within 60 days", "if the member asks no later than 10 days after"
_CONDITION = re.compile(rf"\b(?:only if|only when|if|when|as long as|provided(?: that)?|so long as)\b[^.;:]{{0,120}}?"
                        rf"\b(?:within|no later than|not later than|in)\s+(?:the\s+)?{_N}\s+{_UNIT}\b", re.I)


def _number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUM_WORDS[raw]


def _base(unit: str) -> str:
    return unit.lower().rstrip("s")


def asked_timing(text: str) -> tuple[int, str] | None:
    """(number, unit) of the timing a question states for the asker's own act, or None."""
    m = _ASKED.search(text)
    if not m:
        return None
    n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return _number(n), _base(unit)


def condition_line(q, chosen: list, number: dict[int, int]) -> str:
    """'Yes: 10 days is within the 10-day condition the sources set [1].' or 'No: ...' or '' (a yes/no question only)."""
    if not q.yes_no or not (asked := asked_timing(q.text)):
        return ""
    n, unit = asked
    for c in chosen[:3]:
        for m in _CONDITION.finditer(c.text):
            if _base(m.group(2)) != unit:
                continue
            limit = _number(m.group(1))
            if n <= limit:
                return (f"Yes, on the timing you give: {n} {unit}{'s' if n != 1 else ''} is within the {limit}-{unit} "
                        f"condition the sources set [{number[c.rank]}].")
            return (f"No, on the timing you give: the sources set a condition of {limit} {unit}s, and {n} is past it "
                    f"[{number[c.rank]}].")
    return ""
