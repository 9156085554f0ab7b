"""Scores placed in time when some carry a date and some do not, and notes pasted newest first.

Class: a series in which an undated value is told as the starting point ("at intake", "initial", "baseline") or
sits in a note whose other scores are dated. Before, one undated score anywhere made every instrument fall back
to note order, so a newest-first paste named an older score as the latest one."""
from __future__ import annotations

import pytest

from assistant.letters import score_lines as L
from assistant.letters.extract import extract_facts

CASES = [
    # newest note first, the intake value undated inside today's sentence
    (["DOS 10/14/2025. Scores: BDI-II today 21 (31 at intake); PCL-5 today 40 (52 on 08/04/2025).",
      "09/08/2025 session: BDI-II 26; PCL-5 47."],
     {"BDI-II": ("31", "21 on 10/14/2025"), "PCL-5": ("52 on 08/04/2025", "40 on 10/14/2025")}),
    # chronological notes; the initial value only recalled in the last note
    (["Session 03/02/2026: GAD-7 = 14.", "Session 04/06/2026: GAD-7 = 9 (initial GAD-7 was 17); PHQ-9 = 8."],
     {"GAD-7": ("17", "9 on 04/06/2026")}),
    # a dated table row and an undated score in the same note as a dated one
    (["Follow-up 05/20/2025. EPDS 11 on 05/20/2025; ASRS 4 of 6 items; baseline EPDS 19.",
      "Intake 03/11/2025: EPDS 19."],
     {"EPDS": ("19", "11 on 05/20/2025")}),
]


@pytest.mark.parametrize("notes, expected", CASES)
def test_each_series_runs_from_its_first_score_to_its_latest(notes, expected):
    facts = extract_facts(notes)
    lines = {line.split(":")[0]: line for line in L.trends(facts)}
    for name, (first, last) in expected.items():
        assert name in lines, lines
        assert f"{name}: {first} to {last}" in lines[name] or f"{name}: {first} on " in lines[name] and f" to {last}" in lines[name]


@pytest.mark.parametrize("notes, expected", CASES)
def test_the_opening_names_each_instrument_s_latest_score(notes, expected):
    facts = extract_facts(notes)
    opening = " ".join(L.headline(facts, limit=5))
    for name, (_, last) in expected.items():
        score, _, date = last.partition(" on ")
        assert f"{name} = {score} on {date}" in opening, opening


def test_the_measures_list_keeps_each_instrument_together_earliest_first():
    facts = extract_facts(CASES[0][0])
    names = [line.split(" = ")[0] for line in L.measures(facts)]
    assert names == sorted(names, key=names.index) and names.count("BDI-II") >= 2
    bdi = [line for line in L.measures(facts) if line.startswith("BDI-II")]
    # the first line spells the instrument out once ("BDI-II (Beck Depression Inventory-II) = 31")
    assert bdi[0].replace(" (Beck Depression Inventory-II)", "").startswith("BDI-II = 31") and bdi[-1].startswith("BDI-II = 21 on 10/14/2025")


@pytest.mark.parametrize("note, date", [
    ("DOS 10/14/2025. Scores today: PHQ-9 12.", "10/14/2025"),
    ("Client: A. B.  DOB: 02/02/1990\nDate of service: 03/04/2026\nPHQ-9 12, GAD-7 9.", "03/04/2026"),
    ("Follow-up 05/20/2025\nPHQ-9 12.", "05/20/2025"),
    ("09/08/2025 session: PHQ-9 12; BDI-II 20.", "09/08/2025"),
])
def test_an_undated_score_takes_the_note_s_date_of_service(note, date):
    assert {m.date for m in extract_facts([note]).measures} == {date}


@pytest.mark.parametrize("note", [
    "DOB 04/09/1988. PHQ-9 12 today.",  # a birth date is no date of service
    "Pt reports PHQ-9 was 22 two months ago; seen for follow-up, hospitalized 03/2024.",  # a date deep in prose
    "Y-BOCS 19 today (27 at intake 01/06/2025).",  # an intake date inside the measures line
])
def test_a_date_that_is_not_the_note_s_date_of_service_is_not_given_to_other_scores(note):
    current = [m for m in extract_facts([note]).measures if not m.baseline]
    assert current and all(m.date is None for m in current)
