"""Diagnoses in forms the name list did not hold, by class: codes complete at three characters (F29, F39, F99),
less common conditions named by the notes (trichotillomania, gambling disorder, PMDD...), a filled diagnosis field
naming a condition no list holds (carried as written), and a missing element's line that never names the element as
if documented. Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.draft import draft_offline
from assistant.letters.extract import extract_facts
from assistant.records import LetterRequest


def status(notes: list[str], element: str) -> str:
    items = check_notes(extract_facts(notes), "continued_stay", "outpatient psychotherapy")
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note, code", [
    ("Working diagnosis F29, unspecified psychosis not due to a substance - first episode.", "F29"),
    ("Dx: F39 (mood disorder, unspecified) pending further history.", "F39"),
    ("Assessment: meets criteria for F99; full evaluation scheduled.", "F99"),
])
def test_a_code_complete_at_three_characters_is_a_code(note, code):
    facts = extract_facts([note])
    assert code in {d.icd10 for d in facts.diagnoses}
    assert status([note], "icd10_code") == "met"


@pytest.mark.parametrize("note", [
    "Diagnosis: trichotillomania (hair-pulling disorder), ICD-11 6B25.0.",
    "She meets criteria for gambling disorder, moderate, with chasing losses most weekends.",
    "Impression: premenstrual dysphoric disorder, confirmed by two cycles of daily ratings.",
    "Dx: selective mutism; speaks at home but not at school.",
])
def test_less_common_conditions_are_diagnoses(note):
    assert status([note], "diagnosis") == "met"


@pytest.mark.parametrize("note, name", [
    ("Diagnosis: Misophonia-related distress (working formulation)", "Misophonia-related distress"),
    ("Dx: Kleptomania; 3 shoplifting episodes this month.", "Kleptomania"),
    ("Primary diagnosis: Skin-tearing and nail-biting complex - provisional wording by referrer", "Skin-tearing and nail-biting complex"),
])
def test_a_filled_diagnosis_field_is_carried_as_written(note, name):
    facts = extract_facts([note])
    assert name in {d.name for d in facts.diagnoses}


@pytest.mark.parametrize("note", ["Diagnosis: deferred", "Dx: ____", "Diagnosis: pending evaluation"])
def test_an_empty_or_deferred_diagnosis_field_names_nothing(note):
    assert status([note], "diagnosis") == "missing"


@pytest.mark.parametrize("missing_line", ["Prior treatment:", "Medication:"])
def test_a_missing_element_carries_its_question_not_its_name(missing_line):
    note = "F41.1 Generalized anxiety disorder. GAD-7 = 15. Risk: denies SI/HI. Plan: weekly CBT for 12 sessions."
    facts = extract_facts([note])
    items = check_notes(facts, "continued_stay", "outpatient psychotherapy")
    request = LetterRequest("continued_stay", "Aetna", "outpatient psychotherapy", (note,),
                            {"codes": ["90834"], "frequency": "weekly", "sessions_or_units": "12", "date_range": "12 weeks"})
    _, letter = draft_offline(request, [note], facts, items, [])
    assert "[MISSING:" in letter
    assert not any(line.strip().startswith("- " + missing_line) and "[MISSING" in line for line in letter.splitlines())
