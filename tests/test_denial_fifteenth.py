"""Denial readings on a fifteenth set of forms, examples written here (three or more per class): a payer's own remark
code with its standard (ANSI/X12) equivalent; the practice's own work notes; an appeal decision's procedural history;
a lower level found in the past tense; Medicare ALJ and Council decisions; a complaint the payer summarises; a network
named in the plan's own words (non-Preferred); a review form's ticked decision box; prior authorization, no change in
symptoms and documents not received told in plain words; an expedited appeal that was offered; laws cited by number;
a guideline named in capitals or in an aside."""
from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

LETTER = ("NOTICE OF ADVERSE DETERMINATION\nMember: J. Doe\nDear Provider:\n{body}\n"
          "You may appeal within 180 days of this notice.\n")


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


@pytest.mark.parametrize("remarks, expected", [
    ("LT7  The claim arrived after the one-year filing period. (ANSI 29)\nCB2  Another plan is primary. (ANSI 22)",
     {"timely_filing", "other"}),
    ("Remark PX4 - service limit for this period used. X12 CARC: 119", {"benefit_limit_reached"}),
    ("Code Q12: Provider not in our network (HIPAA reason code 242).", {"out_of_network"}),
])
def test_a_standard_code_given_with_the_payers_own_code_gives_its_reason(remarks, expected):
    text = "PLAN EOB - REMARKS\nClaim 55-0192 denied.\n" + remarks + "\n"
    assert expected <= reasons(text)


@pytest.mark.parametrize("wording", ["Submitted as ANSI X12 837 claims.", "Sent through the HIPAA 5010 gateway.",
                                     "ANSI format 835 remittance attached."])
def test_a_transaction_name_is_no_code(wording):
    assert not {r.category for r in read_denial(LETTER.format(body=wording + " The service was not medically "
                                                                     "necessary.")).reasons} - {"not_medically_necessary"}


@pytest.mark.parametrize("heading", ["WORK NOTES", "Biller comments", "A/R follow-up notes"])
def test_the_practices_own_notes_add_no_reason(heading):
    text = ("CLAIM AGING REPORT\nPayer: Example Health Plan\nClaim 1 DENIED 03/02/26\n\nPAYER REMARKS\n"
            "The claim was denied because it was filed after the 90-day timely filing limit.\n\n" + heading + "\n"
            "03/04 - the records were never sent to the payer. No documentation on file for the March visits.\n"
            "03/05 - wrong modifier on the resubmission, invalid POS code; ask the therapist.\n")
    assert reasons(text) == {"timely_filing"}


@pytest.mark.parametrize("history", [
    "The carrier denied the claim (CO-16, remark M127) because the records were not received.",
    "The plan first denied the stay because no prior authorization was on file.",
    "The reviewer found the treatment plan was missing and the documentation incomplete.",
])
def test_an_appeal_decisions_history_is_no_reason_when_it_decides_on_its_own(history):
    text = ("HEARING DECISION\nCase 77-1002\n\nPROCEDURAL HISTORY\n" + history + " The appellant asked for a hearing.\n\n"
            "FINDINGS\nThe records are complete and the authorization question is resolved.\n\n"
            "DECISION\nThe outpatient sessions billed after week 12 were not reasonable and necessary under the policy.\n")
    assert reasons(text) == {"not_medically_necessary"}


@pytest.mark.parametrize("finding", [
    "By the second week the client could have been treated safely in an intensive outpatient program.",
    "After discharge he no longer required the intensity of residential treatment.",
    "From May 3 her needs could have been managed effectively with outpatient therapy.",
])
def test_a_lower_level_told_in_the_past_tense(finding):
    assert "lower_level_of_care_appropriate" in reasons(LETTER.format(body=finding + " Those days are not covered."))


@pytest.mark.parametrize("letterhead", [
    "OFFICE OF MEDICARE HEARINGS AND APPEALS\nSeattle Field Office\n\nDECISION (UNFAVORABLE)",
    "DEPARTMENTAL APPEALS BOARD\nMedicare Appeals Council\n\nDECISION OF MEDICARE APPEALS COUNCIL",
    "U.S. Department of Health and Human Services\nOMHA\nALJ Decision",
])
def test_a_medicare_alj_or_council_decision_is_external(letterhead):
    text = (letterhead + "\nAppellant: Example Clinic\n\nThe services were not reasonable and necessary. The claim remains "
            "denied.\n\nYou may ask for further review within 60 days of receipt of this decision.\n")
    assert read_denial(text).review_level == "external_review"


@pytest.mark.parametrize("summary", [
    "Summary of the complaint\nMr. Okafor says the plan denied his claims because his counselor is out of network.",
    "Complaint summary\nThe complainant believes the visits were denied for no prior authorization.",
    "The member's concern\nMs. Lindgren states that her visits were denied for lack of authorization and out of network.",
])
def test_a_complaint_the_payer_summarises_is_no_reason(summary):
    text = ("Regulatory Response Unit\nRE: Insurance Department complaint 12-33\nDear Analyst:\nThank you for the complaint. "
            "We respond below.\n\n" + summary + "\n\nOur findings\nThe provider is in network and no authorization is "
            "required. The notes we received did not record the session start and stop times, so the 90837 claims were "
            "paid as 90834.\n")
    found = reasons(text)
    assert not found & {"out_of_network", "no_prior_authorization"} and "frequency_or_duration_exceeds_guidelines" in found


@pytest.mark.parametrize("wording", [
    "Your plan pays only for care from Preferred providers, so visits with this non-Preferred provider are not covered.",
    "Services by a non-preferred therapist are not covered under Basic Option.",
    "The plan covers only through participating providers; this non-participating clinician's visits are not covered.",
])
def test_a_network_in_the_plans_own_words_is_out_of_network(wording):
    assert reasons(LETTER.format(body=wording)) == {"out_of_network"}


@pytest.mark.parametrize("box", ["DECISION: [X] Upheld   [ ] Overturned", "Review outcome: Affirmed",
                                 "RESULT: [x] Sustained  [ ] Reversed"])
def test_a_review_forms_ticked_decision_box_is_an_appeal_decision(box):
    text = ("PROVIDER RECONSIDERATION REQUEST FORM\nReason for request: timely filing\n--- PLAN USE ONLY ---\n" + box +
            "\nRationale: the claim was received after the 180-day filing limit. Denial CO-29 stands.\n"
            "A second-level appeal may be filed within 60 days of this decision.\n")
    assert read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("wording", [
    "This treatment needed to be approved by us before you got it.",
    "These visits had to be pre-approved in advance, and they were not.",
    "We do not have a request on file for these sessions from your provider.",
])
def test_prior_authorization_in_plain_words(wording):
    assert "no_prior_authorization" in reasons(LETTER.format(body=wording))


@pytest.mark.parametrize("wording, category", [
    ("The progress notes do not show meaningful change in his mood over six months.", "no_progress_or_maintenance"),
    ("Recent sessions are supportive check-ins rather than active treatment.", "no_progress_or_maintenance"),
    ("We asked the clinic for the discharge summary on 4/2. We did not receive it.", "insufficient_documentation"),
    ("We requested both assessments in May. We never received them.", "insufficient_documentation"),
    ("The intake note did not record the session start time.", "insufficient_documentation"),
])
def test_no_change_and_missing_papers_in_plain_words(wording, category):
    assert category in reasons(LETTER.format(body=wording))


@pytest.mark.parametrize("wording", [
    "The claim was sent in May. It was not received until after the filing limit.",
    "We did not receive it within the 90-day limit.",
    "Your claim arrived late; we did not receive it by the deadline.",
])
def test_a_late_arrival_is_no_missing_record(wording):
    assert "insufficient_documentation" not in reasons(LETTER.format(body=wording))


@pytest.mark.parametrize("line, offered", [
    ("Denial letter sent; urgent (expedited) appeal, 72 hr, offered because the member is waiting to be admitted.", True),
    ("Fast appeal offered to the family by phone.", True),
    ("Expedited appeal not offered: services already given.", False),
])
def test_an_expedited_appeal_that_was_offered(line, offered):
    text = LETTER.format(body="Residential care is not medically necessary. " + line)
    assert read_denial(text).expedited_available is offered


@pytest.mark.parametrize("sentence, cited", [
    ("Coverage rests on 42 C.F.R. § 410.44 and Social Security Act 1862(a)(1)(A).",
     {"42 CFR 410.44", "Social Security Act section 1862(a)(1)(A)"}),
    ("Under Oregon Admin. Code 410-172-0630 and OAR 309-019-0135, the service is not medically necessary.",
     {"Oregon Admin. Code 410-172-0630", "OAR 309-019-0135"}),
    ("The state rules on medical necessity (Rule 0940-3-9) and 29 U.S.C. 1133 apply.", {"Rule 0940-3-9", "29 U.S.C. 1133"}),
])
def test_laws_cited_by_number_are_criteria(sentence, cited):
    assert cited <= set(read_denial(LETTER.format(body=sentence + " The visits are denied.")).criteria_cited)


def test_a_law_in_the_rights_text_is_no_criterion():
    text = ("NOTICE OF ADVERSE DETERMINATION\nDear Member:\nThe visits are not medically necessary.\n\nYOUR RIGHTS\n"
            "You may request external review under 45 CFR 147.136 within four months.\n")
    assert not any("147.136" in c for c in read_denial(text).criteria_cited)


@pytest.mark.parametrize("line, words", [
    ("MSG*LOCUS ADULT VERSION 20 DIM 1-6 SUPPORTS LEVEL 2; NEEDS MET IN OUTPATIENT.~", None),
    ("MSG*ASAM CRITERIA 4TH ED DIM 1-6 RISK 0/1/1/1/2/1 SUPPORTS LEVEL 1.0.~", {"ASAM", "4TH", "Edition"}),
    ("Her reading, dimension by dimension (ASAM Criteria 3rd ed -- the plan's standard):", {"ASAM", "Criteria", "3rd"}),
])
def test_a_guideline_named_in_capitals_or_an_aside(line, words):
    cited = read_denial(LETTER.format(body=line + "\nContinued stay is not medically necessary.")).criteria_cited
    if words is None:
        assert not any("LEVEL 2" in c for c in cited)
    else:
        assert any(words <= set(c.replace(",", " ").split()) for c in cited)
