"""Denial readings on a seventeenth set of forms, examples written here (three or more per class): notes keyed by a
letter with hanging-indented lines; a practice dashboard's tally of codes and its overturn rate; a sharing ministry's
words for a visit allowance and for what it does not share; a reason the letter says it did not rest on (in a sentence,
under a heading, or pointed back to with "this"); one sentence reporting what an earlier letter said; general teaching
about common errors; a fast review kept to care not yet given, or ruled out for this appeal; the care needed "from" a
less intensive service; little measurable change; a request for OPM review that is not OPM's decision."""
from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

RIGHTS = "\n\nIf you disagree, you may appeal within 60 days of the date of this notice.\n"


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- notes keyed by a letter or number, their lines hanging-indented -----------------------------------------------

@pytest.mark.parametrize("notes, expected", [
    ("X  The therapy visits on these lines are over the yearly limit of 20 visits and the\n"
     "   claim lines are denied.\n", {"benefit_limit_reached"}),
    ("1  The program was not in the plan's network on the dates billed, so these lines\n"
     "   are denied as out-of-network.\n", {"out_of_network"}),
    ("*  Marriage counseling billed with diagnosis Z63.0 alone is not a covered benefit under\n"
     "   the plan and the line is denied.\n", {"non_covered_service_or_diagnosis"}),
])
def test_a_keyed_note_reads_on_across_its_indented_lines(notes, expected):
    text = "Claim notice, June 3, 2026\n\nLine  Code   Billed  Paid  Note\n2     90834  150.00  0.00  see below\n\n" \
           "REMARKS\n" + notes + RIGHTS
    assert reasons(text) == expected


# --- a dashboard's statistics: code tallies and an overturn rate --------------------------------------------------

@pytest.mark.parametrize("tally", [
    "Most used codes (count):  CO-50 (14)  CO-97 (6)  PR-204 (3)",
    "Leading denial codes this quarter: CO-16 (22), CO-242 (9), CO-151 (2)",
    "Code frequency  CO-45 (301, contractual)  CO-50 (17)  CO-109 (4)",
])
def test_a_tally_of_codes_across_claims_gives_no_reason(tally):
    text = ("DenialDesk export 03/02/2026\nOverturn rate ..... 48%\n" + tally + "\n\nCLAIM\n"
            " 1 | 01/05/2026 | 90837 | $180.00 | $0.00 | CO-29 | DENIED\n"
            "Appeal window .... 180 days from remit date\n")
    reading = read_denial(text)
    assert reading.is_denial
    assert {r.category for r in reading.reasons} == {"timely_filing"}


# --- a sharing ministry's words: an allowance of visits, what it does not share ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Counseling is eligible for sharing for up to ten (10) visits per member per program year. These visits are "
     "beyond the 10-visit allowance.", {"benefit_limit_reached"}),
    ("Therapy bills are eligible for payment for up to 6 sessions per calendar year, and this member has had 6.",
     {"benefit_limit_reached"}),
    ("Sessions billed only with code Z63.8 are not eligible for sharing under the guidelines.",
     {"non_covered_service_or_diagnosis"}),
    ("Lines 4 and 5 go over the annual allowance and are not eligible for sharing.", {"benefit_limit_reached"}),
])
def test_sharing_ministry_words_for_limits_and_exclusions(sentence, expected):
    assert reasons("Bill review notice\n\n" + sentence + RIGHTS) == expected


# --- a reason the letter says it did not rest on -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The stay is not medically necessary. The earlier notice mentioned that the facility was out of network. "
     "A single case agreement now covers the facility, so this is not part of the reason for this decision.",
     {"not_medically_necessary"}),
    ("The stay is not medically necessary. We first thought the facility was out of network. A single case agreement "
     "now covers the facility, so this is not part of the reason for this decision.", {"not_medically_necessary"}),
    ("The daily visits are more than the guidelines allow. The treatment plan that was missing was received later; "
     "it is no longer a reason for this decision.", {"frequency_or_duration_exceeds_guidelines"}),
    ("These claims were not denied for medical necessity. The therapist is not in the plan's network, so the visits "
     "were denied as out-of-network.", {"out_of_network"}),
    ("Denied CO-4: the telehealth modifier is missing. No authorization issue was found on this claim. No visit limit "
     "applies to this member's plan.", {"coding_or_billing_error"}),
])
def test_a_reason_the_letter_disowns_is_not_read(text, expected):
    assert reasons(text + RIGHTS) == expected


@pytest.mark.parametrize("heading", ["What the decision does not rest on", "Points that are NOT part of the decision",
                                     "Issues no longer at issue"])
def test_lines_under_a_not_part_of_the_decision_heading_give_no_reason(heading):
    text = ("Final appeal decision\n\nWhy the plan decided\nThe reviewer found the member could be treated safely in an "
            "intensive outpatient program. Residential care is not medically necessary.\n\n" + heading + "\n"
            "The first letter also said the program had no precertification on file. A precertification was found "
            "later, and the decision does not rely on it.\n" + RIGHTS)
    assert reasons(text) == {"lower_level_of_care_appropriate", "not_medically_necessary"}


# --- one sentence reporting what an earlier letter said ------------------------------------------------------------

@pytest.mark.parametrize("report", [
    "Our initial denial said the records had not been received.",
    "The original notice (dated April 2) stated that prior authorization was not obtained.",
    "Your earlier denial letter also cited a visit limit that had been reached.",
])
def test_an_earlier_letters_reason_reported_in_passing_is_not_this_decisions(report):
    text = ("Appeal decision\n\nWe are upholding the denial. " + report + " The reviewer found that the member no "
            "longer needs 24-hour structure and can be treated in a partial hospitalization program." + RIGHTS)
    assert reasons(text) == {"lower_level_of_care_appropriate"}


def test_a_reviewer_not_involved_in_the_first_decision_still_gives_reasons():
    text = ("Appeal decision\n\nA psychologist not involved in the first decision, found that progress has plateaued "
            "and the care is now maintenance. The services do not meet the guidelines." + RIGHTS)
    assert reasons(text) == {"no_progress_or_maintenance", "not_medically_necessary"}


# --- general teaching about common errors --------------------------------------------------------------------------

@pytest.mark.parametrize("teaching", [
    "Auditors most often find these errors on therapy claims: no session times, plans older than a year, and more "
    "visits than the guidelines allow.",
    "Common reasons for denial include a missing authorization, an out-of-network provider and a wrong modifier.",
    "Reviewers typically find notes that do not support the code billed or exceed the frequency allowed.",
])
def test_general_teaching_about_errors_is_not_a_reason(teaching):
    text = ("Review results\n\nWe asked twice for the records for this date of service. No documentation was received, "
            "so the payment will be recovered.\n\nTips. " + teaching + RIGHTS)
    assert reasons(text) == {"insufficient_documentation"}


# --- a fast review kept to care not yet given, or ruled out for this appeal ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fast appeals are only for care you have not received yet, when waiting could harm your health.",
    "Urgent review: pre-service only.",
    "You asked whether this could be rushed. Because the visits already happened, this appeal cannot be expedited, "
    "though you could ask for a faster review of future visits.",
    "Expedited appeals apply only to services that have not yet been provided; your appeal does not qualify for an "
    "expedited review.",
])
def test_a_fast_review_kept_to_care_not_yet_given_is_not_offered(sentence):
    text = "The claims were denied as out-of-network.\n\nTo appeal, write within 180 days of the EOB. " + sentence
    assert read_denial(text).expedited_available is False


def test_a_fast_review_offered_for_ongoing_care_is_still_read():
    text = ("The continued stay is not medically necessary. You may appeal within 180 days. If waiting could "
            "seriously harm your health, you can ask for an expedited appeal.")
    assert read_denial(text).expedited_available is True


# --- the care needed "from" a less intensive service; little measurable change -------------------------------------

@pytest.mark.parametrize("sentence", [
    "You can get the care you need from the weekly therapy visits you already have.",
    "Your son can receive the treatment he needs through an intensive outpatient program near home.",
    "She could get the support she needs from her outpatient psychiatrist and counselor.",
])
def test_care_needed_from_a_less_intensive_service_is_a_lower_level(sentence):
    text = "We have denied the partial hospitalization request. " + sentence + " The request does not meet the criteria."
    assert reasons(text + RIGHTS) == {"lower_level_of_care_appropriate", "not_medically_necessary"}


@pytest.mark.parametrize("sentence", [
    "The scores show little measurable change over six weeks.",
    "The notes show minimal change in symptoms since admission.",
    "There has been limited clinical change despite daily groups.",
])
def test_little_change_is_no_progress(sentence):
    assert "no_progress_or_maintenance" in reasons("Continued stay denied. " + sentence + RIGHTS)


# --- a request for OPM review is not OPM's decision -----------------------------------------------------------------

@pytest.mark.parametrize("title", ["REQUEST FOR OPM REVIEW - COVER SHEET", "Packet: asking for OPM review of the claim",
                                   "Exhibits for our request for OPM review"])
def test_a_request_for_opm_review_is_not_opms_decision(title):
    text = (title + "\n\nExhibit 1\n\nDear Member:\n\nWe have reconsidered our decision and we are affirming our denial. "
            "Residential treatment is not medically necessary. You must write to OPM within 90 days after the date of "
            "this letter if you want OPM to review it.")
    reading = read_denial(text)
    assert reading.review_level == "internal_appeal_decision"
    assert reading.appeal_deadline_days == 90
