"""PHI on a fifteenth set of note shapes, examples written here (three or more per class): a dataframe or fixed-width
report with columns aligned by spaces (ages over 89, ZIP codes, record numbers typed by their header); a pipe table
whose rows go on after a one-cell row, with a patient column headed "PT", a doctor's initials under "MD" and a
nickname in quotes; a web server log's day/Mon/year dates; dates and record numbers joined by underscores in file
names; and clinical facts that must survive (a lithium level written "Li 0.9", regional plans named like places)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, gone, kept", [
    ("Out[3]:\n     sid    chart      age   zip    gad7\n0   S-01   K7730112   93   55407   12\n1   S-02   K7730540   41   55411   8\n",
     ["K7730112", "93", "55407", "55411"], ["41", "gad7"]),
    ("        rec   site             age   postal\n12  R-771   North Clinic     96    98103\n13  R-772   Harbor Annex Team    57    98118\n",
     ["96", "98103", "98118"], ["57"]),
    ("  id      age    zip       phq9\n  A1      91     02139     14\n  A2      64     02141     9\n",
     ["91", "02139", "02141"], ["64", "14"]),
])
def test_space_aligned_columns_are_typed_by_their_header(redact, text, gone, kept):
    out = redact(text)
    rows = out.split("\n")[1:]
    for g in gone:
        assert not any(g in r.split() for r in rows), g
    for k in kept:
        assert k in out


@pytest.mark.parametrize("text, gone", [
    ("RM | PT | AGE | MD | DX\n201| KOVAC, Ida | 92 | RJT | MDD\n202| (empty)\n203| LUND, Per \"Pete\" | 97 | SLW | NCD\n",
     ["KOVAC", "Ida", "92", "RJT", "LUND", "Pete", "97", "SLW"]),
    ("Bed | Patient | Age | Attending\n1 | \"Nana\" ORTEGA | 99 | DMK\n2 | -- discharged --\n3 | WYSS, Anton | 90 | DMK\n",
     ["Nana", "ORTEGA", "99", "DMK", "WYSS", "Anton", "90"]),
    ("Room | PT | Age | MD\n5| FARR, Colm | 91 | TQ\n6| on hold\n7| GRAY, Ines | 94 | TQ\n", ["FARR", "Colm", "91", "GRAY", "Ines", "94"]),
])
def test_a_pipe_table_goes_on_after_a_one_cell_row(redact, text, gone):
    out = redact(text)
    assert not [g for g in gone if g in out]


@pytest.mark.parametrize("text, gone", [
    ('203.0.113.9 - - [14/Mar/2025:10:02:11 -0500] "GET /portal HTTP/1.1" 200', ["14/Mar/2025"]),
    ("Backup stamp 03-Sep-2024 23:59; restored 7/sep/24.", ["03-Sep-2024", "7/sep/24"]),
    ("Login failures on 29/Nov/2024:19:04:40 and 02/Dec/2024:03:11:58.", ["29/Nov/2024", "02/Dec/2024"]),
])
def test_log_dates_with_a_month_abbreviation(redact, text, gone):
    out = redact(text)
    assert not [g for g in gone if g in out]


@pytest.mark.parametrize("text, gone", [
    ("Attached: DOS_2025-01-07_client-55120.txt", ["2025-01-07", "55120"]),
    ("scan saved as Intake_2024-06-30_MRN-771204.pdf", ["2024-06-30", "771204"]),
    ("see export_03-14-2025_pt-40917.csv for the rows", ["03-14-2025", "40917"]),
])
def test_dates_and_numbers_in_file_names(redact, text, gone):
    out = redact(text)
    assert not [g for g in gone if g in out]


@pytest.mark.parametrize("text, kept", [
    ("Bipolar I, Li 0.9 on 11/15; lithium 300 mg BID.", "Li 0.9"),
    ("Billed 90837 to Sutter Health Plus (member ID SHP0031).", "Sutter Health Plus"),
    ("Coverage: Anthem HealthKeepers Plus, behavioral health by Carelon.", "Anthem HealthKeepers Plus"),
    ("Plan: Health Plan of San Joaquin (Medi-Cal).", "Health Plan of San Joaquin"),
])
def test_clinical_facts_that_look_like_names_survive(redact, text, kept):
    assert kept in redact(text)
