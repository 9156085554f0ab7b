"""Dictation typed as spoken, punctuation said aloud ("comma", "period", "colon", "new paragraph"), is read as a
written note: its labels and sentences count (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.note_text import spoken_punctuation


def test_spoken_marks_become_marks():
    text = "client seen today comma 50 minutes period new paragraph plan colon weekly CBT period"
    assert spoken_punctuation(text) == "Client seen today, 50 minutes.\n\nPlan: weekly CBT."


@pytest.mark.parametrize("note, element", [
    ("seen for session 6 comma video visit period new paragraph medications colon none period new paragraph "
     "risk colon denies SI and HI comma no plan period", "medication_status"),
    ("intake for new client period new paragraph prior treatment colon two years of counseling in college for panic period "
     "new paragraph sleep poor period", "prior_treatment"),
    ("follow up period GAD 7 today 9 comma was 16 at intake period new line plan colon continue weekly CBT for 8 more "
     "sessions period", "frequency"),
])
def test_dictated_fields_are_read(note, element):
    facts = extract_facts([note])
    assert getattr(facts, element), element


def test_a_note_that_says_comma_once_is_unchanged():
    text = "She asked whether a comma belongs there; we laughed about it."
    assert spoken_punctuation(text) == text
