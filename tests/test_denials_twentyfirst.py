"""Denial readings on a twenty-first set of forms, examples written here (three or more per class): a network gloss in
brackets between the adjective and the provider; a code's standard wording with slash-joined alternatives, and a code
named by its number as not separately payable; a letter said to be silent on something ("it says nothing about ...");
"this decision is not a finding that ..."; questions, which assert no reason and no window; internal appeals said to be
exhausted; a cover letter that starts no new period, whose window runs from the decision it passes on; a treatment
plan that does not state what it must; an earlier letter reported by the payer's name, and documentation disowned."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- a gloss in brackets between the network word and the provider -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ms. Oduya is not a participating (in-network) provider with Prairie Shield Health.",
    "The clinic you chose is not a contracted (network) facility for your plan, so we cannot approve the visits.",
    "Dr. Vance is not a preferred (Tier 1) therapist under this plan, and the request is denied.",
])
def test_a_bracketed_gloss_does_not_hide_an_out_of_network_reason(sentence):
    text = f"Prairie Shield Health\n\nMarch 3, 2027\n\nYour request for therapy visits is denied. {sentence}\n"
    assert "out_of_network" in reasons(text)


# --- a code's standard wording with slashes; a code number not separately payable ---------------------------------------

@pytest.mark.parametrize("line", [
    "97  The benefit for this service is included in the payment/allowance for another service that was already paid.",
    "Line 3 denied: this charge is included in the allowance/payment for the visit billed the same day.",
    "Line 2 denied. 90785 is not separately payable with 90853 when billed by the same clinician.",
    "Adjustment note: 90840 is not separately reimbursable when reported with a 90791 on one date.",
])
def test_bundling_in_standard_or_numbered_wording_is_a_coding_reason(line):
    text = f"Lakeside Health Plan\nProvider Remittance  04/02/2027\n\nLN  CODE   PAID\n01  90837  $0.00\n\n{line}\n"
    assert "coding_or_billing_error" in reasons(text)


# --- a letter said to be silent on something ----------------------------------------------------------------------------

@pytest.mark.parametrize("remark, ruled_out", [
    ("Nope, it does not say anything about missing records, they had the whole chart.", "insufficient_documentation"),
    ("The letter says nothing about the network, so that is not it.", "out_of_network"),
    ("Also it makes no mention of prior authorization being missing.", "no_prior_authorization"),
])
def test_a_letter_said_to_be_silent_on_a_reason_does_not_give_it(remark, ruled_out):
    text = ("[Front desk] 10:02\nReading the denial now. Quote: the partial hospital program is not medically necessary "
            f"after May 4. End quote.\n\n[Billing] 10:03\n{remark}\n")
    got = reasons(text)
    assert ruled_out not in got
    assert "not_medically_necessary" in got


# --- "this decision is not a finding that ..." --------------------------------------------------------------------------

@pytest.mark.parametrize("disclaimer", [
    "This decision is not a finding that the program is not medically necessary for you.",
    "This determination is not a finding that these visits are not medically necessary.",
    "This denial was not a decision that your care is not medically necessary.",
])
def test_a_decision_that_says_it_is_no_necessity_finding_gives_no_necessity_reason(disclaimer):
    text = ("Evergreen Advantage Plan\n\nJune 9, 2027\n\nYour request is denied. We asked for the signed plan of care "
            f"and did not receive it. {disclaimer} You may appeal within 65 days of the date of this notice.\n")
    got = reasons(text)
    assert "insufficient_documentation" in got
    assert "not_medically_necessary" not in got


# --- questions assert nothing -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, not_a_reason", [
    ("Was it denied because the progress notes were not received on time?", "insufficient_documentation"),
    ("Is the requested service experimental or investigational? RESPONSE: No.", "non_covered_service_or_diagnosis"),
    ("Could they be saying the clinician is out of network?", "out_of_network"),
])
def test_a_question_gives_no_reason(question, not_a_reason):
    text = ("Harbor Peak Health\n\nAugust 2, 2027\n\nThe requested residential days are not medically necessary. "
            f"\n\n{question}\n")
    got = reasons(text)
    assert not_a_reason not in got
    assert "not_medically_necessary" in got


@pytest.mark.parametrize("note", [
    "printed from the portal 3/2 - we have 60 days to appeal these, right?",
    "Do we have 90 days from the remit to dispute this?",
    "pls check: an appeal must be filed within 30 days of the remit?",
])
def test_a_question_about_the_window_is_no_window(note):
    text = (f"{note}\n\nCLAIM STATUS INQUIRY   02/28/27\nLN  DOS       PROC   ST  REASON\n01  01/05/27  90834  D   "
            "CO-29\n29  THE TIME LIMIT FOR FILING HAS EXPIRED.\n")
    reading = read_denial(text)
    assert "timely_filing" in {r.category for r in reading.reasons}
    assert reading.appeal_deadline_days is None


# --- internal appeals said to be exhausted -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Your internal appeals are now exhausted.",
    "Internal appeal rights have been exhausted for this claim.",
    "With this letter your internal grievances are complete.",
])
def test_internal_appeals_exhausted_marks_an_appeal_decision(sentence):
    text = ("Blue Meadow Health\n\nJuly 1, 2027\n\nThe partial hospital days remain denied as not medically necessary. "
            f"{sentence} You may ask for an external review within 4 months of the date of this letter.\n")
    assert read_denial(text).review_level == "internal_appeal_decision"


# --- a cover letter that starts no new period ----------------------------------------------------------------------------

@pytest.mark.parametrize("rights, days", [
    ("This letter does not begin a new appeal period. You may ask for an external review within 4 months of receiving "
     "that letter, that is, no later than October 2, 2027.", 120),
    ("Sending these records does not extend the time you have to appeal. You may request external review within "
     "120 days of the earlier decision, which means by September 20, 2027.", 120),
    ("This copy starts no new deadline. A second-level appeal must be filed within 60 days from the date of the "
     "original notice, that is, by July 31, 2027.", 60),
])
def test_a_cover_letter_counts_the_window_from_the_decision_it_passes_on(rights, days):
    text = ("Summit Crest Health Plan\n\nJune 20, 2027\n\nRE: your request for documents\n\nEnclosed is our appeal "
            "decision letter dated June 2, 2027, which upheld the denial of residential treatment as not medically "
            f"necessary.\n\n{rights}\n")
    reading = read_denial(text)
    assert reading.notice_date == date(2027, 6, 20)
    assert reading.appeal_deadline_days == days


def test_a_decision_counted_from_an_earlier_notice_still_counts_by_its_date():
    text = ("Contractor Appeals Unit\n\nJanuary 30, 2027\n\nThe lines remain denied as not reasonable and necessary.\n\n"
            "You may appeal. Your appeal must be filed within 120 days of receipt of the initial notice, so we must "
            "receive it by March 11, 2027.\n")
    assert read_denial(text).appeal_deadline_days == 40


# --- a treatment plan that does not state what it must -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The plan you sent lists the diagnoses but does not state how often sessions will occur or the planned length of care.",
    "The plan of care does not state measurable goals or a frequency of visits.",
    "Your treatment plan does not state the planned duration of services.",
])
def test_a_plan_that_does_not_state_its_elements_is_a_documentation_reason(sentence):
    text = ("Medicare Part B Redeterminations\n\nDECISION: UNFAVORABLE\nMedicare will not pay for these services. "
            f"{sentence}\n")
    assert "insufficient_documentation" in reasons(text)


# --- an earlier letter reported by the payer's name; documentation disowned ----------------------------------------------

@pytest.mark.parametrize("report, disowned", [
    ("Keystone Health's first letter also said that documentation of family sessions was incomplete.",
     "Documentation was not a basis for this decision."),
    ("Riverbend's original notice also stated that the progress notes were missing.",
     "The records were not a factor in this decision."),
    ("Northway's initial denial also said the assessment was incomplete.",
     "Documentation is not part of the basis for this decision."),
])
def test_an_earlier_letter_named_by_payer_and_disowned_documentation_give_no_reason(report, disowned):
    text = ("Independent Review Organization\n\nFINAL EXTERNAL REVIEW DECISION\n\nBackground. The plan denied the stay. "
            f"{report} {disowned}\n\nFindings. The member's needs could have been safely met in an intensive outpatient "
            "program. Continued partial hospitalization was not medically necessary. The plan's denial is upheld.\n")
    got = reasons(text)
    assert "insufficient_documentation" not in got
    assert "not_medically_necessary" in got


# --- codes and counts are not OCR misreads -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("A1  Claim adjusted.\nB1  Visit limit reached.\nPF10=NEXT  PF11=HIST\nx1 unit billed, x4 units allowed\n", "PF10"),
    ("N1  See remark.\nS1  Duplicate line.\nP1  Paid in full.\nHX1 psychotherapy x1\n", "S1"),
    ("Codes: B1, U3, M1, T1 applied to lines 4, 7 and 9 (x1 each).\n", "U3"),
])
def test_code_keys_do_not_make_a_notice_look_like_ocr(text, kept):
    from assistant.denials.ocr_cues import is_ocr_noisy, ocr_cues

    assert not is_ocr_noisy(text)
    assert kept in ocr_cues(text)


def test_a_misread_notice_is_still_read_with_its_codes_kept():
    from assistant.denials.ocr_cues import is_ocr_noisy, ocr_cues

    text = "The hea1th p1an found the stay not rnedica11y necessary on O3/21/2O25. Code B1 applied."
    assert is_ocr_noisy(text)
    assert ocr_cues(text) == "The health plan found the stay not medically necessary on 03/21/2025. Code B1 applied."


# --- a claim edit named with its kind; a named fee schedule; a legend's key ----------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("B1  NCCI procedure-to-procedure edit: 90785 is not separately payable with 90839 on one date.",
     "NCCI procedure-to-procedure edit"),
    ("Line 4 denied under the NCCI PTP edits for the same provider and date.", "NCCI PTP edits"),
    ("Units over the Medically Unlikely Edit for 90837 were denied.", "Medically Unlikely Edit"),
])
def test_a_claim_edit_is_cited_with_its_kind(line, name):
    text = f"Lakeside Health Plan\nProvider Remittance  04/02/2027\n\n{line}\n"
    assert any(c.startswith(name) for c in read_denial(text).criteria_cited)


@pytest.mark.parametrize("line, words", [
    ("Texas Workers Compensation - Medical Fee Guideline and Official Medical Fee Schedule", "Official Medical Fee Schedule"),
    ("Allowed amounts follow the Medicare Physician Fee Schedule for 2027.", "Medicare Physician Fee Schedule"),
    ("Paid under the State Behavioral Health Fee Schedule, rate table 4.", "State Behavioral Health Fee Schedule"),
])
def test_a_named_fee_schedule_is_cited(line, words):
    text = f"Lakeside Health Plan\nExplanation of Review  04/02/2027\n\n{line}\nLine 2 is denied as a duplicate claim.\n"
    assert any(words in c for c in read_denial(text).criteria_cited)
