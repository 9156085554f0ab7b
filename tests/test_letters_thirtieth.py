"""Letter and checklist classes found in the thirtieth session (leftovers of the twenty-ninth set and the thirtieth
blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _scores(text):
    return [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures]


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


# -- a step-down that never happened, counted as history, is no discharge criterion ----------------------------------
@pytest.mark.parametrize("text", [
    "History: three detox admissions; no completed step-down after any of them; relapsed within days each time.",
    "Left against advice twice, without a successful step-down; housing lost both times.",
    "Two residential stays (2021, 2023), zero sustained transitions to outpatient care.",
])
def test_a_step_down_that_never_happened_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


@pytest.mark.parametrize("text", [
    "Step down to IOP once she completes 10 days without self-harm.",
    "Discharge criteria: no self-harm for 14 days and a completed relapse-prevention plan.",
    "Transition to outpatient when the step-down goals are completed and he has a sober-living bed.",
])
def test_a_condition_mentioning_completion_is_still_a_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"
