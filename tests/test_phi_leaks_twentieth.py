"""Classes of PHI leaks from the twentieth blind set (examples written here): a clinic named "<Place> Assessment
Center", an organisation whose name ends in a payer's ordinary words ("<Town> Health Alliance"), a named day with its
year, court case numbers (spaced, with the court's code, with a bracketed sheet), a town before its state after a
comma; and what must stay: a note's shorthand labels ("Dx (PT):"), instruments named "... Assessment", a payer alone,
a program's day number."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Testing was completed at Northgate Assessment Center in May.", "Northgate Assessment Center"),
    ("Referral letter from Pinecrest Screening Clinic attached.", "Pinecrest Screening Clinic"),
    ("\\def\\site{Larkfield Assessment Services} % letterhead", "Larkfield Assessment Services"),
])
def test_a_clinic_named_after_an_instrument_word_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Completed the Vineland Adaptive Assessment; scores below.", "Vineland Adaptive Assessment"),
    ("Eating Attitudes Test 31 at intake.", "Eating Attitudes Test 31"),
    ("Columbia Suicide Severity Screen negative today.", "Columbia Suicide Severity Screen"),
])
def test_an_instrument_named_by_its_words_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Psychiatry at Dr. Ilse Varga, Somerville Health Alliance (lithium 600 mg).", "Somerville Health Alliance"),
    ("Records requested from Lakemont Health Alliance on Monday.", "Lakemont Health Alliance"),
    ("Her PCP is at Dunmore Network Health clinic on the hill.", "Dunmore Network Health"),
])
def test_an_organisation_ending_in_a_payers_words_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_payer_named_alone_stays(detector):
    text = "Insurance: Health Alliance; prior authorization requested for 12 sessions."
    assert untouched(detector, text, "Health Alliance")


@pytest.mark.parametrize("text, value", [
    ("Her father died on St. Brigid's Day 2023 and she stopped eating.", "St. Brigid's Day 2023"),
    ("He has not spoken to his brother since Boxing Day 2021.", "Boxing Day 2021"),
    ("The first relapse was on Veterans Day of 2019.", "Veterans Day of 2019"),
])
def test_a_named_day_with_its_year_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Petitioner v. Respondent. No. 2019 L 002231     Calendar 14", "2019 L 002231"),
    ("Order entered in the district court, no. 21-2-10457-3 KNT, on 3/4.", "21-2-10457-3 KNT"),
    ("Case No.: DR-19-008812 (12/40)    Judge: TBD", "DR-19-008812 (12/40)"),
])
def test_a_court_case_number_is_redacted_with_its_suffix(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Therapist: Puget Narrows Counseling, Renton WA  next visit in two weeks.", "Renton"),
    ("Clinic: Oak Street Therapy, Grand Forks ND; fax below.", "Grand Forks"),
    ("Discharged to Bayview Recovery House, Tacoma WA.", "Tacoma"),
])
def test_a_town_before_its_state_after_a_comma_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Visits 1-12 of 16, 03/02/2026 - 05/20/2026\nDx (PT): M54.5 low back pain", "Dx"),
    ("Seen 01/05/2026 - 02/20/2026\nHx (IN): two falls at home", "Hx"),
    ("Episode 4/1/2026 - 4/30/2026\nRx (CA): sertraline 50 mg daily", "Rx"),
])
def test_a_shorthand_label_at_a_line_start_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Day 2 of the 2024 protocol; she rated urges 4 of 10.", "Day 2"),
    ("Plan: Beck Depression Inventory at the next visit.", "Beck Depression Inventory"),
])
def test_clinical_words_and_a_day_without_a_year_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Facility: Lakemoor Eating Disorder Program at Bellhaven General, Floor 2", "Lakemoor Eating Disorder Program"),
    ("Employer ........ Orchard Anxiety Disorders Clinic", "Orchard Anxiety Disorders Clinic"),
    ("Institution: Greywater Substance Use Disorder Center", "Greywater Substance Use Disorder Center"),
])
def test_a_form_fields_organisation_keeps_its_diagnosis_words(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Address 12 Quill Lane    City Fairhaven    State MA    Zip 02719", "Fairhaven"),
    ("Street 9 Elm Row    City North Bexley    State OH    Zip 43209", "North Bexley"),
    ("Home 4 Vale Ct    City Brandon    Zip 57005", "Brandon"),
])
def test_a_city_cell_of_a_form_row_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Signed, Tomas Eberle, LISW-S (I.0923114)", "I.0923114"),
    ("Reviewed by Ana Piel, LPC (A-20931).", "A-20931"),
    ("Supervisor: Jo Kranz, LMFT-S (#77120)", "77120"),
])
def test_a_licence_number_in_a_bracket_after_a_credential_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Door log:  Laundry -- K. Ostrander     GRANTED  07:10", "K. Ostrander"),
    ("Claimant: Tamsin B.     Date: 3-4-26", "Tamsin B."),
    ("Traveler: HALVORSEN/JENNIFER K    Gate B9", "HALVORSEN/JENNIFER K"),
])
def test_a_name_with_an_initial_or_written_surname_slash_given_is_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("CDL Class B, no. K07-31-2209, expires 2028.", "K07-31-2209"),
    ("Permit no. F41-08-5531 issued by the county.", "F41-08-5531"),
    ("Badge M54-12-0087 was deactivated.", "M54-12-0087"),
])
def test_a_number_that_begins_like_a_diagnosis_code_is_an_id(detector, text, value):
    assert covered(detector, text, value)


def test_a_diagnosis_code_stays(detector):
    text = "Dx: K04.7 periapical abscess; F41.1 generalized anxiety disorder; M54.5 low back pain."
    for code in ("K04.7", "F41.1", "M54.5"):
        assert untouched(detector, text, code)


@pytest.mark.parametrize("text, value", [
    ("Works mornings at Little Wren Coffee on Killingsworth. Sleeps poorly.", "Killingsworth"),
    ("They met at the taqueria on Alberta, then walked home.", "Alberta"),
    ("His brother tends bar at the tavern on Foster and drinks after shifts.", "Foster"),
])
def test_a_street_named_alone_after_a_shop_on_it_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("The pharmacy on Monday was closed, so she missed a dose.", "Monday"),
    ("He joined the support group at the library on Zoom.", "Zoom"),
])
def test_a_day_or_a_platform_after_a_shop_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Spoke w/ Dara Voss, LISW-S, North Fork Wellness Collaborative (555-0101).", "North Fork Wellness Collaborative"),
    ("Referred by the Greenfield Family Collaborative last week.", "Greenfield Family Collaborative"),
    ("Case manager from Tri-County Youth Collaborative attended.", "Tri-County Youth Collaborative"),
])
def test_an_organisation_named_a_collaborative_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_therapy_named_collaborative_stays(detector):
    text = "We used Collaborative Problem Solving with the family twice this month."
    assert untouched(detector, text, "Collaborative Problem Solving")


@pytest.mark.parametrize("text, value", [
    ("Facility: Harlow Behavioral Pavilion - Adult PHP", "PHP"),
    ("Facility ....... Stonebridge Recovery Center IOP", "IOP"),
    ("Employer: Quarry Lane Counseling, outpatient", "outpatient"),
])
def test_a_level_of_care_closing_a_fields_value_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("UNIT ........... HHC, 3d Signal Bn     RANK ....... SGT", "3d Signal Bn"),
    ("Deployed with 1st Plt, C Co, 2-327th IN out of FOB Salerno in 2009.", "2-327th IN"),
    ("Served with 2nd Plt, C Co, then at COP Keating until the attack.", "COP Keating"),
])
def test_a_military_unit_or_base_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Protective order on file (Pender Co. file 25CV-0042).", "Pender Co."),
    ("She was laid off by Halvorsen Freight Co. in March.", "Halvorsen Freight Co."),
    ("Subject: Whitlock, R -- intake packet received", "Whitlock, R"),
])
def test_an_abbreviation_or_an_initial_keeps_its_last_character(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Hep B vaccine series done; 3rd session next week.", "3rd session"),
    ("He finished 2nd place in the 5th grade spelling bee.", "2nd place"),
])
def test_ordinal_words_that_are_no_unit_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("They wait for the bus between the Alder & 9th stop and the library.", "Alder & 9th"),
    ("He panics waiting past the 3rd and Pine light.", "3rd and Pine"),
    ("Youth group meets at St. Rose Philippine on Wednesdays.", "St. Rose Philippine"),
])
def test_a_corner_stop_or_a_saints_church_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('"tell dr k he ruined my life" was left on the voicemail.', "k"),
    ("Mr. B said the rent is late again.", "B"),
    ("Saw Dr. J, who changed the dose.", "J"),
])
def test_a_title_with_an_initial_alone_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Rated the 4th and 5th items lowest on the scale.", "5th items"),
    ("Grades fell in the Fall and 2nd quarter this year.", "2nd quarter"),
    ("Between the 1st and 2nd session she slept poorly.", "2nd session"),
])
def test_an_ordinal_term_stays(detector, text, value):
    assert untouched(detector, text, value)
