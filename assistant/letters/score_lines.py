"""Measure lines for a letter: each score with its instrument and date, trends, and the opening headline."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Facts, Measure
from assistant.letters.sections import clean, merged_segments, text_key, unique, usable


_INSTRUMENT_RX = dict(P.INSTRUMENT_RES)


def instrument_name(m: Measure) -> str:
    """The normalized name, with the notes' own wording after it when they spell it differently."""
    found = _INSTRUMENT_RX[m.instrument].search(m.evidence) if m.instrument in _INSTRUMENT_RX else None
    surface = clean(found.group(0)) if found else ""
    same = re.sub(r"[\W_]", "", surface).lower() == re.sub(r"[\W_]", "", m.instrument).lower()
    return m.instrument if not surface or same else f"{m.instrument} ({surface})"


def when(date: str | None) -> bool:
    """A measure's date is worth printing: a date or a date placeholder, not another placeholder."""
    return bool(date) and (not date.startswith("<") or date.startswith("<DATE_"))


def measure_line(m: Measure) -> str:
    """'PHQ-9 = 18 on <DATE_2>': the instrument and its value side by side, as the notes give them."""
    if m.instrument in P.CATEGORICAL:
        return f"{m.instrument}: result given under Risk assessment"
    name = instrument_name(m)
    line = f"{name} = {str(m.score)}" if not isinstance(m.score, str) else f"{name}: {m.score}"
    if when(m.date):
        line += f" on {m.date}"
    if m.subject:
        line += f" ({m.subject}'s score)"
    elif m.baseline and not m.date:
        line += " (earlier value)"
    return line


def measures(facts: Facts) -> list[str]:
    """Every administration of every instrument, once, in the order the notes give them."""
    seen, out = set(), []
    for m in facts.measures:
        if not usable(m.evidence):
            continue
        key = (m.instrument, str(m.score), m.date, m.subject)
        if key not in seen:
            seen.add(key)
            out.append(measure_line(m))
    return out


def other_measure_sentences(notes: Sequence[str], facts: Facts, used: set[str]) -> list[str]:
    """Note sentences that give an instrument with a number but yielded no extracted score: shown verbatim."""
    parsed = {text_key(m.evidence) for m in facts.measures}
    out = []
    for _, kind, text in merged_segments(notes):
        if kind in ("goals", "discharge", "plan", "dx", "meds") or text_key(text) in parsed or not re.search(r"\d", text):
            continue
        if any(rx.search(text) for name, rx in P.INSTRUMENT_RES if name not in P.CATEGORICAL) and not P.GOAL_NEAR.search(text):
            out.append(text)
    return unique(out, used)


def trends(facts: Facts) -> list[str]:
    """'SCARED: 34 on <DATE_3>, then 26 on <DATE_5> (a decrease of 8 points)' for each repeated instrument."""
    out = []
    for t in facts.trends:
        points = []
        for m in sorted((m for m in facts.measures if m.instrument == t.instrument and usable(m.evidence)),
                        key=lambda m: (m.note_index, not m.baseline)):
            text = str(m.score) + (f" on {m.date}" if when(m.date) else "")
            if text not in points:
                points.append(text)
        if len(points) < 2:
            continue
        line = f"{t.instrument}: " + ", then ".join(points)
        if isinstance(t.first, (int, float)) and isinstance(t.last, (int, float)) and t.first != t.last:
            delta = round(abs(t.last - t.first), 2)
            line += " (%s of %s points from first to last)" % ("a decrease" if t.last < t.first else "an increase",
                                                                   int(delta) if float(delta).is_integer() else delta)
        out.append(line)
    return out


_LABS = {"BMI", "%EBW", "A1c", "potassium", "sodium", "phosphorus", "heart rate", "lithium level"}


def headline(facts: Facts, limit: int = 3) -> list[str]:
    """The last numeric score of each instrument for the client, for the opening paragraph."""
    last: dict[str, Measure] = {}
    for m in facts.measures:
        if not isinstance(m.score, str) and not m.subject and usable(m.evidence):
            last[m.instrument] = m
    scales = [m for m in last.values() if m.instrument not in _LABS]  # rating scales first, then labs and vitals
    return [measure_line(m) for m in (scales + [m for m in last.values() if m.instrument in _LABS])[:limit]]
