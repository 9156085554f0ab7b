"""Scores of instruments from an eighth set, examples written here (three or more per class): instruments added to
the catalog are read wherever they are written; an acronym the catalog does not know is carried when "=", an arrow or
"today/total" ties it to its score (also outside a measures section, and in a sentence that names a known one too);
and such an acronym survives redaction even when it is also a first name."""
from __future__ import annotations

import re

import pytest

from assistant.letters.extract import extract_facts
from phi_spans import untouched


def scores(note: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in extract_facts([note]).measures:
        out.setdefault(m.instrument, []).append(m.score)
    return out


@pytest.mark.parametrize("note, name, value", [
    ("Scores today: PHQ-9 = 18. Pain Catastrophizing Scale (PCS) = 38.", "PCS", 38),
    ("Measures 04/22/2025: HADS-A 13, HADS-D 6. FES-I 48.", "FES-I", 48),
    ("Calgary Depression Scale for Schizophrenia (CDSS) = 9 on 09/03/2025.", "CDSS", 9),
    ("Went back to checking three times a day. SHAI today = 31.", "SHAI", 31),
])
def test_an_instrument_added_to_the_catalog_is_read(note, name, value):
    assert value in scores(note).get(name, [])


@pytest.mark.parametrize("note, name, value", [
    ("Mood has lifted a little. QWRS today = 22 (from 30).", "QWRS", 22),
    ("[x] BDX-SF raw \u2192 68", "BDX-SF", 68),
    ("Intake 03/02: PHQ-9 = 14. TRQ (Teen Resilience Questionnaire) = 41.", "TRQ", 41),
])
def test_an_unknown_acronym_tied_to_its_score_is_carried(note, name, value):
    assert value in scores(note).get(name, [])


@pytest.mark.parametrize("text, value", [
    ("Measures (03/12/2025): SHAI (Short Health Anxiety Inventory) = 38.", "SHAI"),
    ("JUNE today = 12 on the worry log.", "JUNE"),
    ("She scored KAI -> 7 on the new scale.", "KAI"),
])
def test_an_acronym_tied_to_a_score_survives_redaction(detector, text, value):
    assert untouched(detector, text, value)


TABLE = ("Screening results (<DATE_1>)\n  Instrument                      Score     Notes\n"
         "  DAR-5                           19        cut-off 12\n  {row}\n  PHQ-9                            7\n")


@pytest.mark.parametrize("row, line", [
    ("STAXI-2 Anger Expression Index  58        high", "- STAXI-2 Anger Expression Index = 58 on <DATE_1>"),
    ("WASI-II FSIQ                    104       average", "- WASI-II FSIQ = 104"),
    ("Conners 3 Global Index          71        elevated", "- Conners 3 Global Index = 71"),
])
def test_a_score_named_a_little_differently_in_the_letter_is_supported(row, line):
    from assistant.letters.claims import unsupported_claims
    notes = [TABLE.format(row=row)]
    assert unsupported_claims(line, notes, {}, []) == []
    wrong = re.sub(r"= \d+", "= 99", line)
    assert unsupported_claims(wrong, notes, {}, []) != []


DIARY = ("Wk   dates        SE%   nightmares  ISI\n"
         "BL   4/1-4/7      59%   3           22\n"
         "1    4/8-4/14     80%   3\n"
         "4    4/29-5/5     86%   2           {cell}\n")


@pytest.mark.parametrize("cell, score, date", [("16 (5/6)", 16, "5/6"), ("14 on 5/2", 14, "5/2"), ("15 (05/01/2025)", 15, "05/01/2025")])
def test_a_cell_that_gives_its_own_date_keeps_it(cell, score, date):
    isi = [m for m in extract_facts([DIARY.format(cell=cell)]).measures if m.instrument == "ISI"]
    assert (score, date) in {(m.score, m.date) for m in isi}
