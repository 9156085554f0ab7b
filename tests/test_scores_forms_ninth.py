"""Scores in a ninth set of shapes, examples written here (three or more per class): an informant's form written on
the name ("MFQ-C", "SCARED-P"); dotted leaders between a name and its score; a row of dates over rows of scores; a
table whose instrument is named only in its title; weight written "Wt"; a redacted name in parentheses is no date."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def scores(text: str) -> set[tuple]:
    return {(m.instrument, m.score, m.date) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, expected", [
    ("MFQ-C (long) 44 (<DATE_1>). MFQ-P (mother) 38 (<DATE_1>).", {("MFQ-C", 44, "<DATE_1>"), ("MFQ-P", 38, "<DATE_1>")}),
    ("SCARED-P 31 on 03/02; SCARED-C 22 on 03/02.", {("SCARED-P", 31, "03/02"), ("SCARED-C", 22, "03/02")}),
    ("Vanderbilt-T 28 and Vanderbilt-P 35 on 9/14.", {("Vanderbilt-T", 28, None), ("Vanderbilt-P", 35, "9/14")}),
])
def test_an_informants_form_is_its_own_series(text, expected):
    found = {(i.split()[0], s, d) for i, s, d in scores(text)}
    assert expected <= found


@pytest.mark.parametrize("text, name, value", [
    ("PSC-17 (<PERSON_1>) ...... 22  (Int 7 / Att 6 / Ext 9)", "PSC-17", 22),
    ("SDQ P4-17 (<PERSON_1>) ... Total Difficulties 25 [emotional 7]", "SDQ Total Difficulties", 25),
    ("PHQ-9 . . . . 14", "PHQ-9", 14),
])
def test_dotted_leaders_lead_to_the_score(text, name, value):
    assert (name, value) in {(i, s) for i, s, _ in scores(text)}


@pytest.mark.parametrize("text, expected", [
    ("Scores\n             <DATE_1>   <DATE_2>   <DATE_3>\nPHQ-9         23      19      16\nGAD-7         15      12      9\n",
     {("PHQ-9", 16, "<DATE_3>"), ("GAD-7", 15, "<DATE_1>")}),
    ("            10/06/2025   10/13/2025\nPCL-5          58           49\nPHQ-9          17           12\n",
     {("PCL-5", 49, "10/13/2025"), ("PHQ-9", 17, "10/06/2025")}),
    ("Measures\n              01/06     02/03\nEPDS           19        12\nGAD-7          14        9\n", {("EPDS", 12, "02/03")}),
])
def test_a_row_of_dates_heads_rows_of_scores(text, expected):
    assert expected <= scores(text)


@pytest.mark.parametrize("text, expected", [
    ("OUTCOME TRACKER (Y-BOCS, clinician-administered)\n\nSx#  Date      Obs  Comp  Tot\n---  --------  ---  ----  ---\n"
     "1    02/04/25  15   14    29\n7    03/18/25  14   14    28\n", {("Y-BOCS", 29, "02/04/25"), ("Y-BOCS", 28, "03/18/25")}),
    ("PCL-5 log\nDate        Total\n01/07/2025  58\n02/04/2025  49\n", {("PCL-5", 58, "01/07/2025"), ("PCL-5", 49, "02/04/2025")}),
    ("Weekly EPDS\nDate     Score\n3/1      17\n3/8      14\n", {("EPDS", 17, "3/1"), ("EPDS", 14, "3/8")}),
])
def test_a_table_under_a_title_naming_one_instrument_is_that_instruments(text, expected):
    assert expected <= scores(text)


@pytest.mark.parametrize("text", [
    "Date      Wt (kg)   BMI\n09/15     49.8      15.7\n09/22     50.6      16.0\n",
    "Wt 49.8 kg on 09/15, 50.6 kg on 09/22.",
    "Weight 49.8 kg (09/15)",
])
def test_weight_written_wt_is_weight(text):
    assert any(i == "weight" for i, _, _ in scores(text))


@pytest.mark.parametrize("text", [
    "SDQ (<PERSON_1>) Total Difficulties 25",
    "PHQ-9 (<ORG_2>) 14",
    "GAD-7 (<ADDRESS_1>): 9",
])
def test_a_redacted_name_in_parentheses_is_no_date(text):
    assert all(d is None for _, _, d in scores(text))
