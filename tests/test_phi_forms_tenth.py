"""PHI in a tenth set of shapes, examples written here (three or more per class): a section heading over a field
label is no name cue, and a label with a parenthesised hint ("Name (last, first, MI):") is one; a letter alone in
a column heading is no name; drug shorthand on a flowsheet stays ("Li level", "bup/nx")."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, label", [
    ("1. MEMBER\n   Name (last, first, MI): Whitcomb, Dale R.      DOB: 09/22/1978", "Name"),
    ("CLIENT\n  Name: Orla Finnegan-Reyes\n  DOB: 03/03/1990", "Name"),
    ("PATIENT\nClient (legal): Tomasz Wierzbicki", "Client"),
])
def test_a_heading_over_a_field_label_does_not_make_the_label_a_name(detector, text, label):
    assert untouched(detector, text, label)


@pytest.mark.parametrize("text, values", [
    ("Patient Name (Last, First): Okonkwo, Adaeze", ("Okonkwo", "Adaeze")),
    ("Client (legal name): Marisol Quintero-Baez", ("Marisol Quintero-Baez",)),
    ("Guardian (if minor): Desmond Achterberg", ("Desmond Achterberg",)),
])
def test_a_label_with_a_hint_in_parentheses_names_the_person_after_it(detector, text, values):
    assert all(covered(detector, text, v) for v in values)


@pytest.mark.parametrize("text, value", [
    ("DATE  TIME  BP      HR   T (F)  CIWA-Ar  COWS  INIT", "F"),
    ("Sex (M)  Age  Ht (in)  Wt (lb)  BMI", "M"),
    ("Temp (C)   Pulse   RR   SpO2", "C"),
])
def test_a_letter_alone_in_a_column_heading_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| Li dose | Li level 12-h trough |\n| Li carb ER 900 qhs | 0.52 mmol/L |", "Li dose"),
    ("Li target per MD: 0.8-1.0 mmol/L.", "Li target"),
    ("11/04 0500  bup/nx 4/1 mg SL; ondansetron 4 mg PO", "bup/nx"),
])
def test_drug_shorthand_on_a_flowsheet_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("22 Bairds Road, Otara · Ph 09 555 0135 · Fax 09 555 0136", "09 555 0135"),
    ("Mob 021 555 0139 (text first)", "021 555 0139"),
    ("Tel: 0161 555 0199 after 5 pm", "0161 555 0199"),
    ("Fax 09 555 0136", "09 555 0136"),
])
def test_a_number_after_a_phone_label_is_redacted_in_any_grouping(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Registered Social Worker (SWRB reg. 10442)", "10442"),
    ("Louisiana licensed psychologist no. 1184 · NPI on file", "1184"),
    ("Signature: A. Raghunathan   CPSO # 88412", "88412"),
])
def test_a_number_after_a_licence_or_registration_cue_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Removed from duty before departure; aircraft N417CS left with a reserve crew.", "N417CS"),
    ("Equipment: tractor unit 6612 (2022 model), trailer 53 ft", "6612"),
    ("His cousin drives him to work (car reg KTR482).", "KTR482"),
])
def test_a_plate_tail_number_or_fleet_unit_is_a_vehicle(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("His son in Nashua hasnt been by since Christmas.", "Christmas"),
    ("Her brother came from Chicago over Thanksgiving instead.", "Thanksgiving"),
    ("Relapsed the week after Memorial Day.", "Memorial Day"),
])
def test_a_holiday_in_the_clients_story_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF ONONDAGA\n---", "COUNTY OF ONONDAGA"),
    ("Superior Court of California, County of San Mateo", "County of San Mateo"),
    ("Filed in the Parish of St. Tammany", "Parish of St. Tammany"),
])
def test_a_county_named_after_of_is_a_place(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Card notes: diabetic tray, lives alone, b. 1931, turns 94 Sunday", "1931"),
    ("Born 1929 in a farmhouse outside town.", "1929"),
    ("WINIFRED A.   DOB on file (91 y)   F", "91"),
])
def test_a_birth_year_or_age_that_gives_away_ninety_plus_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_birth_year_under_ninety_years_ago_stays(detector):
    assert untouched(detector, "mother born in 1962, father b. 1958", "1962")


@pytest.mark.parametrize("text, value", [
    ("Site: Mountain West Clinical Research, Salt Lake City", "Mountain West Clinical Research"),
    ("She banked sperm in 2023 at Northern New England Fertility.", "Northern New England Fertility"),
    ("Referred by Greater Lowell Elder Outreach last week.", "Greater Lowell Elder Outreach"),
])
def test_organisations_named_by_more_head_words_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("TRANSPORT PROVIDER: Hill Country Vans    Driver: OKONKWO, CHIDI", "OKONKWO"),
    ("Caller: Dana Whitfield (roommate)", "Dana Whitfield"),
    ("Dispatcher: Lorna Teague took the call.", "Lorna Teague"),
])
def test_a_name_after_a_role_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("his son hasnt been by since spring", "hasnt"),
    ("her brother didnt call back", "didnt"),
    ("my sister wont answer", "wont"),
])
def test_a_contraction_typed_without_its_apostrophe_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


def test_an_id_with_an_underscore_is_redacted_whole(detector):
    assert covered(detector, "father (WeChat ID zw_pudong1971)", "zw_pudong1971")


@pytest.mark.parametrize("text, value", [
    ("Found at 03:50, I-70 WB at MM 221 near Russell.", "I-70 WB at MM 221"),
    ("The crash was on Hwy 12 northbound near exit 40.", "Hwy 12 northbound near exit 40"),
    ("Pulled over on Route 9 EB at mile marker 14 to call us.", "Route 9 EB at mile marker 14"),
])
def test_a_route_with_its_direction_and_marker_is_one_place(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Airman: F/O AUSTIN J. PELLEGRINI   DOB on file", "AUSTIN J. PELLEGRINI"),
    ("Cpl. Dana Whitfield reported the incident.", "Dana Whitfield"),
    ("Referred by Maj. Lorna Teague, unit commander.", "Lorna Teague"),
])
def test_a_name_after_a_rank_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("CDL ........ KS Class A, no. K04-55-1876, exp. 2027", "K04-55-1876"),
    ("Driver license: Class C, no. D9921-4471-0032", "D9921-4471-0032"),
    ("licence class B no. 7730-118-22 (commercial)", "7730-118-22"),
])
def test_a_licence_number_after_its_class_is_redacted(detector, text, value):
    assert covered(detector, text, value)
