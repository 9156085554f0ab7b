"""Letters a reviewer would not send back: no empty section, every met element's evidence in its own section, a closing
summary that names only what the letter shows, no table markup or broken words; bad input still gives a letter."""
from __future__ import annotations

import re

import pytest

from assistant.letters.checklist import check_notes, mark_in_letter
from assistant.letters.draft import draft_offline
from assistant.letters.extract import extract_facts
from assistant.letters.letter_checks import empty_sections, markup_lines, sections
from assistant.records import LetterRequest

REQUESTED = {"codes": ["90837"], "frequency": "weekly", "sessions_or_units": "12 sessions", "date_range": "12 weeks"}
# Sentences that serve two elements at once, so a section could lose its evidence to another.
SHARED = [
    ("DAP NOTE - <DATE_1>\nClient: <PERSON_1>\nD: F41.1 Generalized anxiety disorder. GAD-7 = 16.\n"
     "She had weekly therapy in 2023 without change and has stopped going to work since <DATE_2>.\n"
     "Risk: denies SI/HI.\nPlan: CBT weekly for 16 weeks; discharge when GAD-7 is below 10 for a month."),
    ("INTAKE <DATE_1>\n<PERSON_1>, 15 M. F32.1 Major depressive disorder. PHQ-A 19.\n"
     "Before coming here he saw a school counselor six times last spring and stopped going to class.\n"
     "No statements about wanting to die. No medications.\nPlan: weekly CBT, 12 sessions. Goal: PHQ-A below 10."),
    ("PROGRESS\nDx: F43.10 PTSD. PCL-5 = 58 (<DATE_1>), 44 (<DATE_2>).\nSleeping through the night now, unlike in March.\n"
     "In 2021 she completed an IOP and quit her job after it.\nC-SSRS negative.\nPlan: CPT twice weekly for 8 weeks."),
]


def draft(notes, letter_type="continued_stay", level="outpatient psychotherapy"):
    facts = extract_facts(list(notes))
    items = check_notes(facts, letter_type, level)
    request = LetterRequest(letter_type, "Aetna", level, tuple(notes), REQUESTED)
    _, letter = draft_offline(request, list(notes), facts, items, [])
    return letter, mark_in_letter(items, letter)


@pytest.mark.parametrize("note", SHARED)
def test_every_met_element_shows_its_evidence_and_no_section_is_empty(note):
    letter, items = draft([note])
    assert empty_sections(letter) == [] and markup_lines(letter) == []
    not_shown = [c.element for c in items if c.status == "met" and not c.in_letter]
    assert not_shown == [], not_shown
    body = dict(sections(letter))
    assert any("therapy" in line or "counselor" in line or "IOP" in line
               for line in body["TREATMENT HISTORY AND MEDICATION"])


@pytest.mark.parametrize("note", SHARED)
def test_the_closing_summary_names_only_elements_the_letter_shows(note):
    letter, items = draft([note])
    summary = re.search(r"The record summarized above documents (.+)\.", letter).group(1)
    labels = {"functional impairment by domain": "functional_impairment", "treatment history": "prior_treatment",
              "a risk assessment": "risk_assessment", "medication status": "medication_status"}
    shown = {c.element for c in items if c.in_letter}
    for label, element in labels.items():
        assert (label in summary) == (element in shown), label


def test_a_letter_never_carries_table_markup_header_rows_or_markdown():
    notes = ["## Scores\n| Date | PHQ-9 | GAD-7 |\n|---|---|---|\n| 01/06/2025 | 21 | 17 |\n| 03/03/2025 | 15 | 12 |\n"
             "_2 rows exported._",
             "**Dx:** F33.1 Major depressive disorder.\n**Plan:** weekly CBT for 12 weeks.\n**Risk:** denies SI."]
    letter, _ = draft(notes)
    assert markup_lines(letter) == [] and "**" not in letter and "| Date |" not in letter and "_2 rows" not in letter
    assert "PHQ-9: 21 on 01/06/2025 to 15 on 03/03/2025" in letter


@pytest.mark.parametrize("note, word", [
    ("She reports dissocia-tive episodes two or three times a week at work, losing an hour each time.", "dissociative"),
    ("He describes avoid-ance of every crowded place he used to visit with his wife.", "avoidance"),
    ("Her concen-tration at work has slipped and she stopped going to the gym.", "concentration"),
])
def test_quotes_never_carry_a_word_broken_by_a_hard_wrap(note, word):
    letter, _ = draft(["F43.10 PTSD. " + note])
    assert word in letter and not re.search(r"\b[a-z]{3,}- ?(?:tive|ance|tration)\b", letter)


@pytest.mark.parametrize("note", [
    "| Date | PHQ-9 |\n|---|---|\n| 01/06/2025 | 14 |\n| 02/03/2025 | 9 |",        # only a table
    "date\tPHQ-9\tGAD-7\tNotes\n01/06/2025\t14\n02/03/2025\t9\t7\tmore\textra\tcells",  # ragged rows
    "PHQ-9 = 14. GAD-7 was 11.",                                                   # scores with no date
    "Session on 02/03/2025. Reviewed homework; scores not repeated.",             # a date with no score
    "MEASURES\n- Coping Flex Index: 31\n- PHQ-9: 12",                             # an unknown instrument
    "CLIENT REPORTS LOW MOOD. PHQ-9 = 16. DENIES SI. PLAN: WEEKLY CBT FOR 12 WEEKS.",  # all capitals
    "client reports low mood. phq-9 = 16. denies si. plan: weekly cbt for 12 weeks.",  # all lower case
])
def test_bad_input_still_gives_a_letter_without_empty_sections(note):
    letter, _ = draft([note], "initial_authorization")
    assert "Dear" in letter and empty_sections(letter) == [] and markup_lines(letter) == []


def test_an_unknown_instrument_is_carried_into_the_letter_as_written():
    letter, _ = draft(["MEASURES\n- Coping Flex Index: 31\n- PHQ-9: 12"], "initial_authorization")
    assert "Coping Flex Index = 31" in letter


def test_a_score_outside_its_range_is_asked_about_not_written():
    letter, _ = draft(["PHQ-9 = 34 (01/06/2025). GAD-7 = 12 (01/06/2025)."], "initial_authorization")
    assert "34" not in letter and "GAD-7 = 12" in letter
    assert re.search(r"\[MISSING: The notes give a PHQ-9 score on 01/06/2025 outside the instrument's range \(possible "
                     r"scores 0-27\): what should the score be\?\]", letter)


def test_bad_input_through_the_whole_service_gives_a_letter(small_kb):
    notes = ("DATE\tPHQ-9\tWSAS\n01/06/2026\t19\t28\n02/03/2026\t13",
             "CLIENT IS A 40 YO MAN. STOPPED GOING TO WORK. DENIES SI. PLAN: WEEKLY CBT X 12 SESSIONS.")
    request = LetterRequest("continued_stay", "Cigna", "outpatient psychotherapy", notes, REQUESTED)
    result = small_kb.draft(request, offline=True)
    assert "PHQ-9" in result.letter and empty_sections(result.letter) == [] and markup_lines(result.letter) == []
