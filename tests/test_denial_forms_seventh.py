"""Denial forms of a seventh kind: ending or cutting a service already approved; "no longer" medically necessary or
needed at this level; a reasonable-and-necessary requirement not met; documents asked for and referred back to ("These
were not received"); a yearly visit limit is no frequency reason; "this is not a decision that ..." rules a reason out;
a window given both as a span and as a date counts by the date; another paper's date is not the notice date; a window
that only holds off recoupment is not the appeal window. Each class with three or more examples written here."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

HEAD = "NOTICE OF ACTION\nNotice date: March 2, 2026\nMember: (redacted)\n\n"
RIGHTS = "\nYou have 60 calendar days from the date of this notice to ask for an appeal.\n"


def reasons(body: str) -> set[str]:
    return {r.category for r in read_denial(HEAD + body + RIGHTS).reasons}


@pytest.mark.parametrize("body", [
    "We are ending the intensive outpatient program approval early. The last day we will pay for IOP is March 13, 2026.",
    "We are reducing your approved sessions from twice a week to once a week starting March 16, 2026.",
    "We have decided to stop the residential stay. The last covered day is March 6, 2026.",
])
def test_ending_or_cutting_an_approved_service_is_a_denial(body):
    reading = read_denial(HEAD + body + RIGHTS)
    assert reading.is_denial and reading.appeal_deadline_days == 60


@pytest.mark.parametrize("body", [
    "IOP is no longer medically necessary.",
    "Residential treatment is no longer clinically necessary for you.",
    "Your stay no longer meets the continued stay criteria.",
])
def test_no_longer_necessary_is_a_medical_necessity_reason(body):
    assert "not_medically_necessary" in reasons("WHY\n" + body)


@pytest.mark.parametrize("body", [
    "You no longer need the structure of a day program.",
    "Your needs can now be met with weekly outpatient therapy.",
    "She no longer requires this level of support.",
])
def test_no_longer_needing_the_level_is_a_lower_level_reason(body):
    assert "lower_level_of_care_appropriate" in reasons("WHY\nWe are ending the approval. " + body)


@pytest.mark.parametrize("body", [
    "My determination: the services do not meet Medicare's reasonable and necessary requirement.",
    "These sessions did not satisfy the reasonable and necessary standard.",
    "The claim does not meet the program's reasonable and necessary criteria for psychotherapy.",
])
def test_a_reasonable_and_necessary_requirement_not_met_is_medical_necessity(body):
    assert "not_medically_necessary" in reasons("We have denied the request. " + body)


@pytest.mark.parametrize("body", [
    "We asked for the admission evaluation and the dietitian assessment. These were not received by the due date.",
    "On 02/20 we requested the treatment plan and the last two notes. They were never provided.",
    "We asked for the psychological testing report and the school records; none of these were received.",
])
def test_documents_asked_for_and_referred_back_to(body):
    assert "insufficient_documentation" in reasons("DETERMINATION: NOT APPROVED\n" + body)


@pytest.mark.parametrize("body", [
    "Benefits denied. The office visit benefit is limited to 20 visits per calendar year; 20 have been paid.",
    "Not covered: psychotherapy is limited to 30 sessions per plan year under your plan.",
    "Denied: the benefit is limited to 12 visits each calendar year and all 12 were used.",
])
def test_a_yearly_visit_limit_is_no_frequency_reason(body):
    found = reasons(body)
    assert "frequency_or_duration_exceeds_guidelines" not in found


@pytest.mark.parametrize("body, ruled_out", [
    ("DECISION: Additional days are not authorized. The updated treatment plan was not received. This is not a decision that "
     "partial hospitalization is not medically necessary for you.", "not_medically_necessary"),
    ("DECISION: Not authorized. The treatment plan was not received. The program plans a step-down to intensive "
     "outpatient care; that plan was not part of this decision.", "lower_level_of_care_appropriate"),
    ("DECISION: Denied. Records were not received. This was not a determination that the provider is out of network.",
     "out_of_network"),
])
def test_a_reason_the_letter_says_it_did_not_decide_is_ruled_out(body, ruled_out):
    found = reasons(body)
    assert "insufficient_documentation" in found and ruled_out not in found


@pytest.mark.parametrize("window, days", [
    ("within four months of receiving this letter; your request must be received by July 2, 2026", 122),
    ("within 60 days, that is, no later than May 4, 2026", 63),
    ("within 180 days of this notice; the last day to file is August 31, 2026", 182),
])
def test_a_window_given_as_a_span_and_a_date_counts_by_the_date(window, days):
    text = HEAD + "We have denied the request because it is not medically necessary.\nYou may appeal " + window + ".\n"
    assert read_denial(text).appeal_deadline_days == days


@pytest.mark.parametrize("other", [
    "Your appeal included an updated treatment plan dated January 8, 2026.",
    "We also read a letter from the school counselor dated January 20, 2026.",
    "The evaluation report dated 01/12/2026 was reviewed.",
])
def test_another_paper_s_date_is_not_the_notice_date(other):
    text = ("ACME HEALTH PLAN\nP.O. Box 1\n\nMarch 2, 2026\n\nDear Provider:\n" + other
            + " The request is denied as not medically necessary. You may appeal within 30 days of the date of this letter.\n")
    reading = read_denial(text)
    assert str(reading.notice_date) == "2026-03-02" and reading.appeal_deadline_days == 30


@pytest.mark.parametrize("hold", [
    "If we receive a valid request for redetermination within 30 days of the date of this letter, we will not begin "
    "recouping the overpayment until it is decided.",
    "Interest accrues if the overpayment is not repaid within 30 days of the demand letter.",
    "To stop the offset of future payments, send your request within 15 days.",
])
def test_a_window_that_only_holds_off_recoupment_is_not_the_appeal_window(hold):
    text = ("OVERPAYMENT DEMAND\nDate: March 2, 2026\nThe claims were not reasonable and necessary; we will recover the "
            "payment.\n" + hold + "\nYou may request a redetermination within 120 days of the date you receive this letter.\n")
    assert read_denial(text).appeal_deadline_days == 120
