"""Classes from the thirty-sixth blind set's first pass (letters), each with varied examples written here and the inputs
each change must leave alone."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.pipeline import said_not_started
from assistant.records import LetterRequest


def facts(text: str):
    return extract_facts(["Seen today for a session.", text])


# --- a diagnosis the clinician put off ("diagnostic impression deferred") names no diagnosis
@pytest.mark.parametrize("text", [
    "Impression: mood cycling pattern that needs clarifying; diagnostic impression deferred until 8 weeks of charting.",
    "Assessment: low mood and poor sleep after the move. Dx deferred pending records from the school.",
    "Impression: anxious, avoidant presentation; diagnostic formulation held until testing is back.",
    "Impression: recurrent low mood with anhedonia; diagnosis remains pending the psychiatric consult.",
])
def test_a_deferred_diagnostic_impression_is_no_diagnosis(text):
    assert facts(text).diagnoses == ()


@pytest.mark.parametrize("text, name", [
    ("Impression: panic attacks with avoidance of driving.", "panic attacks with avoidance of driving"),
    ("Diagnosis: major depressive disorder, recurrent, moderate.", "major depressive disorder, recurrent, moderate"),
])
def test_a_diagnosis_given_stays(text, name):
    assert [d.name for d in facts(text).diagnoses] == [name]


# --- the request's own note says the care has not begun: an appeal with no response to treatment to show
def _request(note, letter_type="appeal"):
    return LetterRequest(letter_type, "Aetna", "outpatient psychotherapy", ("Seen once for an evaluation.",),
                         {"codes": ["90837"], "note": note})


@pytest.mark.parametrize("note", [
    "pre-service appeal of a denied referral",
    "IOP not yet started; the plan refused the admission",
    "appeal while awaiting admission to the program",
    "Preservice request denied 11/02",
])
def test_a_request_that_says_care_has_not_started_is_pre_service(note):
    assert said_not_started(_request(note))
    items = {i.element: i.status for i in check_notes(facts("Seen once, 55 minutes."), "appeal", "outpatient", pre_service=True)}
    assert items["measure_trend"] == items["progress"] == "not_applicable"


@pytest.mark.parametrize("note", ["post-service appeal for sessions already given", "", "retro review of 10/01-11/30", None])
def test_other_request_notes_are_not_pre_service(note):
    assert not said_not_started(_request(note))


def test_pre_service_only_turns_off_an_appeals_trend():
    items = {i.element: i.status for i in check_notes(facts("Seen weekly since June."), "continued_stay", "outpatient", pre_service=True)}
    assert items["measure_trend"] == "missing"


# --- a relative who only dates the care in a time clause ("after her son emigrated - saw a psychiatrist")
@pytest.mark.parametrize("text", [
    "Similar episode in 1998 after her son emigrated - saw a psychiatrist there for about a year, took imipramine.",
    "When his wife left in 2015, went to a counselor for six months (EAP).",
    "Since her mother died \u2014 attended a bereavement group at the hospice for 8 weeks in 2022.",
])
def test_a_relative_in_a_time_clause_does_not_own_the_care(text):
    assert facts(text).prior_treatment, text


@pytest.mark.parametrize("text", [
    "Her son saw a psychiatrist for ADHD in 2020.",
    "When her daughter was in DBT in 2021, the family joined.",
    "His wife went to a counselor in 2019.",
])
def test_a_relatives_own_care_stays_theirs(text):
    assert not facts(text).prior_treatment, text


# --- no care before, told as "has not had any <kind of> therapy (for X) before"
@pytest.mark.parametrize("text", [
    "Noah has not had any behavioral therapy for tics before.",
    "She has not had any counseling before.",
    "He has not had therapy of any kind before.",
    "Mia has never had any talk therapy.",
])
def test_no_care_before_in_plain_words(text):
    assert facts(text).prior_treatment, text


@pytest.mark.parametrize("text", [
    "He has not had any therapy since March.",
    "They have not tried exposure therapy yet.",
    "She has not had any medication changes before the visit.",
])
def test_a_gap_or_a_plan_is_not_no_prior_care(text):
    assert not facts(text).prior_treatment, text


# --- the care named by its approach ends on a condition ("CBIT can usually end when ...")
@pytest.mark.parametrize("text", [
    "CBIT can usually end when tics are mild (Total Tic Score below 20).",
    "EMDR can end once the SUDS for the target memory is 0-1.",
    "DBT can be stepped down when she has 8 weeks without self-harm.",
    "Therapy can typically end when she sleeps through the night 5 nights a week.",
])
def test_an_approach_ending_on_a_condition_is_a_discharge_criterion(text):
    assert facts(text).discharge_criteria, text


@pytest.mark.parametrize("text", [
    "CBT will end the session with homework.",
    "Sessions can usually end early if she is tired.",
    "The group will typically end at 8 pm.",
])
def test_a_session_ending_is_no_discharge_criterion(text):
    assert not facts(text).discharge_criteria, text


# --- a condition written with a colon, the step after it ("When goals are met: drop to weekly, then close.")
@pytest.mark.parametrize("text", [
    "When goals are met: drop to weekly, then close.",
    "Once the goals are met: step to every other week, then end.",
    "If PHQ-9 stays under 10 for a month: taper to monthly and close.",
])
def test_a_condition_before_a_colon_is_the_criterions_start(text):
    assert facts(text).discharge_criteria, text


@pytest.mark.parametrize("text", ["When: Tuesdays 4 pm.", "After school: homework club, then soccer."])
def test_a_when_label_or_a_time_of_day_is_no_criterion(text):
    assert not facts(text).discharge_criteria, text


# --- a count of sessions of a given length ("8 more weekly 2-hour sessions")
@pytest.mark.parametrize("text, count", [
    ("Plan: 8 more weekly 2-hour sessions.", "8 more weekly 2-hour sessions"),
    ("Plan: 10 more 1.5-hour group sessions.", "10 more 1.5-hour group sessions"),
    ("Request: 6 two-hour family sessions.", "6 2-hour family sessions"),
])
def test_sessions_with_their_length_in_hours_are_counted(text, count):
    assert [d.text for d in facts(text).duration] == [count]


def test_a_stretch_of_hours_is_no_count():
    assert not facts("She slept for 2-hour stretches.").duration


# --- sessions given so far are history, not the plan's length
@pytest.mark.parametrize("text", [
    "seen weekly 60 min since 3/2025, 32 visits total; plan is to keep meeting weekly.",
    "Seen weekly since January, 40 sessions so far; continue weekly.",
    "Has attended 22 sessions since May; plan: continue weekly.",
])
def test_a_count_of_sessions_so_far_is_no_planned_duration(text):
    assert not facts(text).duration, text


@pytest.mark.parametrize("text, count", [
    ("Plan: weekly, 12 sessions total.", "12 sessions"),
    ("Plan: continue weekly since it is helping, 8 more sessions.", "8 more sessions"),
    ("Request 10 sessions; she has completed 6 sessions of the first course.", "10 sessions"),
])
def test_a_planned_count_stays(text, count):
    assert [d.text for d in facts(text).duration] == [count]


# --- the lower level's gains lost between its sessions ("with a week between sessions his fear returned to baseline")
@pytest.mark.parametrize("text", [
    "We moved to twice weekly because with a week between sessions his fear returned to baseline each time.",
    "We moved to twice weekly because with weekly sessions he lost ground between sessions.",
    "At once a week, she slid back to where she started before each session.",
])
def test_gains_lost_between_weekly_sessions_show_the_lower_level_fell_short(text):
    assert facts(text).lower_level_rationale, text


@pytest.mark.parametrize("text", [
    "Her mood returned to baseline after the holidays.",
    "Weekly sessions went well; she returned to work.",
    "She restarted the workbook from the start after the move.",
])
def test_a_return_to_baseline_without_the_lower_level_is_not_its_failure(text):
    assert not facts(text).lower_level_rationale, text


# --- a survey or database export: an id column first, a date-time column, one column per item or total
@pytest.mark.parametrize("table, want", [
    ("ResponseId | RecordedDate | GAD7_Total | GAD7_item3\nR_1 | 2026-09-02 09:15 | 15 | 2\nR_2 | 2026-10-07 09:40 | 11 | 1\n"
     "R_3 | 2026-11-04 10:02 | 8 | 1", [("GAD-7", 15, "2026-09-02"), ("GAD-7", 11, "2026-10-07"), ("GAD-7", 8, "2026-11-04")]),
    ("record_id | session_date | phq9_total | phq9_item_9\n1001 | 2026-01-05 14:00 | 19 | 1\n1002 | 2026-02-02 14:05 | 14 | 0",
     [("PHQ-9", 19, "2026-01-05"), ("PHQ-9", 14, "2026-02-02")]),
    ("Subject ID | Date Completed | PCL-5 | PCL-5 Item 4\n5501 | 03/02/2026 8:30 AM | 58 | 3\n5502 | 04/06/2026 8:45 AM | 44 | 2",
     [("PCL-5", 58, "03/02/2026"), ("PCL-5", 44, "04/06/2026")]),
])
def test_an_export_gives_dated_totals_and_neither_ids_nor_items_as_scores(table, want):
    assert [(m.instrument, m.score, m.date) for m in facts(table).measures] == want


def test_a_redacted_export_keeps_its_dates_and_drops_the_time_and_the_ids():
    table = ("<PERSON_2> | <PERSON_3> | Finished | Q1_SPIN_Total | Q4_PHQ9_item9\n<ID_3> | <DATE_2> 18:02 | True | 47 | 0\n"
             "<ID_4> | <DATE_3> 18:05 | True | 46 | 0\n<ID_5> | <DATE_4> 18:01 | True | 45 | 0")
    got = [(m.instrument, m.score, m.date) for m in facts(table).measures]
    assert got == [("SPIN", 47, "<DATE_2>"), ("SPIN", 46, "<DATE_3>"), ("SPIN", 45, "<DATE_4>")]


# --- a DSM name before the code and a specifier after a dash ("<name>, F50.82 - fear-of-choking presentation")
@pytest.mark.parametrize("text, name, code", [
    ("Avoidant/restrictive food intake disorder (ARFID), F50.82 - fear-of-choking presentation; onset after choking.",
     "Avoidant/restrictive food intake disorder (ARFID), fear-of-choking presentation", "F50.82"),
    ("Major depressive disorder, F33.1 - recurrent, moderate.", "Major depressive disorder, recurrent, moderate", "F33.1"),
    ("Generalized anxiety disorder (GAD), F41.1 - mostly health worries; onset 2020.",
     "Generalized anxiety disorder (GAD), mostly health worries", "F41.1"),
])
def test_the_name_before_the_code_keeps_the_specifier_after_it(text, name, code):
    assert [(d.name, d.icd10) for d in facts(text).diagnoses] == [(name, code)]


@pytest.mark.parametrize("text, name, code", [
    ("F41.1 - Generalized anxiety disorder", "Generalized anxiety disorder", "F41.1"),
    ("Seen for follow-up, F41.1 - generalized anxiety disorder.", "generalized anxiety disorder", "F41.1"),
    ("Primary: F42.2 - Obsessive-compulsive disorder, with good insight", "Obsessive-compulsive disorder, with good insight", "F42.2"),
])
def test_a_name_after_the_code_stays_the_name(text, name, code):
    assert [(d.name, d.icd10) for d in facts(text).diagnoses] == [(name, code)]


# --- the same export read as written (dates with a two-digit year), as the letter's claim check reads it
@pytest.mark.parametrize("table, want", [
    ("  ID     Start (local)       Peak TAC   Duration\n  D-01   10/03/26 20:51      0.121      8h 15m\n"
     "  D-02   10/09/26 17:40      0.164      11h 02m", [("Peak TAC", 0.121, "10/03/26"), ("Peak TAC", 0.164, "10/09/26")]),
    ("Row | Taken | GAD-7\nA1 | 03/02/26 09:10 | 15\nA2 | 04/06/26 09:05 | 9", [("GAD-7", 15, "03/02/26"), ("GAD-7", 9, "04/06/26")]),
    ("Entry | When | PHQ-9\nE7 | 1/12/26 8:00 AM | 18\nE8 | 2/9/26 8:10 AM | 12", [("PHQ-9", 18, "1/12/26"), ("PHQ-9", 12, "2/9/26")]),
])
def test_an_export_with_two_digit_years_is_dated_as_written(table, want):
    assert [(m.instrument, m.score, m.date) for m in facts(table).measures] == want
