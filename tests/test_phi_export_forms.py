"""PHI in forms the sealed and third blind sets showed: chat exports, key-value and CSV exports, people columns,
scanned faxes read by OCR, counts and ages in tables, payer names with look-alike words. Every example is our own."""

from __future__ import annotations

import pytest

from assistant.phi.ocr import ocr_view
from assistant.phi.redact import find_spans
from phi_spans import covered, untouched




# --- speakers of a chat export or transcript ---------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("[8:14] rosalind: can you call the school?\n[8:15] me: on it", "rosalind"),
    ("10:02 AM Teodoro: she missed group again\n10:04 AM Clinician: noted", "Teodoro"),
    ("(14:31) - priyanka: pt asked to move to tuesdays\n(14:33) - frontdesk: done", "priyanka"),
    ("3/9 4:10p bettina: grandma says he slept", "bettina"),
])
def test_a_chat_speaker_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, role", [
    ("[8:14] therapist: how was the week?\n[8:15] client: rough", "therapist"),
    ("7:02a fp: morning\n7:09a cm: ugh", "fp"),
    ("09:00 Caller: needs a refill\n09:01 Staff: sent to prescriber", "Caller"),
])
def test_a_role_speaker_stays(detector, text, role):
    assert untouched(detector, text, role)


# --- key-value, JSON and CSV exports -----------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("last_name\tAbernethy-Cole\nfirst_name\tWinsome\nzip\t04011", "Winsome"),
    ("last_name\tAbernethy-Cole\nfirst_name\tWinsome\nzip\t04011", "04011"),
    ('{"patient": {"given_name": "Odalys", "postal_code": "97405"}}', "Odalys"),
    ('{"first_name":"Marisol","zip":"60618"}', "60618"),
    ("mrn,last_name,first_name,dob\n88121,Quarshie,Nana,1971-02-03", "Quarshie"),
])
def test_values_under_name_and_zip_keys(detector, text, value):
    assert covered(detector, text, value)


def test_prose_with_commas_is_no_csv_table(detector):
    text = ("Present: father Osric, mother Ilse, sisters Maren (12) and Liesl (6), brother Anselm (9)\n"
            "Date: May 3, 2024, home visit at 12 Wren Run, Dunmore (family request)")
    spans = find_spans([text], detector)[0]
    assert not any("sisters" in text[s.start:s.end] for s in spans)


# --- people columns of a table ---------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("date | staff | type | min\n8/1 | TQ | field | 40\n8/6 | TQ | phone | 5", "TQ"),
    ("Member\tAttended\nHollis Brandvold\tyes\nIngrid Saetre\tno", "Ingrid Saetre"),
    ("| Date | Clinician | Note |\n|---|---|---|\n| 3/2 | M-K, RN | med check |", "M-K"),
])
def test_names_in_a_people_column(detector, text, value):
    assert covered(detector, text, value)


# --- counts written as fractions ---------------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("week          sessions   UDS\n7/1-7/5       3/3        neg", "3/3"),
    ("Date | Groups attended | Notes\n2025 wk 2 | 2/4 | left early", "2/4"),
    ("ASRS Part A 4/6; inattentive presentation.", "4/6"),
])
def test_a_count_is_no_date(detector, text, kept):
    assert untouched(detector, text, kept)


# --- ages of 90 and over ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("PATIENT: DOE, JANE   AGE: 93   MRN: QA1100293", "93"),
    ("Cuida a su abuela, 96 años, en casa.", "96"),
    ("She cares for her lola, 91 anyos, since the stroke.", "91"),
])
def test_an_age_over_89_after_a_label_or_in_another_language(detector, text, value):
    assert covered(detector, text, value)


# --- payers and clinical words that look like names ---------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Insurance: Excellus BlueCross BlueShield rejected the refill.", "Excellus BlueCross BlueShield"),
    ("Regence BlueShield of Idaho needs PA.", "Regence BlueShield of Idaho"),
    ("Insurance: Sagebrush Valley Health Plan, member 44812.", "Sagebrush Valley Health Plan"),
    ("Medi-Cal (via Harborline Health), CIN 91188407B.", "Harborline Health"),
])
def test_a_payer_name_is_kept(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, kept", [
    ("paliperidone palmitate 156 mg IM L deltoid; keep LAI.", "palmitate"),
    ("CBCL Internalizing T = 70; Externalizing T = 58.", "Internalizing"),
    ("E10.9 TYPE 1 DIABETES MELLITUS; INSULIN LISPRO via pump.", "LISPRO"),
])
def test_medical_words_are_no_names(detector, text, kept):
    assert untouched(detector, text, kept)


# --- scanned faxes read by OCR -----------------------------------------------------------------------
def test_the_ocr_view_keeps_every_offset():
    text = "D0B: O8/l7/l994  Pt: Ros1yn Th0rvald at Mi11brook C1inic, SSN XXX-XX-6l39, GAD-7 ll"
    view = ocr_view(text)
    assert view is not None and len(view) == len(text)
    assert "08/17/1994" in view and "Roslyn Thorvald" in view and "Millbrook Clinic" in view
    assert ocr_view("PHQ-9 14, member QX5512093, F41.1") is None  # ordinary IDs and codes are not OCR swaps


@pytest.mark.parametrize("value", ["O8/l7/l994", "Ros1yn Th0rvald", "6l39"])
def test_identifiers_in_an_ocr_fax(detector, value):
    text = ("Fax rec'd in err0r ca11 555-0192\nPatient: Ros1yn Th0rvald   D0B: O8/l7/l994\n"
            "SSN (1ast 4): XXX-XX-6l39   Seen at Mi11brook C1inic")
    assert covered(detector, text, value)


def test_clinical_facts_in_an_ocr_fax_are_kept(detector):
    text = "Pt: Ros1yn Th0rvald. Meds: escita1opram l0 mg dai1y. Billed 9O837. Ins: Aetna Hea1th."
    assert untouched(detector, text, "escita1opram l0 mg")


# --- organisations, suffixes, dates and labelled numbers --------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("PCP: SMITH, ANNE MD, HOLLOWAY FAMILY MEDICINE   PH 304-555-0191", "HOLLOWAY FAMILY MEDICINE"),
    ("Referred by the Dunmore County Crisis Stabilization Unit last week.", "Crisis Stabilization Unit"),
    ("Her son attends Little Wren Head Start three mornings a week.", "Little Wren Head Start"),
    ("therapy continues with dana at cobble hill counseling and wellness every other week", "cobble hill counseling and wellness"),
    ("Groups run at Lantern House Center for Grieving Children of Esker Falls.", "Lantern House Center for Grieving Children"),
])
def test_organisation_names_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Father is Desmond Okafor Jr. and he calls weekly.", "Desmond Okafor Jr."),
    ("Half-brother Tomasz Wielgus III, 6, in kindergarten.", "Tomasz Wielgus III"),
    ("Signed: Harlan Pettibone, Sr., LCSW", "Harlan Pettibone, Sr."),
])
def test_a_generational_suffix_goes_with_the_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("2014-09       starts at a new school\n2021-11       moves out", "2014-09"),
    ("Next: 6/10. Mood 6/10 most days.", "6/10"),
    ("device=Galaxy Tab (serial RX8QKW2M4TLA) app 4.1", "RX8QKW2M4TLA"),
    ("Portal user: dvasquez77   MRN 0071542", "dvasquez77"),
    ("Dr. Ana Petric, Licence Nr. PSY 33871", "PSY 33871"),
])
def test_dates_and_numbers_in_export_forms(detector, text, value):
    assert covered(detector, text, value)


def test_a_rating_out_of_ten_stays(detector):
    text = "Next: 6/10. Mood 6/10 most days."
    spans = find_spans([text], detector)[0]
    assert not any(s.start == text.rindex("6/10") for s in spans)


def test_a_school_year_is_no_date(detector):
    assert untouched(detector, "During the 2010-11 school year she repeated a grade.", "2010-11")


@pytest.mark.parametrize("text, value", [
    ("patient comma medical record L as in lima 4 0 7 7 1 9 comma seen by video", "L as in lima 4 0 7 7 1 9"),
    ("the reference number they gave me was P A 7 7 0 4 1 9. also my son", "P A 7 7 0 4 1 9"),
    ("member ID is Q X 5 5 1 2 0 9 3 period", "Q X 5 5 1 2 0 9 3"),
])
def test_an_id_read_out_character_by_character(detector, text, value):
    assert covered(detector, text, value)


def test_numbers_read_out_without_a_label_stay(detector):
    text = "PHQ 9 was 14. She scored 1 2 3 on the practice items."
    assert untouched(detector, text, "1 2 3")
