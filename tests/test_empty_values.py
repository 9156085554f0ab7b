"""A field or sentence that documents nothing (a value left to be filled, an acknowledgement, a pointer elsewhere, a
promise to attach it later, an unticked to-do) is no evidence: the checklist asks for the element instead."""
from __future__ import annotations

import pytest

from assistant.letters.empty_values import says_nothing
from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text", [
    "Expected length of stay ........ TBD",
    "Transition criteria ..............",
    "Current meds (EHR lookup): #N/A",
    "Psych meds: reviewed.",
    "Step-down criteria per agency protocol.",
    "Past treatment: deferred to next visit.",
    "Risk: see ED consult note",
    "Outside records are still in the fax queue; will forward once received.",
    "Frequency = to be determined after auth",
    "- [ ] give the C-SSRS next time",
])
def test_a_line_that_documents_nothing(text):
    assert says_nothing(text)


@pytest.mark.parametrize("text", [
    "Past treatment: none",
    "Psych meds: none currently",
    "Frequency: twice weekly for 8 weeks",
    "Risk: denies SI, HI and self-harm today.",
    "Psych meds: bupropion XL 300 mg, reviewed.",
    "Step-down: IOP once GAD-7 under 10 for 3 weeks",
    "Plan: continue weekly per the 10/06 plan.",
    "  [ ] camera on in at least 2 meetings a week",  # an unticked goal is still a goal
    "[ ] Yes  [x] No  thoughts of self-harm",
])
def test_a_line_with_content_is_kept(text):
    assert not says_nothing(text)


@pytest.mark.parametrize("note, element", [
    ("Dx: F41.1\nMedications (pharmacy feed): #ERROR!\nPlan: weekly CBT x 12.", "medication_status"),
    ("Dx: F33.1\nPrior treatment: deferred.\nPlan: weekly CBT x 12.", "prior_treatment"),
    ("Dx: F43.10\nDischarge criteria per program policy.\nPlan: weekly CPT x 12.", "discharge_criteria"),
])
def test_the_element_stays_missing(note, element):
    facts = extract_facts([note])
    found = {"medication_status": facts.medication_status, "prior_treatment": facts.prior_treatment,
             "discharge_criteria": facts.discharge_criteria}[element]
    assert not found


@pytest.mark.parametrize("text", [
    "Prior treatment: not yet obtained - pt too fatigued at intake; will complete history next week.",
    "Risk: deferred; client left early.",
    "Step-down criteria: TBD - team to discuss Thursday.",
])
def test_a_placeholder_then_why_documents_nothing(text):
    assert says_nothing(text)


@pytest.mark.parametrize("text", [
    "Frequency: TBD; likely weekly x 12",
    "Meds: pending - psychiatry eval on Friday",
    "Prior treatment: none - never in therapy",
])
def test_a_placeholder_with_content_after_it_or_a_status_is_kept(text):
    assert not says_nothing(text)
