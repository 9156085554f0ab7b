"""The checklist on session notes as an audit reads them, examples written here (three or more per class): a
"Session:" field tells what happened (an impairment in it counts) and, at times, the schedule; a lost role with a
relative or a family event ("skipped her grandson's birthday call"), discipline referrals and an outburst that harms
people or property are impairments; a plan line's targets written "45 or lower", "90% of school days", "4 weeks in a
row" or "once a week" are goals; a score given "by phone", "via interpreter" or "verbally" is read; a history field's
life events count as impairment while its care stays prior care; "slept 4.5 h", "on unpaid leave", "irritable w/";
a count of sessions beside the frequency ("Weekly CPT, 12 sessions") is the plan's length."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def facts(*notes: str):
    return extract_facts(list(notes))


@pytest.mark.parametrize("note", [
    "Session: Cognitive Processing Therapy, session 7 of 12. Missed 2 shifts at the machine shop this month.",
    "Session: reviewed the thought log. Has not left the house except for groceries since March.",
    "Session: exposure hierarchy built. She called in sick three times this month because of the panic.",
])
def test_a_session_field_tells_what_happened(note):
    assert facts(note).impairments


@pytest.mark.parametrize("note, word", [
    ("Session: weekly, 50 minutes, through June.", "weekly"),
    ("Session: 45 min individual CBT every week for 12 weeks.", "every week"),
    ("Sessions: twice a week for 8 weeks.", "twice a week"),
])
def test_a_session_field_may_give_the_schedule(note, word):
    assert word in [f.text.lower() for f in facts(note).frequency]


@pytest.mark.parametrize("note", [
    "Skipped her grandson's birthday call - \"didn't want to be a wet blanket.\"",
    "Missed her niece's wedding in May because of the panic.",
    "Avoided the neighbors' cookout and the church picnic.",
    "Office discipline referrals: 6 in November, 4 in December.",
    "Has 3 ODRs this quarter for leaving class.",
    "Threw a chair in 3rd period after being told to move seats.",
    "Punched a hole in the bedroom wall on Friday.",
])
def test_roles_lost_with_relatives_at_school_and_in_outbursts(note):
    assert facts(note).impairments


@pytest.mark.parametrize("note", [
    "In session he threw a ball with the therapist to practice turn-taking.",
    "Goal: no office discipline referrals by June.",
    "Slept 7 h last night.",
])
def test_not_impairments(note):
    assert not facts(note).impairments


@pytest.mark.parametrize("note, goal", [
    ("Treatment plan 01/26/2026 (review 04/27/2026): (1) NSSI-free 8 weeks in a row; (2) DERS-16 45 or lower.", "DERS-16 45 or lower"),
    ("Plan (treatment plan 12/09/2025, review 06/09/2026): shop alone at the grocery store once a week by 05/2026; PDSS 8 or lower.",
     "PDSS 8 or lower"),
    ("Treatment plan (01/05/2026; review 04/06/2026): negative UDS 4 weeks in a row; at 1st period 90% of school days.",
     "at 1st period 90% of school days"),
    ("Tx plan (rev 3/2): GAD-7 of 9 or lower; walks the dog twice a week. Weekly CBT.", "walks the dog twice a week"),
])
def test_plan_targets_in_more_shapes(note, goal):
    goals = facts(note).goals
    assert goal in [g.text for g in goals] and all(g.measurable for g in goals)


@pytest.mark.parametrize("first, second", [
    ("PG-13-R 38.", "PG-13-R by phone: 33."),
    ("PHQ-9 via interpreter 17.", "PHQ-9 via interpreter: 12."),
    ("GAD-7 given verbally 15.", "GAD-7 (verbally) 11."),
    ("BDI-II online 30.", "BDI-II in person 24."),
])
def test_a_score_with_how_it_was_given(first, second):
    f = facts(first, second)
    assert len(f.measures) == 2 and f.trends


@pytest.mark.parametrize("note, found", [
    ("History: recurrent panic since 10/2025; stopped going into the grocery store - her daughter now shops for her.", True),
    ("History: detox 2023 and 2025; IOP 2024, left after 2 weeks. Lives alone; lost his job and had a DUI in 2025.", True),
    ("Hx: two ED visits for chest pain; on medical leave since January.", True),
    ("History: 2 years of weekly therapy with a counselor in 2019; hospitalized once in 2021.", False),
])
def test_a_history_field_tells_life_and_care(note, found):
    f = facts(note)
    assert bool(f.impairments) is found


def test_a_history_field_keeps_its_prior_care():
    assert facts("History: detox 2023 and 2025; IOP 2024, left after 2 weeks. Lost his job in 2025.").prior_treatment


@pytest.mark.parametrize("note", [
    "Slept 4.5 h. Cravings 4/10.",
    "Since then: nightmares 4-5x/wk, on unpaid leave since 01/2026.",
    "Since the accident he is irritable w/ girlfriend most evenings.",
    "Avoids the warehouse district + the job since the accident.",
])
def test_more_impairment_shapes(note):
    assert facts(note).impairments


@pytest.mark.parametrize("note, count", [
    ("Weekly PGDT, 16 sessions.", "16 sessions"),
    ("Weekly CPT, 12 sessions (5 left).", "12 sessions"),
    ("Biweekly family therapy, 8-10 sessions.", "8-10 sessions"),
])
def test_a_session_count_beside_the_frequency_is_the_length(note, count):
    assert count in [d.text for d in facts(note).duration]


@pytest.mark.parametrize("note", ["Attended weekly CBT, 8 sessions, in 2022.", "Nightmares weekly; 3 sessions so far."])
def test_a_past_or_symptom_count_is_no_length(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note, length", [
    ("Plan (reviewed 01/05/2026, next review 04/05/2026): PHQ-9 below 10. Weekly through 04/05/2026.", "through 04/05/2026"),
    ("Frequency: weekly 90837 through the April review, then reassess.", "through the April review"),
    ("Plan: weekly to the 04/07 review.", "to the 04/07 review"),
    ("Continue weekly CBT until the next plan review.", "until the next plan review"),
    ("Plan of care updated 12/15/2025: PDSS under 8. Weekly x 10 more sessions.", "Weekly x 10"),
    ("Weekly, 16-session protocol.", "16-session protocol"),
])
def test_plan_lengths_in_more_shapes(note, length):
    assert length in [d.text for d in facts(note).duration]


def test_reviewed_at_a_review_is_no_length():
    assert not facts("Reviewed progress at the April review.").duration


@pytest.mark.parametrize("label, kind", [("Plan of care updated 12/15/2025", "plan"), ("Treatment plan update", "plan"),
                                         ("Plan (reviewed 01/05/2026, next review 04/05/2026)", "plan"),
                                         ("Progress update", "progress"), ("Update", "progress")])
def test_a_plan_label_that_says_updated(label, kind):
    from assistant.letters.patterns.segments import LABEL, label_kind
    m = LABEL.match(label + ": weekly")
    assert m and label_kind(m.group(1)) == kind
