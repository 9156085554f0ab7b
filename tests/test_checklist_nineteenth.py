"""Checklist precision classes from the nineteenth set (examples written here): a report's reference target is no goal,
a deferred or fixed step-down is no criterion, 'DETERMINATION' is no termination field, an individualized length is
no duration, a dosing schedule is no session frequency, a drug only suggested is no medication status."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text", [
    "  Coefficient of variation ........ 41.8 %      (target <=36 %)",
    "A1c 9.6% (goal < 7%) on the last draw.",
    "LDL 162 mg/dL (target <100) per PCP.",
])
def test_a_reference_target_beside_a_value_is_no_goal(text):
    assert not extract_facts([text]).goals


def test_a_goal_with_its_own_target_date_is_one():
    assert extract_facts(["Goal: A1c below 8% by June."]).goals


@pytest.mark.parametrize("text", [
    "Step-down: we'll talk about it once she's settled in.",
    "Plan: rTMS 5 sessions/week x 6 weeks, then 6 taper sessions over 3 weeks.",
    "DETERMINATION: not eligible for take-homes. Re-review in 90 days.",
])
def test_a_deferred_or_fixed_step_down_is_no_discharge_criterion(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "Taper to biweekly once PHQ-9 stays under 10 for a month.",
    "Termination criteria: GAD-7 under 5 twice.",
    "Step-down to IOP when she has 5 days without purging.",
])
def test_a_step_down_on_a_condition_is_one(text):
    assert extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", ["Length of stay individualized.", "Length of stay: based on progress.", "Duration: varies, as clinically indicated."])
def test_an_individualized_length_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Current schedule: daily observed dosing (0 take-homes).",
    "Plan: weekly injections of aripiprazole at the clinic.",
    "Daily medication pick-ups at the pharmacy continue.",
])
def test_a_dosing_schedule_is_no_session_frequency(text):
    assert not extract_facts([text]).frequency


@pytest.mark.parametrize("text", [
    "Meds: his PCP brought up sertraline at his physical; he said he would think about it.",
    "Psychiatrist suggested bupropion; she is considering it.",
    "Meds: escitalopram was mentioned by the NP, no decision yet.",
])
def test_a_drug_only_suggested_is_no_medication_status(text):
    assert not extract_facts([text]).medication_status


def test_a_drug_recommended_to_continue_is_current():
    assert extract_facts(["PCP recommended she continue fluoxetine 20 mg."]).medication_status


@pytest.mark.parametrize("text, scores", [
    ("At admission his YMRS came out at thirty-one; re-rated this morning it is twenty-six.", [31, 26]),
    ("PHQ-9 was 18; re-scored today it is 12.", [18, 12]),
    ("The GAD-7 came back at 14 today.", [14]),
])
def test_a_score_that_came_out_at_or_was_re_rated(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", ["SMAST-G at intake (<DATE_1>): 8.", "Short Michigan Alcoholism Screening Test-Geriatric 3", "S-MAST-G = 5 today"])
def test_smast_g_is_in_the_catalog(text):
    assert [m.instrument for m in extract_facts([text]).measures] == ["SMAST-G"]


@pytest.mark.parametrize("text", [
    "Aggression fell from twenty-three episodes a week in August to nine in November.",
    "Two-word requests went from about four per session to seventeen.",
    "Night wakings dropped from 5 a week to 1.",
])
def test_a_count_that_went_from_one_number_to_another_is_progress(text):
    assert extract_facts([text]).progress


def test_moving_from_one_house_to_another_is_not_progress():
    assert not extract_facts(["He went from his mother's house to his dad's on Friday."]).progress


@pytest.mark.parametrize("text", [
    "He had about a year of ABA at another agency (10 hours a week, February 2025 to April 2026).",
    "Saw a counselor at her old school for a few months.",
    "Weekly therapy from March 2024 to January 2025 with a psychologist.",
])
def test_care_elsewhere_or_in_a_named_stretch_of_months_is_prior_treatment(text):
    assert extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", ["Services requested: 97153 25 h/week for 26 weeks.", "Plan: ABA 20 h/wk.", "Plan: 15 h per week of RBT services."])
def test_hours_a_week_in_shorthand_are_a_frequency(text):
    assert extract_facts([text]).frequency


@pytest.mark.parametrize("text", [
    "He has seen me weekly since <DATE_1> (six sessions). Over those six weeks he got worse, not better.",
    "She started seeing me weekly in the spring. Since then the cutting got worse.",
    "He has met with me every other week since June. The DKA admission happened in the middle of that.",
])
def test_weekly_care_told_as_who_saw_whom_then_a_worsening_is_a_rationale(text):
    assert extract_facts([text]).lower_level_rationale


def test_weekly_care_going_well_is_no_rationale():
    assert not extract_facts(["She has seen me weekly since March and is doing well."]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "Continuous incapacity: from <DATE_1> through <DATE_2> (estimated).",
    "Off work until <DATE_3>, per the FMLA form.",
    "Medical leave of absence through <DATE_4>.",
])
def test_a_leave_from_work_is_no_treatment_duration(text):
    assert not extract_facts([text]).duration
