"""Denial readings on a twenty-third set of forms, examples written here (three or more per class): a letter copied
into someone's post keeps its own headings inside the quote; a plan's yearly visit cap counted per person is a benefit
limit, not a frequency finding; a weekly extra session refused, or judged more than the member needs, is frequency;
"no auth required" in a grid or note rules a prior-authorization reason out; a reader's guess at what the denial meant
is no reason; and the criteria cited by a state statute's code and section, an agency's numbered notice, a plan
document's part or item, or Medicare's coverage rule by kind, while a criterion named only in a question is not cited."""
from __future__ import annotations

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def cited(text: str) -> tuple[str, ...]:
    return read_denial(text).criteria_cited


# --- a copied letter keeps its own headings inside the quote ------------------------------------------------------

_RIGHTS = "   You may ask for a review within 180 days of this letter.\"\n"


@pytest.mark.parametrize("story, copy, expected", [
    ("My brother's plan kept changing its story. At first they said the notes were missing, then they said he was not "
     "improving.\nHere is the decision, typed out word for word from the letter:\n",
     "  \"APPEAL DETERMINATION\n   DECISION: UPHELD.\n   Rationale: The member could be treated safely in an intensive "
     "outpatient program, and continued partial hospitalization is not medically necessary.\n",
     {"lower_level_of_care_appropriate", "not_medically_necessary"}),
    ("Update from Tom: earlier the plan told us the records never arrived.\nSo you all can see it, this is copied from "
     "the notice:\n",
     "    \"NOTICE OF DECISION\n     Outcome: Denied.\n     Reason: The facility that treated her is not in the plan's "
     "network, and her plan has no out-of-network benefits.\n", {"out_of_network"}),
    ("Our counselor first heard that the visits were too many per week.\nBelow is the letter, copied verbatim:\n",
     "   \"RECONSIDERATION RESULT\n    Determination: Upheld.\n    Explanation: The claim was denied because it was "
     "not filed within the plan's 12-month timely filing limit.\n", {"timely_filing"}),
])
def test_a_copied_letters_own_headings_do_not_end_the_copy(story, copy, expected):
    assert reasons(story + "\n" + copy + _RIGHTS) == expected


# --- a yearly cap counted per person is a benefit limit -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Counseling visits are limited to 24 visits per member per calendar year.",
    "Office psychotherapy is limited to 30 sessions per enrollee, per plan year, in and out of network combined.",
    "Talk therapy is limited to 15 visits per covered person each year under this amendment.",
])
def test_a_yearly_cap_per_person_is_not_a_frequency_reason(sentence):
    text = ("Plan amendment notice. " + sentence + "\nEXPLANATION OF BENEFITS\nThe 11/04 visit was not paid: the visit "
            "maximum for this benefit has been reached (PR-119).\nYou may appeal within 180 days.")
    assert reasons(text) == {"benefit_limit_reached"}


# --- a weekly extra session refused is frequency ------------------------------------------------------------------

@pytest.mark.parametrize("grounds", [
    "We did not approve the second visit each week. Two visits a week are more than she needs now.",
    "We will not authorize the third session per week. His needs can be met with one therapy session each week.",
    "Three family sessions a week is more than your child requires at this point.",
])
def test_a_refused_weekly_session_is_a_frequency_reason(grounds):
    text = ("NOTICE OF ACTION\nYour provider asked for family therapy (90847) several times a week for 8 weeks.\n"
            "What we decided: We approved family therapy once each week.\nWhy: " + grounds +
            "\nYou can ask for an appeal within 60 days of this notice.")
    assert reasons(text) == {"frequency_or_duration_exceeds_guidelines"}


# --- "no auth required" rules a prior-authorization reason out ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "2   OP   90837   12/01/2026  02/28/2027   12   --   No Auth Required   --",
    "Note: this plan does not require PA for office therapy, so that was not it.",
    "Precert not needed for routine outpatient visits per the portal.",
])
def test_no_auth_required_gives_no_authorization_reason(line):
    text = (line + "\nContinued IOP after 12/05 does not meet medical necessity criteria.\n"
            "Appeal: 180 days from the letter.")
    assert "no_prior_authorization" not in reasons(text)
    assert "not_medically_necessary" in reasons(text)


# --- a reader's guess is no reason --------------------------------------------------------------------------------

@pytest.mark.parametrize("guess", [
    "Priya first thought this meant the plan found the sessions not medically necessary.",
    "We assumed it was because the referral had expired, but it was not.",
    "The front desk worried that the records were missing.",
])
def test_a_guess_at_what_the_denial_meant_is_no_reason(guess):
    text = ("Remittance excerpt\nDOS 09/03/2026 90785 $20.00 $0.00 CO-236 N20\n"
            "CO-236 This procedure is not compatible with another procedure provided on the same day.\n"
            "Discussion: " + guess + "\nCorrected claims within 90 days of the remittance.")
    assert reasons(text) == {"coding_or_billing_error"}


# --- criteria cited by a statute's code, an agency notice, a plan's part, Medicare's rule by kind -----------------

@pytest.mark.parametrize("sentence, name", [
    ("We applied Health and Safety Code section 1367.01 to this request.", "Health and Safety Code section 1367.01"),
    ("Coverage is limited by Insurance Code § 10144.5 as applied to your policy.", "Insurance Code section 10144.5"),
    ("Under Florida Statutes section 627.6418 the service is excluded.", "Florida Statutes section 627.6418"),
])
def test_a_statute_named_by_its_code_and_section_is_cited(sentence, name):
    text = "Your request for outpatient therapy is denied. " + sentence + " You may appeal within 60 days."
    assert name in cited(text)


@pytest.mark.parametrize("sentence, name", [
    ("We followed DHCS All Plan Letter (APL) 22-006 and the access rules.", "DHCS APL 22-006"),
    ("The criteria are set out in BHIN 23-001, which we applied.", "BHIN 23-001"),
    ("See CMS State Medicaid Director Letter (SMDL) #18-011 for the standard.", "CMS SMDL 18-011"),
])
def test_an_agency_notice_named_by_its_number_is_cited(sentence, name):
    text = "You do not meet the criteria for specialty services. " + sentence + "\nYou can appeal within 60 days."
    assert name in cited(text)


@pytest.mark.parametrize("sentence, name", [
    ("Couples counseling is excluded (Certificate, Article 6 - Limitations, item 12).",
     "Certificate, Article 6 - Limitations, item 12"),
    ("The visits exceed the yearly limit (SPD Section 5.2 as amended by SMM 2025-03).",
     "SPD Section 5.2 as amended by SMM 2025-03"),
    ("This service is not covered under EOC Section 7.4 of your plan.", "EOC Section 7.4"),
])
def test_a_plan_documents_part_is_cited(sentence, name):
    text = "Your claim is denied. " + sentence + "\nYou may appeal within 180 days."
    assert name in cited(text)


@pytest.mark.parametrize("glossary", [
    "N115 This decision was based on a Local Coverage Determination (LCD).",
    "Remark: the service was reviewed under the applicable local coverage determination.",
    "Your claim was denied under a National Coverage Determination for this service.",
])
def test_a_coverage_determination_named_by_kind_is_cited(glossary):
    text = "PR-50 Not deemed a medical necessity by the payer.\n" + glossary + "\nAppeal within 120 days."
    assert any(c.endswith("Coverage Determination (LCD)") or c.endswith("Coverage Determination (NCD)") for c in cited(text))


@pytest.mark.parametrize("question", [
    "Is it the psychotherapy one, L12345??",
    "Did they use MCG Behavioral Health Guidelines here?",
    "Which one applies - InterQual Criteria or LOCUS?",
])
def test_a_criterion_named_only_in_a_question_is_not_cited(question):
    text = "[biller note: " + question + "]\nPR-50 These services are not deemed a medical necessity by the payer.\n" \
           "A redetermination must be requested within 120 days."
    names = " ".join(cited(text))
    assert not any(w in names for w in ("L12345", "MCG", "InterQual", "LOCUS"))
