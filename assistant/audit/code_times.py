"""Time written beside a billing code: the crisis time after a crisis code, and a code's own clock range when one
session is billed under two codes ("90832 (1:05-1:30) + 90839 (1:30-2:10)").

The session time (timing.py) is the whole visit; these are the parts a code claims for itself.
"""

from __future__ import annotations

import re

from assistant.audit.timing import CLOCK_RANGE, clock_span, durations

_CRISIS_TIME = re.compile(r"\bcrisis\b|\b9083[9]\b|\b90840\b", re.I)
_NEXT_CODE = re.compile(r"\b(?:9\d{4}|[GHTS]\d{4})\b|\n")


def _range_minutes(window: str) -> int | None:
    return next((s for r in CLOCK_RANGE.finditer(window) if (s := clock_span(r.groups()[:3], r.groups()[3:]))), None)


def minutes_after(text: str, cue_rx: re.Pattern[str] = _CRISIS_TIME) -> int | None:
    """The time written just after a cue ("90839 + 90840 (crisis 10:40-12:00, 80 min)"): a clock range or a total
    within the next 60 characters of the first cue that has one, else None."""
    for m in cue_rx.finditer(text):
        window = text[m.start():m.end() + 60].split("\n")[0]
        span = next((clock_span(r.groups()[:3], r.groups()[3:]) for r in CLOCK_RANGE.finditer(window)), None)
        if span:
            return span
        amounts = [minutes for _, minutes in durations(window)]
        if amounts:
            return amounts[0]
    return None


def code_clock(text: str, code: str) -> int | None:
    """Minutes of the clock range written right after a code, before the next code ("90832 (1:05-1:30) + 90839
    (1:30-2:10)": 25 for 90832), or None. A session split between codes gives each code its own time."""
    for m in re.finditer(r"\b%s\b" % re.escape(code), text):
        stop = _NEXT_CODE.search(text, m.end())
        span = _range_minutes(text[m.end():min(stop.start() if stop else len(text), m.end() + 60)])
        if span:
            return span
    return None


def part_before_crisis(text: str) -> int | None:
    """Minutes of the one non-crisis part of a session that turned into a crisis ("Routine session 9:00-9:20 ...
    Crisis psychotherapy 9:20-10:05"): the clock range told without the word crisis before it, when exactly one such
    range stands beside a crisis range; else None. The crisis part is the crisis code's; the other part is the
    psychotherapy code's."""
    crisis, other = [], []
    for r in CLOCK_RANGE.finditer(text):
        span = clock_span(r.groups()[:3], r.groups()[3:])
        if span:
            clause = re.split(r"[.;\n]", text[max(0, r.start() - 60):r.start()])[-1]
            (crisis if _CRISIS_TIME.search(clause) else other).append(span)
    return other[0] if crisis and len(other) == 1 else None
