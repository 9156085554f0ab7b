"""Identifiers in the shapes forms and logs print them. Examples written here, three or more per class."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("DOS: 04NOV2025   Provider: Okafor", "04NOV2025"),
    ("Follow-up 12Nov2025 0900 at the clinic.", "12Nov2025"),
    ("IED blast 14JUN12, mild TBI, no LOC.", "14JUN12"),
])
def test_military_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("3. PATIENT'S BIRTH DATE (MM DD YY) ... 07 19 96   SEX [X]F", "07 19 96"),
    ("  1  09 16 25  09 16 25   11   90791   200 00", "09 16 25"),
    ("SIGNED: signature on file    DATE 10 03 25", "10 03 25"),
])
def test_claim_form_dates_with_spaces(detector, text, value):
    assert covered(detector, text, value)


def test_three_small_numbers_with_no_date_cue_stay(detector):
    text = "Scores by week: 12 15 09 for the anxiety items."
    assert untouched(detector, text, "12 15 09")


@pytest.mark.parametrize("text, value", [
    ("CITY ONEIDA CASTLE   STATE NY   ZIP CODE 13421", "13421"),
    ("City: Red Hook   State: NY", "Red Hook"),
    ("CITY ONEIDA CASTLE   STATE NY   ZIP CODE 13421", "ONEIDA CASTLE"),
    ("Zip: 49503-1120 (home)", "49503-1120"),
])
def test_city_and_zip_after_their_labels(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("4. INSURED'S NAME .......... OYELARAN, BABATUNDE O", "OYELARAN, BABATUNDE O"),
    ("In the Matter of: CHAVAJAY TZOC, Ixchel Magdalena        A-Number: on file", "CHAVAJAY TZOC, Ixchel Magdalena"),
    ("Patient name: DUBOIS-KANE, Marielle T.", "DUBOIS-KANE, Marielle T"),
])
def test_surname_first_after_a_name_label(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Residence Whitcomb Hall, Rm 312; referred by her RA.", "Whitcomb Hall, Rm 312"),
    ("Seen at the annex, Bldg 36015; ASAP referral.", "Bldg 36015"),
    ("Re: housing accommodation for the tenant of Unit C-214.", "Unit C-214"),
])
def test_rooms_buildings_and_units(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("2. T.O'B. (47 M) - alcohol use disorder, in early remission.", "T.O'B."),
    ("3. AMK (16, NB, they/them) - social anxiety.", "AMK"),
    ("1. J.R. (29 F) - panic disorder.", "J.R."),
])
def test_initials_listed_with_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Her grandmother reportedly lived to 103.", "103"),
    ("Her father, a nonagenarian, still drives.", "nonagenarian"),
    ("Her shimásání, 93, still herds sheep.", "93"),
    ("His uncle died at 97 in the family home.", "97"),
])
def test_ages_over_89_told_without_the_word_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Home: Red Valley, about 8 miles past the turnoff; no phone.", "Red Valley"),
    ("Hometown - Bluefield; moved here for school.", "Bluefield"),
    ("Residence: Maple Grove Estates (trailer).", "Maple Grove Estates"),
])
def test_a_place_after_a_home_label(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Employer (Ulster Savings branch) wants a return-to-work letter.", "Ulster Savings"),
    ("Company: Tidewater Composite Structures, Inc. - Chesapeake plant", "Tidewater Composite Structures, Inc."),
    ("11b. INSURED'S EMPLOYER ......... MOHAWK VALLEY TOOL & DIE INC", "MOHAWK VALLEY TOOL & DIE INC"),
])
def test_an_employer_after_its_label(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("[2025-10-07 08:43] STAFF NOTE (ajb): updated guardian contact.", "ajb"),
    ("Chart corrected, entered by (tvm) at 4 pm.", "tvm"),
    ('4. Client "D." (34 M) - PTSD, second session.', "D."),
])
def test_staff_and_client_initials(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Deployed to Camp Arifjan, Kuwait (Jan-Sep 2023).", "Camp Arifjan"),
    ("Installation: Fort Cavazos, TX", "Fort Cavazos"),
    ("PCS from Joint Base Lewis-McChord last spring.", "Joint Base Lewis-McChord"),
])
def test_military_installations(detector, text, value):
    assert covered(detector, text, value)
