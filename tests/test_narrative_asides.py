"""The letter's narrative leaves out a document's title line, notes to office staff and chat asides ("lol", "!!"),
and keeps the clinical sentences around them, also in a note typed all in capitals (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.narrative import narrative


@pytest.mark.parametrize("note, kept", [
    ("INTAKE SUMMARY - FRONT DESK COPY (scan to chart) Referral from her PCP\n"
     "She has stopped taking the bus to work and now walks forty minutes.",
     "She has stopped taking the bus to work and now walks forty minutes."),
    ("Mom says the school plan goals were vague haha, not much help.\nHe refuses to enter the cafeteria and eats lunch in the nurse's office.",
     "He refuses to enter the cafeteria and eats lunch in the nurse's office."),
    ("Please fill this out before the claim goes to billing.\nShe reports crying most days and has missed four shifts this month.",
     "She reports crying most days and has missed four shifts this month."),
])
def test_titles_staff_notes_and_asides_stay_out(note, kept):
    assert narrative([note], set(), first_note=True, limit=6) == [kept]


def test_a_sentence_opened_by_abbreviations_is_kept():
    note = "SI HI AVH were all denied at the start of the hour, and she described the week in detail."
    assert narrative([note], set(), first_note=True, limit=6) == [note]


@pytest.mark.parametrize("line", [
    "Psychologist: Dana Whitlock, PhD    Testing tech: R. Osei",
    "Psychiatrist: covering MD this month, med check pending",
    "Evaluator: second-year postdoc under supervision",
])
def test_a_line_naming_who_does_the_work_is_not_presentation(line):
    note = f"{line}\nHe has refused to ride the school bus since October and misses first period most days."
    assert narrative([note], set(), first_note=True, limit=6) == [
        "He has refused to ride the school bus since October and misses first period most days."]


@pytest.mark.parametrize("line", [
    "Choose the number that best describes how much each problem bothered you in the past week.",
    "Step 2: Things I can do on my own to take my mind off my problems:",
    "File: 2025-03-02_session_audio.m4a (auto transcript, corrected by me), first ten minutes.",
    "Sponsor: SSgt on deployment through spring, mother attends the sessions with him.",
    "Settings: 1 Hz right DLPFC, 900 pulses, 15 min, 110% MT, coil at F4 on 3/3.",
    "Protocol: iTBS 600 pulses over 3 minutes, 120% of resting motor threshold, daily.",
    "Contact | 03/02/2025 | phone | completed | mother called about the school meeting.",
    "Parameters: 1 Hz right DLPFC, 900 pulses, 15 min, 110% MT, coil at F4.",
])
def test_paperwork_lines_are_not_presentation(line):
    kept = "He has stopped leaving the house on weekends and no longer answers calls from his brother."
    assert narrative([f"{line}\n{kept}"], set(), first_note=True, limit=6) == [kept]


def test_a_sentence_that_opens_with_to_date_is_kept():
    note = "To date she has attended eight of ten sessions: she practises the breathing every morning before work."
    assert narrative([note], set(), first_note=True, limit=6) == [note]


@pytest.mark.parametrize("note", [
    "20 yo with T1DM since age 11, admitted 09/14 with DKA (glucose 512, pH 7.12, AG 24), now on SQ insulin since 09/15.",
    "SMQ total 9 / 51 [School 0 | Home 8 | Public 1] and she whispers only to her mother at home.",
    "She slept 4 to 5 hours on 6 of the last 7 nights and lost 8 pounds since 10/2 when the shifts changed.",
])
def test_clinical_sentences_with_many_numbers_are_kept(note):
    assert narrative([note], set(), first_note=True, limit=6) == [note]


def test_a_symptom_told_with_a_form_verb_is_kept():
    note = "He will check the stove and the locks twenty times before he can leave for work."
    assert narrative([note], set(), first_note=True, limit=6) == [note]
