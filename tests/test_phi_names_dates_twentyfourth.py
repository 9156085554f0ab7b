"""Classes of name, date and age leaks from the twenty-fourth blind set (examples written here): months of other
calendars with a day and no year, French "mars"/"mai" after a day and the French "1er",
holidays fixed in the calendar, a month/day after a date label in capitals, an age field named for one event; a DICOM
person-name element, a handle after an account label, initials of a double surname, a surname-first name in a table
cell. And what must stay: a small fraction in a run of scores, words after an account label, "mars" as an English word."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Her yahrzeit falls on 14 Adar this spring.", "14 Adar"),
    ("The family fasts until 1 Shawwal, then visits.", "1 Shawwal"),
    ("Planned a visit for 5 Sivan (his grandson's bar mitzvah).", "5 Sivan"),
])
def test_a_day_of_another_calendar_without_its_year_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Hospitalisée du 7 mars 2024 au 19 mars 2024.", "7 mars 2024"),
    ("Tentative le 1er mai, dans un contexte de deuil.", "1er mai"),
    ("Revue le 12 mai en consultation.", "12 mai"),
])
def test_french_mars_and_mai_after_a_day_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He marched in the parade on Veterans Day and slept badly after.", "Veterans Day"),
    ("She wants a party on St. Patrick's Day like every year.", "St. Patrick's Day"),
    ("The fall happened on Juneteenth at his niece's house.", "Juneteenth"),
])
def test_a_holiday_fixed_in_the_calendar_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("CHECK SHEET\nDATE 12/26 | shift night | initials", "12/26"),
    ("SEEN 4/17 by the covering nurse.", "4/17"),
    ("ADMIT 9/23 from the ED.", "9/23"),
])
def test_a_month_day_after_a_date_label_in_capitals_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Age at assessment: 96   Setting: home", "96"),
    ("Age on arrival = 92", "92"),
    ("AGE AT REFERRAL: 101", "101"),
])
def test_an_age_field_named_for_one_event_is_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("(0008,0090) PN [OKONKWO-BELL^FIONA^R]     #  22, 1 ReferringPhysicianName", "OKONKWO-BELL^FIONA^R"),
    ("(0010,0010) PN [Lindqvist^Mattias]        #  18, 1 PatientName", "Lindqvist^Mattias"),
    ("(0008,1070) PN [r.szabo]                  #   8, 1 OperatorsName", "r.szabo"),
])
def test_a_dicom_person_name_element_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Reported account: dino_kid_2014 (under 13)", "dino_kid_2014"),
    ("Gamertag: SilentFernOwl, plays most nights", "SilentFernOwl"),
    ("Screen name = priya.codes  joined in March", "priya.codes"),
])
def test_a_handle_after_an_account_label_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Intake completed. Signature: T.R.-W.", "T.R.-W."),
    ("Survivor: Ottilie B.-N.   Advocate on call", "Ottilie B.-N."),
    ("Copy reviewed per J.-K. before release.", "J.-K."),
])
def test_initials_of_a_double_surname_are_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 4  | Pemberton, Augustine     | 1958-07-11 | weekly |", "Pemberton, Augustine"),
    ("| 7  | Szymanski, Dolores   | monthly |", "Szymanski, Dolores"),
    ("| row | Castellanos, Ines | telehealth |", "Castellanos, Ines"),
])
def test_a_surname_first_name_in_a_table_cell_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("   MoCA        24/30   10/14\n   PHQ-9       12      10/14", "10/14"),
    ("SLUMS 18/30 at intake, 5/6 at discharge review", "5/6"),
    ("BIMS 13/15   3/2\nGDS 6/15   3/2", "3/2"),
])
def test_a_date_beside_a_score_with_no_label_between_stays_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("RBANS 61/100 (low); Trails B 3/5 errors; naming 4/4.", "4/4"),
    ("Capacity: understanding 4.5/6, appreciation 3/4, reasoning 6/8.", "3/4"),
    ("SLUMS 19/30; clock 2/4; recall 3/5", "2/4"),
    ("Account: Savings   Profile: Inactive", "Savings"),
    ("Earned 2 mars bars for the reward chart.", "2 mars"),
    ("Ate 6 mars bars in one sitting, per mother.", "6 mars"),
])
def test_scores_account_words_and_planets_stay(detector, text, value):
    assert untouched(detector, text, value)
