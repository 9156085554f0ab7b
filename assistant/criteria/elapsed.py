"""A question that says how long it has already waited ("it's been 11 days", "we sent it 3 weeks ago") set against
the time limit the sources give: still within the limit, or past it.

The figure the asker gives is compared only with a limit in the same unit from one of the chosen source sentences,
the one nearest the question's own words; the limit is cited and the arithmetic shown, never guessed.
"""

from __future__ import annotations

import re

from assistant.criteria.waited import days_waited

_NUM_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_N = r"(\d{1,3}|" + "|".join(_NUM_WORDS) + r")"
_UNIT = r"((?:calendar |business |working )?(?:days?|weeks?|months?|hours?))"
# "it's been 11 days", "it has been over two weeks", "we've waited 9 days", "11 days have passed", "sent 3 weeks ago",
# "for 20 days now", "day 12 and nothing"
_ELAPSED = re.compile(
    rf"\b(?:it(?:['\u2019]s| has| had) been|(?:we|i|they)(?:['\u2019]ve| have)? (?:been )?wait(?:ed|ing)(?: for)?|"
    rf"waited|going on|(?:now|already)(?: at| past)?)\s+(?:about |almost |nearly |over |more than |roughly )?{_N}\s+{_UNIT}\b|"
    rf"\b{_N}\s+{_UNIT}\s+(?:have |has )?(?:passed|gone by|elapsed|ago|later|and (?:still )?(?:nothing|no (?:word|answer|"
    rf"decision|response)))\b|\bfor\s+{_N}\s+{_UNIT}\s+now\b|\bday\s+(\d{{1,3}})\s+(?:and|with|of waiting)\b", re.I)
_LIMIT = re.compile(rf"\b{_N}(?:\s*\(\d+\))?[\s-]+{_UNIT}\b", re.I)
# a limit stated as time allowed ("within 30 days", "7 calendar days to answer"), not a period's name ("a 90-day transition")
_BEFORE = re.compile(r"\b(?:within|up to|no later than|not later than|ha(?:s|ve)|gets?|take|allow\w*|at least|at most|"
                     r"after|by)\s+(?:the\s+)?(?:first\s+)?$", re.I)
_AFTER = re.compile(r"^\s+(?:to \w+|from|after|of (?:the|receiv)|for (?:a|an|the) (?:standard|expedited|decision))", re.I)
_DECIDES = re.compile(r"\b(?:decide|decision|answer|respond|response|resolve|issue|notify|determination)\w*\b", re.I)


def _limits(sentence: str, unit: str) -> list[re.Match]:
    """The time limits a sentence allows in the given unit."""
    return [m for m in _LIMIT.finditer(sentence) if _base(m.group(2)) == unit and
            (_BEFORE.search(sentence[max(0, m.start() - 30):m.start()]) or _AFTER.match(sentence[m.end():m.end() + 30]))]


def _number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUM_WORDS[raw]


def _base(unit: str) -> str:
    return re.sub(r"^(?:calendar|business|working) ", "", unit.lower()).rstrip("s")


# a web page's own time stamps ("reviewed 1 hour ago", "commented 40 minutes ago", "Asked 2 days ago", "Edited 3 hours
# ago") date the page's events, not the case: no time the asker has waited
_STAMP = re.compile(r"\b(?:reviewed|commented|posted|asked|answered|edited|modified|updated|replied|opened|closed|merged|"
                    r"pushed|committed|created|published|shared|viewed|active|joined|approved (?:these changes|this))\s+"
                    r"(?:about |almost |over )?$", re.I)


def elapsed_in(text: str) -> tuple[int, str] | None:
    """The time the asker says has already passed: (11, 'day'), or None; told as two days ("sent Monday 11/23 ...
    still pending today, Mon 12/7"), the days between them."""
    m = next((m for m in _ELAPSED.finditer(text) if not (re.search(r"\bago\b", m.group(0), re.I)
              and _STAMP.search(text, max(0, m.start() - 40), m.start()))), None)
    if not m:
        days = days_waited(text)
        return (days, "day") if days else None
    g = [x for x in m.groups() if x]
    return (_number(g[0]), _base(g[1]) if len(g) > 1 else "day")


def elapsed_line(text: str, chosen: list, number: dict[int, int], nearness) -> str:
    """'By the figures in your question: 11 days have passed, more than the 7 calendar days the sources give [2] ...'
    when the question says how long it has waited and a chosen sentence gives a limit in the same unit; else ''."""
    waited = elapsed_in(text)
    if waited is None:
        return ""
    n, unit = waited
    timed = [c for c in chosen if _limits(c.text, unit)]
    if not timed:
        return ""
    best = max(timed, key=nearness)
    m = _limits(best.text, unit)[0]
    limit, said = _number(m.group(1)), f"{m.group(1)} {m.group(2)}"
    plural = "s" if n != 1 else ""
    deciding = bool(_DECIDES.search(best.text))
    if n > limit:
        end = "the decision is overdue" if deciding else "that time limit has passed"
        return (f"By the figures in your question: {n} {unit}{plural} have passed, more than the {said} the sources "
                f"give [{number[best.rank]}], so {end}.")
    left = limit - n
    return (f"By the figures in your question: {n} {unit}{plural} have passed of the {said} the sources give "
            f"[{number[best.rank]}], so it is still within that limit ({left} {unit}{'s' if left != 1 else ''} left).")
