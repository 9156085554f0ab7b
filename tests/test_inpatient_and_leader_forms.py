"""Inpatient care is a level above routine care: why a less intensive level will not do applies to it, and so do its
barriers to discharge; a form that leads each label to its value with dots reads as "Label: value" (examples
written here)."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.levels import intensity
from assistant.letters.note_text import leader_fields


@pytest.mark.parametrize("level", ["inpatient", "acute inpatient psychiatric", "crisis stabilization unit", "medically managed detox"])
def test_hospital_levels_are_inpatient(level):
    assert intensity(level) == "inpatient"


@pytest.mark.parametrize("note", [
    "Community ambulatory services do not meet her treatment needs at this time.",
    "Dad says he cannot keep her safe at home overnight, and the respite crisis beds were full on Friday.",
    "Barriers to discharge: no adult at home until the 12th; not yet sleeping more than three hours.",
])
def test_an_inpatient_stay_explains_why_not_less(note):
    item = next(i for i in check_notes(extract_facts([note]), "continued_stay", "inpatient") if i.element == "lower_level_insufficient")
    assert item.status == "met"


def test_outpatient_care_still_needs_no_such_reason():
    item = next(i for i in check_notes(extract_facts(["Weekly CBT."]), "initial_authorization", "outpatient")
                if i.element == "lower_level_insufficient")
    assert item.status == "not_applicable"


def test_barriers_to_discharge_are_not_discharge_criteria():
    assert not extract_facts(["Barriers to discharge: mother works nights; no step-down bed yet."]).discharge_criteria


@pytest.mark.parametrize("note, field", [
    ("DX ........ major depressive disorder, recurrent, severe\nEDD ....... 3/14", "DX: major depressive disorder"),
    ("Meds ..... sertraline 100 mg\nRisk ..... denies SI, low", "Risk: denies SI"),
    ("GOALS .... sleep 6 h\nPLAN .... daily groups", "GOALS: sleep 6 h"),
])
def test_dotted_leaders_become_fields(note, field):
    assert field in leader_fields(note)


def test_one_dotted_line_is_left_alone():
    text = "She trailed off... and then said nothing more."
    assert leader_fields(text) == text


@pytest.mark.parametrize("note", [
    "Continue inpatient. ELOS approx. 5-7 more days pending family meeting.",
    "Remains on the unit; estimated length of stay 4 more days.",
    "Continue inpatient care. Discharge when he has had no self-harm for 72 hours and the family meeting is held.",
])
def test_an_inpatient_stay_is_planned_by_its_length(note):
    item = next(i for i in check_notes(extract_facts([note]), "continued_stay", "inpatient") if i.element == "frequency_duration")
    assert item.status == "met"


def test_an_outpatient_plan_still_needs_its_frequency():
    item = next(i for i in check_notes(extract_facts(["About 12 more sessions."]), "continued_stay", "outpatient")
                if i.element == "frequency_duration")
    assert item.status == "missing"


@pytest.mark.parametrize("note", [
    "Rates mood 3/10 today; on admission he put it at 1/10.",
    "Sleeps 6 h now; at intake she slept 3.",
    "Urges 2 a day today, at admission 10 a day.",
])
def test_today_against_admission_is_progress(note):
    assert extract_facts([note]).progress


@pytest.mark.parametrize("note", [
    "A school-based therapist started seeing him last March; he stopped going in September.",
    "He quit seeing his counselor after two visits.",
    "She saw a counselor last October for a few sessions.",
])
def test_earlier_care_told_by_month_or_as_given_up(note):
    assert extract_facts([note]).prior_treatment
