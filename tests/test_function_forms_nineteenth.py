"""Functioning told in shorthand and counts (examples written here): meetings left early written 'mtgs', calling in
to work, blow-ups and losing it at the family, hours a day lost to rituals."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def _domains(text):
    return {i.domain for i in extract_facts([text]).impairments}


@pytest.mark.parametrize("text", [
    "Left 2 team mtgs early this month (6 in Aug).",
    "Called in twice this month after bad nights.",
    "She called in sick three times since the move.",
])
def test_work_lost_in_shorthand(text):
    assert "work_school" in _domains(text)


@pytest.mark.parametrize("text", [
    "Anger at work: 1 blow-up this month vs 4 in July.",
    "You counted 3 blow-ups with the kids this week.",
    "Lost it at the kids over homework again on Sunday.",
])
def test_blow_ups_are_a_relationship_impairment(text):
    assert "relationships" in _domains(text)


@pytest.mark.parametrize("text", [
    "Checking the locks about 3 hours/day.",
    "Hand-washing still 2 h a day.",
    "Reassurance-seeking texts to her mother, 4 hours per day on bad days.",
])
def test_hours_a_day_lost_to_rituals(text):
    assert "self_care" in _domains(text)


@pytest.mark.parametrize("text", [
    "Grief group at her parish 2025, left after 3 meetings.",
    "Went to a parenting group at church, quit after two sessions.",
    "Tried a bereavement group for a month, stopped after 4 weeks.",
])
def test_a_group_left_after_a_few_meetings_is_prior_treatment(text):
    assert extract_facts([text]).prior_treatment


def test_a_group_attended_now_is_not():
    assert not extract_facts(["She attends a grief group weekly now."]).prior_treatment


@pytest.mark.parametrize("text", [
    "History: 12 sessions of CPT at base clinic 2023, partial benefit.",
    "Hx: EMDR at the VA, 2021.",
    "History: 6 sessions at the university clinic last spring.",
])
def test_a_history_field_naming_sessions_or_a_therapy_is_prior_treatment(text):
    assert extract_facts([text]).prior_treatment
