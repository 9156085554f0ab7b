"""Denial forms of a ninth kind, examples written here (three or more per class): a state hearing or OPM decision is
an outside body's decision; "we are upholding our earlier decision" or "this completes the grievance process" is the
plan's own second look; records told as items not received, information incomplete or a review that could not be
done are a documentation reason; maintenance told as "the notes do not show he would deteriorate without it"; a
provider type that is not an eligible expense is a non-covered service; counts in words and guideline limits."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

HEAD = "Claims Correspondence\nDate: August 21, 2025\nMember: (redacted)\n\n"
RIGHTS = "\nYou may appeal within 180 days of the date you receive this notice.\n"


def reasons(body: str) -> set[str]:
    return {r.category for r in read_denial(HEAD + body + RIGHTS).reasons}


@pytest.mark.parametrize("text", [
    "Bureau of State Hearings\nSTATE HEARING DECISION\nHearing held: 11/13/2025\nThe appeal is OVERRULED. Continued IOP is "
    "not medically necessary.\nYou may request an administrative appeal within 15 calendar days.",
    "This is OPM's final decision on your request that OPM review GEHA's denial. The brochure excludes wilderness programs.",
    "FAIR HEARING DECISION\nThe hearing officer finds the agency correctly denied residential treatment as not medically "
    "necessary.",
])
def test_a_hearing_or_opm_decision_is_an_outside_review(text):
    assert read_denial(text).review_level == "external_review"


@pytest.mark.parametrize("text", [
    "Thank you for your grievance. OUR DECISION\nWe are upholding our earlier decision. PHP is not medically necessary.",
    "We reviewed your appeal. We are affirming our first decision: the sessions are not medically necessary.",
    "This letter completes Blue Shield's grievance process. Bridges Day is not medically necessary for your daughter.",
])
def test_the_plans_second_look_in_other_words_is_an_internal_decision(text):
    assert read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("body", [
    "Because items 2 through 5 were not received, our reviewer could not complete a clinical review of this request.",
    "ADMINISTRATIVE NON-CERTIFICATION: CLINICAL INFORMATION INCOMPLETE. The requested days are not certified.",
    "We were unable to complete a medical necessity review, so the request is not approved.",
])
def test_records_missing_told_in_other_words_is_a_documentation_reason(body):
    assert "insufficient_documentation" in reasons(body)


@pytest.mark.parametrize("body", [
    "The notes do not show that he would deteriorate without continued psychotherapy or that further improvement is expected.",
    "The record does not show that further improvement would be expected with more sessions. Not medically necessary.",
    "Her notes do not show she would relapse without weekly therapy. The services are not reasonable and necessary.",
])
def test_maintenance_told_as_what_the_notes_do_not_show_is_a_progress_reason(body):
    assert "no_progress_or_maintenance" in reasons(body)


@pytest.mark.parametrize("body", [
    "71  Services of a registered psychotherapist are not an eligible expense under your group contract.",
    "Counseling by a life coach is not an eligible service under this plan.",
    "Charges from an unlicensed provider are not eligible for reimbursement.",
])
def test_a_provider_or_service_that_is_not_eligible_is_a_non_covered_service(body):
    assert "non_covered_service_or_diagnosis" in reasons(body)


@pytest.mark.parametrize("body", [
    "We approved eight sessions of the 90834. The other eight sessions are denied as not medically necessary.",
    "Sixteen at one time is more than what the guidelines allow before a re-review. Not medically necessary.",
    "The record doesn't show why the sessions need to be longer than forty five minutes. Not medically necessary.",
])
def test_counts_in_words_and_guideline_limits_are_a_frequency_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(body)


@pytest.mark.parametrize("body", [
    "Over the last week your progress has levelled off, and the care is mostly supervision. Not medically necessary.",
    "Her symptoms have leveled off since admission; continued stay is not medically necessary.",
    "Improvement has flattened off over two weeks. The request is not medically necessary.",
])
def test_progress_that_levelled_off_is_a_progress_reason(body):
    assert "no_progress_or_maintenance" in reasons(body)


@pytest.mark.parametrize("body", [
    "Days requested: 08/21/2025 - 09/03/2025 (14 days)      Decision: NOT APPROVED. Not medically necessary.",
    "Sessions requested: 12 (90837)   Decision: denied. The service is not medically necessary.",
    "Units requested: 10 days - Determination: not certified as not medically necessary.",
])
def test_the_whole_request_denied_is_no_frequency_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(body)
