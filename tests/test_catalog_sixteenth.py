"""Instruments added to the catalog (autism and early development, juvenile-justice screening, PROMIS T scores,
RBANS, three-item loneliness, the readiness ruler, the DSM-5 Level 1 measure, two liver labs), read in prose and
in a titled battery table whose maximum column and unnamed rows are not scores (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note, expected", [
    ("ADOS-2 Module 2: comparison score 7 (moderate).", [("ADOS-2 comparison score", 7)]),
    ("MAYSI-2 at intake: Angry-Irritable 8, Depressed-Anxious 5, Suicide Ideation 1.",
     [("MAYSI-2 Angry-Irritable", 8), ("MAYSI-2 Depressed-Anxious", 5), ("MAYSI-2 Suicide Ideation", 1)]),
    ("PROMIS Depression T 66.0 today.", [("PROMIS Depression T", 66.0)]),
    ("RBANS Total Scale 84; UCLA-3 loneliness 7.", [("RBANS Total Scale", 84), ("UCLA-3", 7)]),
    ("Readiness ruler 3/10 (first visit) -> 8/10 now.", [("Readiness ruler", 3), ("Readiness ruler", 8)]),
    ("Labs 3/2: GGT 140, MCV 99.", [("GGT", 140), ("MCV", 99)]),
    ("HAM-D-17 22 at baseline.", [("HAM-D", 22)]),
])
def test_added_instruments_are_read(note, expected):
    assert [(m.instrument, m.score) for m in extract_facts([note]).measures] == expected


def test_a_titled_battery_table_skips_its_maximum_column_and_unnamed_rows():
    note = ("VB-MAPP SUMMARY                score      max\n"
            "  Milestones (Levels 1-3)      31         170\n"
            "     Level 2                   9          60\n"
            "  Barriers Assessment          40         96\n")
    facts = extract_facts([note])
    assert [(m.instrument, m.score) for m in facts.measures] == [("VB-MAPP Milestones", 31), ("VB-MAPP Barriers Assessment", 40)]


@pytest.mark.parametrize("note, first, last", [
    ("Preschool Anxiety Scale (parent) 41 today, 50 at intake 02/03/2026.", 50, 41),
    ("PHQ-9 12 today, 19 at intake 3/1.", 19, 12),
    ("SPOVI 30 this week, 38 at baseline.", 38, 30),
])
def test_today_then_the_intake_score(note, first, last):
    trend = extract_facts([note]).trends[0]
    assert (trend.first, trend.last) == (first, last)


@pytest.mark.parametrize("note, name", [
    ("Glasgow Anxiety Scale-ID: 20 today (27 on 01/12/2026).", "GAS-ID"),
    ("IGDS9-SF 30 (37 at intake 09/02/2026).", "IGDS9-SF"),
    ("ZAN-BPD 12 (19 at intake 07/2026).", "ZAN-BPD"),
])
def test_less_common_instruments_with_an_earlier_score(note, name):
    assert extract_facts([note]).trends[0].instrument == name
