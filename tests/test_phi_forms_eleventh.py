"""PHI in an eleventh set of shapes, examples written here (three or more per class): a therapy named with its
acronym is treatment, not a practice; a hyphenated compound of words is no name; charting shorthand ("adm",
"PCP-directed") is no name; the subject of a record after "Pt:", "Student:" or "Beneficiary:"; a form's labelled
identity fields with leader dots (housing, facility, county, mailing)."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, kept", [
    ("PRE-GROUP INTAKE - Meta-Cognitive Therapy (MCT) group for adult ADHD", "Meta-Cognitive Therapy (MCT)"),
    ("Referred for Compassion-Focused Therapy (CFT) after two DBT cycles.", "Compassion-Focused Therapy (CFT)"),
    ("Plan: Cognitive Behavioral Therapy for Insomnia (CBT-I), 6 sessions.", "Cognitive Behavioral Therapy for Insomnia (CBT-I)"),
])
def test_a_therapy_named_with_its_acronym_is_kept(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, word", [
    ("ASRS-v1.1 all 18 items ...... Inattentive 29/36   Hyperactive-Impulsive 17/36", "Hyperactive-Impulsive"),
    ("PRE-GROUP INTAKE for the Tuesday cohort", "PRE-GROUP"),
    ("Spring 2024 PCP-directed outpatient taper, relapse in 3 weeks.", "PCP-directed"),
])
def test_a_compound_of_words_is_no_name(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, word", [
    ("Adm 10/06/2025   Review date 10/24/2025", "Adm"),
    ("Progress: PHQ-A down 4 pts from adm; first negative screen.", "adm"),
    ("Disch planned for Friday; indiv and grp both daily.", "Disch"),
])
def test_charting_shorthand_is_no_name(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, values", [
    ("Pt: ROJAS-KETTERING, Ximena   DOB 03/02/2010", ("ROJAS-KETTERING", "Ximena")),
    ("Student: Jaylen Okafor   Grade 7", ("Jaylen Okafor",)),
    ("Beneficiary: MARSH, Dolores A", ("MARSH", "Dolores A")),
])
def test_the_records_subject_after_another_label_word(detector, text, values):
    assert all(covered(detector, text, v) for v in values)


@pytest.mark.parametrize("text, value", [
    ("HOUSING......... UNIT F, CELL 214-B\nPRD............. 02-FEB-25", "UNIT F, CELL 214-B"),
    ("DOB..... 09-JUN-81      FACILITY: SNAKE HOLLOW CORRECTIONAL INSTITUTION", "SNAKE HOLLOW CORRECTIONAL INSTITUTION"),
    ("County ............... Adams\nInsurance ............ Sanford Health Plan", "Adams"),
    ("Mailing ........ PO Box 22, Bowdon ND 58418", "PO Box 22, Bowdon"),
])
def test_a_forms_identity_field_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("School: doing better, grades up since October.", "doing better, grades up"),
    ("Cell: 555-0142 (text ok)", "text ok"),
    ("Address: n/a (homeless, shelter bed)", "n/a"),
])
def test_a_field_label_in_prose_or_an_empty_field_redacts_nothing_clinical(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, kept", [
    ("GAI (Geriatric Anxiety Inventory): 9/20.", "9/20"),
    ("SMQ (Selective Mutism Questionnaire) 11/51 at intake.", "11/51"),
    ("ASRS (Adult ADHD Self-Report Scale) Part A: 5/6 shaded.", "5/6"),
])
def test_a_score_after_an_instruments_name_and_expansion_is_no_date(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, value", [
    ("DOB (mother) 3/12/1961", "3/12/1961"),
    ("DOS (see assessment) 4/9", "4/9"),
    ("Seen 9/20 for follow-up.", "9/20"),
])
def test_a_date_in_the_same_shape_is_still_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("5   08/11   Challenging Questions Worksheet             CQW 1/day        yes      52", "Challenging Questions Worksheet"),
    ("6   08/18   Patterns of Problematic Thinking            PoPT sheet       yes      48", "Patterns of Problematic Thinking"),
    ("Homework: Stuck Point Log and the Trauma Handout; tracker reviewed.", "Stuck Point Log"),
])
def test_a_worksheet_in_a_column_is_no_name(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, value", [
    ("MAIL: UNIT 28130 BOX 412, APO AE 09112", "UNIT 28130 BOX 412"),
    ("Patient matched: WHITEHORSE, DELBERT   RR 2 BOX 14, MEDICINE LODGE, KS 67104", "RR 2 BOX 14"),
    ("in the care of her mother, HC 1 BOX 5521, KEAAU, HI 96749", "HC 1 BOX 5521"),
    ("PSC 1005 Box 123, FPO AP 96349", "96349"),
    ("WILL MEET SM AT BLDG 2240 AT 1400.", "BLDG 2240"),
])
def test_mail_without_a_street_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Aunty Pua, now in her tenth decade and still sharp, stopped going out.", "tenth decade"),
    ('His brother Olaf "drove till 98."', "98"),
    ("Individual ......... Opal Mae Cornett            DOB 1931 (93)", "1931"),
    ("Her father, well into his nineties, still farms.", "into his nineties"),
])
def test_an_age_of_ninety_or_more_in_other_words(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("5. SM REQUESTS EMERGENCY LEAVE BEGINNING JULIAN 25034.", "25034"),
    ("Travel approved from Julian date 2025041 for ten days.", "2025041"),
    ("Report to unit on Julian 25102 at 0800.", "25102"),
])
def test_a_julian_date_after_its_label(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Referring: Dr. Ng, Renfrew Clinic - MSP prac. no. J4Q21; CPSBC 38211", "J4Q21"),
    ("Dr. Ng, CPSBC 38211, fax 604-555-0149", "38211"),
    ("Notary Public, Watauga County, commission no. 202419800114", "202419800114"),
    ("PHN            9876 543 217   (MSP active)", "9876 543 217"),
    ("Booking ref (PNR): K7QX2M      Frequent flyer no.: TPX-4471", "K7QX2M"),
])
def test_numbers_after_practitioner_health_card_and_booking_labels(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("CC:    1SG WILL HARTLEY, DSN 314-555-0127", "WILL HARTLEY"),
    ("Prescriber: GARCIA, MARIA", "GARCIA, MARIA"),
    ("12/19/24 | ALPRAZOLAM 0.5 MG TAB   | 60  | 15   | ODUYA, BENEDICT             | BO9917406", "ODUYA, BENEDICT"),
])
def test_a_name_after_a_grade_or_in_a_prescriber_column(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("FLUOXETINE, SERTRALINE and BUPROPION were tried.", "SERTRALINE"),
    ("Dx: ANXIETY, DEPRESSION (per referral).", "DEPRESSION"),
    ("PHQ-9 fell from 12 till 9 by week six.", "9"),
])
def test_drug_lists_diagnoses_and_small_numbers_stay(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, kept", [
    ("Anticipated further PHP: about 10 program days (to approx. 10/01/2025).", "approx"),
    ("Step down to est. 2 sessions a month from December.", "est."),
    ("Fees incl. the intake; excl. testing.", "incl."),
])
def test_abbreviations_after_a_place_word_are_no_place(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, kept", [
    ("Mailing: HC 61 Box 2207, Chiltah Wash, NM 87461. Lives with her grandmother in the hogan; no landline.", "Lives with her"),
    ("Address: RR 2 Box 41, Wexley; farmhouse at the end of the road, no street sign.", "farmhouse at the end"),
    ("Residence .......... 14 Camino del Coyote, Los Lunas. Moved there after the divorce.", "Moved there after"),
])
def test_a_fields_value_ends_where_its_sentence_does(detector, text, kept):
    assert untouched(detector, text, kept)
