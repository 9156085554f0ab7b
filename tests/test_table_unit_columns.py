"""A row-per-instrument table whose other columns give the administration's minutes, hours, units or who gave it
holds no scores; columns named for time points ("Time 1", "Week 4") still do (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note", [
    "Battery plan\nTest            | Given by | Admin min | Notes\nWISC-V          | tech     | 80        |\nBASC-3 (parent) | forms    | 20        | mailed",
    "Instrument   Est. hrs   Units\nWAIS-IV      1.5        3\nMMPI-3       1          2",
    "| Measure | Duration (minutes) | CPT |\n|---|---|---|\n| ADOS-2 | 45 | 96136 |\n| SRS-2 | 15 | 96127 |",
])
def test_minutes_hours_and_units_columns_are_not_scores(note):
    assert not extract_facts([note]).measures


@pytest.mark.parametrize("note, expected", [
    ("Measure   Time 1   Time 2\nPHQ-9     18       11", [18, 11]),
    ("| Scale | Week 4 | Week 8 |\n|---|---|---|\n| GAD-7 | 15 | 9 |", [15, 9]),
    ("Instrument | Intake 01/06/2025 | Admin time 2 03/02/2025\nPCL-5 | 52 | 38", [52, 38]),
])
def test_time_point_columns_still_hold_scores(note, expected):
    assert [m.score for m in extract_facts([note]).measures] == expected
