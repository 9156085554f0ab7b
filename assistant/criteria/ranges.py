"""A quantity the question gives about its own case ("the session ran 70 min total"), placed in the range a source
sentence gives for a code ("between 30 and 74 minutes"): the code that range names is the answer, and the codes the
asker proposed that it does not name are said not to apply."""

from __future__ import annotations

import re

from assistant.criteria.code_names import named_codes
from assistant.criteria.select import Candidate

_UNIT = r"(min(?:ute)?s?|hours?|hrs?)"
# a bound of a range or rule the asker drew ("30 to 59 min", "under 30 min", "90 min or more") is no quantity of the case;
# a total ("the blocks add up to 120 min") is one
_BOUND = re.compile(rf"\b\d{{1,3}}\s*(?:-|–|to|through)\s*\d{{1,3}}\s*{_UNIT}|\b(?:under|over|below|above|less than|"
                    rf"more than|at least|(?<!adds )(?<!added )(?<!add )up to)\s+\d{{1,3}}\s*{_UNIT}|\b\d{{1,3}}\s*{_UNIT}\s*(?:or (?:more|less|longer|"
                    rf"over|under)|\+)", re.I)
_AMOUNT = re.compile(rf"\b(\d{{1,3}})\s*{_UNIT}\b", re.I)
_SPAN = re.compile(r"\b(?:between\s+)?(\d{1,3})\s*(?:-|–|to|and|through)\s*(\d{1,3})\s*(minutes?|hours?)\b|"
                   r"\b(\d{1,3})\s*(minutes?|hours?)\s*(?:or more|or longer|and (?:over|up|longer))|"
                   r"\b(?:from|at least)\s+(\d{1,3})\s*(minutes?|hours?)\b", re.I)
_CODE = re.compile(r"\+?\b9\d{4}(?=(?:'?s)?\b)")  # "how many 90840s": a code in the plural too


def _minutes(n: int, unit: str) -> int:
    return n * 60 if unit.lower().startswith("h") else n


# a session told by its clock times ("saw her 2:05 pm to 3:45 pm", "10:20-11:35"): its length is the case's minutes
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*(?:-|–|to|until|till)\s*(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?", re.I)


def _clock_minutes(m: re.Match) -> int | None:
    """The minutes between a span's two clock times (a pm end after an unmarked start: "2:05 to 3:45 pm")."""
    def at(h: str, mins: str, half: str | None) -> int:
        hour = int(h) % 12 + (12 if half and half.lower().startswith("p") else 0)
        return hour * 60 + int(mins)
    start, end = at(m.group(1), m.group(2), m.group(3) or m.group(6)), at(m.group(4), m.group(5), m.group(6) or m.group(3))
    span = end - start if end > start else end + 12 * 60 - start  # "11:40-12:25" without am/pm
    return span if 0 < span <= 8 * 60 else None


def case_amount(text: str) -> tuple[int, int] | None:
    """(minutes, where it ends in the text) of the last quantity the question states about its case, not a bound; a
    single clock span ("2:05 pm to 3:45 pm") when it states no minutes."""
    bounds = [m.span() for m in _BOUND.finditer(text)]
    found = [m for m in _AMOUNT.finditer(text) if not any(a <= m.start() < b for a, b in bounds)]
    spans = list(_CLOCK.finditer(text))
    if not found and len(spans) == 1 and (minutes := _clock_minutes(spans[0])):
        return minutes, spans[0].end()
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


# a code whose time is the day's total: "crisis time does not need to be continuous", "total crisis time on the date"
_ADDS_UP = re.compile(r"\b(?:does not|doesn't|need not|needn't) (?:need to )?be continuous\b|\btotal (?:\w+ ){0,2}time on the "
                      r"(?:date|day)\b", re.I)
# the question's blocks fall on one day: "same day", "two separate contacts", "in the morning and ... in the afternoon"
_ONE_DAY = re.compile(r"\bsame (?:day|date)\b|\b(?:two|three|2|3) (?:separate |different )?(?:contacts|sessions|blocks|visits|"
                      r"encounters|calls)\b|\bmorning\b[^?]{0,80}\b(?:afternoon|evening)\b", re.I)


# the asker's own total: "or add it all up (110 min)", "a total of 63 min", "63 min in all"
_TOTALED = re.compile(r"\b(?:add(?:ed|s)?(?: (?:it|them|these))?(?: all)? up|totals?|totall?ing|in all|altogether|combined|sum)\b"
                      r"[^.?!\d]{0,20}$", re.I)


def _blocks(text: str) -> list[int]:
    """Minutes of each time block the question gives about its case (no bound of a rule), in order; [] when the asker
    states the total already ("add it all up (110 min)")."""
    bounds = [m.span() for m in _BOUND.finditer(text)]
    found = [m for m in _AMOUNT.finditer(text) if not any(a <= m.start() < b for a, b in bounds)]
    if any(_TOTALED.search(text, max(0, m.start() - 30), m.start()) or
           re.match(r"\s*(?:in all|in total|total|altogether|combined)\b", text[m.end():], re.I) for m in found):
        return []
    return [_minutes(int(m.group(1)), m.group(2)) for m in found]


def range_line(text: str, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'By the figures in your question: 70 minutes falls in 30-74 minutes: 90839 alone, not +90840 [1].' or ''."""
    case = case_amount(text)
    if not case:
        return ""
    minutes, end = case
    blocks, added = _blocks(text), ""
    # "39 min in the morning and 24 min in the afternoon" for a code counted by the day's total time: their sum
    if len(blocks) >= 2 and _ONE_DAY.search(text) and any(_ADDS_UP.search(c.text) for c in chosen):
        minutes, added = sum(blocks), " + ".join(map(str, blocks)) + " = "
    # the codes the asker proposes after the case's minutes, and any the text names in words ("one crisis code")
    proposed = {c.lstrip("+") for c in _CODE.findall(text[end:])} | set(named_codes(text))
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
            else:  # "105–134 minutes is 90839 plus two units of +90840": what the range is, without the range again
                what = re.sub(r"^.*?\d{1,3}\s*(?:-|–|to|through)\s*\d{1,3}\s*minutes?\s+(?:is|=|means)\s+", "", segment).rstrip(".")
                what = what[0].lower() + what[1:] if re.match(r"[A-Z][a-z]", what) else what  # "so under 30 minutes, ..."
            return f"By the figures in your question: {added}{minutes} minutes falls in {span}, so {what} [{number[c.rank]}]."
    return ""
