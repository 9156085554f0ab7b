"""Letter and checklist classes found by the twenty-seventh blind set, each with examples written here (never the
set's own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


# -- a screener's questions asked, with their answers after a colon, are the screen (not a question left open) -----
@pytest.mark.parametrize("text", [
    "Asked the ASQ questions: no to all four; no acuity question needed.",
    "Administered the C-SSRS screener questions: all answered no, including past-month ideation.",
    "Went through the Columbia questions: denies wish to be dead and any plan.",
])
def test_a_screeners_questions_asked_with_answers_are_a_risk_screen(text):
    assert _status(text, "risk_assessment").status == "met"


@pytest.mark.parametrize("text", [
    "Reviewer questions: is there a safety plan? what is the risk level?",
    "Question 2: has a suicide risk screen been done?",
    "Payer questions: see attached form.",
])
def test_a_reviewers_questions_are_no_screen(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- a list's title with a bracket that dates or sources it still names the list ------------------------------------
@pytest.mark.parametrize("text", [
    "Goals (from 09/03 plan)\n  1. at work 4 of 5 days for 6 weeks\n  2. PHQ-9 under 10",
    "IV. Objectives (updated 10/2)\n  - panic attacks 1 or fewer a week\n  - drives alone to the store twice a week",
    "Targets (per the plan of 2/14)\n  a) no purging for 4 straight weeks\n  b) 3 meals a day on 6 of 7 days",
])
def test_a_goal_list_titled_with_a_dated_bracket_is_the_goals(text):
    assert _status(text, "measurable_goals").status == "met"


# -- a lower frequency written as a rate, and what happened on it, is why less care is not enough -------------------
@pytest.mark.parametrize("text", [
    "When she dropped to 1x per week over the holidays, the purging crept back up to daily.",
    "During the month of one weekly session the panic attacks climbed back up to 5 a week.",
    "We tried 1 session/wk in October: checking went back up to 3 hours a day.",
])
def test_a_lower_frequency_as_a_rate_with_a_setback_is_the_rationale(text):
    assert _status(text, "lower_level_insufficient", "appeal", "2x/week").status == "met"


@pytest.mark.parametrize("text", [
    "She was seen 1x/wk in the spring and did well; we plan to continue.",
    "Homework: 1x per week mood log.",
    "One weekly session is scheduled on Tuesdays.",
])
def test_a_rate_alone_or_with_good_news_is_no_rationale(text):
    assert _status(text, "lower_level_insufficient", "appeal", "2x/week").status == "missing"


# -- care placed in an earlier stage of life is prior treatment; care still ahead is not ----------------------------
@pytest.mark.parametrize("text", [
    "Saw the school counselor weekly in 8th grade; it didn't help.",
    "Had counseling in college for about a semester.",
    "In high school he went to a therapist for a few months after his parents split.",
    "As a teenager she saw a psychiatrist twice.",
])
def test_care_in_an_earlier_stage_of_life_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "In 8th grade she started cutting.",
    "She wants to be a counselor when she finishes college.",
    "She plans to see a therapist in college.",
    "School counselor will check in weekly during the high school transition.",
])
def test_a_stage_of_life_without_care_or_care_ahead_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- a group's weekday with its clock time, then the course's length, is the schedule -----------------------------
@pytest.mark.parametrize("text", [
    "Group meets Thursdays 6:00-7:30 pm for 12 weeks.",
    "Tuesdays 5-6 pm, 8 weeks, starts 01/14.",
    "Sessions on Mondays and Thursdays, 8 weeks.",
])
def test_a_weekday_schedule_with_the_course_length_is_frequency_and_duration(text):
    assert _status(text, "frequency_duration", "initial_authorization", "group").status == "met"


@pytest.mark.parametrize("text", [
    "Works Thursdays 6-10 pm at the plant.",
    "Nightmares on Fridays, 12 weeks now.",
    "Thursdays 4:00 pm; has had nightmares for 12 weeks.",
])
def test_a_weekday_that_is_no_session_or_a_symptoms_span_is_no_schedule(text):
    assert _status(text, "frequency_duration", "initial_authorization", "group").status == "missing"


# -- earlier care counted and left, a withdrawal stay, years of mutual help that ended ------------------------------
@pytest.mark.parametrize("text", [
    "One outpatient counseling visit in the fall, did not go back.",
    "Two therapy sessions in 2021, then stopped going.",
    "Came after a 5-day hospital detox last month.",
    "Before this: inpatient withdrawal management at the county unit.",
    "Sober 9 years with NA (2012-2021) until the layoff.",
])
def test_earlier_care_counted_or_a_withdrawal_stay_is_prior_treatment(text):
    assert _status(text, "prior_treatment", level="PHP").status == "met"


@pytest.mark.parametrize("text", [
    "Next: two therapy sessions on <DATE_4> and <DATE_5>.",
    "Plan: 3-day inpatient detox if he relapses.",
    "Goes to AA (2 meetings a week).",
])
def test_visits_ahead_or_mutual_help_now_are_no_prior_treatment(text):
    assert _status(text, "prior_treatment", level="PHP").status == "missing"


# -- what changed, asked as a heading, and change counted in a program's days are progress ---------------------------
@pytest.mark.parametrize("text", [
    "What has changed in the program: day 1 left group early; since day 4 stays all 6 hours.",
    "Changes since admission: since week 2 she attends all three groups.",
    "Since session 5 he completes the exposure homework.",
])
def test_change_counted_in_program_days_is_progress(text):
    assert _status(text, "progress", level="PHP").status == "met"


@pytest.mark.parametrize("text", [
    "What has changed: nothing yet, still isolating.",
    "Since day 3 has been refusing meals.",
    "Change in address: moved to her sister's.",
])
def test_no_change_or_a_setback_is_no_progress(text):
    assert _status(text, "progress", level="PHP").status == "missing"
