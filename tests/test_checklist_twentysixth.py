"""Letter and checklist classes found by the twenty-sixth blind set and the twenty-fifth's remainder, each with
examples written here (never the sets' own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


# -- an earlier attempt at care told by its count is prior treatment ----------------------------------------------
@pytest.mark.parametrize("text", [
    "This is his second try at a structured program this year; the first ended after two weeks.",
    "Her third admission to an eating-disorder unit since 2024.",
    "It is their son's another round of residential treatment, the last one in Utah.",
    "This is a repeat course of outpatient therapy for the same worries.",
])
def test_an_earlier_attempt_at_care_counted_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Second session this week; worked on sleep hygiene.",
    "She made a second attempt at the exposure ladder today.",
    "Third try at the bus ride went well.",
])
def test_a_second_session_or_attempt_at_a_task_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"
