"""PHI in a fifth set of shapes: surname-first cells and staff-initial columns, name and ZIP fields of structured
exports (XML, YAML), names someone goes by, a given name with one initial in a log, logins and initials after who
did something, initials derived from a full name with a middle initial or a hyphenated surname, names a detector
stopped short of, numbered streets with a direction and corners, landmarks with a lowercase noun, bar numbers,
foreign national IDs and badge numbers; and the clinical facts beside them that must stay (scores after an
instrument from the catalog, regional payers, program acronyms). Examples written here, three or more per class."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched

ROSTER = ("Row | Client               | DOB        | Clin | Note\n"
          "1   | FROST, Hope          | 1979-03-22 | KT   | VM left\n"
          "2   | de la Peña, Ximena   | 2001-10-09 | AR   | car broke down\n"
          "3   | Little Bear, Dawson  | 2004-12-30 | JW   | finals week\n")


@pytest.mark.parametrize("value", ["FROST, Hope", "de la Peña, Ximena", "Little Bear, Dawson", "KT", "AR", "JW"])
def test_surname_first_cells_and_staff_initials_columns(detector, value):
    assert covered(detector, ROSTER, value)


@pytest.mark.parametrize("text, value", [
    ('<patient><name use="L"><given>Wren</given><family>Szabo-Lindqvist</family></name></patient>', "Wren"),
    ('<name><given>Caspian</given><family>Mbeki-Rowe</family></name>', "Mbeki-Rowe"),
    ("name:\n  - use: official\n    family: Delacroix-Nwosu\n    given: [Ambrose, T]", "Ambrose"),
    ("address:\n  city: Jamaica Plain\n  postalCode: \"02130\"", "02130"),
    ("<addr><city>Barre</city><postalCode>05681</postalCode></addr>", "05681"),
])
def test_name_and_zip_fields_of_structured_exports(detector, text, value):
    assert covered(detector, text, value)


def test_a_family_field_that_is_no_name_stays(detector):
    text = "social:\n  family: supportive, lives nearby\n  work: part time"
    assert untouched(detector, text, "supportive")


@pytest.mark.parametrize("text, value", [
    ('Intake notes: goes by "Mo"; records from the eastside clinic.', "Mo"),
    ('Jaylen was calm with Silas, who calls him "Buster", and escalated twice.', "Buster"),
    ("Also known as: Toby Marsh", "Toby"),
    ('He moved to live with his grandmother, "Abuela" Chela, in the spring.', "Chela"),
])
def test_a_name_someone_goes_by(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("0912  Destiny M. superficial scratching L forearm; RN notified.", "Destiny M."),
    ("1445  Handoff to PM shift. Watch: Jasmine K. on q15 checks.", "Jasmine K."),
    ("0745  Meds: Trevor R. declined sertraline 75 mg.", "Trevor R."),
])
def test_a_given_name_and_one_initial_in_a_log(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("- Owner of sheet: kteague (last edit 3/18/25).", "kteague"),
    ("Last edited by: mvarga2 on 04/02", "mvarga2"),
    ("OFFICE USE: received 6 Feb 25 by front desk (kls); scanned to chart.", "kls"),
])
def test_logins_and_initials_after_who_did_something(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Signature of client: /s/ Tobias R. Oyelaran-Beck\n__TRB__ [X] Diagnoses", "TRB"),
    ("Client: Marisol J. Quintero-Vance\nInitials: MJQ", "MJQ"),
    ("Client: Ana P. Reyes-Whitfield\nInitials here: APW ____", "APW"),
])
def test_initials_from_a_name_with_a_middle_initial_or_hyphenated_surname(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Very truly yours,\n\nCassius R. Pell\nOklahoma Bar No. 30144", "Cassius R. Pell"),
    ("Signature of client: /s/ Tobias R. Oyelaran-Beck        Date: 02.06.2025", "Tobias R. Oyelaran-Beck"),
    ("Referred by Dr. Helena M. Castellanos-Ruiz for evaluation.", "Helena M. Castellanos-Ruiz"),
])
def test_the_rest_of_a_name_a_detector_stopped_short_of(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A card will go to 2610 SE 52nd Ct, Ocala, FL 34480.", "2610 SE 52nd Ct"),
    ("Custodian of Records\n2215 E. 71st St.\nTulsa, OK 74136", "2215 E. 71st St."),
    ("Met at the diner, corner of Kessler Ave and 9th St, at noon.", "Kessler Ave and 9th St"),
    ("Her car was struck at Yale Avenue and 41st Street by a truck.", "Yale Avenue and 41st Street"),
])
def test_numbered_streets_with_a_direction_and_corners(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Their farm is just past the Pruett covered bridge on the county road.", "Pruett covered bridge"),
    ("Gravel lane just past the Dunmore grange hall; green mailbox.", "Dunmore grange hall"),
    ("She waits for the bus outside the Kessling general store most mornings.", "Kessling general store"),
])
def test_a_landmark_named_with_a_lowercase_noun(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Cassius R. Pell\nOklahoma Bar No. 30144\nEnclosure", "30144"),
    ("Translator's note. CPF: 318.442.907-15   Admission: 03/02/2024", "318.442.907-15"),
    ("Harmon Valley PD Ofc. T. Gruenwald #318 on scene.", "318"),
    ("Signed: H. Brandt, LPCC  /  R. Vasquez #4471", "4471"),
])
def test_bar_numbers_national_ids_and_badges(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("GAD-7 was 12, and Mini-Cog 5/5. She has no plan or intent.", "Mini-Cog 5/5"),
    ("GDS-15 = 8; SLUMS 22/30; Katz ADL 6/6; Lawton IADL 4/8.", "Katz ADL 6/6"),
    ("GDS-15 = 8; SLUMS 22/30; Katz ADL 6/6; Lawton IADL 4/8.", "Lawton IADL 4/8"),
    ("19:55  BP 104/66  HR 112  RR 16  GCS 15  BGL 96", "GCS 15"),
])
def test_a_score_after_a_catalog_instrument_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Step-down targeted for June; CareOregon auth pending.", "CareOregon"),
    ("Payer: Sunflower Health Plan (KanCare).", "Sunflower Health Plan"),
    ("| 90834 | 3 | PacificSource Health Plans | JW |", "PacificSource Health Plans"),
    ("Prairie Bend Family Services - INTENSIVE IN-HOME (IIH) INITIAL HOME VISIT", "IIH"),
])
def test_regional_payers_and_program_acronyms_stay(detector, text, value):
    assert untouched(detector, text, value)


def test_a_corner_needs_a_street_word_not_just_at(detector):
    text = "Fiona was discharged from PHP at Cedar Ridge Hospital on 1/17."
    assert untouched(detector, text, "PHP")
    assert find_spans([text], detector)[0]  # the hospital itself is still found


@pytest.mark.parametrize("text, value", [
    ("Any correspondence with her employer, Meridian Title Company, about her leave.", "Meridian Title Company"),
    ("He rents a unit at Molina Creek Apartments on the east side.", "Molina Creek Apartments"),
    ("She works the front desk at Beacon Harbor Hotel on weekends.", "Beacon Harbor Hotel"),
    ("She banks at Humana Valley Bank downtown.", "Humana Valley Bank"),
])
def test_a_payer_s_name_that_begins_another_business_s_name_is_that_business(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("If it is seen in the lot, call Harbor Mills Police.", "Harbor Mills Police"),
    ("Her father is at Cimarron Plains Correctional Facility until June.", "Cimarron Plains Correctional Facility"),
    ("The family was at a tournament for Alum Creek Preparatory.", "Alum Creek Preparatory"),
])
def test_police_facilities_and_schools_named_by_their_head_word(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Step-down from the Psychiatric Residential Treatment Facility is planned.", "Psychiatric Residential Treatment Facility"),
    ("CRISIS INTERVENTION NOTE - Mobile Crisis Team", "Mobile Crisis Team"),
    ("Referred for PRTF admission after two ED visits.", "PRTF"),
])
def test_levels_of_care_and_generic_teams_stay(detector, text, value):
    assert untouched(detector, text, value)
