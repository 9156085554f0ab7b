"""A lab value or vital sign read with its unit, an earlier reading in parentheses, and the unit written in the letter."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.score_lines import measure_line


def _values(text: str) -> list[tuple[str, float, bool]]:
    return [(m.instrument, m.score, m.baseline) for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text, expected", [
    ("A1c today 11.4% (05/2026: 7.9%).", [("HbA1c", 11.4, False), ("HbA1c", 7.9, True)]),
    ("HbA1c 8.2 % on 11/20/26, up from last spring.", [("HbA1c", 8.2, False)]),
    ("ECG: sinus bradycardia, rate 42; PR 168 ms; QTc (Bazett) 461 ms; no ST changes.", [("QTc", 461, False)]),
    ("  Glucose Management Indicator .... 9.6 %", [("GMI", 9.6, False)]),
    ("CGM: time in range 29% (goal above 70%)", [("time in range", 29, False)]),
])
def test_a_lab_value_is_read_with_its_unit(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "PHQ-9 improved 30% since intake.",  # a change in a rating scale, not a score
    "Recheck A1c in 3 months.",
    "HbA1c ordered; result pending.",
])
def test_a_percent_or_a_plan_is_no_lab_value(text):
    assert not _values(text)


@pytest.mark.parametrize("text, line", [
    ("A1c today 11.4%.", "A1c (HbA1c) = 11.4%"),
    ("QTc 461 ms on the ECG.", "QTc = 461 ms"),
    ("Wt 52.3 kg, BMI 19.0 kg/m2.", "Wt (weight) = 52.3 kg"),
])
def test_the_letter_writes_the_unit_the_notes_give(text, line):
    assert measure_line(extract_facts([text]).measures[0]) == line
