"""A version of a known instrument the catalog does not list ("OCI-CV", "MoCA-B", "SCARED-BR") is its own instrument,
named as written: redaction keeps the whole name, and the letter never reports it under the base instrument's name,
range or bands."""
from __future__ import annotations

import pytest

from assistant.letters.catalog import catalog
from assistant.letters.extract import extract_facts
from assistant.phi.instruments import find_instruments


@pytest.mark.parametrize("text, name", [
    ("Screening done. CY-BOCS 31. OCI-CV 27.", "OCI-CV"),
    ("MoCA-B 22 today (education adjusted).", "MoCA-B"),
    ("SCARED-BR 12 on 03/02.", "SCARED-BR"),
    ("SPIN-K 15 at intake.", "SPIN-K"),
])
def test_an_unlisted_version_is_read_under_its_own_name(text, name):
    found = [m.instrument for m in extract_facts([text]).measures]
    assert name in found
    inst = catalog().get(name)
    assert inst is not None and inst.low is None and not inst.bands


@pytest.mark.parametrize("text, name", [
    ("OCI-R 27 at intake.", "OCI-R"), ("MFQ-P 38 (mother).", "MFQ-P"), ("PHQ-9 14 today.", "PHQ-9"),
])
def test_listed_names_and_informant_forms_are_unchanged(text, name):
    assert [m.instrument for m in extract_facts([text]).measures] == [name]


@pytest.mark.parametrize("text, kept", [
    ("[x] CY-BOCS + OCI-CV uploaded", "OCI-CV"),
    ("MoCA-B 22/30 on screening.", "MoCA-B"),
    ("SCARED-BR 12 at intake.", "SCARED-BR"),
])
def test_redaction_keeps_the_whole_version_name(text, kept):
    start = text.index(kept)
    assert any(s <= start and start + len(kept) <= e for s, e in find_instruments(text))
