"""A series written date-then-score ("PCL-5: 09/12 52 -> 10/10 47 -> 11/20 41", "Vineland-3 ABC: 05/2025 = 63;
05/2026 = 66", "PHQ-9 03/2026: 18; 06/2026: 11") is read score by score, never taking a date's digits for a score;
also after redaction, with placeholders (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text, instrument, scores", [
    ("PCL-5: 09/12 52 -> 10/10 47 -> 11/20 41. Improving.", "PCL-5", [52, 47, 41]),
    ("PCL-5: <DATE_1> 52 -> <DATE_2> 47 -> <DATE_3> 41.", "PCL-5", [52, 47, 41]),
    ("GAD-7 02/03 15, 03/03 11, 04/07 8", "GAD-7", [15, 11, 8]),
    ("PHQ-9 03/2026: 18; 06/2026: 11", "PHQ-9", [18, 11]),
    ("Vineland-3 Adaptive Behavior Composite (parent interview): 05/2025 = 63; 05/2026 = 66 (next 05/2027)",
     "Vineland-3 Adaptive Behavior Composite", [63, 66]),
])
def test_a_date_then_score_series_is_read(text, instrument, scores):
    got = [m.score for m in extract_facts([text]).measures if m.instrument == instrument]
    assert sorted(got) == sorted(scores), got


@pytest.mark.parametrize("text", ["PCL-5: 09/12 52 -> 10/10 47", "GAD-7 total: 03/02: 14", "PHQ-9 on 11/04 12"])
def test_a_dates_digits_are_never_a_score(text):
    got = [m.score for m in extract_facts([text]).measures]
    assert not any(s in (9, 3, 2, 11, 4, 10) for s in got), got


@pytest.mark.parametrize("text, scores", [
    ("Labs: GGT 212 (<DATE_6>) -> 141 (<DATE_7>) | <ORG_2> 88/64 -> 51/47 | Mg 1.6 -> 2.0", [212, 141]),
    ("PHQ-9 <DATE_1> 19 -> <DATE_2> 12 | <PERSON_1> 7 -> 4", [19, 12]),
    ("GAD-7 15 -> 9 | <ORG_1> 30 -> 22", [15, 9]),
])
def test_a_series_never_runs_into_the_next_column_behind_a_redacted_name(text, scores):
    instrument = extract_facts([text]).measures[0].instrument
    assert [m.score for m in extract_facts([text]).measures if m.instrument == instrument] == scores
