"""Redaction stage: placeholders, the vault, stability across notes and the way back."""

from __future__ import annotations

import re

import pytest

from assistant.errors import InputError
from assistant.phi.vault import PLACEHOLDER_RE, Vault, reidentify

NOTE = ("Client: Marcus Oyelaran  DOB 04/12/1988  Member ID: QHT2231904\n"
        "Marcus Oyelaran reports PHQ-9 = 17 (was 21 on 3/1/25). Wife Tamsin Oyelaran attends.\n"
        "Plan: weekly CBT, 53 minutes, F33.1. Call (412) 555-0131.")


def test_round_trip_restores_the_original_note(service):
    case, vault = service.redact([NOTE])
    redacted = case.notes[0].text
    assert "Marcus" not in redacted and "QHT2231904" not in redacted and "555-0131" not in redacted
    assert "PHQ-9 = 17" in redacted and "F33.1" in redacted and "weekly" in redacted
    assert reidentify(redacted, vault) == NOTE


def test_placeholders_are_typed_and_numbered(service):
    case, _ = service.redact([NOTE])
    found = {m.group(1) for m in PLACEHOLDER_RE.finditer(case.notes[0].text)}
    assert {"PERSON", "DATE", "MEMBER_ID", "PHONE"} <= found


def test_repeated_name_reuses_placeholder_across_notes(service):
    notes = ["Client: Marcus Oyelaran, intake.", "MARCUS arrived late.", "Marcus said he slept 6 hours."]
    case, vault = service.redact(notes)
    person = re.search(r"<PERSON_\d+>", case.notes[0].text).group()
    assert person in case.notes[1].text and person in case.notes[2].text
    # Every form restores to the fullest one, which is what a letter should say.
    assert vault.original(person) == "Marcus Oyelaran"
    assert reidentify(case.notes[1].text, vault) == "Marcus Oyelaran arrived late."


def test_relatives_with_the_same_surname_get_their_own_placeholders(service):
    case, vault = service.redact(["Client: Marcus Oyelaran. Wife Tamsin Oyelaran attended."])
    people = set(re.findall(r"<PERSON_\d+>", case.notes[0].text))
    assert len(people) == 2


def test_redactions_carry_offsets_into_the_original(service):
    case, _ = service.redact([NOTE])
    spans = case.notes[0].redactions
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert any(NOTE[r.start:r.end] == "QHT2231904" for r in spans)


def test_vault_repr_and_errors_hold_no_values(service):
    _, vault = service.redact([NOTE])
    assert "Marcus" not in repr(vault) and "QHT" not in repr(vault)


def test_vault_survives_a_save_and_reload(service):
    case, vault = service.redact([NOTE])
    again = Vault.from_dict(vault.to_dict())
    assert reidentify(case.notes[0].text, again) == NOTE


def test_empty_notes_are_refused(service):
    with pytest.raises(InputError):
        service.redact(["   \n"])


def test_unknown_placeholder_is_left_alone():
    assert reidentify("<PERSON_9> came", Vault()) == "<PERSON_9> came"
