"""Every instrument in the measure catalog survives redaction, so a letter can report its score."""

import pytest

from assistant.phi.instruments import find_instruments


@pytest.mark.parametrize("text, kept", [
    ("ECBI Intensity 172, Problem 19 at intake", "ECBI"),
    ("PEth 212 ng/mL on the last draw", "PEth"),
    ("CRAFFT 2.1 score 4 (two positive items)", "CRAFFT 2.1"),
    ("Eyberg Child Behavior Inventory intensity raw score 164", "Eyberg Child Behavior Inventory"),
])
def test_acronyms_versions_and_titles_are_kept_wherever_they_stand(text, kept):
    # a score written right after the name is kept with it ("PEth 212"), so the kept span starts with the name
    assert any(text[a:b].startswith(kept) for a, b in find_instruments(text))


@pytest.mark.parametrize("text, kept", [
    ("Zarit 38 at the caregiver visit", True),
    ("Zarit Burden Interview total was 41", True),
    ("Mrs. Zarit called about the bill", False),
])
def test_a_single_capitalised_name_is_kept_only_before_a_score(text, kept):
    assert any(text[a:b].startswith("Zarit") for a, b in find_instruments(text)) is kept


@pytest.mark.parametrize("text", ["went to Gamblers Anonymous twice", "his wife attends Al-Anon on Mondays",
                                  "linked with the local NAMI family group", "tried SMART Recovery online"])
def test_national_support_groups_are_not_organisations_that_place_the_client(text):
    assert find_instruments(text)


def test_an_instrument_that_is_also_a_word_is_kept_only_in_capitals():
    assert find_instruments("SPIN 48 at intake")
    assert not any("spin" in "spin class on Fridays"[a:b] for a, b in find_instruments("spin class on Fridays"))
