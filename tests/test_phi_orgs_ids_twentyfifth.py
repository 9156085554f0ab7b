"""Organisation, address and identifier classes from the twenty-fifth blind set (examples written here): older street
abbreviations, a street named by its abbreviated suffix or by its name alone where someone lives, a neighbourhood in
brackets after the town with its kind of place, a staff member's post at a place with no head word, a drop-in or
respite centre, a Greek-letter society and its chapter, a place named before its street address, a grouped number with
a letter prefix and further values after one label, and a booking code after the trip it belongs to. What must stay
(a doctor after a day, a payer before its address, a flight number, a kind of care) stays."""
from __future__ import annotations

import pytest

from assistant.phi.recognizers.org_shapes import find_org_shapes
from assistant.phi.recognizers.trip_codes import find_trip_codes
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, street", [
    ("Last known address: 14 Larkspur Terr., Holyoke, MA 01040.", "14 Larkspur Terr."),
    ("Mailing: 9 Heron Crt, Apt 2, Dover", "9 Heron Crt"),
    ("Moved in March to 300 Marigold Cres with her aunt.", "300 Marigold Cres"),
])
def test_an_older_street_abbreviation_after_a_house_number_is_an_address(detector, text, street):
    assert covered(detector, text, street)


@pytest.mark.parametrize("text, street", [
    ("He still visits the old house on Quillfeather Dr. every week.", "Quillfeather Dr."),
    ("They met outside the laundromat off Bramblewood Terr, then walked.", "Bramblewood Terr"),
    ("Her cousin drives past Ironbark Trl on the way to school.", "Ironbark Trl"),
])
def test_a_street_named_by_its_abbreviated_suffix_without_a_number_is_an_address(detector, text, street):
    assert covered(detector, text, street)


def test_a_doctor_after_a_day_is_no_street(detector):
    assert untouched(detector, "Seen on Tuesday Dr. Ames said the plan holds.", "Tuesday")


@pytest.mark.parametrize("text, street", [
    ("Her brother lives a block over on Hawthorne.", "Hawthorne"),
    ("He moved into a duplex on Kenwood, near the school.", "Kenwood"),
    ("Dad grew up three doors down on Halsted and still visits.", "Halsted"),
])
def test_a_street_named_alone_where_someone_lives_is_an_address(detector, text, street):
    assert covered(detector, text, street)


@pytest.mark.parametrize("text, word", [
    ("She lives on Social Security and her pension.", "Social Security"),
    ("He moved home on Thursday after discharge.", "Thursday"),
    ("Mom has been living on Medicaid since the layoff.", "Medicaid"),
])
def test_what_someone_lives_on_that_is_no_street_stays(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, place", [
    ("Home: 710 Fenn Ave #22, Easton 18042 (Lake-Pointe towers)", "Lake-Pointe"),
    ("Address: 41 Ash Ave, Apt 3 (Fells Point area)", "Fells Point"),
    ("Residence: 5 Quarry Rd, Brandt, PA 17001 (Harbor-Glen projects)", "Harbor-Glen"),
])
def test_a_bracketed_neighbourhood_after_an_address_is_an_address(detector, text, place):
    assert covered(detector, text, place)


@pytest.mark.parametrize("text, org", [
    ("She is the intake coordinator at Juniper Crossing and likes it.", "Juniper Crossing"),
    ("Met with a peer navigator at Eastbank Assertive Community Treatment last week.",
     "Eastbank Assertive Community Treatment"),
    ("Her sister works nights as a charge nurse at Harlow Pines.", "Harlow Pines"),
])
def test_a_place_where_a_staff_member_holds_a_post_is_an_organisation(detector, text, org):
    assert covered(detector, text, org)


@pytest.mark.parametrize("text, org", [
    ("THE HARBORLIGHT TEEN DROP-IN -- INTAKE SHEET", "HARBORLIGHT TEEN DROP-IN"),
    ("Stayed two nights at Cedar Hollow Respite before the move.", "Cedar Hollow Respite"),
    ("Picks up groceries at the Westgate Community Pantry on Fridays.", "Westgate Community Pantry"),
])
def test_a_drop_in_respite_or_pantry_is_an_organisation(detector, text, org):
    assert covered(detector, text, org)


@pytest.mark.parametrize("text, org", [
    ("Sister is pledging Sigma Delta Tau -- Gamma Xi chapter this fall.", "Sigma Delta Tau -- Gamma Xi chapter"),
    ("He joined Alpha Chi Omega at college.", "Alpha Chi Omega"),
    ("Chapter: PHI MU, chapter Beta Nu", "PHI MU, chapter Beta Nu"),
])
def test_a_greek_letter_society_and_its_chapter_is_an_organisation(detector, text, org):
    assert [text[s.start:s.end] for s in find_org_shapes(text)] == [org]
    assert covered(detector, text, org)


@pytest.mark.parametrize("text", [
    "Beta blocker started; alpha waves noted on EEG.",
    "Chi-square p < .05 for the Delta group.",
    "Cronbach's Alpha was 0.81.",
])
def test_a_greek_letter_alone_names_no_society(text):
    assert find_org_shapes(text) == []


@pytest.mark.parametrize("text, org", [
    ("Reception: The Copper Kettle at Birch Hollow, 18 Mill Rd, Grafton", "The Copper Kettle at Birch Hollow"),
    ("Venue -- Larkin Barn Loft, 220 County Rd 9, Pell", "Larkin Barn Loft"),
    ("Party moved to Saffron Table, 41 W Dune Ave, after the storm.", "Saffron Table"),
])
def test_a_place_named_before_its_street_address_is_an_organisation(detector, text, org):
    assert covered(detector, text, org)


@pytest.mark.parametrize("text", [
    "Appeals go to Blue Cross Blue Shield, 300 E Randolph St, Chicago.",
    "Mail the form to Social Security, 12 Federal Plaza Ave.",
    "Transferred to the Emergency Department, 40 Lake Ave, by ambulance.",
    "Level II NICU, 900 Grant St, second floor",
])
def test_a_payer_or_public_body_before_its_address_is_no_local_organisation(text):
    assert find_org_shapes(text) == []


@pytest.mark.parametrize("text, value", [
    ("Passes: K0381 2207 9915 6604 issued at the gate.", "K0381 2207 9915 6604"),
    ("Ticket nos: K0381 2207 9915 6604 / K0381 2207 9915 6605", "K0381 2207 9915 6605"),
    ("Ticket IDs .... AB221 0934 7781 0020 / AB221 0934 7781 0021 / AB221 0934 7781 0022", "AB221 0934 7781 0022"),
])
def test_a_number_in_groups_of_four_with_a_letter_prefix_is_an_identifier(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, code", [
    ("her flight home is Delta GX4TQ2 on Friday", "GX4TQ2"),
    ("the Amtrak trip (K7RWQ9) was rebooked", "K7RWQ9"),
    ("Cruise booking is Carnival, ref pending; cruise code HB72QX", "HB72QX"),
])
def test_a_booking_code_after_its_trip_is_an_identifier(detector, text, code):
    assert [text[s.start:s.end] for s in find_trip_codes(text)] == [code]
    assert covered(detector, text, code)


@pytest.mark.parametrize("text", [
    "took flight UA1423 home",
    "the flight was AAL88 out of Dallas",
    "flight B6123 landed late",
])
def test_a_flight_number_is_no_booking_code(text):
    assert find_trip_codes(text) == []
