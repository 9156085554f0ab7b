"""A second look told in other words (reconsideration, provider dispute, "the decision stands") and a filing limit
given as the rule the claim broke: each class with examples written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "RECONSIDERATION DECISION\nDate: June 9, 2025\nWe have reconsidered your claim. We are affirming our denial.",
    "PROVIDER CLAIM DISPUTE RESOLUTION - FIRST LEVEL\nOutcome: the original claim decision stands.",
    "Dear Dr. Ames,\nAfter a second review by a physician not involved before, the plan is upholding its original "
    "determination for dates 03/02-03/30.",
    "Payment dispute decision\nThe initial decision remains in place; the service was billed without authorization.",
])
def test_a_second_look_is_an_internal_appeal_decision(service, text):
    assert service.read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("text", [
    "We denied 12 sessions of 90837. You may ask us for a reconsideration within 60 days.",
    "Your request was not approved. If you disagree, ask for an appeal; our original decision stands unless you do.",
    "Claim denied: no prior authorization on file for 90837.",
])
def test_a_first_denial_stays_a_first_denial(service, text):
    assert service.read_denial(text).review_level == "initial_denial"


@pytest.mark.parametrize("text", [
    "Our records show the claim was first received on 03/14/2026. Claims must reach the plan within 90 days of "
    "the date of service.",
    "This claim arrived 05/01/2025. Your contract says a claim has to be received within 180 days after the date of "
    "service.",
    "Under the participation agreement, claims must be filed within 120 calendar days of discharge; this one came in on "
    "day 141.",
])
def test_a_filing_limit_stated_as_the_rule_broken(service, text):
    assert "timely_filing" in {r.category for r in service.read_denial(text).reasons}


def test_an_appeal_window_is_no_filing_limit(service):
    text = ("We denied 90837 as not medically necessary. Appeals must be received within 60 days of the date of "
            "this notice.")
    assert "timely_filing" not in {r.category for r in service.read_denial(text).reasons}


@pytest.mark.parametrize("text, days", [
    ("Service under review: partial hospitalization, 10 days from 11/03/2025.\nThe request is denied as not medically "
     "necessary. An appeal must be sent within 180 days of the date you received this notice.", 180),
    ("We are not approving more days.\nDon't agree? You have 180 days from when you receive this letter to ask us to look at this decision again.", 180),
    ("Requested: 20 units from 02/01/2026.\nWe denied the request. You may appeal within 60 days of this notice.", 60),
])
def test_the_filing_window_not_the_requested_days(service, text, days):
    assert service.read_denial(text).appeal_deadline_days == days


@pytest.mark.parametrize("text", [
    "Worried about the wait? Say so when you contact us. We will then give you an answer within 72 hours instead of "
    "the usual 30 days.",
    "If waiting could seriously harm your health, ask for a fast appeal. We will decide within 72 hours.",
    "You can ask for an expedited appeal by phone.",
])
def test_an_expedited_offer_in_plain_words(service, text):
    assert service.read_denial("We denied 90837 as not medically necessary.\n" + text).expedited_available
