"""Note forms the documentation audit's blind cases showed the letters' reader missing, fixed by class.

Each class has varied examples written here (not taken from any data set): goal lists inside a line that
carries another field, an earlier score written right after the current one, limits on a role told in prose,
and a payer's decision that mentions sessions (history, not the plan).
"""

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text, goals", [
    ("Tx plan (03/02/2025; review 06/02/2025): weekly 45-min ERP, 14 sessions; goals: Y-BOCS under 14; touches the "
     "bathroom door handle without washing 5 of 7 days.", 2),
    ("Plan: continue biweekly DBT skills per plan of 11/04/2024 (goals: 0 ED visits in 90 days; diary card 6 of 7 days).", 2),
    ("Family session planned; plan dated 02/20/2025 - goals: tantrums under 3 a week; bedtime by 8:30 pm 5 nights.", 2),
    ("Treatment plan updated 05/01/2025. Goal 1 EPDS below 10; Goal 2 naps when the baby naps 4 days a week.", 2),
    ("Plan of care 01/10/2025, review 04/10/2025: weekly IPT; goals PHQ-9 below 10; back to choir twice a month.", 2),
])
def test_a_goal_list_inside_another_field_is_read_and_measurable(text, goals):
    found = extract_facts([text]).goals
    assert len(found) == goals and all(g.measurable for g in found)


@pytest.mark.parametrize("text", ["We talked about goal-directed behavior at school.", "Reviewed his goals with his mother.",
                                  "Her goals were discussed; no changes."])
def test_goal_words_in_prose_are_not_a_goal_list(text):
    assert extract_facts([text]).goals == ()


@pytest.mark.parametrize("text, first, last", [
    ("GAD-7 11 (17 on 02/03/2025) and sleeping a little more.", 17, 11),
    ("Y-BOCS 19 today (27 at intake 01/06/2025).", 27, 19),
    ("PCL-5 = 44 (intake 10/01/2024: 61).", 61, 44),
    ("EPDS 9, down from 16 on 03/11/2025.", 16, 9),
    ("PHQ-A 14 this week (was 20 at intake).", 20, 14),
])
def test_an_earlier_score_written_after_the_current_one_makes_a_trend(text, first, last):
    trends = extract_facts([text]).trends
    assert [(t.first, t.last) for t in trends] == [(first, last)]


def test_a_target_in_parentheses_is_not_an_earlier_score():
    assert extract_facts(["PHQ-9 10 (goal below 5)."]).trends == ()


@pytest.mark.parametrize("text, domain", [
    ("She makes breakfast for the kids only twice a week now; her husband does the rest.", "self_care"),
    ("He leaves his shift at the warehouse early most Fridays because of the panic.", "work_school"),
    ("Missing roughly two school days a week since October.", "work_school"),
    ("Still avoids the subway and takes a cab when she can afford it.", "self_care"),
    ("He showers just once a week and wears the same clothes.", "self_care"),
])
def test_a_limit_on_a_role_told_in_prose_is_an_impairment(text, domain):
    assert domain in {i.domain for i in extract_facts([text]).impairments}


@pytest.mark.parametrize("text", ["Goal: cook dinner at least 4 nights a week.", "He denies missing any days of work.",
                                  "Practiced leaving the meeting early during role-play.", "Psychoeducation on sleep hygiene.",
                                  "Taught the parents how to plan meals together.", "Coached her on asking her boss for help."])
def test_goals_denials_and_rehearsals_are_not_impairments(text):
    assert extract_facts([text]).impairments == ()


@pytest.mark.parametrize("text", [
    "Cigna EOB 04/02: 10 sessions of 90834 denied as not medically necessary.",
    "Optum authorized 6 sessions last quarter.",
    "The claim for 12 visits was not covered under the plan.",
])
def test_a_payer_decision_about_sessions_is_not_the_planned_duration(text):
    assert extract_facts([text]).duration == ()


def test_a_request_for_sessions_is_still_the_plan():
    facts = extract_facts(["Requesting authorization for 12 weekly sessions over 12 weeks."])
    assert facts.duration and facts.frequency


@pytest.mark.parametrize("text, approach", [
    ("Reminiscence therapy with the photo album; she named two people from her first job.", "Reminiscence therapy"),
    ("Interventions: paced breathing, urge surfing, and a values card sort.", "paced breathing"),
    ("Today: executive skills training with the planner and a homework checklist.", "executive skills training"),
    ("Interventions: crisis counseling; brief safety planning with his aunt present.", "crisis counseling"),
])
def test_an_approach_named_in_the_clinicians_words_is_a_modality(text, approach):
    assert approach in {m.text for m in extract_facts([text]).modalities}


@pytest.mark.parametrize("text", ["She had individual therapy in 2019 and stopped.", "Prior counseling was not helpful.",
                                  "Attends weekly group therapy at the clinic."])
def test_formats_and_past_care_are_not_an_approach(text):
    assert extract_facts([text]).modalities == ()
