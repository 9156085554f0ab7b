"""Denial reasons come from the decision and its grounds, not from the text around them (synthetic letters)."""

import pytest

from assistant.denials.read import read_denial

NMN, DOCS, LOWER = "not_medically_necessary", "insufficient_documentation", "lower_level_of_care_appropriate"
PROGRESS, FREQ, AUTH = "no_progress_or_maintenance", "frequency_or_duration_exceeds_guidelines", "no_prior_authorization"
OON, LIMIT, NONCOV = "out_of_network", "benefit_limit_reached", "non_covered_service_or_diagnosis"
TIMELY, CODING, OTHER = "timely_filing", "coding_or_billing_error", "other"


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- the text around the decision names reasons without giving one --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a summary of the request quotes a frequency
    ("Northwind Health Plan\nDate: 04/02/2025\nRequest: 90837 twice weekly for 12 weeks.\n\nReason: The records do not "
     "establish medical necessity for outpatient psychotherapy. The request is not approved.", {NMN}),
    # what the reviewer read, then a different finding
    ("Harbor Mutual Behavioral Health\nWe reviewed the records you sent and the treatment plan from March.\nDecision: "
     "Residential care is not medically necessary. Partial hospitalization is the appropriate level of care.",
     {NMN, LOWER}),
    # a guideline's text quoted before the finding
    ("Lakeview Health - Utilization Review\nThe guideline says:\n   \"Admission requires failure of a less intensive "
     "level of care and documented progress notes.\"\nReason for our decision: The member has no thoughts of self-harm and "
     "works full time. Intensive outpatient care is not medically necessary.", {NMN}),
])
def test_request_background_and_quoted_criteria_give_no_reason(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Summit Care Plan\nThe request for residential treatment is not approved because the member is not enrolled in the "
     "plan on the dates of service.\nYOUR RIGHTS\nAppeals based on medical necessity, a lower level of care or the "
     "frequency of services can go to external review. Send any records that were not provided.", {OTHER}),
    ("Bayside Health\nDecision: The claim is denied. Precertification was not obtained before admission.\n\nHow to appeal\n"
     "If you think the care was medically necessary, or that the plan limits visits unfairly, write to us within 180 days.",
     {AUTH}),
    ("Crestline Insurance Company\nWhy we decided this: Your plan covers 20 visits per year and you have used all 20.\n"
     "Important information\nIf your provider is out of network you may owe more. If records are missing, send them.",
     {LIMIT}),
])
def test_rights_text_after_its_heading_gives_no_reason(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pinecrest Health\nDECISION: PARTIALLY FAVORABLE\n- Sessions 01/06/2025 to 02/24/2025: FAVORABLE. The notes show "
     "medically necessary care and steady progress.\n- Sessions 03/03/2025 to 05/26/2025: UNFAVORABLE. Further improvement "
     "was not expected and the sessions were supportive.", {PROGRESS}),
    ("River Valley Health Plan\nThe carrier's decision is reversed in part.\n- Days 1 to 10: REVERSED. Residential care was "
     "medically necessary while she was unsafe at home.\n- Days 11 to 20: UPHELD. Her needs could safely be met in a "
     "partial hospitalization program.", {LOWER}),
    ("Evergreen Benefits\nWhat we approved: 8 sessions of 90834, medically necessary for her anxiety.\nWhat we did not "
     "approve: 4 sessions of 90834. The number of sessions requested is more than the guideline allows.", {FREQ}),
])
def test_an_approved_part_of_the_letter_gives_no_reason(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Granite State Health\nThe facility is not in your plan's network. Your plan has out-of-network benefits, so network "
     "status was not a reason for this decision. Residential care is not medically necessary.", {NMN}),
    ("Meridian Health Plan\nThe claim is denied because no authorization was obtained before the admission. This was not a "
     "medical-necessity decision, and the records were not reviewed for that purpose.", {AUTH}),
    ("Tri-County Care\nThe claim was received 14 months after the date of service, past the filing limit. Coding was not "
     "one of the reasons for this denial, although modifier 95 is missing.", {TIMELY}),
])
def test_a_category_the_letter_says_was_not_a_reason_is_dropped(text, expected):
    assert reasons(text) == expected


# --- reasons stated indirectly --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, category", [
    ("Note A: This claim was submitted more than 12 months after the date you received the service.", TIMELY),
    ("The claim was filed over 180 days after the date of service, so we cannot pay it.", TIMELY),
    ("Line 4 was adjusted to 90834 because the documented time does not support 90837.", FREQ),
    ("Documented psychotherapy time was 41 minutes; 90837 requires at least 53 minutes.", FREQ),
    ("The remaining ten hours are more than the policy allows for this referral question.", FREQ),
    ("Add-on code 90785 cannot be billed with crisis psychotherapy (90839).", CODING),
    ("Modifier 59 may not be reported with 90847 on the same date.", CODING),
    ("We asked the facility for the current PCL-5 score and the discharge plan; these were not provided.", DOCS),
    ("We requested the treatment plan twice, and it was never received.", DOCS),
    ("From June the depression was in remission and the treatment goals had been met.", PROGRESS),
    ("Further improvement was not expected from continued weekly sessions.", PROGRESS),
    ("Community-based services less intensive than residential treatment can meet his needs.", LOWER),
    ("Couples counseling is listed under Exclusions in your benefit booklet, so it is not covered.", NONCOV),
    ("This line is a duplicate of a service already paid on another claim.", OTHER),
])
def test_indirectly_stated_reasons_are_read(sentence, category):
    assert category in reasons("Acme Health Plan\nDate: 05/01/2025\n" + sentence)


@pytest.mark.parametrize("passage", [
    "Claims appealed: 90834 on 02/03/2025.\nExplanation\n- 02/03/2025: This claim was first received on 07/15/2025. Your "
    "contract requires claims to be submitted within 120 days of the date of service.",
    "Why: The claim was received on 11/02/2025. Claims must be filed within 90 days of the date of service under your "
    "provider agreement.",
    "Reason: We found no earlier submission for this date of service. Claims must be received within 6 months of the date "
    "of service.",
])
def test_a_filing_limit_beside_the_claims_receipt_is_timely_filing(passage):
    assert TIMELY in reasons("Lone Pine Health Plan - Provider Appeals\nDecision: the claim decision is upheld.\n" + passage)


def test_a_filing_limit_in_rights_text_alone_is_not_a_reason():
    text = ("Oakridge Health\nReason: The services are not medically necessary.\nYOUR RIGHTS\nClaims must be filed within "
            "90 days of the date of service. A corrected claim was received on 03/01/2025 is an example of a late claim.")
    assert TIMELY not in reasons(text)


@pytest.mark.parametrize("text, expected", [
    ("Ridgeway Health\nDate: 05/02/2026\nReason: Partial hospitalization is not medically necessary.\n\nThe records we "
     "requested from the program were never received.\n\nAppeal rights: You may appeal within 180 days.\n\nIf the "
     "provider is out of network, out-of-network rules apply.", {NMN, DOCS}),
    ("Ridgeway Health\nDate: 05/02/2026\nWhy we decided this: the member's needs can be met in outpatient therapy.\n\n"
     "The frequency of the requested sessions is more than the guideline allows.\n\nYour rights: you may ask for an "
     "external review of decisions based on medical necessity.", {LOWER, FREQ}),
    ("Ridgeway Health\nDate: 05/02/2026\nDecision: the claim is denied; no authorization was obtained.\n\nAppeal rights: "
     "you may appeal within 90 days.\n\nAppeals for denials based on timely filing or coding need proof. Records that "
     "were not provided can be sent with the appeal.", {AUTH}),
])
def test_a_labelled_reason_or_rights_paragraph_heads_the_paragraphs_after_it(text, expected):
    assert reasons(text) == expected
