"""PHI in an eighth set of shapes, examples written here (three or more per class): a name that goes on in title case
or starts with a given name that is also a word; a practice named by words before "Therapy", "IOP" or "PHP" (and
the treatments that must stay); a label word inside a title-case phrase; addresses written the way other countries
write them; a town, state and postcode without a comma; a day of the month as an ordinal word; a span of months;
phone numbers written abroad; map coordinates; a corner named by a numbered street; short values after labels
that take them, and several values after one label; a person named only in quotes."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("S: Tashina has lived with her grandmother, Verna Runs Above, since October.", "Verna Runs Above"),
    ("Picked up by his uncle, Marcus Iron Cloud, who drives him to group.", "Marcus Iron Cloud"),
    ("Probationer: Dusty Lee Marsh        DOB: 12/04/1991", "Dusty Lee Marsh"),
    ("Her sister Thu Trang (in Westminster) calls daily.", "Thu Trang"),
])
def test_a_name_is_redacted_with_all_of_its_words(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("1. IOP at Tideflats Teen IOP, starts Thursday.", "Tideflats Teen IOP"),
    ("Exported to chart (Little Acorn Child Therapy work line 704-555-0125).", "Little Acorn Child Therapy"),
    ("Referred on to Harborlight PHP after discharge.", "Harborlight PHP"),
])
def test_a_practice_named_before_a_service_word_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: Trauma-Focused Cognitive Behavioral Therapy, weekly.", "Cognitive Behavioral Therapy"),
    ("Started Parent-Child Interaction Therapy in March.", "Parent-Child Interaction Therapy"),
    ("Continue Internal Family Systems Therapy and Adolescent IOP.", "Adolescent IOP"),
    ("P: Extend IOP 2 weeks, then step down.", "Extend IOP"),
    ("RECOMMENDATION: Continue IOP through the end of the month.", "Continue IOP"),
])
def test_a_treatment_named_with_service_words_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Her home is 55 Gilju-ro, 101-dong 1203-ho, Wonmi-gu, Bucheon-si, Gyeonggi-do 14548. She calls weekly.",
     "55 Gilju-ro, 101-dong 1203-ho, Wonmi-gu, Bucheon-si, Gyeonggi-do 14548"),
    ("Her mother hoped to come from 27 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh for the month.",
     "27 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh"),
    ("Dirección: Urb. Villa Carolina, Calle 45 Bloque 78 #12, Carolina, PR 00985", "Calle 45 Bloque 78 #12"),
    ("He lost his job when the store in Barrio Martín González closed.", "Barrio Martín González"),
    ("Address: 14 Impasse Lavaud, Delmas 33, Port-au-Prince", "14 Impasse Lavaud, Delmas 33"),
])
def test_an_address_written_the_way_another_country_writes_it_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, values", [
    ("ADDRESS: 4417 S ARCHER AVE APT 2   CHICAGO IL 60632 | HOME: (773) 555-0112", ["CHICAGO", "60632"]),
    ("Level 2, 118 High Street, Preston VIC 3072 | T (03) 9555 0147", ["Level 2", "Preston", "3072", "(03) 9555 0147"]),
    ("Mailing: PO Box 12 Sioux Falls SD 57101", ["Sioux Falls", "57101"]),
    ("Referred from 45 Gilbert Road, Reservoir VIC 3073; mobile 0412 555 019.", ["Reservoir", "3073", "0412 555 019"]),
])
def test_a_town_with_state_and_postcode_and_phones_abroad_are_redacted(detector, text, values):
    assert all(covered(detector, text, v) for v in values)


@pytest.mark.parametrize("text, value", [
    ("She went back to full-time hours on the fourth and is sleeping seven hours.", "fourth"),
    ("Rent is due by the twenty-first, so he is anxious.", "twenty-first"),
    ("Progress notes 01/2023-06/2024 were reviewed.", "01/2023-06/2024"),
    ("She attended a social group (10/2023 – 03/2024).", "10/2023 – 03/2024"),
])
def test_a_day_as_an_ordinal_word_and_a_span_of_months_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She completed the fourth session of CPT.", "fourth session"),
    ("On the third attempt he finished the exposure.", "third attempt"),
    ("The first of the month is hard for her.", "first of the month"),
])
def test_an_ordinal_that_counts_something_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Device ping (phone-finder app): 29.73712, -95.59604 +/-15 m.", "29.73712, -95.59604"),
    ("Met at the light at the corner of 17th and Sidney.", "17th and Sidney"),
    ("Walked up to the bar at 18th and Carson.", "18th and Carson"),
])
def test_coordinates_and_corners_are_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_figures_that_look_like_coordinates_are_kept(detector):
    assert untouched(detector, "Ratio of the two scales was 0.5000, 0.2500 at baseline.", "0.5000, 0.2500")


@pytest.mark.parametrize("text, value", [
    ("Det. Sgt. Mark Tolliver, badge 442, took the report.", "442"),
    ("You charged my Visa ending 0419 a late-cancel fee.", "0419"),
    ("MBR ID: 101884420-01   GRP: 88413", "88413"),
    ("Please merge duplicate charts 55102 / 55187.", "55187"),
    ("Homeroom 118 (Mr. Faircloth).", "118"),
])
def test_values_after_labels_that_take_them_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Property manager "Crystal" asked for proof of income.', "Crystal"),
    ("He spends nights gaming at a friend's house (\"Zee\").", "Zee"),
    ("Her sponsor 'Dee' called after the meeting.", "Dee"),
])
def test_a_person_named_only_in_quotes_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Mood ("Okay") was better this week.', "Okay"),
    ("Claims 8812331 and CPT 90837 were resubmitted.", "90837"),
    ("Daughter started third grade at Saint Bernadette school and the transition went OK.", "third grade"),
])
def test_common_words_and_codes_near_these_forms_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("NOTES\n- VAN DER BERG, H.: age 92; balance written off.", "VAN DER BERG"),
    ("Follow-ups:\n- Tay R.: CANS reassessment due 5/20.", "Tay R."),
    ("Thanks,\n- tk", "tk"),
])
def test_a_dash_before_a_name_is_a_sign_off_or_a_named_item(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Goals by the end of the 8 weeks:\n  - Showers of 15 minutes or less on 6 of 7 days.", "Showers"),
    ("Plan:\n  - Hierarchy completed through step 7.", "Hierarchy"),
    ("Goals:\n  - On time for first period 4 of 5 school days.", "On time"),
])
def test_a_list_item_that_opens_with_a_word_is_no_sign_off(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Two surgeries at Valley Oak Medical Center; PTP is Dr. Rowley.", "Valley Oak Medical Center"),
    ("She was seen at Vanguard Family Counseling last spring.", "Vanguard Family Counseling"),
    ("He works nights at Targeted Freight Logistics.", "Targeted Freight Logistics"),
])
def test_an_organisation_whose_name_begins_like_a_national_body_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_the_va_itself_places_nobody(detector):
    assert untouched(detector, "Referred to the VA Medical Center for a sleep study.", "VA Medical Center")


@pytest.mark.parametrize("text, value", [
    ("She asked about a 2019 eviction from Maple Court Apartments, unit 12.", "Maple Court Apartments, unit 12"),
    ("Lives at Harbor View Apartments, Apt 3B with her aunt.", "Harbor View Apartments, Apt 3B"),
    ("Housing: C-Pod, Cell 14 (lower bunk).", "C-Pod, Cell 14"),
])
def test_a_unit_after_a_named_place_is_redacted_with_it(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Started at the bar on East Carson, then walked home.", "East Carson"),
    ("He still avoids West Main entirely.", "West Main"),
    ("RELIGION: ROMAN CATHOLIC   PARISH: ST. BRUNO", "ST. BRUNO"),
    ("School: Lakeview Elementary", "Lakeview Elementary"),
])
def test_a_compass_street_and_a_labelled_parish_or_school_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Since placement he has attended weekly child-parent psychotherapy (CPP) with his foster mother.", "CPP"),
    ("She added Trust-Based Relational Intervention (TBRI) parent coaching.", "TBRI"),
    ("Plan: motivational enhancement therapy (MET) for four sessions.", "MET"),
    ("PAYER       Texas Children's Health Plan (STAR Medicaid)", "Texas Children's Health Plan"),
    ("Validity: TOMM Trial 2 = 48/50 (no evidence of poor effort).", "TOMM Trial 2 = 48/50"),
])
def test_an_abbreviation_defined_by_the_words_before_it_and_these_facts_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Kimberly Obuya ("KO") came with her brother.', "KO"),
    ("His aunt Rosa Diaz (RD) drove him.", "RD"),
    ('Mary-Jane Okafor-Quist ("M-J") called.', "M-J"),
])
def test_a_person_s_initials_in_brackets_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Wk   dates        TIB    TST    SOL  WASO   SE%\nBL   4/1-4/7      8:40   5:05   75   95     59%", "SOL  WASO"),
    ("SCALE        MAX  ROSE   ISI\nintake       27   12     22", "MAX  ROSE"),
    ("Rating   MAX  MIN   MEAN\nanxiety  9    2     5.5", "MAX  MIN"),
])
def test_capitals_two_spaces_apart_are_a_table_s_columns(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SOL MARTINEZ signed the release.", "SOL MARTINEZ"),
    ("Referred by MAX ROSE, LCSW.", "MAX ROSE"),
    ("Client: JUNE ABERNATHY", "JUNE ABERNATHY"),
])
def test_capitals_one_space_apart_can_still_be_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Summary:\n- Meds: none right now.", "Meds"),
    ("Summary:\n- Family: her mother was treated for depression.", "Family"),
    ("Summary:\n- Sleep: under 4 hours a night.", "Sleep"),
])
def test_a_field_label_after_a_dash_is_no_name(detector, text, value):
    assert untouched(detector, text, value)
