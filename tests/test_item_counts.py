"""Scores told as a count out of the instrument's top score in the sentences after its name, and a shorter version
named after the name in brackets or after a comma."""
import pytest

from assistant.letters.catalog import catalog
from assistant.letters.extract import extract_facts


def _scores(text):
    return [(m.instrument, m.score, m.baseline) for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text, name", [
    ("Repeated the Geriatric Depression Scale (short form) with her.", "GDS-15"),
    ("GDS (15-item) done in the waiting room.", "GDS-15"),
    ("We used the geriatric depression scale, short version, at the visit.", "GDS-15"),
])
def test_a_short_version_named_after_the_name_is_that_version(text, name):
    assert catalog().find(text)[0].instrument.name == name


@pytest.mark.parametrize("text", [
    "PCL-5 (20 items) given.",
    "Geriatric Depression Scale given today.",
    "MoCA (version 8.1) given.",
])
def test_a_bracket_without_a_catalogued_shorter_version_changes_nothing(text):
    hit = catalog().find(text)[0]
    assert "(" not in hit.surface


@pytest.mark.parametrize("text, expected", [
    ("Went over the GDS short form with him again. Back in the spring he answered 11 of the 15 that way; this week 7 of the 15.",
     [("GDS-15", 11, True), ("GDS-15", 7, False)]),
    ("We went back over the MoCA. She got 24 out of 30 this time, up from 20 of 30 in the summer.",
     [("MoCA", 24, False), ("MoCA", 20, True)]),
    ("MDQ reviewed together; he said yes to 8 of its 13 questions.", [("MDQ", 8, False)]),
])
def test_a_count_out_of_the_top_score_after_the_name_is_the_score(text, expected):
    assert sorted(_scores(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Gave the PHQ-9 at intake. She came to 3 of 12 sessions this fall.",
    "The GDS-15 was not repeated. Slept through 5 of 15 nights.",
    "We did the GDS short form last month. Goal is to get to 4 of 15 or lower.",
    "MoCA is planned for next visit. He remembered 3 of 30 names from the list.",
])
def test_a_count_of_something_else_or_a_target_is_no_score(text):
    assert all(m.score not in (3, 4, 5) for m in extract_facts([text]).measures)
