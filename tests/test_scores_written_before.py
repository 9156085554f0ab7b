"""Scores in shapes read through the catalog: a score written before its instrument ("came in at an 11 on the
PHQ-9"), after an article ("his Epworth was a six"), a percentage before its name ("81% of median BMI", "86% mBMI");
and columns that are not scores in a testing table (percentile, range). Examples written here, three or more per class."""
from __future__ import annotations

import pytest

from assistant.letters.measures import read_scores
from assistant.letters.reading import read_notes, segments_of


def scores(note: str) -> list[tuple[str, float, bool]]:
    blocks = read_notes([note])
    return [(m.instrument, m.score, m.baseline) for m in read_scores(segments_of(blocks), blocks)[0]]


@pytest.mark.parametrize("note, expected", [
    ("He came in at an eleven on the PHQ-9 at intake review.", ("PHQ-9", 11)),
    ("On the questionnaires she scored a twenty-two on the Insomnia Severity Index.", ("ISI", 22)),
    ("Today she got a 9 on the GAD-7.", ("GAD-7", 9)),
    ("Mood better, a 12 on the PHQ-9 this week.", ("PHQ-9", 12)),
])
def test_a_score_written_before_its_instrument(note, expected):
    assert expected in [(i, s) for i, s, _ in scores(note)]


@pytest.mark.parametrize("note, expected", [
    ("His Epworth Sleepiness Scale was a six, so he is not sleepy in the day.", ("ESS", 6)),
    ("Her PCL-5 today was a forty-one.", ("PCL-5", 41)),
    ("The BDI-II is at a 30 this month.", ("BDI-II", 30)),
])
def test_a_score_after_an_article(note, expected):
    assert expected in [(i, s) for i, s, _ in scores(note)]


def test_an_earlier_value_after_a_score_written_first():
    assert ("PHQ-9", 19, True) in scores("Mood better, a 12 on the PHQ-9 (down from 19).")


@pytest.mark.parametrize("note", [
    "The GAD-7 is a 7-item scale; we will give it monthly.",
    "The PHQ-9 is a 9 item questionnaire she filled in at home.",
    "We will use the PCL-5, a 20-item checklist.",
])
def test_the_number_of_items_is_no_score(note):
    assert scores(note) == []


@pytest.mark.parametrize("note, expected", [
    ("WEIGHT / MEDICAL\nAdmission 05/26: 43.2 kg, 81% of median BMI for age.", ("%mBMI", 81)),
    ("06/15: 44.9 kg, 86% mBMI. Vitals stable.", ("%mBMI", 86)),
    ("Weight today 51.2 kg (92% EBW) per the dietitian.", ("%EBW", 92)),
    ("She is at 78 percent of her median BMI per the dietitian.", ("%mBMI", 78)),
])
def test_a_percentage_written_before_its_name(note, expected):
    assert expected in [(i, s) for i, s, _ in scores(note)]


def test_a_percentage_in_a_goal_is_a_target():
    assert scores("Goal: reach 95% of median BMI before step-down.") == []


TESTING_TABLE = """TEST RESULTS

Cognitive - WISC-V (nonverbal subtests)      Score   Percentile   Range
   Visual Spatial Index                       108        70        Average
   Fluid Reasoning Index                      112        79        High Average
   Processing Speed Index                      97        42        Average
"""


@pytest.mark.parametrize("row, score, not_score", [
    ("Visual Spatial Index", 108, 70), ("Fluid Reasoning Index", 112, 79), ("Processing Speed Index", 97, 42),
])
def test_a_percentile_column_is_no_score(row, score, not_score):
    found = [(i, s) for i, s, _ in scores(TESTING_TABLE) if row in i]
    assert ("WISC-V " + row, score) in found and not [f for f in found if f[1] == not_score]  # the title names the battery


@pytest.mark.parametrize("note, expected", [
    ("- MoCA 8.1: 23/30, hearing aids in.", ("MoCA", 23)),
    ("MoCA v8.1 = 26/30 today.", ("MoCA", 26)),
    ("SLUMS 2.0: 21 with glasses on.", None),
])
def test_a_version_before_the_score_is_no_score(note, expected):
    found = [(i, s) for i, s, _ in scores(note)]
    assert all(s not in (8.1, 2.0) for _, s in found)
    if expected:
        assert expected in found


@pytest.mark.parametrize("note, expected", [
    ("BDD-YBOCS 38. BABS 17, poor insight. PHQ-9 17.", ("BDD-YBOCS", 38)),
    ("BDD-YBOCS 38. BABS 17, poor insight. PHQ-9 17.", ("BABS", 17)),
    ("HRS-SR 29 at intake on 10/14/2025.", ("HRS-SR", 29)),
])
def test_instruments_added_to_the_catalog_are_read(note, expected):
    assert expected in [(i, s) for i, s, _ in scores(note)]


def test_a_body_dysmorphic_ybocs_is_not_the_ocd_ybocs():
    assert "Y-BOCS" not in [i for i, _, _ in scores("BDD-YBOCS 38 today.")]


@pytest.mark.parametrize("sentence", [
    "BDD-YBOCS recheck planned wk 8 (~10/29).",
    "Will repeat the PCL-5 at the 6-week review (last 52).",
    "PHQ-9 due next session; 14 at intake.",
])
def test_a_measurement_still_ahead_is_not_quoted_as_a_score(sentence):
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import other_measure_sentences
    notes = ["Dx: F45.22. " + sentence]
    assert not other_measure_sentences(notes, extract_facts(notes), set())
