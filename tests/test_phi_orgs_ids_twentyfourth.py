"""Classes of organisation, place and identifier leaks from the twenty-fourth blind set (examples written here):
address lines written with a lowercase street word after the house number and lowercase unit words, numbers with a
country code and phone labels in other languages, national insurance numbers of other countries, hospitals named head
first in French or German, imaging sites, youth and teen courts in capitals, a care home with its kind in brackets,
long-road street words and small words inside a US street's name, a past residence after its label, an organisation
called by its initials, a cheque, police-report and staff number after its cue. And what must stay: a plan named after
"It's", a place word after a count, a short check number, a plus sign in a score."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Domicile : 7 boulevard des Capucines, 2e étage, 75009 Paris", "7 boulevard des Capucines, 2e étage, 75009 Paris"),
    ("Adresse: 31 bis rue de la République, bât. B, 13002 Marseille", "31 bis rue de la République, bât. B, 13002 Marseille"),
    ("vive en 18 calle del Pez, piso 3, 28004 Madrid con su hermana", "18 calle del Pez, piso 3, 28004 Madrid"),
    ("sua casa: 220 rua do Ouvidor, Centro, Rio", "220 rua do Ouvidor, Centro, Rio"),
])
def test_a_street_word_in_lowercase_after_a_house_number_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Cabinet: Tél. 01 42 55 80 19 (heures ouvrables)", "01 42 55 80 19"),
    ("Sohn erreichbar unter Telefon 0511 5550 7730", "0511 5550 7730"),
    ("Her brother in Manila can be reached at +63 917 555 0142 most evenings.", "+63 917 555 0142"),
    ("Consulate fax +49 30 5550 8812 for the records", "+49 30 5550 8812"),
])
def test_a_phone_with_a_country_code_or_a_foreign_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("NIR : 1 84 12 75 114 203 52", "1 84 12 75 114 203 52"),
    ("numéro de sécurité sociale 2 71 03 13 055 118 90 (carte Vitale)", "2 71 03 13 055 118 90"),
    ("Nº de seguridad social: 28/40516273/09", "28/40516273/09"),
])
def test_a_national_insurance_number_of_another_country_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("HÔPITAL SAINTE-COLOMBE DU LAC -- service de psychiatrie", "HÔPITAL SAINTE-COLOMBE DU LAC"),
    ("Transferred from Clinique du Val Fleuri after two weeks.", "Clinique du Val Fleuri"),
    ("KLINIKUM OSTHAFEN GMBH, Station 4", "KLINIKUM OSTHAFEN"),
    ("MRI done at Pinegate Valley Imaging last spring.", "Pinegate Valley Imaging"),
])
def test_a_hospital_named_head_first_abroad_or_an_imaging_site_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("MARLOW TOWNSHIP YOUTH COURT - SANCTION LOG", "MARLOW TOWNSHIP YOUTH COURT"),
    ("She completed the hours set by Brandt County Teen Court.", "Brandt County Teen Court"),
    ("ESKER FALLS COMMUNITY COURT\nOrder of referral", "ESKER FALLS COMMUNITY COURT"),
])
def test_a_local_court_named_for_its_place_is_redacted_in_any_case(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Visit held at Larkmoor Terrace (memory care), room 12.", "Larkmoor Terrace"),
    ("Moved in March to The Aldens at Quarry Hill (assisted living).", "The Aldens at Quarry Hill"),
    ("Discharged to Fenwick House (group home) with staff escort.", "Fenwick House"),
])
def test_a_care_home_followed_by_its_kind_in_brackets_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mailing: 1180 Harlow Tpke, Unit 6, Bethany", "1180 Harlow Tpke, Unit 6"),
    ("Crash near 4100 Cordell Expy northbound", "4100 Cordell Expy"),
    ("Lives at 92 Rue de la Montagne Rd with an aunt.", "92 Rue de la Montagne Rd"),
    ("Camp is at 15 Point aux Chenes Rd this summer.", "15 Point aux Chenes Rd"),
])
def test_a_long_road_word_or_small_words_inside_a_street_name_are_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Previous residence: Hockley -- grandmother's trailer", "Hockley"),
    ("Prior home: Tilden Springs", "Tilden Springs"),
    ("Place of birth: Wahoo, NE", "Wahoo"),
])
def test_a_place_after_a_residence_or_birthplace_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Transferred from Briar Glen Preparatory Academy in May. At BGPA he was bullied.", "BGPA"),
    ("Seller: Lantern Hill Counseling, PLLC. Boxes marked LHC 2018 go to storage.", "LHC"),
    ("Works at Northgate Tool Supply; NTS pays weekly.", "NTS"),
])
def test_an_organisation_found_in_the_note_is_redacted_by_its_initials(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("The landlord cashed check #30271 on the 5th.", "30271"),
    ("Police report is WPD 24-33019, filed by his aunt.", "WPD 24-33019"),
    ("Installer: Bo (driver #22) came at 9.", "22"),
    ("Paid by money order no. 77120455 at the post office.", "77120455"),
])
def test_a_cheque_report_or_staff_number_after_its_cue_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Do you have your card? It's Wellcare Plus.", "Wellcare"),
    ("We finished in 2 place out of ten, he said proudly.", "place"),
    ("Reviewed check #2 of the safety plan.", "2"),
    ("BDI-II change +3 2 weeks after the dose change.", "+3 2"),
    ("Members of CBT group (Cognitive Behavioral Therapy) met at the Carver Family Therapy office.", "CBT"),
    ("Referred to the Military Family Support Program; MFSP intake is Tuesday.", "MFSP"),
    ("IN THE PROBATE COURT OF LINDEN COUNTY", "IN THE PROBATE COURT"),
])
def test_a_plan_after_its_a_count_or_a_score_stays(detector, text, value):
    assert untouched(detector, text, value)
