"""Denial classes from the nineteenth blind round: typewriter spacing inside a wrapped deadline sentence, a filing-limit
reminder for the paper sent next, claim-form fields named with their fault, determination rows for a span of dates,
panel reviewers who were outvoted, an earlier missing-records reason the letter answers, and the criteria such letters
name. Every letter here is invented."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- two spaces after a sentence are a typist's habit: the wrapped sentence after them still runs on ---------------

@pytest.mark.parametrize("text, days", [
    ("Explanation of payment dated 04/02/2026. Line 2 denied CO-97.\n"
     "Help desk: 1-800-555-0101.  Appeal requests for this claim must be received within 12\n"
     "months of the date of this statement. Mail them to the address below.", 365),
    ("Notice date: 02/10/2026. The claim was denied as a duplicate of an earlier claim.\n"
     "This is our decision.  You can ask for a reconsideration of it within sixty\n"
     "days of this notice by writing to the Appeals Unit.", 60),
    ("Date: 07/01/2026. We denied the visit because it was not authorized in advance.\n"
     "We are sorry for the trouble.  A provider appeal has to be filed within 180\n"
     "calendar days from the date printed on this letter.", 180),
])
def test_a_sentence_after_two_spaces_wraps_onto_the_next_line(text, days):
    assert read_denial(text).appeal_deadline_days == days


# --- a filing limit told for the claim you send next is no timely-filing reason --------------------------------------

@pytest.mark.parametrize("text", [
    "The claim is returned because the diagnosis code is invalid. Resubmitted claims must still meet the 90-day "
    "filing limit from the date of service.",
    "Line 1 was denied: the modifier is missing. Corrected claims need to be received within the timely filing "
    "period for the original date of service.",
    "We could not pay this claim because the billing provider NPI is invalid. When you resubmit, the claim must "
    "still fall inside the timely filing limit.",
])
def test_a_filing_limit_for_the_next_claim_is_no_timely_filing_reason(text):
    found = reasons(text)
    assert "timely_filing" not in found and "coding_or_billing_error" in found


# --- a claim form's field named with its fault, with no verb, is a coding or billing error ---------------------------

@pytest.mark.parametrize("line", [
    "Item 24B  Place of service blank on line 1",
    "Box 24E  Diagnosis pointers missing on lines 1 and 4",
    "Box 24J  Rendering provider taxonomy code invalid for the NPI given",
])
def test_a_claim_field_named_with_its_fault_is_a_coding_error(line):
    text = ("CLAIM RETURNED WITHOUT PROCESSING\nThe claim could not be entered for the reason(s) marked below.\n"
            f" [X]  {line}\n [ ]  Subscriber ID does not match our file\n")
    assert reasons(text) == {"coding_or_billing_error"}


@pytest.mark.parametrize("text", [
    "The claim was denied for a missing authorization. No modifier missing was found on the claim.",
    "Your claim was denied because no authorization was on file for these dates.",
])
def test_no_field_fault_means_no_coding_error(text):
    assert "coding_or_billing_error" not in reasons(text)


# --- a determination row for a span of dates says which dates were denied, not a cut in their number ---------------

@pytest.mark.parametrize("row", [
    "  03/02/2026 - 03/06/2026     5 days     DENIED",
    "  Jan 12, 2026 through Jan 18, 2026    residential    7 days    NOT CERTIFIED",
    "  2026-05-01 to 2026-05-09   PHP   9 units   non-certified (request received 04/30 for 9 more days)",
])
def test_a_status_row_for_a_span_of_dates_is_no_frequency_reason(row):
    text = ("CONCURRENT REVIEW DETERMINATION\nSummary\n" + row + "\n\n"
            "The member no longer meets continued stay criteria and further days are not medically necessary. Her "
            "needs can be met safely in a less intensive setting such as an intensive outpatient program.")
    assert reasons(text) == {"not_medically_necessary", "lower_level_of_care_appropriate"}


def test_a_row_that_cuts_some_of_the_requested_sessions_stays_a_frequency_reason():
    text = ("Summary\n  04/01/2026 - 06/30/2026   outpatient   only 6 of 12 requested sessions approved, 6 sessions denied\n\n"
            "Weekly sessions are more than the guideline supports at this stage.")
    assert "frequency_or_duration_exceeds_guidelines" in reasons(text)


# --- a panel reviewer who was outvoted: what they found is no reason --------------------------------------------------

PANEL = ("EXTERNAL REVIEW DECISION\n\nThe independent review organization assigned three reviewers. The denial is "
         "UPHELD.\n\nReviewer A: The inpatient stay was not medically necessary after day 4; her needs could have "
         "been met safely in a partial hospitalization program.\n\n")


@pytest.mark.parametrize("dissent", [
    "Reviewer C (summary): Disagree. The file lacked nursing notes for the last three days, so the record was "
    "incomplete and continued stay was reasonable.",
    "Dissenting opinion\n\nThe progress notes sent for the final week were missing, and without them I would not "
    "end the stay.",
    "One of the three physicians disagreed, noting that the documentation received was incomplete for the "
    "weekend. She would have approved two more days.",
])
def test_an_outvoted_reviewers_findings_are_no_reason(dissent):
    found = reasons(PANEL + dissent)
    assert "insufficient_documentation" not in found
    assert {"not_medically_necessary", "lower_level_of_care_appropriate"} <= found


# --- an earlier missing-records reason the letter says it has answered is no reason --------------------------------------

@pytest.mark.parametrize("answered", [
    "Our first letter said we did not have enough information. We have since received the therapy notes, so that is "
    "no longer a reason for the denial.",
    "The original notice said the clinical records were never sent. We now have the intake and the last six progress "
    "notes, so this is no longer one of the reasons.",
    "Before, we denied because the request lacked sufficient documentation. That is no longer an issue because we "
    "got the records from the clinic.",
])
def test_a_missing_records_reason_the_letter_has_answered_is_dropped(answered):
    text = ("APPEAL DECISION\nResult: the denial is upheld.\n\n" + answered + "\n\nThe reviewer found that the "
            "requested day program is not medically necessary at this time.")
    found = reasons(text)
    assert "insufficient_documentation" not in found and "not_medically_necessary" in found


# --- criteria: an instrument named beside a payer's policy, and CMS claim edits -------------------------------------

@pytest.mark.parametrize("sentence, instrument", [
    ("The reviewer used the LOCUS (version 20) and Carelon clinical policy CBH-IOP-12 for this decision.", "LOCUS"),
    ("We applied the ASAM Criteria and Highmark medical policy MP-4.021 to the records.", "ASAM Criteria"),
    ("Our nurse scored the CALOCUS-CASII and Aetna clinical policy bulletin 0583 was applied.", "CALOCUS-CASII"),
])
def test_an_instrument_beside_a_payers_policy_is_cited_on_its_own(sentence, instrument):
    cited = read_denial("We denied the request as not medically necessary. " + sentence).criteria_cited
    assert instrument in cited
    assert not any(c.startswith(instrument + " and ") for c in cited)


@pytest.mark.parametrize("sentence", [
    "The second unit exceeds the Medically Unlikely Edits (MUE) limit of one unit per day.",
    "This pair of codes is a National Correct Coding Initiative procedure-to-procedure edit.",
    "Units above the NCCI edit for this code were denied under our code editing rules.",
])
def test_cms_claim_edits_are_cited_criteria(sentence):
    cited = read_denial("Line 2 was denied CO-151. " + sentence).criteria_cited
    assert any(w in c for c in cited for w in ("Medically Unlikely Edits", "Correct Coding Initiative", "NCCI"))
