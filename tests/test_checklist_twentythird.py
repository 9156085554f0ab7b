"""Classes from the twenty-third round of letters (examples written here): a medicine's blood level in a lab block or
a line of its own (lithium, valproate, clozapine, carbamazepine), and a number beside a lab's name that no reading can
be (a dose, an age, a name) left out rather than asked about as a misprinted score."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def _scores(note: str) -> list[tuple[str, object]]:
    return [(m.instrument, m.score) for m in extract_facts([note]).measures]


@pytest.mark.parametrize("note, want", [
    ("Recent Labs\n  LITHIUM  0.9 mmol/L  (11/30)      TSH  2.4  (11/21)", ("lithium level", 0.9)),
    ("Li 1.1 on 6/3, drawn 12 h post-dose.", ("lithium level", 1.1)),
    ("VPA level 81 mcg/mL on 02/14/2026.", ("valproate level", 81)),
    ("Clozapine level 388 ng/mL this week; ANC stable.", ("clozapine level", 388)),
    ("Tegretol level 7.4 ug/mL at the last draw.", ("carbamazepine level", 7.4)),
])
def test_a_medicines_blood_level_is_a_reading(note, want):
    assert want in _scores(note)


@pytest.mark.parametrize("note", [
    "Meds: lithium 900 qhs, sertraline 100.",
    "Client Jia Li 42, seen with her mother.",
    "Depakote 1000 mg at bedtime; clozapine 250 mg hs.",
])
def test_a_dose_or_a_name_beside_a_labs_name_is_no_reading_and_no_question(note):
    facts = extract_facts([note + " PHQ-9 16 on 03/03/2026."])
    assert [m.instrument for m in facts.measures] == ["PHQ-9"]
    assert facts.score_problems == ()


def test_a_rating_scale_out_of_range_is_still_asked_about():
    # a misprinted score of a rating scale is a question for the clinician; only labs and vitals are let go
    facts = extract_facts(["PHQ-9 31 on 03/03/2026."])
    assert [m.instrument for m in facts.score_problems] == ["PHQ-9"]
