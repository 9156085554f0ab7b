"""Letter and checklist classes found in the twenty-ninth session (leftovers of the twenty-eighth set and the
twenty-ninth blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _scores(text):
    return [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures]


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


# -- counting as an exercise ("counted down from 10") is no change in a symptom --------------------------------------
@pytest.mark.parametrize("text", [
    "Client practiced grounding; counted down from 10 to 1 with the therapist.",
    "Counting down from five, she named things she could see and hear.",
    "We used a slow count down from 20 while he breathed out.",
])
def test_a_counting_exercise_is_no_progress(text):
    assert _status(text, "progress").status == "missing"


@pytest.mark.parametrize("text", [
    "Anxiety down from 7 last week to 4.",
    "Panic attacks down from daily to twice a week.",
    "Urges decreased from 9 to 5 since the last review.",
])
def test_a_symptom_down_from_an_earlier_level_is_still_progress(text):
    assert _status(text, "progress").status == "met"
