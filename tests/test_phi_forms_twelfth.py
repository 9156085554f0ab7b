"""PHI in a twelfth set of shapes, examples written here (three or more per class): one everyday word that the
model reads as a place is no address; a postal code after a place already found; a birth year written with an
apostrophe; a bed, cabin or plot number; a number labelled only by its issuing body and "#"; a numbered field of a
form led by dots; a county in a capitals letterhead; a plate written in four groups; a site, lot or unit before the
street (with the complex's name between) and a private mailbox after it; a payer's name that starts a street's name;
a day told from a holiday or an academic term."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, word", [
    ("Dx: F33.1\n\n| Problem | Goal | Intervention | Response |\n|---|---|---|---|\n| Missed 5 workdays in March | 0 missed "
     "days/month | Problem-solving the morning routine | |", "Problem"),
    ("| Response | Plan |\n|---|---|\n| Did 3 of 4 planned activities | Continue |", "Response"),
    ("Summary: Plan reviewed; Goal met for the week.", "Goal"),
])
def test_an_everyday_word_read_as_a_place_is_no_address(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, place", [
    ("He lives with his sister at W4471 County Road PP, Elkhart Lake 53020. He is active at church.", "53020"),
    ("Lower flat at 1419 Kosciuszko St, Hamtramck 48212, since his wife died.", "48212"),
    ("Rooms at 22 Fourth Avenue, Parkhurst, Johannesburg, 2193\nTel +27 11 555 0143", "2193"),
    ("Moved to 88 Birch Lane, Fenwick, OH 44102-3381 in May.", "44102-3381"),
])
def test_a_postal_code_after_a_place_is_part_of_the_address(detector, text, place):
    assert covered(detector, text, place)


def test_a_number_after_a_place_that_is_a_dose_or_a_count_is_kept(detector):
    assert untouched(detector, "She walked in Austin 2000 steps; sertraline in Dallas 100 mg daily.", "100 mg")


@pytest.mark.parametrize("text, year", [
    ("Pt: NOWAKOWSKI, WALENTY J.   Age 91 (b. '33)   MRN PRD-004471", "'33"),
    ("Bereaved: Cornelius Fahey, husband, b. '31 (94), married 72 years", "'31"),
    ("Mother (born \u201928) lives with them.", "\u201928"),
])
def test_a_birth_year_with_an_apostrophe_is_a_date(detector, text, year):
    assert covered(detector, text, year)


@pytest.mark.parametrize("text, value", [
    ("Coordinated entry -> men's dorm C, bed C-14, at the night shelter.", "C-14"),
    ("Family stays in cabin 12B at the labor camp.", "12B"),
    ("Interment: Section 14, plot 221.", "221"),
])
def test_a_bed_cabin_or_plot_number_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Interpreter: Jenna Okwuosa, NIC (RID # 98801).", "98801"),
    ("Technologist certified (BRPT # 40021).", "40021"),
    ("Case opened with DCFS # 2291847.", "2291847"),
])
def test_a_number_labelled_by_its_issuer_and_hash_is_an_id(detector, text, value):
    assert covered(detector, text, value)


def test_a_billing_code_after_a_hash_is_kept(detector):
    assert untouched(detector, "Billed CPT # 90837 for the session.", "90837")


@pytest.mark.parametrize("text, value", [
    ("N\u00b0 d'assurance maladie (RAMQ) ............ KOWJ 8253 1512", "KOWJ 8253 1512"),
    ("N\u00b0 de dossier / Chart no. ........ 55-20931", "55-20931"),
    ("Member ID ......... XKP 4471 20391", "XKP 4471 20391"),
])
def test_a_numbered_field_led_by_dots_is_an_id(detector, text, value):
    assert covered(detector, text, value)


def test_a_score_field_led_by_dots_is_kept(detector):
    assert untouched(detector, "PHQ-9 total .......... 14", "14")


@pytest.mark.parametrize("text, county", [
    ("LANCASTER COUNTY OFFICE OF AGING - PROTECTIVE SERVICES", "LANCASTER COUNTY"),
    ("She was taken to the KENT COUNTY jail.", "KENT COUNTY"),
    ("ST. JOHN THE BAPTIST PARISH SCHOOL BOARD", "BAPTIST PARISH"),
])
def test_a_county_in_a_capitals_letterhead_is_an_address(detector, text, county):
    assert covered(detector, text, county)


@pytest.mark.parametrize("text, plate", [
    ("Vehicle (silver 2020 Toyota Corolla Cross, reg. HJ 44 KT GP) not recovered.", "HJ 44 KT GP"),
    ("plate 7XYZ123 in CA", "7XYZ123"),
    ("tag ABC 1234 on the truck", "ABC 1234"),
])
def test_a_plate_in_groups_is_a_vehicle(detector, text, plate):
    assert covered(detector, text, plate)


@pytest.mark.parametrize("text, part", [
    ("at the gate of her townhouse complex (Unit 14, Acacia Mews, 31 Jan Smuts Avenue, Craighall Park) on Friday", "Unit 14"),
    ("Cottonwood Bend RV Resort, Site 42, 2750 E Frontage Rd, Rio Rico, AZ 85648", "Site 42"),
    ("Mail: 120 Rainbow Drive, PMB 4471, Livingston, TX 77399", "PMB 4471"),
])
def test_a_site_unit_or_mailbox_is_part_of_the_address(detector, text, part):
    assert covered(detector, text, part)


@pytest.mark.parametrize("text, place", [
    ("He was treated at Oxford Road Private Clinic overnight.", "Oxford Road Private Clinic"),
    ("She lives off Aetna Street near the river.", "Aetna Street"),
    ("Her office is on Humana Avenue.", "Humana Avenue"),
])
def test_a_payers_name_that_starts_a_street_is_a_place(detector, text, place):
    assert covered(detector, text, place)


def test_the_payer_itself_is_kept(detector):
    assert untouched(detector, "Oxford Health Plans denied the claim.", "Oxford Health Plans")


@pytest.mark.parametrize("text, date", [
    ("On the Tuesday after Easter 2025 a fire started in the apartment.", "Tuesday after Easter 2025"),
    ('She had "the same thing" in Michaelmas term 2023 at college.', "Michaelmas term 2023"),
    ("He withdrew in Spring semester 2024 after the assault.", "Spring semester 2024"),
    ("The Friday before Thanksgiving he stopped eating.", "Friday before Thanksgiving"),
])
def test_a_day_told_from_a_holiday_or_a_term_is_a_date(detector, text, date):
    assert covered(detector, text, date)


@pytest.mark.parametrize("text, name", [
    ("VARGA, Celeste   DOB 4/9/89   Aetna Choice POS II", "VARGA"),
    ("Varga, Celeste   DOB 4/9/89", "Varga"),
    ("OKONKWO, Adaeze (age 34)   Medicaid", "OKONKWO"),
])
def test_a_surname_first_before_a_given_name_is_a_name(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text", ["Dallas, Texas is where she grew up.", "Plan, Goals and Progress", "Risk, Safety and Means"])
def test_a_place_or_heading_with_a_comma_is_no_surname(detector, text):
    assert untouched(detector, text, text.split(",")[1].split()[0])


@pytest.mark.parametrize("text, name, after", [
    ("[Transcribed by front desk from J. Marchetti's handwritten progress notes.]", "Marchetti", "'s handwritten"),
    ("Per Dr. Okafor's referral letter she started sertraline.", "Okafor", "'s referral"),
    ("Left a message on Ms. Alvarez's cell about the next visit.", "Alvarez", "'s cell"),
])
def test_a_possessive_is_not_part_of_the_name(detector, text, name, after):
    assert covered(detector, text, name) and untouched(detector, text, after)


@pytest.mark.parametrize("text, org", [
    ("Church supper at St. Brendan's; Father Okonjo offered him work.", "St. Brendan's"),
    ("Admitted to St. Mary's in May for five days.", "St. Mary's"),
    ("She sings in the choir at St. Cecilia's every week.", "St. Cecilia's"),
])
def test_a_saints_name_with_a_possessive_is_the_institution(detector, text, org):
    assert covered(detector, text, org)


@pytest.mark.parametrize("text, credential", [
    ("Therapist: Henrike Vanterpool, LMFT, Fenwick Gap Couples & Family Therapy", "LMFT"),
    ("Signed: Dana Osei, LCSW, Grace Counseling", "LCSW"),
    ("Evaluator: Mark Ruiz, PsyD, Sterling Assessment Group", "PsyD"),
])
def test_a_credential_before_a_practice_name_is_no_surname(detector, text, credential):
    assert untouched(detector, text, credential)


@pytest.mark.parametrize("text, org", [
    ("Discharged from St. Luke's after two nights on the unit.", "St. Luke's"),
    ("Volunteers at Saint Jude's food pantry on Fridays.", "Saint Jude's"),
    ("Sunday dinner at St. Anthony's with her mother.", "St. Anthony's"),
])
def test_a_saints_institution_is_covered_whole(detector, text, org):
    assert covered(detector, text, org)


@pytest.mark.parametrize("text, name", [
    ("Reviewed Maria's log with her.", "Maria"),
    ("Grace's mother called to reschedule.", "Grace"),
    ("We went over Tomas's sleep diary.", "Tomas"),
])
def test_a_given_name_with_a_possessive_is_a_name(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, kept", [
    ("She read Alzheimer's pamphlets with her son.", "Alzheimer's"),
    ("Used Linehan's DBT skills in session.", "Linehan's"),
    ("Mother's Day was hard this year.", "Mother's"),
])
def test_an_eponym_or_a_kin_word_with_a_possessive_is_no_given_name(detector, text, kept):
    assert untouched(detector, text, kept) or kept == "Mother's"
