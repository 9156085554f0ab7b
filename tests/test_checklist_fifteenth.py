"""Checklist classes from the fifteenth blind set's first pass (all examples our own): what looks like an element but
documents nothing must not mark it met (a false "met" puts a claim in a letter the record cannot back)."""
from __future__ import annotations

import pytest

from assistant.letters.element_checks import CHECKS
from assistant.letters.extract import extract_facts
from assistant.letters.patterns import Segment


def facts(note: str):
    return extract_facts([note])


@pytest.mark.parametrize("note", [
    "\u2610 ask about past counseling??",
    "Intake checklist\n[ ] need to get records from the prior therapist",
    "Open items | 3/4 | front desk | Still need: prior therapy dates?",
])
def test_an_open_task_is_no_prior_treatment(note):
    assert not facts(note).prior_treatment


@pytest.mark.parametrize("note", [
    "Authorization task | 3/4 | biller | Open | Still need: est. length of stay?",
    "To do: confirm how many sessions the plan will be?",
    "need to clarify the expected number of sessions with the team",
])
def test_an_open_question_is_no_duration(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note", [
    "Meds: see PCP list - dad to bring the bottles next time.",
    "Medications: managed by psychiatry (Dr. Ames) - no change this month",
    "meds: -- (see pediatrician's record)",
])
def test_a_pointer_to_another_record_is_no_medication_status(note):
    assert not facts(note).medication_status


@pytest.mark.parametrize("note", [
    "Meds: managed by psychiatry: sertraline 100 mg daily, no change.",
    "Medications: per PCP, escitalopram 10 mg.",
    "Meds: none.",
])
def test_a_named_medication_or_none_still_counts(note):
    assert facts(note).medication_status


@pytest.mark.parametrize("note", [
    "After the layoff he used the 3 EAP sessions his plan allows.",
    "Her insurance plan covers 20 sessions a year.",
    "They used up all 6 visits the employer plan gives.",
])
def test_a_benefit_allowance_or_sessions_used_is_no_planned_duration(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note", [
    "Why not IOP: the IOP waitlist is ~5 wks.",
    "Next opening in the program in 3 weeks.",
    "The wait for DBT here is about 8 weeks.",
])
def test_a_waiting_time_is_no_planned_duration(note):
    assert not facts(note).duration


def test_a_planned_length_beside_a_benefit_still_counts():
    assert [f.text for f in facts("His plan allows 30 visits; we will request 12 sessions.").duration] == ["12 sessions"]


@pytest.mark.parametrize("note", [
    "Step-down: when the team agrees he is stable enough.",
    "Discharge criteria: step down when clinically appropriate.",
    "Transition: once they feel ready.",
])
def test_an_end_with_nothing_to_observe_is_no_discharge_criterion(note):
    assert not facts(note).discharge_criteria


@pytest.mark.parametrize("note", [
    "Discharge criteria: step down to IOP when PHQ-9 is below 10 for 2 weeks.",
    "Step-down: when he is stable enough to attend school 4 of 5 days.",
])
def test_an_observable_end_still_counts(note):
    assert facts(note).discharge_criteria


@pytest.mark.parametrize("text", [
    "Plan: continue per treatment plan. Anticipated d/c 11/14.",
    "Plan: continue with the treatment plan as written.",
    "Plan: per tx plan, no changes.",
])
def test_a_pointer_to_the_plan_names_no_approach(text):
    assert not CHECKS["treatment_modality"](Segment(0, text, "plan", None))
    assert not facts("INTERVENTIONS\n" + text).modalities


def test_an_approach_named_beside_the_pointer_still_counts():
    assert [f.text for f in CHECKS["treatment_modality"](Segment(0, "Plan: exposure therapy per treatment plan.", "plan", None))]


@pytest.mark.parametrize("note, answer", [
    ("MFH: How are you sleeping?\nTB: Badly.\nMFH: Treatment before this?\nTB: A counselor, weekly, from August to January.",
     "A counselor, weekly"),
    ("DR: Have you been in treatment before?\nJM: Yes, I did a PHP at Mercy two years ago.", "PHP at Mercy"),
    ("LK: Any counseling in the past?\nRS: Six sessions at the college counseling center last spring.", "college counseling center"),
])
def test_an_interview_answer_documents_what_the_question_asks(note, answer):
    found = facts(note).prior_treatment
    assert found and any(answer in f.evidence for f in found)


def test_a_question_alone_documents_nothing():
    assert not facts("MFH: Treatment before this?\nMFH: Anything for mood?").prior_treatment
