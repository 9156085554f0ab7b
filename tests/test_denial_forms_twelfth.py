"""Denial forms of a twelfth kind, examples written here (three or more per class): a reasons table whose rows are
marked with a cross do not apply; a narrow column (large print, a phone screen) breaks sentences anywhere; a remark
code's own words put the noun first ("authorization absent"); an annual limit "used"; a waiting period not served."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

TAIL = "\nYou may appeal within 180 days of this notice.\n"


@pytest.mark.parametrize("table", [
    "   A  The service is not medically necessary for your condition        \u2714\n"
    "   D  The provider is not in the network                                \u2717\n"
    "   E  The service is not a covered benefit of your plan                 \u2717\n",
    "\u2714 The service is not medically necessary for your condition\n"
    "\u2718 The provider is not in our network\n\u2718 The service is not a covered benefit\n",
    "Not medically necessary  \u2714\nOut of network  \u274c\nNot a covered benefit  \u274c\n",
])
def test_a_reason_marked_with_a_cross_does_not_apply(table):
    reasons = {r.category for r in read_denial("Our decision: NOT APPROVED\n(\u2714 = applies   \u2717 = does not apply)\n" + table + TAIL).reasons}
    assert reasons == {"not_medically_necessary"}


@pytest.mark.parametrize("tail, days", [
    ("IF YOU DISAGREE\n\nYou can ask us to\nreconsider. This is\ncalled an appeal.\n\nYou must ask within\n65 days of the date\non this statement.\n", 65),
    ("To appeal:\n\nYou have\n60 days from\nthe date of this\nletter to file.\n", 60),
    ("Appeals\n\nSend your appeal\nwithin 180 days of\nthis notice.\n", 180),
])
def test_a_narrow_column_breaks_a_sentence_anywhere(tail, days):
    letter = "WHY WE DID NOT PAY:\nThis provider is not in\nyour plan's network.\n\n" + tail
    assert read_denial(letter).appeal_deadline_days == days


@pytest.mark.parametrize("sentence", [
    "Claim adjustment reason code 197. Precertification, authorization, notification or pre-treatment absent.",
    "Authorization absent for this service.",
    "Precertification/authorization absent.",
    "Authorization not on file for the dates billed.",
])
def test_authorization_absent_is_no_prior_authorization(sentence):
    assert {r.category for r in read_denial(sentence + TAIL).reasons} == {"no_prior_authorization"}


@pytest.mark.parametrize("sentence", [
    "You have now used your annual limit of $300 for Psychology under Top Extras 70.",
    "Not paid: this visit is over the count because you have used the yearly visit limit for counseling.",
    "You used up your calendar-year benefit maximum for behavioral health visits.",
])
def test_an_annual_limit_used_is_a_benefit_limit(sentence):
    assert "benefit_limit_reached" in {r.category for r in read_denial(sentence + TAIL).reasons}


@pytest.mark.parametrize("sentence", [
    "Your admission began on 28 July 2025, during the waiting period, so no benefit is payable.",
    "The service was given within the 12-month waiting period for pre-existing conditions.",
    "No benefit is paid because the waiting period has not been served.",
])
def test_a_waiting_period_not_served_is_another_reason(sentence):
    assert "other" in {r.category for r in read_denial(sentence + TAIL).reasons}
