"""A test named by an abbreviation and its edition ("CPT-3", "Conners CPT", "CPT-II") is an instrument being given,
not Cognitive Processing Therapy; the therapy named by its abbreviation still counts (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def approaches(note: str) -> list[str]:
    return [f.text for f in extract_facts([note]).modalities]


@pytest.mark.parametrize("note", [
    "Testing day 1: WISC-V and CPT-3 administered by the technician.",
    "Attention was measured with the Conners CPT in the afternoon block.",
    "Results pending for the CPT-II and the rating forms sent to school.",
])
def test_a_test_edition_is_not_an_approach(note):
    assert not any("CPT" in a or "processing" in a.lower() for a in approaches(note))


@pytest.mark.parametrize("note", [
    "Session 6 of CPT: stuck points about blame reviewed.",
    "We continue weekly CPT for the assault-related PTSD.",
    "Plan: begin Cognitive Processing Therapy next week.",
])
def test_the_therapy_still_counts(note):
    assert approaches(note)
