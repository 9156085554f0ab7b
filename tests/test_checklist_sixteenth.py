"""Checklist classes from the sixteenth blind set's first pass, each with examples written here (never the set's):
a medication field that defers or only says nothing changed, a sentence after a medication label that is about
something else, a screen named as done with its result elsewhere, a wellness visit's "health risk assessment", and
medical work-ups listed as history."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note", [
    "Meds: no changes since last visit.",
    "Medications: ask the psychiatrist's office for the current list.",
    "Meds: check with grandmother, she fills the pill box.",
    "Medications: unchanged.",
])
def test_a_medication_field_that_defers_states_no_status(note):
    assert not extract_facts([note]).medication_status


@pytest.mark.parametrize("note", [
    "Meds: see med list. No prior therapy or counseling of any kind.",
    "Medications: per PCP list. No hospital stays.",
    "MEDICATIONS\nNo concerns raised by the school this term.",
])
def test_a_sentence_after_the_medication_label_about_something_else(note):
    assert not [f for f in extract_facts([note]).medication_status if f.text == "none"]


@pytest.mark.parametrize("note, status", [
    ("Medications: no changes, sertraline 100 mg daily.", "current: sertraline 100 mg daily"),
    ("Meds: none.", "none"),
    ("MEDICATIONS\nNone.", "none"),
])
def test_a_stated_status_still_counts(note, status):
    assert status in [f.text for f in extract_facts([note]).medication_status]


@pytest.mark.parametrize("note", [
    "Safety: C-SSRS completed - see the scanned packet.",
    "Quarterly risk screen completed.",
    "ASQ administered at check-in, form attached to the chart.",
    "ANNUAL WELLNESS VISIT - HEALTH RISK ASSESSMENT (completed by patient in the waiting room)",
])
def test_a_screen_without_its_result_is_not_an_assessment(note):
    assert not extract_facts([note]).risk.assessed


@pytest.mark.parametrize("note", [
    "C-SSRS completed today: screen negative.",
    "ASQ administered at check-in; denies thoughts of suicide.",
    "Risk assessment done, acute risk low, chronic risk moderate.",
])
def test_a_screen_with_its_result_is_an_assessment(note):
    assert extract_facts([note]).risk.assessed


@pytest.mark.parametrize("note", [
    "Prior workups: cardiology twice (echo, Holter), neurology (EEG normal), GI scope.",
    "Previous testing: sleep study in 2022, mild apnea.",
    "Past imaging: MRI brain unremarkable.",
])
def test_medical_workups_are_not_treatment_history(note):
    assert not extract_facts([note]).prior_treatment


def test_a_workup_line_that_names_care_still_counts():
    assert extract_facts(["Prior consults: psychiatry in 2021, started on sertraline, eight sessions of counseling."]).prior_treatment


@pytest.mark.parametrize("note", [
    "Prior treatment: see intake.",
    "Past psychiatric history: see the referral packet",
    "Prior tx: (see H&P)",
])
def test_a_history_field_that_points_elsewhere_documents_nothing(note):
    assert not extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note, scores", [
    ("When she started here her CATS was 38 and last week it was 25.", [38, 25]),
    ("At intake his PHQ-9 was 21 and this week it was 12.", [21, 12]),
    ("GAD-7 was 17 in March and last month, it was 10.", [17, 10]),
])
def test_a_second_score_told_with_it_was(note, scores):
    facts = extract_facts([note])
    assert [m.score for m in facts.measures] == scores and facts.trends


@pytest.mark.parametrize("note", [
    "My goal for this phase is 45 days with no self-harm.",
    "The target this month is two purges or fewer a week.",
    "Our goal over the summer is for him to sleep 7 hours on 5 nights a week.",
])
def test_a_goal_named_with_its_span_of_time(note):
    assert any(g.measurable for g in extract_facts([note]).goals)


@pytest.mark.parametrize("note", [
    "I haven't self-harmed in 19 days and I tell staff when the urges come.",
    "She sleeps most nights now (before she was up until 4 on her phone).",
    "No purging for three weeks, per the meal logs.",
])
def test_progress_as_a_streak_or_now_versus_before(note):
    assert extract_facts([note]).progress


def test_a_streak_of_missed_school_is_not_progress():
    assert not extract_facts(["He has not attended school in 3 weeks."]).progress


@pytest.mark.parametrize("note", [
    "She comes weekly with her son.",
    "He is seen twice a month at the clinic.",
    "I have been seeing her every other week.",
])
def test_frequency_told_with_an_attendance_verb(note):
    assert extract_facts([note]).frequency


def test_a_relative_coming_home_is_no_schedule():
    assert not extract_facts(["Her son comes home weekly from college."]).frequency


@pytest.mark.parametrize("note", [
    "We'd plan another ten weekly sessions, then taper to every other week.",
    "It is a twelve-session protocol and today was session seven.",
    "Plan: six more sessions of EMDR.",
])
def test_a_planned_count_of_sessions_in_words(note):
    assert extract_facts([note]).duration


def test_a_past_protocol_is_no_plan():
    assert not extract_facts(["She did a 16-week protocol in 2019."]).duration


@pytest.mark.parametrize("note, drug", [
    ("| date | contact | note |\n|---|---|---|\n| 3/2 | prescriber | Lithium 600 mg bid continues per Dr. A. |", "Lithium"),
    ("| date | type | note |\n|---|---|---|\n| 4/9 | med check | sertraline was increased to 100 mg daily |", "sertraline"),
    ("| wk | event | comment |\n|---|---|---|\n| 2 | psychiatry | remains on aripiprazole 5 mg |", "aripiprazole"),
])
def test_a_current_drug_in_a_log_cell(note, drug):
    assert any(drug.lower() in f.text.lower() for f in extract_facts([note]).medication_status)


def test_a_trials_table_names_no_current_drug():
    note = "| trial | dose | weeks | outcome |\n|---|---|---|---|\n| aripiprazole | 10 mg | 6 | akathisia, stopped |"
    assert not extract_facts([note]).medication_status


@pytest.mark.parametrize("note, approach", [
    ("We meet every other week, working with problem-solving\ntherapy and activity scheduling.", "problem-solving therapy"),
    ("Sessions use cognitive processing\ntherapy for the assault memories.", "CPT"),
    ("We continue dialectical behavior\ntherapy skills with the family.", "DBT"),
])
def test_an_approach_wrapped_over_two_lines(note, approach):
    assert approach in [f.text for f in extract_facts([note]).modalities]


@pytest.mark.parametrize("note", [
    "She saw the counselor a half hour once a week, which \"isn't enough to get me through the nights\".",
    "Once a week sessions weren't working: she relapsed twice in between.",
    "Therapy an hour per week isn't enough to hold him between the Friday fights, the school team agreed.",
])
def test_a_weekly_hour_told_as_not_enough(note):
    assert extract_facts([note]).lower_level_rationale


def test_a_weekly_habit_is_no_level_of_care():
    assert not extract_facts(["He walks an hour a week at the gym; that isn't enough exercise, he says."]).lower_level_rationale


@pytest.mark.parametrize("note", [
    "Psychotherapy history: a grief group for a year; then CBT by video, which she stopped because nothing moved.",
    "Counseling history: saw a school counselor in 8th grade, quit after she stopped going to class.",
    "Behavioral health history: two years of therapy in college, which he stopped when he could not keep up at work.",
])
def test_a_history_field_under_another_name_is_history_not_impairment(note):
    facts = extract_facts([note])
    assert facts.prior_treatment and not facts.impairments


@pytest.mark.parametrize("note, goal", [
    ("Plan 03/02/2026 (weekly ERP x 12): Y-BOCS under 14 by 06/30/2026; hand-washing under 30 min a day", "Y-BOCS under 14 by 06/30/2026"),
    ("Plan <DATE_3> (weekly ERP x 12): Y-BOCS under 14 by <DATE_4>; hand-washing under 30 min a day", "Y-BOCS under 14 by <DATE_4>"),
    ("Ke hoach (plan): treatment plan 04/01/2026 -- weekly x 10; GAD-7 under 8 by 07/31/2026", "GAD-7 under 8 by 07/31/2026"),
    ("Plan of 01/15/2026: PHQ-9 under 10 by 04/2026; back to work 3 days a week", "PHQ-9 under 10 by 04/2026"),
])
def test_targets_listed_in_a_dated_plan_line(note, goal):
    goals = [g.text for g in extract_facts([note]).goals]
    assert goal in goals and not any("x 1" in g for g in goals)


@pytest.mark.parametrize("note", [
    "Weekly 53+ min sessions, about 12 more, then taper.",
    "Plan 08/18/2026 (weekly ERP x 16).",
    "Sessions, around 8 more, then monthly check-ins.",
])
def test_a_planned_count_written_loosely(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("note", [
    "Safety screen with the parents: no self-injury, no aggression at daycare, no concerns of harm at home -- low concern.",
    "Safety assessment: denies thoughts of hurting himself or others.",
    "Safety screen (teacher and mom): no head-banging this month, no biting.",
])
def test_a_safety_screen_with_its_result(note):
    assert extract_facts([note]).risk.assessed


def test_a_well_child_safety_screen_is_no_risk_assessment():
    assert not extract_facts(["Safety screen: booster seat OK, bike helmet, smoke detectors in the home."]).risk.assessed


@pytest.mark.parametrize("note", [
    "End after session 12 if PCL-5 is under 33.",
    "Stop therapy when she has 8 weeks without a panic attack.",
    "Close services once he is back at school full days for a month.",
])
def test_an_end_condition_opening_the_sentence(note):
    assert extract_facts([note]).discharge_criteria


def test_a_coping_instruction_is_no_end_condition():
    assert not extract_facts(["She learned to stop when the urge rises and breathe."]).discharge_criteria


@pytest.mark.parametrize("note", [
    "[[Yes -- this needs a direct, full safety screen first thing next week.]]",
    "She needs a C-SSRS at the start of the next visit.",
    "Safety screen with dad next week.",
])
def test_a_screen_still_ahead_is_no_assessment(note):
    assert not extract_facts([note]).risk.assessed


@pytest.mark.parametrize("note, approach", [
    ("Plan: left DLPFC rTMS, 10 Hz, 3000 pulses a session, five days a week.", "TMS"),
    ("Family agreed to weekly in-home FFT sessions.", "FFT"),
    ("PATH session 7 (Problem Adaptation Therapy) with her daughter.", "PATH"),
])
def test_more_named_treatments(note, approach):
    assert approach in [f.text for f in extract_facts([note]).modalities]


@pytest.mark.parametrize("note", [
    "ECT offered in 2025 by the prior psychiatrist -- she declined.",
    "TMS was offered last year and refused.",
    "DBT skills group in 2023, dropped out after six weeks.",
])
def test_a_treatment_declined_or_left_is_not_current(note):
    assert not extract_facts([note]).modalities


@pytest.mark.parametrize("note", [
    "Care plan review date: <DATE_8> (90 days)",
    "Next treatment plan review: 90 days.",
    "Plan review - in 60 days.",
])
def test_a_review_interval_is_no_plan_length(note):
    assert not extract_facts([note]).duration


def test_a_plan_length_beside_a_review_still_counts():
    assert extract_facts(["Plan: weekly CBT for 12 weeks, review at week 6."]).duration


@pytest.mark.parametrize("note", [
    "Tried outpatient DBT in 2024, dropped out after three months when she moved.",
    "Weekly outpatient therapy was tried and stopped when the therapist relocated.",
    "Tried weekly counseling last year; ended after she lost insurance.",
])
def test_care_left_for_a_life_reason_is_not_shown_insufficient(note):
    assert not extract_facts([note]).lower_level_rationale


def test_care_tried_without_effect_still_counts():
    assert extract_facts(["Tried weekly outpatient for a year; no change in purging."]).lower_level_rationale


@pytest.mark.parametrize("note", [
    "In October, when sessions slipped to once a week for the holidays, the panic came back.",
    "Last spring sessions were cut to every other week and she stopped the exposures.",
    "The gains came back when we went back to two sessions a week.",
])
def test_a_schedule_told_in_a_past_episode_is_not_the_plan(note):
    assert not extract_facts([note]).frequency


def test_the_plan_beside_the_story_still_counts():
    note = "When sessions slipped to once a week she relapsed. Continue twice weekly for 6 more weeks."
    assert [f.text for f in extract_facts([note]).frequency] == ["twice weekly"]


@pytest.mark.parametrize("note, goal", [
    ("Treatment plan 09/03/2026: weekly CPT x 12; PCL-5 under 33 by session 12; back at work full days.", "PCL-5 under 33 by session 12"),
    ("Treatment plan 3/1: 12 sessions of CBT; GAD-7 below 8 by the tenth session.", "GAD-7 below 8 by the tenth session"),
    ("ISP (dated 09/22/2026, review 12/21/2026): alcohol-free on at least 5 of 7 days by 12/31/2026.",
     "alcohol-free on at least 5 of 7 days by 12/31/2026"),
])
def test_a_plan_target_due_by_a_session_or_under_an_isp(note, goal):
    assert goal in [g.text for g in extract_facts([note]).goals]


@pytest.mark.parametrize("note, approach", [
    ("What we did: sorted the week onto the matrix; defusion on the replay; values card sort.", "ACT"),
    ("ACT matrix follow-up: toward moves reviewed.", "ACT"),
    ("COS-P parent session, chapter 4.", "Circle of Security"),
])
def test_approaches_named_by_their_own_tools(note, approach):
    assert approach in [f.text for f in extract_facts([note]).modalities]


def test_an_act_team_is_no_approach():
    assert not extract_facts(["ACT team visit on Tuesday."]).modalities
