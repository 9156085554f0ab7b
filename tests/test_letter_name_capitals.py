"""A client's name the notes wrote all in lower case (a dictation, a text thread) is written with capitals in the
letter; the notes themselves are restored exactly as written (examples written here)."""
from __future__ import annotations

import pytest

from assistant.phi.vault import reidentify


@pytest.mark.parametrize("name, written", [
    ("jessamyn orr-takahashi", "Jessamyn Orr-Takahashi"),
    ("rosalind o'malley", "Rosalind O'Malley"),
    ("marisol", "Marisol"),
])
def test_a_lowercase_name_is_capitalized_in_a_letter(service, name, written):
    case, vault = service.redact([f"progress note for {name}, seen today for panic, PHQ-9 12."])
    placeholder = next(p for p in case.notes[0].text.split() if p.startswith("<PERSON_")).strip(",")
    assert reidentify(f"Client: {placeholder}", vault, capitalize_names=True) == f"Client: {written}"
    assert reidentify(case.notes[0].text, vault) == f"progress note for {name}, seen today for panic, PHQ-9 12."


def test_a_name_written_with_capitals_is_left_as_it_is(service):
    case, vault = service.redact(["Seen today: Rowan McAllister-deVries, 15, with his mother."])
    assert "McAllister-deVries" in reidentify(case.notes[0].text, vault, capitalize_names=True)


@pytest.mark.parametrize("note, written", [
    ("ALERT for student: REYES-WHITFIELD, JONAH  Grade 10  flagged 23:49", "Jonah Reyes-Whitfield"),
    ("Patient: OKAFOR, CHIDI A.  DOB on file", "Chidi A. Okafor"),
    ("Resident: DEL ROSARIO, MARISOL  Room 12", "Marisol Del Rosario"),
])
def test_a_listed_capitals_name_is_written_given_name_first_in_a_letter(service, note, written):
    case, vault = service.redact([note])
    placeholder = next(p for p in case.notes[0].text.replace(",", " ").split() if p.startswith("<PERSON_"))
    assert reidentify(f"Client: {placeholder}", vault, capitalize_names=True) == f"Client: {written}"
    assert reidentify(case.notes[0].text, vault) == note


@pytest.mark.parametrize("value, written", [
    ("HOLLOWAY-NAKASHIMA, Desmond K. Rm 14-2", "Desmond K. Holloway-Nakashima"),
    ("OKAFOR, Chidi", "Chidi Okafor"),
    ("DE LA CRUZ, Maria  Bed 3", "Maria De La Cruz"),
])
def test_a_surname_in_capitals_with_a_given_name_in_mixed_case_is_reordered(value, written):
    from assistant.phi.vault import Vault
    vault = Vault()
    placeholder = vault.placeholder_for("NAME", value)
    assert reidentify(f"Client: {placeholder}", vault, capitalize_names=True) == f"Client: {written}"
    assert reidentify(f"Client: {placeholder}", vault) == f"Client: {value}"
