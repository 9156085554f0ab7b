"""A rating scale's legend ("1 = severe ... 7 = independent") is neither a score nor a sentence of the clinical picture;
the scores beside it still count (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.narrative import narrative


LEGENDS = [
    "Scale: 1 = extremely limited ... 4 = moderate ... 7 = fully independent in daily tasks",
    "Rating Scale key: 0 = not at all, 1 = several days, 2 = more than half, 3 = nearly every day",
    "Anchors for the Severity Index are 1 = never happens, 3 = sometimes happens, 5 = always happens",
]


@pytest.mark.parametrize("legend", LEGENDS)
def test_a_legend_gives_no_score(legend):
    facts = extract_facts([f"{legend}\nPHQ-9 today 14 (03/02/2025)."])
    assert [(m.instrument, m.score) for m in facts.measures] == [("PHQ-9", 14)]


@pytest.mark.parametrize("legend", LEGENDS)
def test_a_legend_is_not_presentation(legend):
    kept = "She has stopped answering the phone and leaves the apartment only for groceries."
    assert narrative([f"{legend}.\n{kept}"], set(), first_note=True, limit=6) == [kept]
