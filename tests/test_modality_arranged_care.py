"""Care that is arranged rather than given ("transfer planning", "discharge planning", "treatment planning") and a
phrase opened by a preposition ("about ... planning") name no treatment approach; techniques still do."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def approaches(note: str) -> list[str]:
    return [f.text for f in extract_facts([note]).modalities]


@pytest.mark.parametrize("note", [
    "We'll talk about transfer planning when your placement ends.",
    "Discussed discharge planning with mom at the end of the hour.",
    "Spent the last ten minutes on treatment planning and scheduling.",
])
def test_arranged_care_is_no_approach(note):
    assert approaches(note) == []


@pytest.mark.parametrize("note, name", [
    ("Plan: safety planning revisited; cognitive restructuring of the 'fraud' belief.", "cognitive restructuring"),
    ("Interventions: relapse prevention planning, diaphragmatic breathing.", "diaphragmatic breathing"),
    ("Plan: continue safety planning with the family.", "safety planning"),
])
def test_techniques_are_still_named(note, name):
    assert any(name in a.lower() for a in approaches(note))
