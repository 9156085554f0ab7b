"""A quantity the question gives about its own case ("his letter shows 1,900 supervised hours") set against the minimum a
source sentence states ("at least two years or 3,000 hours"), when the question asks whether the case meets it ("so he
qualifies, right?"): the answer says first whether the minimum is met, with the arithmetic shown and the source cited."""

from __future__ import annotations

import re

from assistant.criteria.select import Candidate

_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORDS.update({"fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90})
_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True))
_UNIT = r"(hours?|hrs?|months?|years?|yrs?|weeks?|wks?|days?|visits?|sessions?)"
# the case's figure may have a few words between the number and its unit ("2,100 post-degree supervised hours")
_CASE = re.compile(rf"\b({_NUM})\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?{_UNIT}\b(?!\s*/|\s+(?:a|per) )", re.I)
# "at least two years or 3,000 hours", "a minimum of 9 hours", "no fewer than 12 visits"
_MINIMUM = re.compile(rf"\b(?:at least|a minimum of|minimum of|no fewer than|not less than)\s+({_NUM})\s+{_UNIT}"
                      rf"(?:\s+or\s+({_NUM})\s+{_UNIT})?", re.I)
# a yes/no about meeting a requirement: "so she's good for it, right?", "does that qualify?", "is 1,900 enough?"
_MEETS_ASKED = re.compile(r"\b(?:good|enough|qualif\w*|eligible|meets?|sufficient|suffices?|count)\b[^.?!\n]{0,40}\?|"
                          r"\b(?:does|do|is|are|will|would|did)\s+(?:he|she|they|it|this|that|we|i)\b[^?\n]{0,50}\b(?:meet|"
                          r"qualify|count|enough|good|eligible)\b", re.I)


def _field_number(text: str, m: re.Match) -> bool:
    """Whether a figure is a section number opening its line ("5.2 Hours of service ..."), not a quantity."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip() and bool(re.fullmatch(r"\d+\.\d+", m.group(1))) \
        and text[m.end(1):m.end(1) + 2].strip()[:1].isupper()
_TOTAL = re.compile(r"\s*(?:in all|in total|total|altogether|combined)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:total(?: of)?|altogether|in all|combined)\s*:?\s*$", re.I)
_PER_YEAR = {"hour": None, "month": 12, "year": 1, "week": 52, "day": 365}


def _number(raw: str) -> float:
    raw = raw.lower().replace(",", "")
    return float(_WORDS[raw]) if raw in _WORDS else float(raw)


def _unit(raw: str) -> str:
    raw = raw.lower().rstrip("s")
    return {"hr": "hour", "yr": "year", "wk": "week"}.get(raw, raw)


def _in(amount: float, unit: str, target: str) -> float | None:
    """An amount in another unit of the same kind (20 months -> 1.67 years); None when they do not convert."""
    if unit == target:
        return amount
    if _PER_YEAR.get(unit) and _PER_YEAR.get(target):
        return amount / _PER_YEAR[unit] * _PER_YEAR[target]
    return None


def _said(n: float, unit: str) -> str:
    text = f"{n:,.0f}" if n == int(n) else f"{n:g}"
    return f"{text} {unit}{'s' if n != 1 else ''}"


def threshold_line(text: str, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'By the figures in your question: 1,900 hours falls short of 3,000 hours ... so the minimum is not met yet [1].'
    or '' when the question asks no such thing or no chosen sentence states a minimum in the case's units."""
    if not _MEETS_ASKED.search(text):
        return ""
    # a form's numbered field ("5.2 Hours of service per week: [__]") opens its line with a section number, no figure
    found = [m for m in _CASE.finditer(text) if not _field_number(text, m)]
    # a total the asker marks ("12 hours in all") comes first, then the figures from the last one stated back
    total = [m for m in found if _TOTAL.match(text, m.end()) or _TOTAL_BEFORE.search(text, 0, m.start())]
    case = [(_number(m.group(1)), _unit(m.group(2))) for m in total + [m for m in reversed(found) if m not in total]]
    if not case:
        return ""
    for c in chosen:
        for m in _MINIMUM.finditer(c.text):
            options = [(_number(m.group(1)), _unit(m.group(2)))]
            if m.group(3):
                options.append((_number(m.group(3)), _unit(m.group(4))))
            checks = []  # (case amount, its unit, the minimum, its unit, met?)
            for need, unit in options:
                have = next(((n, u) for n, u in case if _in(n, u, unit) is not None), None)
                if have:
                    checks.append((*have, need, unit, _in(*have, unit) >= need))
            if not checks:
                continue
            met = any(ok for *_, ok in checks)
            said = "; ".join(f"{_said(n, u)} {'meets' if ok else 'falls short of'} {_said(need, nu)}"
                             for n, u, need, nu, ok in checks)
            verdict = "so the minimum is met" if met else "so the minimum is not met yet"
            return f"By the figures in your question: {said} ({m.group(0)}), {verdict} [{number[c.rank]}]."
    return ""
