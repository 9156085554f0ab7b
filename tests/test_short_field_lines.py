"""A short "Label: value" line after a blank line is a field with its value, not a heading over the lines below it
("Medications: none" states the medication status; "Sleep: poor" under it is not about medication). Examples
written here."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.reading import read_notes


@pytest.mark.parametrize("note", [
    "Medications: none\nSleep: poor, 4 hours",
    "Intake 2/3\n\nMeds: None\nRisk: denies SI, no plan",
    "Psychotropics: nil\nAppetite: down",
])
def test_a_short_field_states_its_value(note):
    facts = extract_facts([note])
    assert any(f.text == "none" for f in facts.medication_status)
    assert not [b for b in read_notes([note]) if b.kind == "heading" and ":" in b.text]


@pytest.mark.parametrize("note", ["Plan\nweekly CBT for 12 weeks", "\nRisk\nDenies SI today."])
def test_a_section_name_alone_still_heads_its_lines(note):
    assert [b.kind for b in read_notes([note])][0] == "heading"
