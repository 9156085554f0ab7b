"""Clinical words the twenty-second set's notes lost to redaction (examples written here): the labels of a grid of
fields read as a column of names, a common verb after a kin word in lower case read as a name, and an ordinal before
"-grade" read as a day."""
from __future__ import annotations

import pytest


def _found(service, text: str) -> set[str]:
    return {text[s.start:s.end] for s in service.phi_spans(text)}


@pytest.mark.parametrize("text, labels", [
    ("+--------+------------------------+\n| Client | Rosalind Achterberg  ID W55102 |\n| Time   | 3:15-4:00 PM = 45 min  |\n"
     "| Code   | 90834                  |\n| Dx     | F63.3 Trichotillomania |\n+--------+------------------------+\n", {"Time", "Code", "Dx"}),
    ("| Patient | Mateo Okonkwo-Lind, 14 |\n| Visit | 02/24/2026 office |\n| Rating | 7 of 10 |\n", {"Visit", "Rating"}),
    ("Patient\tHarriet Vellacott 1961\nSetting\ttelehealth, 50 min\nPlan\tweekly CBT for 12 weeks\n", {"Setting", "Plan"}),
])
def test_the_labels_of_a_grid_of_fields_are_no_names(service, text, labels):
    assert not labels & _found(service, text)


def test_a_grids_names_are_still_found(service):
    text = "| Client | Rosalind Achterberg |\n| Clinician | Teodor Vance, LCSW |\n| Date | 03/04/2026 |\n"
    found = " ".join(_found(service, text))
    assert "Achterberg" in found and "Vance" in found and "03/04/2026" in found


@pytest.mark.parametrize("text, word", [
    ("story as he and his mother tell it: first break at 24", "tell"),
    ("her father will drive her to group on tuesdays", "will"),
    ("his sister may come to the family session", "may"),
])
def test_a_common_verb_after_a_kin_word_is_no_name(service, text, word):
    assert word not in _found(service, text)


def test_a_lowercase_name_after_a_kin_word_is_still_a_name(service):
    assert {"mark", "rose"} <= _found(service, "his brother mark came by and my sister rose called")


@pytest.mark.parametrize("text", [
    "Refused the 4th-grade field trip to the farm.",
    "Since the 9th grade she has missed school.",
    "Placed in the 2nd-grader reading group.",
])
def test_a_grade_is_no_day(service, text):
    assert not any(s.entity_type == "DATE" for s in service.phi_spans(text))


@pytest.mark.parametrize("text, payer", [
    ("Payer: Blue Care Network, ID XYL 902 118 443", "Blue Care Network"),
    ("Insurance: Meridian Health Plan, ID: 88412907", "Meridian Health Plan"),
    ("Coverage: Harvard Pilgrim Health Care, ID #HP4471092", "Harvard Pilgrim Health Care"),
])
def test_a_payer_before_its_member_id_is_kept(service, text, payer):
    at = text.index(payer)
    assert not any(s.start < at + len(payer) and at < s.end for s in service.phi_spans(text))
