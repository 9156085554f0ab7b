"""Series written with arrows and units ("68 pts (intake 11/20) -> 61 (01/22) -> 55 today"), a numbered session
title that dates the note, and help that is not care. Examples written here."""
from __future__ import annotations

import pytest

from assistant.letters import score_lines as L
from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note, first, last", [
    ("Session 16 - 03/26/2026\n- SI-R: 68 pts (intake 11/20/2025) \u2192 61 (01/22) \u2192 55 today", "68 on 11/20/2025", "55 on 03/26/2026"),
    ("Visit #9 04/02/2026\n* PHQ-9 22 pts -> 17 -> 12 (today)", "22", "12 on 04/02/2026"),
    ("Wk 6 note 05/14/2025\nY-BOCS 30 pts (baseline) => 24 => 19", "30", "19 on 05/14/2025"),
])
def test_a_series_with_arrows_runs_from_its_first_value_to_today(note, first, last):
    (line,) = [t for t in L.trends(extract_facts([note]))]
    assert f": {first} to {last}" in line, line


@pytest.mark.parametrize("note", [
    "Clutter: CIR living room 7 \u2192 5, kitchen 8 \u2192 6 (session 03/26/2026).",
    "CIR kitchen 8 -> 6 -> 4",
    "Clutter Image Rating bedroom 9 to 6",
])
def test_the_value_before_an_arrow_is_the_earlier_one(note):
    facts = extract_facts([note])
    for series in L.trends(facts):
        before, after = series.split(": ", 1)[1].split(" to ")[:2]
        assert int(before.split()[0]) > int(after.split()[0].rstrip(":")), series


@pytest.mark.parametrize("note", [
    "Her daughter paid a professional organizer in 2024; the garage was refilled within 4 months.",
    "He worked with a life coach last year on job interviews.",
    "A cleaning crew cleared the kitchen in 2023.",
])
def test_help_that_is_not_care_is_no_prior_treatment(note):
    assert extract_facts([note]).prior_treatment == ()
