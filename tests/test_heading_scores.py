"""Scores listed one per dated row under a line that names one instrument (dot leaders, dashes, spaces, a pipe)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def _scores(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text, expected", [
    ("Post-Concussion Symptom Scale (PCSS, 22 items, 0-132):\n    10/02/26 ............ 61\n    10/30/26 ............ 38\n"
     "Plan: continue", [("PCSS", 61, "10/02/26"), ("PCSS", 38, "10/30/26")]),
    ("GAD-7 scores\n9/14/2026   15\n11/02/2026   9\n\nShe is sleeping better.", [("GAD-7", 15, "9/14/2026"), ("GAD-7", 9, "11/02/2026")]),
    ("PHQ-9\n  - Sept 8 - 21 (moderately severe)\n  - Nov 17 - 12", [("PHQ-9", 21, "Sept 8"), ("PHQ-9", 12, "Nov 17")]),
    ("PCL-5 |\n 2026-08-03 | 58\n 2026-10-12 | 41", [("PCL-5", 58, "2026-08-03"), ("PCL-5", 41, "2026-10-12")]),
])
def test_rows_under_an_instrument_heading_are_dated_scores(text, expected):
    assert _scores(text) == expected


def test_an_intake_row_is_the_earlier_score():
    facts = extract_facts(["PHQ-9:\n  Intake - 21\n  Oct 30 - 14"])
    assert [(m.score, m.baseline) for m in facts.measures] == [(21, True), (14, False)]
    assert facts.trends and facts.trends[0].first == 21 and facts.trends[0].last == 14


@pytest.mark.parametrize("text", [
    "PHQ-9 and GAD-7\n10/02/26 ..... 18\n10/30/26 ..... 12",  # two instruments: whose rows?
    "PHQ-9 given 3 times\n10/02/26 ..... 18",  # the heading carries a number of its own
    "PHQ-9 reviewed.\nNext sessions:\n10/02/26 ..... 10:00",  # the rows are under another line
])
def test_rows_whose_instrument_is_unclear_are_not_read(text):
    assert not _scores(text)
