"""Functioning and schedules stated in forms the finders missed (examples written here): household roles not done
("has not cooked"), a partner who sleeps elsewhere, drowsy driving, approximate sleep hours; "q2wk"/"q3w"
shorthand; a schedule with its span after a plan field's targets."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def _impairments(text):
    return [(i.domain, i.text) for i in extract_facts([text]).impairments]


@pytest.mark.parametrize("text, found", [
    ("Has not cooked for the kids since the move; takeout most nights.", "has not cooked for the kids"),
    ("She hasn't done laundry in three weeks.", "hasn't done laundry"),
    ("He has not gone to the gym or the bank since March.", "has not gone to the gym"),
])
def test_a_household_role_not_done_is_an_impairment(text, found):
    assert any(found.lower() in t.lower() for _, t in _impairments(text)), _impairments(text)


@pytest.mark.parametrize("text", [
    "Her husband sleeps in the guest room because of the nightmares.",
    "He has slept on the couch for a month after the fights.",
    "Partner moved to the basement in October.",
])
def test_a_partner_sleeping_elsewhere_is_a_relationship_impairment(text):
    assert any(d == "relationships" for d, _ in _impairments(text)), _impairments(text)


@pytest.mark.parametrize("text", [
    "Fell asleep at the wheel on the way home and pulled over.",
    "He nodded off driving after the double shift.",
    "Had a near-miss on the highway after two nights without sleep.",
])
def test_drowsy_driving_is_a_safety_impairment(text):
    assert any(d == "safety" for d, _ in _impairments(text)), _impairments(text)


@pytest.mark.parametrize("text", ["Functioning: sleeping ~4 hrs a night.", "Sleeps approx. 3 hours.", "sleeping <4 h most nights"])
def test_approximate_short_sleep_is_read(text):
    assert any(d == "self_care" for d, _ in _impairments(text)), _impairments(text)


@pytest.mark.parametrize("text, freq", [
    ("Plan: q2wk x 6 mo.", "q2wk"),
    ("Plan: psychotherapy q3w for 4 months.", "q3w"),
    ("Treatment plan: PHQ-9 under 10 by June; 3 outings/week. 2x/week for 6 weeks.", "2x/week"),
    ("Care plan (updated): GAD-7 below 8; weekly for 12 weeks.", "weekly"),
])
def test_a_schedule_in_shorthand_or_after_targets_is_the_frequency(text, freq):
    assert [f.text for f in extract_facts([text]).frequency][:1] == [freq]


@pytest.mark.parametrize("text", [
    "Goals: walk 3x/week for 8 weeks; PHQ-9 under 10.",
    "Panic attacks 2x/week for 3 weeks.",
    "Hx: weekly for 6 months in 2022 with a counselor.",
])
def test_a_goal_a_symptom_count_or_past_care_is_not_the_frequency(text):
    assert not extract_facts([text]).frequency


@pytest.mark.parametrize("text, freq, span", [
    ("Plan: anxiety group for older adults -- eight Tuesday mornings, 90 minutes each.", "eight Tuesday mornings", "8 Tuesday mornings"),
    ("Group meets 10 Thursday evenings, 90 min, starting next week.", "10 Thursday evenings", "10 Thursday evenings"),
    ("Plan: parent group, six Wednesday evenings in the spring term.", "six Wednesday evenings", "6 Wednesday evenings"),
])
def test_a_counted_weekday_is_the_schedule_and_its_length(text, freq, span):
    facts = extract_facts([text])
    assert [f.text for f in facts.frequency][:1] == [freq]
    assert span in [d.text for d in facts.duration]


def test_a_weekday_missed_is_no_schedule():
    assert not extract_facts(["She missed two Tuesday mornings last month."]).frequency


def test_the_plans_own_frequency_outranks_a_history_of_the_same_words():
    facts = extract_facts(["I have seen her weekly since 2024 for CBT.\nPlan: DBT weekly (60 min) for six months."])
    assert facts.frequency[0].evidence.startswith("Plan:")


@pytest.mark.parametrize("title", [
    "ACME INC -- Human Resources\nPERFORMANCE IMPROVEMENT PLAN (PIP)",
    "Lincoln Middle School\nSection 504 Plan -- accommodations",
    "COUNTY PROBATION DEPARTMENT\nProbation agreement and terms",
])
def test_another_institutions_plan_gives_no_treatment_schedule(title):
    other = title + "\nStudent/Employee: <PERSON_1>\nPlan period: <DATE_1> - <DATE_2> (90 days)\nCheck-ins: every other Monday, weekly meetings"
    facts = extract_facts([other, "PROGRESS NOTE\nPlan: weekly CBT for 12 weeks."])
    assert all(f.note_index == 1 for f in facts.frequency + facts.duration)
    assert facts.frequency and facts.duration


@pytest.mark.parametrize("text", [
    "On short-term disability since <DATE_1>, still out.",
    "Went on long-term disability in March.",
    "Filed a disability claim after the second hospitalization.",
])
def test_disability_leave_is_a_work_impairment(text):
    assert any(i.domain == "work_school" for i in extract_facts([text]).impairments)


def test_the_letter_writes_the_plans_own_schedule_not_other_care():
    from assistant.letters.letter_view import _schedule_phrases
    facts = extract_facts(["Sees an LMSW every other week since April.\nPlan: rTMS 5x/wk x 6 wk, then a taper over 3 wk."])
    assert "every other week" not in _schedule_phrases(facts) and "5x/wk" in _schedule_phrases(facts)


@pytest.mark.parametrize("text", [
    "Plan: milieu, daily groups. Est. LOS: 5-7 more days.",
    "Estimated length of stay: 10-14 days; daily groups.",
    "Duration: 6 weeks, daily groups.",
])
def test_the_letters_schedule_never_writes_a_bare_length_label(text):
    from assistant.letters.letter_view import _schedule_phrases
    phrases = [p.lower() for p in _schedule_phrases(extract_facts([text]))]
    assert not {"los", "estimated length", "duration", "length of stay"} & set(phrases), phrases


def test_a_plan_named_in_the_body_does_not_make_a_note_another_institutions_plan():
    note = ("Therapist note re: testing denial\nClient: <PERSON_1>\n- I have seen her weekly for CBT since <DATE_1>. "
            "Her school has a 504 plan and an IEP meeting is set for <DATE_2>.\nPlan: testing in 3 weeks.")
    assert extract_facts([note]).frequency
