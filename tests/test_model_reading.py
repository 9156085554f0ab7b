"""The model's reading of the notes: a verbatim quote that passes the element's own rule makes it met."""

from __future__ import annotations

import json

from assistant.adapters.scripted import ScriptedChat
from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.model_reading import cross_check_checklist
from assistant.phi.vault import Vault

NOTE = ("INTAKE <DATE_1>\nDiagnosis: F33.1 Major depressive disorder. PHQ-9 = 19. C-SSRS negative.\n"
        "Plan: weekly CBT for 16 weeks; she has missed 6 shifts at work this month and stopped driving her son to school.\n"
        "Goals: PHQ-9 below 10.\n")


def _read(quotes: dict[str, str]):
    items = check_notes(extract_facts([NOTE]), "initial_authorization", "outpatient psychotherapy")
    chat = ScriptedChat([json.dumps({"elements": [{"element": k, "quote": v} for k, v in quotes.items()]})])
    got, notices = cross_check_checklist(chat, [NOTE], items, Vault(), "initial_authorization", "outpatient psychotherapy")
    return {i.element: i for i in items}, {i.element: i for i in got}, notices, chat


def test_a_checked_quote_makes_a_missing_element_met_and_says_who_read_it():
    before, after, notices, _ = _read({"functional_impairment": "she has missed 6 shifts at work this month"})
    assert before["functional_impairment"].status == "missing"
    item = after["functional_impairment"]
    assert item.status == "met" and item.read_by == "model" and "6 shifts" in item.evidence
    assert any("quote was checked" in n for n in notices)


def test_a_quote_not_in_the_notes_changes_nothing():
    _, after, notices, _ = _read({"functional_impairment": "she was fired from her job last week"})
    assert after["functional_impairment"].status == "missing" and not notices


def test_a_real_quote_that_fails_the_elements_rule_is_only_a_question():
    _, after, _, _ = _read({"discharge_criteria": "Goals: PHQ-9 below 10.", "prior_treatment": "Diagnosis: F33.1 Major depressive disorder."})
    for element in ("discharge_criteria", "prior_treatment"):
        assert after[element].status == "missing" and after[element].read_by == ""
        assert "The model points to" in after[element].question


def test_the_model_is_asked_only_about_missing_elements():
    before, after, _, chat = _read({"diagnosis": "Diagnosis: F33.1 Major depressive disorder."})
    prompt = chat.sent[0][1][0][1]
    assert "- functional_impairment:" in prompt and "- diagnosis:" not in prompt
    assert after["diagnosis"] == before["diagnosis"]  # a met element is never touched
