"""Classes of PHI leaks left in the twenty-first blind set (examples written here): a month of another language after
a word of time of that language ("desde junho"), a marker along a railway or a road told alone ("milepost 57"), a
fire or ambulance crew named by its station ("Lakeside Medic 4"), a business named for its trade or sport, a county's
sheriff and a school district written short, and a name in capitals whose head word is followed by what it is of."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Queixa: \"Desde março não consigo comer direito.\"", "março"),
    ("Refiere que hasta agosto vivía con su tía.", "agosto"),
    ("Die Beschwerden bestehen seit Oktober, laut Mutter.", "Oktober"),
])
def test_a_foreign_month_after_a_word_of_time_is_a_date(detector, text, value):
    assert covered(detector, text, value)


def test_a_short_creole_month_that_is_also_a_word_needs_a_day(detector):
    text = "Ella quiere dormir un poco en mas horas por la noche."
    assert untouched(detector, text, "mas")


@pytest.mark.parametrize("text, value", [
    ("Location: MP 88.4, Harwell Subdivision, westbound main.", "MP 88.4"),
    ("The truck left the road near milepost 131 in the fog.", "milepost 131"),
    ("Crash reported at mile marker 7.5 by a passing driver.", "mile marker 7.5"),
])
def test_a_marker_along_a_railway_or_road_is_a_place(detector, text, value):
    assert covered(detector, text, value)


def test_a_short_marker_form_without_a_decimal_or_place_word_stays(detector):
    text = "Vitals: BP 118/76, MP 3 per protocol."
    assert untouched(detector, text, "MP 3")


@pytest.mark.parametrize("text, value", [
    ("Patient was carried to the ED by Lakeside Medic 4 at 0210.", "Lakeside Medic 4"),
    ("North Fork Engine 12 arrived first and started CPR.", "North Fork Engine 12"),
    ("Cedar Hill Rescue 3 stood by while the family talked.", "Cedar Hill Rescue 3"),
])
def test_a_fire_or_ambulance_crew_named_by_its_station_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She cleans offices nights for Brightwater Cleaning, mostly downtown.", "Brightwater Cleaning"),
    ("Team: Summit Tumbling Gymnastics, level 8, practices 20 h a week.", "Summit Tumbling Gymnastics"),
    ("A report was filed with Harlan County Sheriff the next morning.", "Harlan County Sheriff"),
    ("District of residence: Elm Prairie ISD, grade 7.", "Elm Prairie ISD"),
])
def test_a_business_named_for_its_trade_or_a_county_office_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("BRAYFORD CONSERVATORY OF DANCE\nREQUEST FOR LEAVE OF ABSENCE", "BRAYFORD CONSERVATORY OF DANCE"),
    ("MILLBROOK ACADEMY OF THE ARTS\nStudent support referral", "MILLBROOK ACADEMY OF THE ARTS"),
    ("HOLLOWAY INSTITUTE OF TECHNOLOGY\nAccommodation letter", "HOLLOWAY INSTITUTE OF TECHNOLOGY"),
])
def test_a_capitals_name_whose_head_word_is_followed_by_of_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_state_department_of_something_in_capitals_stays(detector):
    text = "UNITED STATES DEPARTMENT OF LABOR\nForm for a work injury"
    assert untouched(detector, text, "UNITED STATES DEPARTMENT OF LABOR")
