"""What a reviewer would send back in the thirty-seventh set's letters, fixed by class: a score's own date written
after the time point it was taken at ("42 at week 8 (11/12/2026)") must not give way to the entry's date. Examples
written here, never the set's own wording."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def _scores(text: str) -> set[tuple[str, object, str | None]]:
    return {(m.instrument, m.score, m.date) for m in extract_facts(["Seen today for a session.", text]).measures}


@pytest.mark.parametrize("text, dated", [
    ("Progress: SPIN 51 at group intake (09/17/2026), 42 at week 8 (11/12/2026).", ("SPIN", 42, "11/12/2026")),
    ("GAD-7: 15 at the first visit (3/2), 8 at week 6 (4/13)", ("GAD-7", 8, "4/13")),
    ("PCL-5 was 52 at the start and 31 in the group review (<DATE_4>)", ("PCL-5", 31, "<DATE_4>")),
    ("PHQ-9 19 at intake (08/01/2026), 12 at session 10 (10/15/2026), 9 today.", ("PHQ-9", 12, "10/15/2026")),
])
def test_the_last_score_of_a_run_keeps_the_date_after_its_time_point(text, dated):
    assert dated in _scores(text)


@pytest.mark.parametrize("text, score", [
    ("PHQ-9 12 at intake; she plans to travel in June (06/14/2026).", ("PHQ-9", 12, None)),  # a date that is not the score's
    ("GAD-7 9 at the visit, then a walk in the park and lunch with her sister (3/2)", ("GAD-7", 9, None)),
])
def test_a_date_further_on_is_not_the_scores(text, score):
    assert score in _scores(text)


# --- a form's label between a code and its name ("Description:") is no part of the name (letters/coded_names.py)
@pytest.mark.parametrize("text, name", [
    ("  Primary ICD code ...... F33.2     Description: Major depressive disorder, recurrent, severe\n",
     "Major depressive disorder, recurrent, severe"),
    ("ICD-10 F43.10  desc = Post-traumatic stress disorder, unspecified", "Post-traumatic stress disorder, unspecified"),
    ("Code F40.10   Dx name: Social anxiety disorder", "Social anxiety disorder"),
])
def test_a_field_label_before_a_codes_name_is_dropped(text, name):
    assert [d.name for d in extract_facts([text]).diagnoses] == [name]


def test_a_name_that_ends_in_a_colon_is_not_a_label():
    assert [d.name for d in extract_facts(["F41.1 GAD: persistent worry most days"]).diagnoses] == ["GAD: persistent worry most days"]


# --- an approach named with a hyphened head word keeps it ("family-focused therapy", not "focused therapy")
@pytest.mark.parametrize("text, name", [
    ("One family-focused therapy session with her husband this week.", "family-focused therapy"),
    ("Plan: solution-focused therapy, weekly.", "solution-focused therapy"),
    ("We added family-focused psychoeducation for the parents.", "family-focused therapy"),
])
def test_a_hyphened_approach_is_named_whole(text, name):
    names = [m.text for m in extract_facts([text]).modalities]
    assert name in names and "focused therapy" not in names


# --- chart shorthand in a coded diagnosis's name is spelled out too (letters/dx_wording.py)
@pytest.mark.parametrize("text, name", [
    ("F33.2 Major depressive disorder, recurrent, severe w/o psychotic features", "without psychotic features"),
    ("Dx: F31.2 Bipolar I d/o, current episode manic, severe w/ psychotic features", "Bipolar I disorder"),
    ("F10.20 Alcohol use d/o, severe", "Alcohol use disorder, severe"),
])
def test_shorthand_in_a_coded_name_is_spelled_out(text, name):
    assert any(name in d.name for d in extract_facts([text]).diagnoses)


# --- instruments the audit set used that the catalog lacked (data/measures.yaml)
@pytest.mark.parametrize("text, score", [
    ("STEPPS week 6: BEST 38 (week 1: 42).", ("BEST", 38, None)),
    ("BEST total 36 this week", ("BEST", 36, None)),
    ("MLQ Presence subscale 13/35 today, 9 at session 1", ("MLQ Presence", 13, None)),
    ("Meaning in Life Questionnaire: Search 30, Presence 11", ("MLQ Search", 30, None)),
])
def test_best_and_mlq_are_read(text, score):
    assert score in _scores(text)


@pytest.mark.parametrize("text", ["Do your best 12 times a day.", "She did her best 3 days in a row.", "best 2 of 3 games"])
def test_best_as_a_word_is_no_instrument(text):
    assert not _scores(text)


# --- a question about a score's band reads the scores up to the question mark, not the page's counts after it
@pytest.mark.parametrize("question, band", [
    ('Q: "PHQ-9 = 21 in September, 11 ten weeks later. What severity band is she in now?"\n  2 people found this helpful\n'
     'Helpful (4)    Share', '"moderate"'),
    ("GAD-7 went from 17 to 9. What band is that? Thanks, 3 of us are asking.", '"mild"'),
    ("PHQ-9 was 22 at intake and 8 today - which band? (posted in 2 groups, 1 reply)", '"mild"'),
])
def test_counts_after_the_question_are_no_scores(question, band):
    from assistant.letters.score_bands import band_line
    assert band in band_line(question)


def test_scores_after_a_question_that_comes_first_are_read():
    from assistant.letters.score_bands import band_line
    assert '"mild"' in band_line("What band is this PHQ-9: 22 at intake, 8 today")


# --- the client is the person given an age and sex in a header ("-- <name>, 17 F --"), not an app named first
@pytest.mark.parametrize("notes, name", [
    (["<PERSON_1> -- Account data download -- user: <USERNAME_1>", "IOP screening -- <PERSON_2>, 17 F -- ID <MEMBER_ID_1>"], "<PERSON_2>"),
    (["Messages -- Host: <PERSON_1> status", "PHP REVIEW -- day 10 -- <PERSON_2>, 31 F -- Cigna ID <MEMBER_ID_1>"], "<PERSON_2>"),
    (["Shared by <PERSON_5> (coach)", "Intake: <PERSON_6>, 44M, referred by PCP"], "<PERSON_6>"),
])
def test_the_person_with_an_age_and_sex_is_the_client(notes, name):
    from assistant.letters.identity import client_identity
    assert client_identity(notes)["name"] == name


def test_a_temperature_is_no_age_and_sex():
    from assistant.letters.identity import client_identity
    assert client_identity(["Temp 98.6 F, seen with <PERSON_4> today"])["name"] == "<PERSON_4>"


# --- "done after" is the end of care only when someone will be done; an exercise "done after iftar" is when it is done
@pytest.mark.parametrize("text", [
    "Interventions: exposure - spinning and straw-breathing done after the evening meal, never while fasting.",
    "Homework done after dinner most nights.",
    "Journaling finished after school on weekdays.",
    "Bloodwork done after 11/02 at the lab.",
])
def test_an_activity_done_after_something_is_no_discharge_word(text):
    from assistant.letters import patterns as P
    assert not P.DISCHARGE_WORD.search(text)


@pytest.mark.parametrize("text", [
    "We'll be done after the 12th session if the PDSS stays under 8.",
    "She is ready to stop after two boosters.",
    "They are finished after 16 sessions per protocol.",
])
def test_being_done_after_something_is_a_discharge_word(text):
    from assistant.letters import patterns as P
    assert P.DISCHARGE_WORD.search(text)


@pytest.mark.parametrize("text", [
    "If still awake 3 nights a week at session 6, refer on; otherwise done after the 6th.",
    "Otherwise done after the <DATE_1>.",
    "Group finished after 8 sessions if the ISI is under 10.",
    "We are done after session 12.",
])
def test_done_after_a_count_of_sessions_is_a_discharge_word(text):
    from assistant.letters import patterns as P
    assert P.DISCHARGE_WORD.search(text)
