"""Notes pasted from CSV exports: a row per administration (date, instrument, total), a column per instrument,
quoted comment cells, and key-value lines ("frequency,weekly"). Examples written here."""
from __future__ import annotations

import pytest

from assistant.inputs import unwrap_lines
from assistant.letters import score_lines as L
from assistant.letters.extract import extract_facts

LONG = ("date,instrument,rater,total,max,band,comment\n"
        "02/03/2026,PHQ-A,self,18,27,moderately severe,\"first visit; mother present\"\n"
        "03/03/2026,PHQ-A,self,12,27,moderate,\"\"\n"
        "03/03/2026,GAD-7,self,9,21,mild,\"sleep better, fewer panic episodes\"\n")
WIDE = ("Session date,PHQ-9,GAD-7,notes\n"
        "2025-09-02,21,15,intake\n"
        "2025-10-07,17,12,\"started behavioral activation, walks 3x/week\"\n"
        "2025-11-04,13,10,\n")
QUOTED = ("visit,measure,score,clinician_comment\n"
          "intake,BDI-II,31,\"baseline; F33.1 Major depressive disorder, recurrent, moderate; lives alone\"\n"
          "week 6,BDI-II,22,\"returned to part-time work, 3 shifts a week\"\n")


@pytest.mark.parametrize("note, expected", [
    (LONG, {("PHQ-A", 18, "02/03/2026"), ("PHQ-A", 12, "03/03/2026"), ("GAD-7", 9, "03/03/2026")}),
    (WIDE, {("PHQ-9", 21, "2025-09-02"), ("PHQ-9", 13, "2025-11-04"), ("GAD-7", 15, "2025-09-02"), ("GAD-7", 10, "2025-11-04")}),
    (QUOTED, {("BDI-II", 31, None), ("BDI-II", 22, None)}),
])
def test_scores_in_a_csv_export_are_read_with_their_dates(note, expected):
    got = {(m.instrument, m.score, m.date) for m in extract_facts([unwrap_lines(note)]).measures}
    assert expected <= got, got
    assert not any(m.instrument.lower() in ("total", "max", "score") for m in extract_facts([note]).measures)


def test_a_series_in_a_csv_export_makes_a_trend_and_a_diagnosis_in_a_comment_cell_is_read():
    facts = extract_facts([unwrap_lines(QUOTED)])
    assert L.trends(facts)[0].startswith("BDI-II: 31 to 22")
    assert [d.icd10 for d in facts.diagnoses] == ["F33.1"]


def test_a_csv_header_is_not_joined_to_its_first_row():
    assert unwrap_lines(LONG) == LONG and unwrap_lines(WIDE) == WIDE


@pytest.mark.parametrize("plan, field, expect", [
    ("modality,CBT-I with sleep restriction\nfrequency,weekly 50-minute sessions\nrequested,8 sessions\n", "frequency", "weekly"),
    ("goal_1,ISI below 8 by week 10\ngoal_2,in bed no more than 8 h on 6 of 7 nights\nmedication,none\n", "goals", "ISI below 8"),
    ("discharge,step down to monthly when PCL-5 under 33 twice\nprogress_summary,PCL-5 down 14 points\nrisk,denies SI/HI\n",
     "discharge_criteria", "step down to monthly"),
])
def test_key_value_export_lines_are_fields(plan, field, expect):
    found = getattr(extract_facts([unwrap_lines(plan)]), field)
    assert any(expect in f.text or expect in f.evidence for f in found), found


@pytest.mark.parametrize("line", [
    "She reports poor sleep, low mood, and irritability, worse at night",
    "On the CDI-2 she scored 24, her SCARED total is 41, and on the PHQ-A she scored 15, above the cutoff",
    "He lost his job, his car, and his apartment, all within two months of the move to Ohio",
])
def test_a_sentence_with_commas_is_still_prose(line):
    from assistant.letters.tables import is_row

    assert not is_row(line) and unwrap_lines(line + "\nnext line") == line + " next line"
