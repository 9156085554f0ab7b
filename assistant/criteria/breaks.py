"""Listed cases ("#A-2291 ... discharged 03/18/2026, returned 10/02/2026"; "#A-1870 ... paused ~4 months"; "#B-0042 ...
continuous weekly care, no break") set against a source's minimum break in care ("another diagnostic evaluation only
after a break in care of six months or more"), when the question asks which of them qualify: each case's break, and
whether it meets the minimum."""

from __future__ import annotations

import re
from datetime import date

from assistant.criteria.dates import add_months, dated, spoken
from assistant.criteria.select import Candidate

_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12}
_N = r"(\d{1,2}|" + "|".join(_NUM) + ")"
# "a break in care of six months or more", "out of care for at least six months", "a gap in treatment of 6 months"
_MIN_BREAK = re.compile(rf"\b(?:break|gap|pause|interruption|out of (?:care|treatment))\b[^.;]{{0,30}}?\b(?:of|for)\s+"
                        rf"(?:at least\s+)?{_N}\s+months?", re.I)
_ASKS_WHICH = re.compile(r"\bwhich (?:of (?:these|those|the|them)\b|ones?\b)[^?.\n]{0,60}\b(?:allow\w*|qualif\w*|count\w*|"
                         r"meets?|ok|okay|pass\w*|eligible|should|billable|payable)\b", re.I)
# a case's own line: "#A-2291 ...", "Claim 4471: ...", "- C-0042 ..."
_CASE = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]+)?(#?[A-Z]{1,3}-\d{2,6}|#?[A-Z]{1,3}\d{3,6}|#\d{3,6}|claim #?\d{3,})\b",
                   re.I | re.M)
_NONE = re.compile(r"\bno (?:break|gap|pause)\b|\b(?:continuous|uninterrupted|ongoing weekly|without (?:a )?(?:break|gap))\b",
                   re.I)
_SPAN = re.compile(rf"\b(?:paused(?: for)?|pause of|break of|gap of|off(?: for)?|out of care for|away for|stopped for|absent for)\s*~?\s*"
                   rf"(?:about |around |roughly |nearly )?{_N}\s*(months?|weeks?)", re.I)
_LEFT = re.compile(r"\b(?:discharged|ended|stopped|terminated|closed|last (?:seen|session|visit))\b\W*(?:on\s+)?$", re.I)
_BACK = re.compile(r"\b(?:returned|resumed|restarted|came back|re-?entered|re-?admitted|back)\b\W*(?:on\s+)?$", re.I)


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUM[raw.lower()]


def _break(block: str) -> tuple[str, date | None, date | None, float | None]:
    """(how the case tells its break, left, returned, months) for one case's lines."""
    if _NONE.search(block):
        return "no break in care", None, None, 0.0
    if m := _SPAN.search(block):
        n = _number(m.group(1))
        return f"a pause of about {n} {m.group(2)}", None, None, n if m.group(2).lower().startswith("m") else n / 4.35
    left = next((d for pos, d in dated(block) if _LEFT.search(block[max(0, pos - 30):pos])), None)
    back = next((d for pos, d in dated(block) if _BACK.search(block[max(0, pos - 30):pos]) and left and d > left), None)
    if left and back:
        return f"out of care from {spoken(left)} to {spoken(back)}", left, back, None
    return "", None, None, None


def break_line(text: str, cands: list[Candidate]) -> tuple[str, list[Candidate]]:
    """(a line with "{}" for the citation, the sentence cited) saying which listed cases meet a source's minimum break;
    ("", []) when the question lists no such cases or asks no such thing."""
    if not _ASKS_WHICH.search(text):
        return "", []
    source = next((c for c in cands if _MIN_BREAK.search(c.text)), None)
    starts = [m for m in _CASE.finditer(text)]
    if source is None or len(starts) < 2:
        return "", []
    need = _number(_MIN_BREAK.search(source.text).group(1))
    verdicts = []
    for m, following in zip(starts, starts[1:] + [None]):
        block = text[m.start():following.start() if following else len(text)].split("\n\n")[0]
        told, left, back, months = _break(block)
        if not told:
            continue
        meets = add_months(left, need)[0] <= back if left and back else (months or 0) >= need
        verdicts.append(f"{m.group(1)}: {told}, {'which meets it' if meets else 'short of it'}")
    if len(verdicts) < 2:
        return "", []
    return (f"By the figures in your question, against a minimum break in care of {need} months {{}}: "
            + "; ".join(verdicts) + "."), [source]
