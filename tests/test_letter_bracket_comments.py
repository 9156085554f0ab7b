"""A reader's comment in double brackets (a field instructor's "[[ ... ]]" in a process recording, a wiki-style
aside) is a sentence of the record: the scores in it reach the letter. A double-bracketed field left unfilled
("[[client name]]", "[[ ]]") stays template residue and is never copied."""
from __future__ import annotations

import pytest

from assistant.letters import score_lines as L
from assistant.letters.extract import extract_facts
from assistant.letters.sections import usable


@pytest.mark.parametrize("note, shown", [
    ("[[Nice. For the progress note: LSAS-SR at intake <DATE_3> was 92, today's re-administration 74. -GA]]", ["92", "74"]),
    ("[[Supervisor: GAD-7 went from 15 at intake to 9 this week -- chart both.]]", ["15", "9"]),
    ("Dialogue as recorded.\n[[Comment: PCL-5 was 51 on 3/4 and 38 on 5/6.]]", ["51", "38"]),
])
def test_scores_in_a_bracketed_comment_reach_the_letter(note, shown):
    lines = " ".join(L.measures(extract_facts([note])))
    for value in shown:
        assert value in lines


@pytest.mark.parametrize("text", ["Client: [[client name]]", "Goals: [[ ]]", "Plan: [[insert goals here]] weekly"])
def test_an_unfilled_bracketed_field_is_still_residue(text):
    assert not usable(text)


@pytest.mark.parametrize("note, date", [
    ("PROCESS RECORDING #6\nStudent: A\nField instructor: B\nPlacement: C\nClient: D\nSession: Thurs <DATE_2>, 10:02-10:48\n"
     "LSAS-SR today 74.", "<DATE_2>"),
    ("Progress note\nClinician: X\nVisit: Tue 3/4/2025\nPHQ-9 12 today.", "3/4/2025"),
    ("Seen: 05/06/2025 (telehealth)\nGAD-7 today 8.", "05/06/2025"),
])
def test_a_session_field_dates_the_notes_scores_of_today(note, date):
    assert [m.date for m in extract_facts([note]).measures] == [date]
