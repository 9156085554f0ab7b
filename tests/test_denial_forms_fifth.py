"""Denial forms of a fifth kind: check-box forms (only the ticked boxes are the payer's reasons), a benefit maximum
told after the fact, records "we received" that did not show something, a claim that "cannot be processed as
billed", a final internal decision named in a Re: line, a finding the letter says it is not making, and a reference
number that looks like an adjustment code. Each class with examples written here."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial
from assistant.denials.segments import ticked_only


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


FORM = """UTILIZATION REVIEW DETERMINATION
DETERMINATION:  {approved} Approved   {denied} Not approved
REASONS (check all that apply):
{nmn} Does not meet medical necessity criteria for the requested service
{lower} Needs can be met at a lower level of care
{freq} Requested number of sessions exceeds what the guideline supports
{docs} Clinical information requested was not received by the due date
Expedited appeal:  {exp_yes} Available   {exp_no} N/A - standard request
"""


@pytest.mark.parametrize("ticked, unticked, expected", [
    ("[X]", "[ ]", {"frequency_or_duration_exceeds_guidelines", "insufficient_documentation"}),
    ("☒", "☐", {"frequency_or_duration_exceeds_guidelines", "insufficient_documentation"}),
    ("(x)", "( )", {"frequency_or_duration_exceeds_guidelines", "insufficient_documentation"}),
])
def test_only_ticked_boxes_are_reasons(ticked, unticked, expected):
    text = FORM.format(approved=unticked, denied=ticked, nmn=unticked, lower=unticked, freq=ticked, docs=ticked,
                       exp_yes=unticked, exp_no=ticked)
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == expected
    assert reading.expedited_available is False


def test_a_ticked_medical_necessity_box_is_read():
    text = FORM.format(approved="[ ]", denied="[X]", nmn="[X]", lower="[X]", freq="[ ]", docs="[ ]",
                       exp_yes="[X]", exp_no="[ ]")
    assert reasons(text) == {"not_medically_necessary", "lower_level_of_care_appropriate"}


def test_ticked_only_keeps_offsets_and_plain_text():
    line = "Result: [ ] Approved [X] Denied"
    assert len(ticked_only(line)) == len(line) and ticked_only(line).split() == ["Result:", "Denied"]
    assert ticked_only("No boxes here.") == "No boxes here."


@pytest.mark.parametrize("text", [
    "Your policy pays for up to 10 inpatient days each coverage period. Because the maximum for this coverage period "
    "has been reached, we cannot pay this claim.",
    "You used all 20 of your covered outpatient visits in March, so these sessions are denied.",
    "We cannot pay: there are no more benefits for mental health visits under this policy this year.",
])
def test_a_benefit_maximum_told_after_the_fact_is_a_limit(text):
    assert "benefit_limit_reached" in reasons(text)


@pytest.mark.parametrize("text", [
    "The request is denied. The records we received did not show a second medication trial at an adequate dose.",
    "Denied: the progress notes you sent do not document the start and stop times of each session.",
    "The documentation submitted did not demonstrate a current treatment plan, so we could not approve the days.",
])
def test_records_as_sent_that_did_not_show_something_are_documentation(text):
    assert "insufficient_documentation" in reasons(text)


def test_records_that_do_not_describe_a_covered_condition_are_not_documentation():
    text = ("Testing for educational purposes is excluded from coverage, so it is not covered. The records do not "
            "describe a neurological condition for which the results would guide treatment.")
    assert reasons(text) == {"non_covered_service_or_diagnosis"}


@pytest.mark.parametrize("text", [
    "Not paid. The claim lists an office place of service with a telehealth modifier. These do not match, so the "
    "claim cannot be processed as billed.",
    "Denied: this line cannot be paid as submitted; please send a corrected claim with the right modifier.",
    "The modifier on line 2 does not match the place of service, so we returned the claim unpaid.",
])
def test_a_claim_that_cannot_be_processed_as_billed_is_a_coding_error(text):
    assert "coding_or_billing_error" in reasons(text)


@pytest.mark.parametrize("text", [
    "Re: FINAL INTERNAL APPEAL DECISION (second level)\nThe twice-weekly sessions are not medically necessary.",
    "This letter gives our decision on your second-level appeal. Twice-weekly sessions are not medically necessary.",
    "Decision: the denial of the second weekly session is upheld. It is not medically necessary.",
])
def test_a_final_internal_decision_told_in_other_words_is_an_appeal_decision(text):
    assert read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("sentence", [
    "This is not a finding that treatment has stopped working or that care has become custodial.",
    "It was not a finding that his progress has plateaued.",
    "That is not a conclusion that the care is maintenance.",
])
def test_a_finding_the_letter_says_it_is_not_making_is_not_a_reason(sentence):
    text = "Continued residential treatment does not meet medical necessity criteria. " + sentence
    assert "no_progress_or_maintenance" not in reasons(text)


@pytest.mark.parametrize("ref", ["OBH-CR-26-0418823", "UM-CO-45-1182", "PR-16-77120"])
def test_a_reference_number_is_not_an_adjustment_code(ref):
    text = f"Case no.: {ref}\nThe stay does not meet medical necessity criteria."
    assert reasons(text) == {"not_medically_necessary"}
