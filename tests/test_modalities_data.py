"""The treatment-approach vocabulary is data (assistant/data/modalities.yaml): every row compiles, names are unique,
a more specific approach is tried before the one it contains, and the letters read approaches through it."""
from __future__ import annotations

import re

import pytest

from assistant.letters.patterns import clinical as C


def test_every_row_compiles_and_names_are_unique():
    names = [name for name, _ in C.MODALITIES]
    assert len(names) == len(set(names)) and len(names) >= 60
    for _, src in C.MODALITIES:
        re.compile(src)


def test_a_specific_approach_comes_before_the_one_it_contains():
    names = [name for name, _ in C.MODALITIES]
    assert names.index("TF-CBT") < names.index("CBT")


@pytest.mark.parametrize("text, name", [
    ("We continued trauma-focused cognitive behavioral therapy this week.", "TF-CBT"),
    ("Practiced decisional balance about drinking.", "motivational interviewing"),
    ("Two-chair dialogue with the critical part.", "Gestalt therapy"),
    ("Started the SPACE program with both parents.", "SPACE"),
])
def test_approaches_are_found_through_the_vocabulary(text, name):
    assert any(rx.search(text) for n, rx in C.MODALITY_RES if n == name)


@pytest.mark.parametrize("text", ["There was not enough space in the room.", "We met on Tuesday.", "A craft fair."])
def test_an_acronym_that_is_an_ordinary_word_counts_only_as_written(text):
    cased = {n for n, _ in C.MODALITIES} & {"SPACE", "CRAFT", "motivational interviewing"}
    assert not any(rx.search(text) for n, rx in C.MODALITY_RES if n in cased)
