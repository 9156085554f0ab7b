"""An appeal's notes record the denial in a sentence that quotes the reviewer's clinical reason ("member no longer has
SI"): it is the denial, not a risk statement; a questionnaire's item lines never become the clinical presentation;
a program schedule told in afternoons or evenings is a frequency (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.sections import is_denial
from assistant.letters.narrative import narrative


@pytest.mark.parametrize("text", [
    'Continued stay denied today by phone (peer reviewer): "member no longer has SI; can be treated in outpatient."',
    "PHP days 8-14 not authorized by the reviewer; rationale: no current suicidal ideation, can step down.",
    "Request denied by Optum on <DATE_1>: self-harm has stopped, so outpatient is enough.",
])
def test_a_denial_quoting_a_risk_reason_is_a_denial(text):
    assert is_denial(text)


@pytest.mark.parametrize("text", [
    "Client denied SI, HI at this session.",
    "Pt denied any SI; the plan is weekly sessions.",
    "Denies suicidal ideation; session focused on the coverage appeal.",
])
def test_a_client_denying_ideation_is_no_denial(text):
    assert not is_denial(text)


@pytest.mark.parametrize("line", [
    "1 In the past few weeks, wished you were dead? ................ YES.",
    "3. Have you felt hopeless? . . . . . no",
    "Q4 Any thoughts of hurting others? ____ NO",
])
def test_a_questionnaire_item_is_not_the_presentation(line):
    note = line + "\nHe has stopped going to school and sleeps until two in the afternoon."
    assert narrative([note], set(), first_note=True, limit=6) == [
        "He has stopped going to school and sleeps until two in the afternoon."]


@pytest.mark.parametrize("text, freq", [
    ("IOP: three afternoons a week, three hours each.", "three afternoons a week"),
    ("Plan: 4 evenings per week for 6 weeks.", "4 evenings per week"),
    ("Program schedule: two mornings a week, 9-12.", "two mornings a week"),
])
def test_a_program_schedule_in_afternoons_or_evenings_is_a_frequency(text, freq):
    assert freq in [f.text for f in extract_facts([text]).frequency]
