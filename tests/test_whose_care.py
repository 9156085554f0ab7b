"""Whose care a sentence describes, by class: a relative speaking of their own medication or treatment (in a
collateral note, on a line they speak, or in a quote attributed to them); outpatient care already given when a
program is requested (prior treatment, not the program's schedule); and a first-ever course stated as "this is
her first ... treatment". Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.levels import at_level


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(at_level(extract_facts(notes), level), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note", [
    # a collateral call: the caller's first-person quote is the caller's
    "Collateral contact with parent by phone\nCaller: Dana P., mother.\nHer account:\n- He slams doors most nights.\n"
    "- \"I've been on sertraline 100 mg since the divorce; it keeps me going.\"\n- \"I did a year of therapy myself.\"",
    # a line the relative speaks
    "Family session.\nMom: I take Lexapro 10 mg myself and it helped me a lot.\nDad - my own rehab was back in 2015.\n"
    "Jonah (11) sat with his hood up and did not speak.",
    # a quote attributed to the relative
    "Couples intake. Her husband said, \"I was on Wellbutrin 300 mg for two years and I've been in therapy since March.\" "
    "She watched him while he talked.",
])
def test_a_relative_speaking_of_their_own_care_is_not_the_client_s(note):
    assert status([note], "medication_status") == "missing"
    assert status([note], "prior_treatment") == "missing"


@pytest.mark.parametrize("note", [
    "Client: \"I've been on sertraline 100 mg since the spring and I take it every day.\"",
    "Mother reports that he takes Concerta 36 mg every morning before school.",
    "Caller: his mother. She says he has been on fluoxetine 20 mg since 2024.",
])
def test_what_the_client_or_a_relative_says_about_the_client_s_medication_stays(note):
    assert status([note], "medication_status") == "met"


@pytest.mark.parametrize("note", [
    "Assessment: 14 sessions of weekly outpatient CBT since 03/2026 and her panic has not changed.",
    "I have been his outpatient therapist since January, seeing him weekly; he has attended 12 sessions.",
    "History: weekly outpatient counseling here since last fall (9 sessions, MI/CBT), use went up.",
])
@pytest.mark.parametrize("level", ["IOP", "PHP", "residential"])
def test_outpatient_care_so_far_is_prior_treatment_when_a_program_is_requested(note, level):
    assert status([note + " Discharge when no use for 30 days."], "frequency_duration", "initial_authorization", level) == "missing"
    assert status([note], "prior_treatment", "initial_authorization", level) == "met"


@pytest.mark.parametrize("note", [
    "Plan: IOP 3 hours a day, 3 days a week for about 6 weeks, then weekly outpatient therapy.",
    "Recommend PHP 5 days/week, 6 hrs/day, estimated 3 weeks.",
    "Plan: residential treatment, 24-hour care, estimated length of stay 30 days.",
])
def test_the_requested_program_s_own_schedule_stays(note):
    level = "IOP" if "IOP" in note else "PHP" if "PHP" in note else "residential"
    assert status([note], "frequency_duration", "initial_authorization", level) == "met"


def test_outpatient_schedule_stays_the_schedule_for_outpatient_care():
    note = "I have been seeing her weekly since January (12 sessions so far); plan: weekly CBT for 12 more sessions."
    assert status([note], "frequency_duration") == "met"


@pytest.mark.parametrize("note", [
    "This is her first eating-disorder or mental-health treatment of any kind.",
    "It is the first time he has seen a counselor; his parents never took him before.",
    "Today's intake marks his first ever contact with mental health services.",
])
def test_a_first_ever_course_is_documented_prior_treatment(note):
    assert status([note], "prior_treatment") == "met"
