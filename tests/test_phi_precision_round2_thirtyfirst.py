"""Precision classes, round two on the thirty-first blind set (examples written here): a lowercase English word
hyphened to "do" is no Korean province; a table's header row names columns; an acronym's plural and a range of
clock hours are no name and no identifier; an ordinal that counts trials or steps is no day of a month; words an
inventory shortens by dropping vowels, measures after a number and laboratory tests are no names; a country or a
nationality is no PHI. Each class also keeps the real names, places and identifiers beside it redacted."""
from __future__ import annotations

import pytest

from assistant.phi.abbreviations import vowel_dropped
from assistant.phi.clock_labels import clock_range
from assistant.phi.table_heads import header_rows
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Appeal to-do: call the payer back, then fax the records.", "to-do"),
    ("Discharge to-do list\n- book the follow-up\n- refill request", "to-do"),
    ("The safety plan needs a re-do before Friday's session.", "re-do"),
])
def test_a_lowercase_word_hyphened_to_do_is_no_korean_province(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client's family lives at 88-dong 402-ho, Haeundae-gu, Busan.", "Haeundae-gu"),
    ("Grew up in Chuncheon-si, Gangwon-do, before moving here.", "Chuncheon-si"),
    ("Aunt's flat: 4-chome 2-7, Chuo-ku, Osaka.", "Chuo-ku"),
])
def test_a_capitalised_korean_or_japanese_place_part_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| Scale | 11/03/2025 (intake) | 11/24/2025 |\n|---|---|---|\n| GAD-7 | 16 | 9 |", "Scale"),
    ("LOCATION      ARTICLE        COUNT   CU FT   REMARKS\n-------------------------------------------------\n"
     "Garage        Tool chest     1       12      keep", "CU FT"),
    ("Domain        Baseline   Week 4   Week 8\n--------------------------------------\nMood          5          4        3",
     "Domain"),
])
def test_a_table_header_cell_is_no_name_or_place(detector, text, value):
    assert header_rows(text)
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| Scale | 11/03/2025 (intake) | 11/24/2025 |\n|---|---|---|\n| GAD-7 | 16 | 9 |", "11/03/2025"),
    ("Therapist     Client          Sessions\n--------------------------------------\nDr. Wen Ashby  Teodora Pillai  12",
     "Teodora Pillai"),
    ("Name: Corliss Vandermeer   DOB: 2/9/1961   Unit: 4B\n---------------------------------------------", "Corliss Vandermeer"),
])
def test_values_in_and_under_a_header_row_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Resubmitted both Claim ICNs: see attached remittance.", "ICNs"),
    ("Has tried two SSRIs, both stopped for side effects.", "SSRIs"),
    ("Outreach to prior PCPs documented in the chart.", "PCPs"),
])
def test_an_acronym_plural_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("token, hours", [
    ("0900-1500", True), ("0730-1615", True), ("1200-2400", True),
    ("4471-2290", False), ("0917-1433", False), ("1500-0900", False),
])
def test_a_clock_range_is_told_from_an_identifier(token, hours):
    assert clock_range(token) is hours


@pytest.mark.parametrize("text, value", [
    ("Day program runs 0830-1430 Monday to Friday.", "0830-1430"),
    ("IOP group meets 1800-2100 on weeknights.", "1800-2100"),
    ("Shift 0700-1530; no overtime since the panic attacks.", "0700-1530"),
])
def test_a_range_of_clock_hours_is_no_identifier(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Reference number 4471-2290 on the denial.", "4471-2290"),
    ("Auth 0917-1433 approved for six visits.", "0917-1433"),
    ("Case no. 2215-8830 with the county.", "2215-8830"),
])
def test_an_identifier_shaped_like_hours_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Anxiety dropped by the 3rd trial of the exposure hierarchy.", "3rd"),
    ("Payer overturned it on the 2nd appeal.", "2nd"),
    ("She reached the top rung by the 6th step of the ladder.", "6th"),
])
def test_an_ordinal_counting_trials_or_steps_is_no_date(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Records are due back by the 14th, per the reviewer.", "14th"),
    ("Since the 3rd she has slept under five hours.", "3rd"),
    ("Next appointment on the 22nd at the clinic.", "22nd"),
])
def test_a_day_of_the_month_alone_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("word", ["Bedrm", "Bthrm", "Wrkshp"])
def test_a_word_shortened_by_its_vowels_is_known(word, detector):
    assert vowel_dropped(word, detector.vocabulary.zipf)


@pytest.mark.parametrize("text, value", [
    ("Bedrm 2 holds the crib and the changing table.", "Bedrm"),
    ("Boxes: 14 CU FT of books, donated.", "CU FT"),
    ("Troponin negative twice; cardiology not consulted.", "Troponin"),
    ("Ferritin low at the last draw, iron started.", "Ferritin"),
])
def test_inventory_shorthand_measures_and_lab_tests_are_no_names(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Bedrm 2 is shared with her cousin Ilsabet Marrow.", "Ilsabet Marrow"),
    ("Moved the 14 CU FT of boxes to 5 Oz Street last week.", "5 Oz Street"),
    ("Troponin negative; seen by Dr. Quennell Abara in the ED.", "Quennell Abara"),
])
def test_names_and_streets_beside_the_shorthand_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She misses the Danish choir she sang in at home.", "Danish"),
    ("No prior treatment in Norway; moved here in 2019.", "Norway"),
    ("Interpreter requested: client's first language is Somali.", "Somali"),
])
def test_a_country_or_nationality_is_no_phi(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Father lives in Trondheim and calls weekly.", "Trondheim"),
    ("Referred by Dr. English at the county clinic.", "English"),
    ("Jordan Abellard came back from Jordan in May; Jordan is sleeping better.", "Jordan Abellard"),
])
def test_towns_and_people_named_like_a_country_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text", [
    "pt calm today, no psych meds, sleeping better per mom.",
    "client reports no meds since june, appetite ok.",
    "no current meds. denies si/hi. good eye contact.",
])
def test_lowercase_clinical_shorthand_is_no_lowercase_name(detector, text):
    assert untouched(detector, text, "meds")


@pytest.mark.parametrize("text, value", [
    ("pt calm today, no psych meds, sister rosalind okafor visited.", "rosalind okafor"),
    ("no meds. talked with mom jessamyn about school.", "jessamyn"),
    ("client says no meds, saw dr. halvorsen on tuesday.", "halvorsen"),
])
def test_lowercase_names_beside_the_shorthand_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She left Denmark at 19; her Danish relatives call on Sundays.", "Denmark"),
    ("No treatment while living in Norway; speaks Norwegian at home.", "Norway"),
    ("Came from Lebanon as a teen; Lebanese family nearby.", "Lebanon"),
])
def test_a_country_named_like_a_town_is_the_country_when_its_people_are_named(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Lives out past the Lebanon turnoff on the county road.", "Lebanon"),
    ("Drives to work in Peru every morning from Logansport.", "Peru"),
    ("Moved to Lebanon, NH last spring.", "Lebanon"),
])
def test_a_country_named_like_a_town_stays_a_town_without_its_people(detector, text, value):
    assert covered(detector, text, value)
