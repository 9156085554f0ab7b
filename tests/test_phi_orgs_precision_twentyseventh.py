"""Classes of organisation, place and id leaks, and of redaction that was not PHI, from the twenty-seventh blind set
(examples written here): an exported file's structure (iCalendar components, a producer id's slashes and version,
parameters, a date-time's time of day; GEDCOM levels, tags and pointers), a public office with no place of its own
(a form's instruction before it), role nouns capitalised as defined terms, an insurer's or a federal office's mailing address, dental and
vision payers, badge numbers after officers, account numbers masked with a star or two, employers named for their
industry, and a building named before a unit. And what must stay for each rule that could over-fire."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched

_CALENDAR = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Fastmail Ltd//Cyrus 3.8//EN\nBEGIN:VEVENT\n"
             "DTSTART;TZID=America/Denver:20250602T141500\nRRULE:FREQ=WEEKLY;UNTIL=20250825T235959Z\nATTENDEE;CN=Marisol Quintero;PARTSTAT=ACCEPTED:mailto:mq@example.org\n"
             "SUMMARY:Dad to Dr. Feldhaus\nEND:VEVENT\nEND:VCALENDAR\n")
_TREE = ("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n0 @I7@ INDI\n1 NAME Teodora /Vukovic/\n1 SEX F\n1 FAMS @F3@\n"
         "0 @I8@ INDI\n1 NAME Branko /Vukovic/\n1 RESI\n1 OCCU welder\n1 FAMC @F3@\n0 @F3@ FAM\n1 CHIL @I8@\n0 TRLR\n")


@pytest.mark.parametrize("value", ["VCALENDAR", "VEVENT", "3.8//EN", "PARTSTAT=ACCEPTED", "T141500", "TZID=America/Denver",
                                   "FREQ=WEEKLY;UNTIL="])
def test_an_icalendar_files_structure_is_not_redacted(detector, value):
    assert untouched(detector, _CALENDAR, value)


@pytest.mark.parametrize("value", ["20250602", "20250825", "Marisol Quintero", "Feldhaus"])
def test_an_icalendar_files_dates_and_people_stay_redacted(detector, value):
    assert covered(detector, _CALENDAR, value)


@pytest.mark.parametrize("value", ["INDI", "RESI", "CHIL", "@I7@", "@F3@", "OCCU"])
def test_a_gedcom_files_levels_tags_and_pointers_are_not_redacted(detector, value):
    assert untouched(detector, _TREE, value)


@pytest.mark.parametrize("text, value", [
    ("She called Erie County Adult Protective Services twice in May.", "Erie County Adult Protective Services"),
    ("The divorce went through Ottawa County Circuit Court (case 19-22781-DM).", "Ottawa County Circuit Court"),
    ("A report was made to the Brockton Police Department on 4/2.", "Brockton"),
    ("FROM: R. OKONJO #B-20931\n      PINE BLUFF CORRECTIONAL CTR.  HOUSING UNIT 7C, BED 12\n", "HOUSING UNIT 7C, BED 12"),
])
def test_a_public_office_named_with_its_place_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| PART B -- TO BE COMPLETED BY THE COUNTY ASSISTANCE OFFICE        |", "COUNTY ASSISTANCE OFFICE"),
    ("SECTION 3 - FOR USE BY THE JUVENILE PROBATION OFFICE ONLY", "JUVENILE PROBATION OFFICE"),
    ("| SECTION C -- TO BE COMPLETED BY THE SHERIFF'S OFFICE          |", "SHERIFF'S OFFICE"),
])
def test_a_public_office_with_no_place_of_its_own_is_not_redacted(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He is seen weekly at Lakeview Family Counseling for the panic.", "Lakeview Family Counseling"),
    ("Referred by Bramblewood Family Services last spring.", "Bramblewood Family Services"),
    ("She volunteers at the Harlow Senior Center on Fridays.", "Harlow Senior Center"),
])
def test_a_private_practice_named_for_its_town_stays_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("The Petitioner has asked that you be contacted as a witness.", "Petitioner"),
    ("Please return the questionnaire to the Auditor by March 3.", "Auditor"),
    ("Copies go to the Respondent, who may read the file.", "Respondent"),
])
def test_a_role_noun_capitalised_as_a_defined_term_is_not_redacted(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("The respondent, Mr. Ward, did not attend.", "Ward"),
    ("Petitioner Colleen Hardesty signed the release.", "Colleen Hardesty"),
    ("Her mother Gretchen Advocate came to the session.", "Gretchen Advocate"),
    ("He picks up shifts at a bakery on Petitioner and at the mill.", "Petitioner"),
])
def test_a_person_named_beside_or_with_a_role_noun_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Internal Revenue Service\nOgden Innocent Spouse Unit\nMail Stop 4A22, P.O. Box 9050\nOgden, UT 84409\n", "P.O. Box 9050"),
    ("Dental plan: Delta Dental of Minnesota, PO Box 9304, Minneapolis MN 55440   Member 4471902", "PO Box 9304, Minneapolis MN 55440"),
    ("Appeals: EyeMed Vision Care, P.O. Box 8504, Mason OH 45040", "P.O. Box 8504"),
])
def test_an_insurers_or_a_federal_offices_mailing_address_is_not_redacted(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mailing address: PO Box 61, Porcupine SD 57772", "PO Box 61"),
    ("Client writes from P.O. Box 118, Tonopah NV 89049; she has no street address.", "P.O. Box 118"),
    ("Inmate mail: Department of Corrections, PO Box 2210, Cañon City CO 81215", "PO Box 2210"),
])
def test_a_clients_own_box_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Dental insurance: Delta Dental of Wisconsin, subscriber ID 55102943", "Delta Dental of Wisconsin"),
    ("Vision: EyeMed, member since 2019", "EyeMed"),
    ("Secondary: DentaQuest (Medicaid dental)", "DentaQuest"),
])
def test_dental_and_vision_payers_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Deputies Orozco (#5521) and Birch (#3307) took the report.", "#3307"),
    ("Written by: Officer #276      Shift: nights", "#276"),
    ("Security guard Pham #8812 walked her to the car.", "#8812"),
])
def test_a_badge_number_after_an_officer_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Transfer from Prairie State CU *4471 on Friday.", "4471"),
    ("paid with visa **0932, declined twice", "0932"),
    ("funding source: checking *7710", "7710"),
])
def test_an_account_masked_with_a_star_or_two_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("The **2024** totals are in the appendix.", "2024"),
    ("PHQ-9 *14* at intake, 9 now.", "14"),
    ("Seen 3x weekly * 2 weeks, 90837 * 6 units.", "90837"),
])
def test_a_bold_year_or_a_starred_score_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He started nights at Northbend Poultry Processing in June.", "Northbend Poultry Processing"),
    ("Product lead at Tamarack Bay Software since 2021.", "Tamarack Bay Software"),
    ("Her husband works for Quillfeather Biotech in sales.", "Quillfeather Biotech"),
])
def test_an_employer_named_for_its_industry_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Home: 3300 N Mill Rd, Cedar Court Apt 12, Ames IA 50010", "Cedar Court Apt 12"),
    ("Office: 77 Dock St, Harbor Row Ste 9, Bath ME 04530", "Harbor Row Ste 9"),
    ("Shelter: 15 Elm Ave, West Building Room 214", "West Building Room 214"),
])
def test_a_building_named_before_a_unit_goes_with_the_street(detector, text, value):
    assert covered(detector, text, value)
