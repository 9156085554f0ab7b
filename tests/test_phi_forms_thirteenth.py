"""PHI in a thirteenth set of shapes, examples written here (three or more per class): values in machine records typed
by their field (XML elements, SQL rows under their columns, vCard properties), while the records' tag names are never
PHI; ages told as "centenarian", "in his 97th year" or after an escaped comma; dates told as a holiday weekend, a
fiscal quarter, a letter-writer's "ult."/"inst." or inside a file name; a named residential unit with its room, a cot
or bed after a two-part label, the last four digits of an account or SSN; a town after an organisation and a comma; an
issuer's code joined to its number; and what is not PHI: a document's title in capitals, a field label in front of a
name, ordinary lowercase words read as a name, "learn to drive"."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("<Patient><Address><AddressLine1>4633 E Olive Ave</AddressLine1><City>Fresno</City><PostalCode>93702</PostalCode>"
     "</Address></Patient>", "Fresno"),
    ("<Prescriber><NPI>1922087416</NPI><DEANumber>MK4471902</DEANumber><StateLicenseNumber>95521</StateLicenseNumber></Prescriber>"
     "<Note>x</Note>", "95521"),
    ("INSERT INTO `clients` (`id`,`first`,`last`,`city`,`zip`) VALUES\n(1041,'Thanh','Vu','Seattle','98118'),\n"
     "(1057,'Iryna','Kovalenko','Bellevue','98008');", "Bellevue"),
    ("INSERT INTO `clinicians` (`id`,`first`,`last`,`state_lic`) VALUES (3,'Marguerite','Fennimore-Osei','LH60331872');",
     "Marguerite"),
    ("BEGIN:VCARD\nVERSION:3.0\nN:Tran;Van Minh;;;\nADR;TYPE=HOME:;Apt 12;4410 Beach Blvd;Jacksonville;FL;32207;USA\nEND:VCARD",
     "Jacksonville"),
    ("BEGIN:VCARD\nVERSION:3.0\nADR;TYPE=WORK:;Suite 200;1545 Atlantic Blvd;Neptune Beach;FL;32266;USA\nEND:VCARD", "Suite 200"),
])
def test_a_machine_records_field_types_its_value(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, tag", [
    ("<Message TransportVersion=\"20170715\"><Header><MessageID>7f3c</MessageID></Header><Body><NewRx/></Body></Message>",
     "TransportVersion"),
    ("<HumanPatient><Name><LastName>VANG</LastName><FirstName>PA HOUA</FirstName></Name></HumanPatient>", "FirstName"),
    ("<Pharmacy><BusinessName>Tower Pharmacy</BusinessName><Identification><NCPDPID>0561234</NCPDPID></Identification></Pharmacy>",
     "Identification"),
])
def test_markup_tag_names_are_never_phi(detector, text, tag):
    assert untouched(detector, text, tag)


@pytest.mark.parametrize("text, age", [
    ("Her brother, a centenarian, still lives on the farm.", "centenarian"),
    ("Mr. Whelan, in his 97th year, signed the will in my presence.", "97th"),
    ("NOTE:Lives with wife and her mother\\, Ba Le Thi Hoa\\, 93 (he helps care for her).", "93"),
])
def test_an_age_over_89_in_other_words(detector, text, age):
    assert covered(detector, text, age)


@pytest.mark.parametrize("text, date", [
    ("Started quetiapine after yelling at night over Thanksgiving weekend 2024.", "Thanksgiving weekend 2024"),
    ("Past-due balance $1,284.16, accrued since Q3 FY24 per the customer statement.", "Q3 FY24"),
    ("Thank you for yours of the 29th ult. regarding Mr. Whelan.", "29th ult."),
    ("Attachment: Vanderbilt_Kowalczyk_11-22.pdf", "11-22"),
])
def test_a_date_in_other_words(detector, text, date):
    assert covered(detector, text, date)


@pytest.mark.parametrize("text, place", [
    ("MR# PH-20871   unit/room Cedar Cottage Rm 6\nADMITTED 08AUG24", "Cedar Cottage Rm 6"),
    ("Resident moved to Birch Lodge Room 12 after the fall.", "Birch Lodge Room 12"),
    ("Shelter: county fairgrounds hall     Cot / area  B-27", "B-27"),
])
def test_a_named_unit_or_a_cot_is_an_address(detector, text, place):
    assert covered(detector, text, place)


@pytest.mark.parametrize("text, digits", [
    ("He has an account at a federal savings bank ending in 4471, and his pension.", "4471"),
    ("SSN (last 4, for the Ticket to Work check): 6612", "6612"),
    ("Card on file: Visa, last four digits 9034.", "9034"),
])
def test_the_last_four_digits_are_an_identifier(detector, text, digits):
    assert covered(detector, text, digits)


@pytest.mark.parametrize("text, town", [
    ("Clinician: Saoirse Kinsella, LCPC (Frontier Minds Counseling Center, Bozeman)", "Bozeman"),
    ("Referred to Harjit Gill, LMFT, Central Valley Punjabi Family Counseling, Stockton (Punjabi-speaking).", "Stockton"),
    ("Shelter: A.C. Reynolds High School gym, Asheville          Cot B-27", "Asheville"),
])
def test_a_town_after_an_organisation_is_an_address(detector, text, town):
    assert covered(detector, text, town)


@pytest.mark.parametrize("text, ident", [
    ("Practitioner A. Stein, PMHNP-BC     Ohio license APRN.CNP.0918442     NPI 1093841127", "APRN.CNP.0918442"),
    ("Nevada license LCPC-NV.0044718 on file; renewal due in June.", "LCPC-NV.0044718"),
    ("Board certificate MH-CERT-20931 on file.", "MH-CERT-20931"),
])
def test_an_issuers_code_joined_to_its_number_is_part_of_it(detector, text, ident):
    assert covered(detector, text, ident)


@pytest.mark.parametrize("text, words", [
    ("INTERNAL REFERRAL TO PEDIATRIC HEALTH PSYCHOLOGY\nPatient: Hodan Warsame, 15", "PEDIATRIC HEALTH PSYCHOLOGY"),
    ("DEBRIEFING & NOTIFICATION\nStaff present: two.", "DEBRIEFING"),
    ("CLIENT EMERGENCY & LOCATION PLAN\nUpdated 12/03/2024.", "EMERGENCY"),
    ("Borrower Ellen R. Baker requests a forbearance.", "Borrower"),
    ("Uses an oxygen concentrator at night; the concentrator hums.", "concentrator"),
    ("He wants to learn to drive so he can take the early shift.", "learn to drive"),
])
def test_titles_labels_and_plain_words_are_not_phi(detector, text, words):
    assert untouched(detector, text, words)


@pytest.mark.parametrize("text, words", [
    ("| Criterion | What the record shows |\n|---|---|\n| Why a lower level isn't enough | Two prior manic relapses "
     "(2021, 2023), each discharged to weekly OP therapy. |", "Two prior manic relapses"),
    ("| Date | Account of the session |\n|---|---|\n| 05/14 | Reviewed 3 exposures; SUDS 70 -> 40 over 2 trials. |",
     "Reviewed 3 exposures"),
    ("| Item | Chart review finding |\n|---|---|\n| Safety | C-SSRS negative x 3 since 01/06; safety plan on file. |",
     "C-SSRS negative"),
])
def test_a_sentence_in_a_cell_under_an_id_like_header_is_no_identifier(detector, text, words):
    assert untouched(detector, text, words)


@pytest.mark.parametrize("text, label", [
    ("INFORME DE PROGRESO / PROGRESS REPORT\nMedicamentos / Medications: ninguno. La madre trae a la niña a cada sesión.\n"
     "Metas / Goals\n1. dormirá en su propia cama 6 de 7 noches.", "Metas"),
    ("Criterios de alta / Discharge criteria: asiste a la escuela sin llamadas a casa por 4 semanas seguidas; la madre "
     "usa respuestas de apoyo sin ayuda.", "Criterios de alta"),
    ("Medicamentos / Medications: ninguno. El pediatra no recomienda medicamento por ahora; la familia está de acuerdo "
     "con la terapia semanal.", "Medicamentos"),
])
def test_a_bilingual_field_label_is_no_name(detector, text, label):
    assert untouched(detector, text, label)


def test_a_surname_that_is_a_word_in_the_notes_language_stays_a_name(detector):
    text = ("Medicamentos / Medications: ninguno. El pediatra (Dr. Garza) no recomienda medicamento por ahora; la familia "
            "está de acuerdo con la terapia semanal.")
    assert covered(detector, text, "Garza")


@pytest.mark.parametrize("text, words", [
    ("HOMES risk assessment   Y = yes  N = no  P = partly\n   Y  cannot use bathtub", "Y = yes"),
    ("Key: A = absent  P = present  T = tardy", "A = absent"),
    ("Legend: Y = yes, N = no, U = unknown.", "U = unknown"),
])
def test_a_forms_legend_letter_is_no_name(detector, text, words):
    assert untouched(detector, text, words)


@pytest.mark.parametrize("text, label, name", [
    ("Client D. Albrecht   completed 04/22/2025 at home with the clinician", "Client", "D. Albrecht"),
    ("Patient Ana Ruiz-Mendez was seen in the office today.", "Patient", "Ana Ruiz-Mendez"),
    ("Pt Tobias Reinholt arrived late.", "Pt", "Tobias Reinholt"),
])
def test_a_client_label_before_a_name_stays_outside_it(detector, text, label, name):
    assert covered(detector, text, name) and untouched(detector, text, label)
