"""Classes of PHI leaks from the twenty-second blind set (examples written here): organisations named without a head
word after what ties a person to them (a job, a coached team, a state university, a hospital stay, a children's
hospital), a practice named for its physicians or its surgery, an area's ACT team, a scout troop and a military unit,
a hospital's department after its name, a payer's word that is also a town; Italian dates, a register number
and a health authority; a month "of" a two-digit year and a span of months; a plate some words after the vehicle and
one whose group has five characters; a tracking number in groups of four; an age over 89 told in speech; a bunk in a
housing unit, a dorm suite and a building's unit letter. And what must stay: a year in prose after a label word, a
vehicle's model year, a count of sessions after a month, a percentage said, units of a dose, a row of years."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("She works weekends at Kettle Corner Thrift and likes it.", "Kettle Corner Thrift"),
    ("Dad interns for Blackwood Survey Partners downtown.", "Blackwood Survey Partners"),
    ("He coaches the U10 girls at Fox River Youth Soccer on Saturdays.", "Fox River Youth Soccer"),
    ("Brother (20, at Boise State) calls most nights.", "Boise State"),
])
def test_an_organisation_after_an_affiliation_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Prior attempt (ER visit at Mercy Ridge West in 2024).", "Mercy Ridge West"),
    ("She was hospitalized at Valley Crest for nine days.", "Valley Crest"),
    ("Started guanfacine through Children's Lakeshore (Dr. Amin).", "Children's Lakeshore"),
])
def test_a_hospital_known_by_its_own_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("FROM: 312 555 0101  HARBORVIEW FACIAL PLASTICS  TO: 312 555 0199", "HARBORVIEW FACIAL PLASTICS"),
    ("Records from Dunmore Valley Physicians were reviewed.", "Dunmore Valley Physicians"),
    ("Case manager: Ridgeline ACT Team (county contract).", "Ridgeline ACT Team"),
])
def test_a_practice_or_team_named_for_its_work_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He earned his badge with Troop 88 last spring.", "Troop 88"),
    ("Cub Scout Pack 3021 meets at the church.", "Pack 3021"),
    ("Unit: 1-5 Cavalry, 2nd ABCT (deployed).", "1-5 Cavalry, 2nd ABCT"),
])
def test_a_scout_or_military_unit_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Weight check at Brookfield Health pediatrics next week.", "Brookfield Health pediatrics"),
    ("Seen by Harlow Regional pediatrics in May.", "Harlow Regional pediatrics"),
    ("Her shots are at Saint Brigid Medical Center pediatrics.", "Saint Brigid Medical Center pediatrics"),
])
def test_a_department_after_a_hospital_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("I practise alone in Oxford, MS and drive in daily.", "Oxford"),
    ("She called Meridian PD about the truck.", "Meridian PD"),
    ("Employer: Meridian Survey Partners (remote).", "Meridian Survey Partners"),
])
def test_a_payer_word_used_as_a_town_or_business_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Torino, 3 febbraio 2025", "3 febbraio 2025"),
    ("HAM-D 22 a luglio, poi 14 a dicembre.", "luglio"),
    ("Firmato Dott. Greco (iscr. Ordine dei Medici di Lecce n. 44712)", "44712"),
    ("AZIENDA SANITARIA LOCALE LECCE -- Distretto 3", "AZIENDA SANITARIA LOCALE LECCE"),
])
def test_italian_dates_register_numbers_and_authorities_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("i moved out in june of 23. things got worse", "june of 23"),
    ("Since Oct of 21 she has lived alone.", "Oct of 21"),
    ("Father deployed JUL-DEC 2024 and mother worked nights.", "JUL-DEC 2024"),
    ("Stepfather was away Feb to May, 2023 for training.", "Feb to May, 2023"),
])
def test_a_month_of_a_short_year_or_a_span_of_months_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Records show vehicle at time of arrest KTR 4471 (impounded).", "KTR 4471"),
    ("He drives a grey Tacoma, plate 7B 42M19, seen twice.", "7B 42M19"),
    ("Sent certified (9400 1118 9922 3344 5566 77) on Friday.", "9400 1118 9922 3344 5566 77"),
    ("Card 4111 2222 3333 4444 was cancelled.", "4111 2222 3333 4444"),
])
def test_plates_and_grouped_numbers_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("DOB 3/1/1931 (she said 95 at intake; it matches).", "95"),
    ("He says he's 92 and still drives to church.", "92"),
    ("Pt states she is 101 this spring.", "101"),
])
def test_an_age_over_89_told_in_speech_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("LAKE ERIE CORRECTIONAL  HOUSING UNIT 3C, BUNK 12U", "UNIT 3C, BUNK 12U"),
    ("Moved to Pod B2 bed 7 after the fight.", "Pod B2 bed 7"),
    ("Shares a bathroom with suite 210B this term.", "suite 210B"),
    ("Address: 40 Elm Dr (family housing, Bldg 4410 Unit C), Fort Drum", "Bldg 4410 Unit C"),
])
def test_a_bunk_suite_or_unit_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She was in my thursday group in 2022 and did well.", "2022"),
    ("His car, a Honda CRV 2019, was towed.", "2019"),
    ("Since March of 12 sessions she attended nine.", "12"),
    ("She said 90 minutes was too long for her.", "90"),
    ("Pt reported 98% adherence this month.", "98"),
    ("Gave 10 units IV at 0900.", "10 units"),
    ("Cohorts 2021 2022 2023 2024 were compared.", "2021 2022 2023 2024"),
])
def test_years_counts_and_doses_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Studio medico\n\nLecce, 3 marzo 2025\n\nOggetto: relazione", "Lecce"),
    ("Springfield, March 3, 2025\nDear Dr. Amin,", "Springfield"),
    ("Hartsburg, 12/04/2025\nTo whom it may concern", "Hartsburg"),
])
def test_the_town_of_a_letters_dateline_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("They flew home through Des Moines on Sunday.", "Des Moines"),
    ("Her aunt lives in Des Plaines now.", "Des Plaines"),
    ("He coaches his younger cousin's team at Prairie Wind Youth Soccer twice a week.", "Prairie Wind Youth Soccer"),
])
def test_a_place_beginning_with_a_measure_word_or_a_long_cue_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Signed, 3 March 2025", "Signed"),
    ("DES score 22 and BAI 14 at intake.", "DES"),
])
def test_a_label_before_a_date_and_a_measure_stay(detector, text, value):
    assert untouched(detector, text, value)
