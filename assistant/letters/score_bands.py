"""A question that gives a client's scores and asks where they stand ("what severity band is she in now, and is this
response?"): the measure catalog the letters use (assistant/data/measures.yaml: published bands, direction) answers
it, not a passage; the service puts this line before the answer's cited sentences."""
from __future__ import annotations

import re

from assistant.letters.catalog import band, catalog

_ASKS_BAND = re.compile(r"\b(?:severity|band|range|category|cut-?off|how (?:severe|bad)|response|remission|responder)\b", re.I)
# what is not a score: dates, ages, times, counts of weeks or sessions
_NOT_SCORE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,3}[- ]?(?:years?|yrs?|y/?o)\b[- ]?(?:old)?|"
                        r"\b\d+\s*(?:weeks?|wks?|months?|sessions?|visits?|days?|minutes?|mins?|%)|"
                        # a day of a month ("Dec 9", "Feb. 14"), a version ("v3"), the scale's own span ("scored from 0 to 27")
                        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b[a-z]+\d+\b|"
                        r"\b(?:scored|ranges?|ranging|runs?|goes|scale of)\s+(?:from\s+)?\d+\s*(?:to|-|\u2013)\s*\d+\b", re.I)


def _heading_word(text: str, hit) -> bool:
    """An instrument named by an English word ("AUDIT", "SAFE") inside a line of capitals ("RECORD AUDIT TRAIL",
    "SAFE HARBOR NOTICE") is a heading's word, unless a score follows it."""
    if hit.surface not in hit.instrument.cased or re.match(r"\s*(?:score|total)?\s*[:=(]?\s*\d", text[hit.end:], re.I):
        return False
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[:hit.start])
    after = re.match(r"[ \t]+([A-Za-z]+)", text[hit.end:])
    return any(m is not None and len(m.group(1)) >= 2 and m.group(1).isupper() for m in (before, after))


def band_line(question: str) -> str:
    """'PHQ-9 8 falls in the "mild" band; it was 22 (severe) at the first administration, 64% lower', or "" when the
    question gives no scores of a catalogued instrument with bands, or does not ask about bands."""
    if not _ASKS_BAND.search(question):
        return ""
    named = [h for h in catalog().find(question) if not _heading_word(question, h)]
    hits = [h for h in named if h.instrument.bands and not h.instrument.result]
    if not hits:
        return ""
    inst = hits[0].instrument
    # a score is told in the sentence that names its instrument or after it: "DRAFT v3" lines above are none
    opens = max(question.rfind(c, 0, hits[0].start) for c in ".!?\n") + 1
    # ... and ends with the question asked about them: "...is she moderate now?" / "2 people found this helpful" is no score
    asked = question.find("?", hits[0].end)
    text = " " * opens + question[opens:asked + 1 if asked >= 0 else len(question)]
    for h in reversed(named):
        text = text[:h.start] + " " * (h.end - h.start) + text[h.end:]  # "PHQ-9" holds a 9 that is no score
    text = _NOT_SCORE.sub(lambda m: " " * len(m.group(0)), text)
    values = [float(v) for v in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d)?(?!\d|\.\d)", text)]
    values = [v for v in values if inst.low is None or inst.high is None or inst.low <= v <= inst.high]
    if not values:
        return ""
    first, last = values[0], values[-1]
    now = band(inst, last)
    if not now:
        return ""
    shown = lambda v: str(int(v)) if v.is_integer() else str(v)  # noqa: E731
    line = f"By the published bands, {inst.name} {shown(last)} falls in the \"{now}\" band"
    if len(values) > 1 and first != last:
        change = (first - last) / first * 100 if first else 0.0
        better = (inst.better == "lower" and last < first) or (inst.better == "higher" and last > first)
        line += (f"; it was {shown(first)} ({band(inst, first) or 'no band'}) at the first administration, "
                 f"{abs(change):.0f}% {'lower' if last < first else 'higher'}"
                 + (" (a fall of 50% or more from baseline is the usual definition of response)" if better and inst.better == "lower"
                    and change >= 50 else ""))
    return line + " (computed from the measure catalog, not quoted from a source)."
