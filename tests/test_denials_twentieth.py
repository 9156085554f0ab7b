"""Denial classes from the twentieth blind round: an added session judged not needed, no further change since a date,
a cover form's bookkeeping date, a network named after the plan, a request made days after care began, a fast review
kept to care not yet given, an outside reviewer naming the plan in the third person, a state code cited by Part, and
a topic said not to have affected the claims. Every letter here is invented."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- an added session of the same service judged not needed is a frequency reason --------------------------------

@pytest.mark.parametrize("text", [
    "Date: 03/04/2026. Family therapy every other week is approved; the rest of the request is denied. We do not "
    "believe an extra family session in the off weeks is necessary at this time.",
    "Notice date: 05/12/2026. Your request is approved in part and denied in part. The reviewer did not find that a third group visit "
    "each week is needed, since you attend two groups already.",
    "Date: 08/20/2026. Decision: partly approved.\nNOT APPROVED: the additional psychotherapy appointment on "
    "alternate Fridays (10 visits).\nWe will look at this again if your symptoms get worse.",
])
def test_an_added_session_judged_not_needed_is_a_frequency_reason(text):
    assert reasons(text) == {"frequency_or_duration_exceeds_guidelines"}


# --- the record shows no further change since a date: no progress -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Date: 02/02/2026. We are ending coverage of the day program. The notes since January do not show further "
    "improvement in his mood scores.",
    "Date: 06/15/2026. Continued stay is denied. The last three weekly summaries did not demonstrate continued "
    "progress toward the discharge goals.",
    "Date: 09/09/2026. Coverage ends on 09/12/2026. Recent group notes describe attendance only and do not reflect "
    "additional gains since the August review.",
])
def test_no_further_change_since_a_date_is_a_no_progress_reason(text):
    assert "no_progress_or_maintenance" in reasons(text)


# --- a cover form's own bookkeeping date is not the date of the payer's notice -------------------------------------

@pytest.mark.parametrize("header", [
    "Appeal tracking sheet      Date opened: 04/20/2026",
    "Billing office worklist    Created on 04/22/2026",
    "Case intake log - logged: 04/25/2026",
])
def test_a_form_bookkeeping_date_is_not_the_notice_date(header):
    text = (f"{header}\nOwner: front desk\n\n--- payer letter attached ---\nSouthway Health Plan\n\nApril 1, 2026\n\n"
            "We denied the claim because it was not authorized before the visit. You may appeal; your appeal must be "
            "received by June 30, 2026.")
    reading = read_denial(text)
    assert reading.notice_date.isoformat() == "2026-04-01"
    assert reading.appeal_deadline_days == 90


# --- "outside the <plan name> network" is an out-of-network reason -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Date: 01/10/2026. We cannot approve visits with a therapist outside the Lakeshore Select network.",
    "Date: 03/03/2026. We will not pay for the visits because the clinic is outside of the Riverbend Care EPO network.",
    "Date: 07/07/2026. This counselor practices outside the North Valley network, so the sessions are not approved.",
])
def test_a_provider_outside_the_named_network_is_an_out_of_network_reason(text):
    assert "out_of_network" in reasons(text)


# --- a request made days after care began, or approval never given for days before the request --------------------

@pytest.mark.parametrize("text", [
    "Date: 10/01/2026. Days 09/20 - 09/22 are denied. The program's request came to us on 09/23, three days after "
    "admission.",
    "Date: 04/14/2026. The first two sessions are denied. We got the notification by phone two weeks after the first "
    "visit.",
    "Date: 12/02/2026. The dates before 11/28 are denied. Approval cannot be given for dates before the request was "
    "received.",
])
def test_a_request_after_care_began_is_a_prior_authorization_reason(text):
    assert "no_prior_authorization" in reasons(text)


# --- a fast review kept to care not yet given, for care already given, is not offered --------------------------------

@pytest.mark.parametrize("text", [
    "Date: 05/05/2026. The admission days are denied for no prior approval. You may ask for a reconsideration within "
    "60 days. Expedited review is available only for services that have not yet been provided.",
    "Date: 05/05/2026. The visits are denied because they were not authorized. You may appeal within 90 days. Fast "
    "appeals can be asked for. Because the care has already been given, your appeal will be handled as a standard "
    "appeal.",
    "Date: 05/05/2026. We denied payment for the stay. You may ask for an urgent review of future care. A request "
    "about this stay would be processed as a regular appeal.",
])
def test_a_fast_review_for_care_already_given_is_not_offered(text):
    assert read_denial(text).expedited_available is False


# --- an outside reviewer names the plan in the third person: external review -------------------------------------

@pytest.mark.parametrize("text", [
    "Case summary: The insurer denied the inpatient stay. The reviewer found the stay was needed for the first week "
    "only. The insurer's denial is overturned for 02/01 - 02/07 and upheld after that.",
    "Findings: outpatient care would have been enough from 06/10. The health plan's decision was upheld for those "
    "days. This decision is binding on the health plan.",
    "Summary: The carrier's determination is reversed in part. Residential days after 03/15 were not medically "
    "necessary.",
])
def test_an_outside_reviewer_naming_the_plan_is_an_external_review(text):
    assert read_denial(text).review_level == "external_review"


# --- a state administrative code cited by Part is a criterion -------------------------------------------------------

@pytest.mark.parametrize("text, cite", [
    ("The reviewer used the criteria required by 11 NYCRR Part 440. The stay was not medically necessary.",
     "11 NYCRR Part 440"),
    ("Decision made under WAC Part 388 and the plan's guideline. The request is denied as not medically necessary.",
     "WAC Part 388"),
    ("As 10 CCR Part 2505 provides, the service is denied because it is not medically necessary.", "10 CCR Part 2505"),
])
def test_a_state_code_cited_by_part_is_named(text, cite):
    assert cite in read_denial(text).criteria_cited


# --- a topic that "did not affect these claims" is ruled out ------------------------------------------------------

@pytest.mark.parametrize("text, ruled_out", [
    ("Date: 03/01/2026. The claims were denied for untimely filing. The member has no "
     "other insurance on file, so coordination of benefits did not affect these claims.", "other"),
    ("Date: 03/01/2026. The claim was denied for late filing. Prior authorization did not affect this claim.",
     "no_prior_authorization"),
    ("Date: 03/01/2026. The visit was denied: the filing limit had passed. The network status of the clinic does not "
     "affect the payment.", "out_of_network"),
])
def test_a_topic_that_did_not_affect_the_claims_is_no_reason(text, ruled_out):
    found = reasons(text)
    assert "timely_filing" in found and ruled_out not in found


# --- late filing in other words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Date: 02/14/2026. The two visits were denied for untimely filing.",
    "Date: 02/14/2026. Payment is denied: the bills arrived after the 120-day filing limit for this plan.",
    "Date: 02/14/2026. We cannot pay these sessions. Your claims reached us past the timely filing window.",
])
def test_late_filing_in_other_words_is_a_timely_filing_reason(text):
    assert reasons(text) == {"timely_filing"}


def test_a_named_network_mentioned_only_to_explain_a_fee_is_no_reason():
    text = ("Date: 04/04/2026. Lines 3-4 are not eligible: the yearly limit of ten visits was reached. The clinic is "
            "outside the Harbor Plus network; the out-of-network fee was waived on this bill.")
    assert "out_of_network" not in reasons(text)
