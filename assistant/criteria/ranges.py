"""A quantity the question gives about its own case ("the session ran 70 min total"), placed in the range a source
sentence gives for a code ("between 30 and 74 minutes"): the code that range names is the answer, and the codes the
asker proposed that it does not name are said not to apply."""

from __future__ import annotations

import re

from assistant.criteria.select import Candidate

_UNIT = r"(min(?:ute)?s?|hours?|hrs?)"
# a bound of a range or rule the asker drew ("30 to 59 min", "under 30 min", "90 min or more") is no quantity of the case
_BOUND = re.compile(rf"\b\d{{1,3}}\s*(?:-|–|to|through)\s*\d{{1,3}}\s*{_UNIT}|\b(?:under|over|below|above|less than|"
                    rf"more than|at least|up to)\s+\d{{1,3}}\s*{_UNIT}|\b\d{{1,3}}\s*{_UNIT}\s*(?:or (?:more|less|longer|"
                    rf"over|under)|\+)", re.I)
_AMOUNT = re.compile(rf"\b(\d{{1,3}})\s*{_UNIT}\b", re.I)
_SPAN = re.compile(r"\b(?:between\s+)?(\d{1,3})\s*(?:-|–|to|and|through)\s*(\d{1,3})\s*(minutes?|hours?)\b|"
                   r"\b(\d{1,3})\s*(minutes?|hours?)\s*(?:or more|or longer|and (?:over|up|longer))|"
                   r"\b(?:from|at least)\s+(\d{1,3})\s*(minutes?|hours?)\b", re.I)
_CODE = re.compile(r"\+?\b9\d{4}\b")


def _minutes(n: int, unit: str) -> int:
    return n * 60 if unit.lower().startswith("h") else n


def case_amount(text: str) -> tuple[int, int] | None:
    """(minutes, where it ends in the text) of the last quantity the question states about its case, not a bound."""
    bounds = [m.span() for m in _BOUND.finditer(text)]
    found = [m for m in _AMOUNT.finditer(text) if not any(a <= m.start() < b for a, b in bounds)]
    if not found:
        return None
    m = found[-1]
    return _minutes(int(m.group(1)), m.group(2)), m.end()


def _spans(segment: str) -> list[tuple[int, float]]:
    out = []
    for m in _SPAN.finditer(segment):
        if m.group(1):
            out.append((_minutes(int(m.group(1)), m.group(3)), _minutes(int(m.group(2)), m.group(3))))
        else:
            lo, unit = (m.group(4), m.group(5)) if m.group(4) else (m.group(6), m.group(7))
            out.append((_minutes(int(lo), unit), float("inf")))
    return out


def range_line(text: str, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'By the figures in your question: 70 minutes falls in 30-74 minutes: 90839 alone, not +90840 [1].' or ''."""
    case = case_amount(text)
    if not case:
        return ""
    minutes, end = case
    proposed = {c.lstrip("+") for c in _CODE.findall(text[end:])}
    for c in chosen:
        for segment in re.split(r";\s+", c.text):
            codes = [code.lstrip("+") for code in _CODE.findall(segment)]
            hit = next(((lo, hi) for lo, hi in _spans(segment) if lo <= minutes <= hi), None)
            # only a rule about the codes the asker proposed answers the case ("90837?" -> the 90832/90834/90837 rule)
            if not hit or not codes or not {x.lstrip("+") for x in _CODE.findall(c.text)} & proposed:
                continue
            named = list(dict.fromkeys(codes))
            span = f"{hit[0]}-{int(hit[1])} minutes" if hit[1] != float("inf") else f"{hit[0]} minutes or more"
            extra = sorted(proposed - set(named))
            if len(named) == 1:  # one code for this range: the others the asker proposed do not go with it
                what = named[0] + (f" alone, not {' or '.join(extra)}" if extra else "")
            else:
                what = segment.rstrip(".")
            return f"By the figures in your question: {minutes} minutes falls in {span}, so {what} [{number[c.rank]}]."
    return ""
