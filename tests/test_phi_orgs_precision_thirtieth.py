"""PHI classes from the thirtieth round, organisations, places, identifiers and precision; examples written here
(three or more per class, and shapes that must stay untouched):
- the header rows of a delimited export (column keys, column questions, import-id objects) are machinery, the values
  under them are not;
- a note written label beside label in two languages keeps the other language's label words and common words; a
  person named with a cue stays redacted;
- a public office, a committee or an insurer's unit named only by what it does is kept, and so are a carrier named by
  its shape and the box address under its letterhead; a client's own box and a carrier as an employer stay redacted;
- a form's title before its bracketed number and an XML file's schema URL are no PHI;
- a number after any "#"/"no." label, a staff number in brackets, an opaque response token, a military unit,
  decimal coordinates with their sign, a hyphenated house number and a head-first organisation are redacted."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched

_SURVEY = (
    "SubmittedAt,RespondentSurname,RespondentGivenName,ContactPhone,Q4_mood,Q7_sleep\n"
    "Submitted At,Respondent Surname,Respondent Given Name,Contact Phone,Mood score,Hours of sleep\n"
    '"{""ImportId"":""submittedAt"",""timeZone"":""America/Denver""}","{""ImportId"":""QID3""}","{""ImportId"":""QID4""}",'
    '"{""ImportId"":""QID5""}","{""ImportId"":""QID9""}","{""ImportId"":""QID12""}"\n'
    "2025-02-11 08:15:02,Ostrowski,Halina,303-555-0142,14,5\n"
)


@pytest.mark.parametrize("value", ["SubmittedAt", "RespondentSurname", "RespondentGivenName", "Respondent Given Name",
                                   "Q4_mood", "ImportId", "America/Denver"])
def test_the_header_rows_of_a_survey_export_are_kept(detector, value):
    assert untouched(detector, _SURVEY, value)


@pytest.mark.parametrize("value", ["Ostrowski", "Halina", "303-555-0142"])
def test_the_values_under_an_export_header_stay_redacted(detector, value):
    assert covered(detector, _SURVEY, value)


def test_a_spreadsheet_header_of_plain_words_is_kept(detector):
    text = "Visit Date,Client Surname,Clinician,Units,Place of Service\n03/04/2025,Thibodeaux,Dr. Rena Vogt,4,11\n"
    assert untouched(detector, text, "Client Surname") and untouched(detector, text, "Place of Service")
    assert covered(detector, text, "Thibodeaux")


def test_a_column_named_for_a_person_is_not_kept_as_a_header(detector):
    text = "Week,Marisol Quintanilla,Dov Abergel,Total\nWeek 1,3,4,7\nWeek 2,2,5,7\n"
    assert not untouched(detector, text, "Marisol Quintanilla")


_POLISH = ("Imię i nazwisko / Name: Wiesława Grabowska\n"
           "Rozpoznanie / Diagnosis: F41.1\n"
           "Cele / Goals: mniej zamartwiania się, powrót do pracy\n"
           "Plan leczenia / Treatment plan: co tydzień, 12 sesji\n"
           'S: "Nie mogę spać, ciągle myślę o pracy." Her daughter Agnieszka drives her.\n')
_PORTUGUESE = ("Paciente / Patient: Joaquim Bettencourt\n"
               "Queixa principal / Chief complaint: insônia e preocupação\n"
               "Objetivos / Goals: dormir melhor, voltar a trabalhar\n"
               "Plano / Plan: TCC semanal\n")
_ITALIAN = ("Paziente / Patient: Graziella Munaretto\n"
            "Obiettivi / Goals: ridurre gli attacchi di panico\n"
            "Piano / Plan: colloqui settimanali\n"
            'Riferisce: "Adesso sto un po meglio." Brother Ottavio visits.\n')


@pytest.mark.parametrize("text, value", [
    (_POLISH, "Cele"), (_POLISH, "Plan leczenia"), (_POLISH, "Nie mogę spać"),
    (_PORTUGUESE, "Objetivos"), (_PORTUGUESE, "Plano"), (_PORTUGUESE, "Queixa principal"),
    (_ITALIAN, "Obiettivi"), (_ITALIAN, "Piano"), (_ITALIAN, "Adesso"),
])
def test_the_other_language_of_a_two_language_note_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    (_POLISH, "Wiesława Grabowska"), (_POLISH, "Agnieszka"),
    (_PORTUGUESE, "Joaquim Bettencourt"), (_ITALIAN, "Graziella Munaretto"), (_ITALIAN, "Ottavio"),
])
def test_people_in_a_two_language_note_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Claims were forwarded to the Workers Compensation Board for review.", "Workers Compensation Board"),
    ("Her passport renewal went to Passport Services in March.", "Passport Services"),
    ("Send the statement to the Ethics Committee, State Board of Examiners.", "Ethics Committee"),
    ("Reporting agency: Department of Natural Resources, Enforcement Division", "Department of Natural Resources"),
    ("Student Health & Wellness Center intake form", "Health & Wellness Center"),
])
def test_an_office_named_only_by_its_function_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She works evenings at Larkspur Wellness Center downtown.", "Larkspur"),
    ("Her son is on the Ravenscroft Committee for the parade.", "Ravenscroft"),
    ("He coaches at Tidewell Fitness Center.", "Tidewell"),
])
def test_an_office_with_a_word_of_its_own_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Granite Shield Mutual Life Insurance Company -- Claims Intake\nPO Box 88120, Omaha, NE 68108\n",
     "Granite Shield Mutual Life Insurance Company"),
    ("Granite Shield Mutual Life Insurance Company -- Claims Intake\nPO Box 88120, Omaha, NE 68108\n", "PO Box 88120"),
    ("Attending physician statement requested by Harbor Light Assurance Co. on 4/2.", "Harbor Light Assurance Co."),
    ("NORTHFIELD CASUALTY INSURANCE COMPANY\nP.O. Box 4410, Springfield, IL 62705\n", "Springfield"),
])
def test_a_carrier_and_its_letterhead_box_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client works as an adjuster at Halvorsen Mutual Insurance Company in Fargo.", "Halvorsen"),
    ("Insurance: Medicaid\nMailing address: PO Box 61, Porcupine, SD 57772\n", "PO Box 61"),
    ("Employer: Quarrystone Insurance Agency", "Quarrystone"),
])
def test_a_client_box_and_a_carrier_as_employer_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Attach the Release of Information Authorization (Form HIM-12, rev. 2023).", "Release of Information Authorization"),
    ("ANNUAL CAREGIVER ATTESTATION (Form DHS-4471)\nSigned by the guardian.", "ANNUAL CAREGIVER ATTESTATION"),
    ("Continuity of Care Transfer Summary (Form CC-3) was faxed.", "Continuity of Care Transfer Summary"),
    ('<gpx version="1.1" xmlns="http://www.example-tracks.org/GPX/1/1">\n<trk><name>walk</name></trk>',
     "http://www.example-tracks.org/GPX/1/1"),
])
def test_a_form_title_and_a_schema_url_are_no_phi(detector, text, value):
    assert untouched(detector, text, value)


def test_a_clinic_before_an_attached_form_count_stays_redacted(detector):
    assert covered(detector, "Seen at Willowmere Clinic (Form 4 attached).", "Willowmere Clinic")


@pytest.mark.parametrize("text, value", [
    ("Lease agreement #: LA 5521 08 7714       Office: Eastgate", "LA 5521 08 7714"),
    ("Incident no.: K-2291 0457\n", "K-2291 0457"),
    ("Spoke with case manager T. WEXLER (CM 5520) about housing.", "CM 5520"),
    ("Rita Olander (SW-2210) joined the call.", "SW-2210"),
    ("2025-01-08 10:02:11,R_9fTq2LmZ8xPa3Kd,Noor", "R_9fTq2LmZ8xPa3Kd"),
    ("session token sess_4Hk9QzT2mWp7 expired", "sess_4Hk9QzT2mWp7"),
    ("  ASSIGNED: C CO, 1-503RD INFANTRY BN\n", "C CO, 1-503RD INFANTRY BN"),
    ('<wpt lat="39.74213" lon="-104.99125"/>', "-104.99125"),
    ("last location 47.6097,-122.3331 per the app", "47.6097,-122.3331"),
    ("Home: 94-1020 Waipahu St, Waipahu, HI 96797", "94-1020 Waipahu St"),
    ("Place: Masjid al-Falah hall, Saturday", "Masjid al-Falah"),
    ("Seen at Clínica San Rafael de la Sierra in 2023.", "Clínica San Rafael de la Sierra"),
    ("Her friend from Ste. Genevieve's Parish brings meals.", "Ste. Genevieve's Parish"),
    ("State incident portal [x] DHS-2025-004417", "DHS-2025-004417"),
])
def test_identifiers_units_and_places_by_shape_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Session #: 12     CPT #: 90837", "90837"),
    ("PHQ-9 total 14, GAD-7 total 9 (scores 12.500, 13.250 on the scale)", "12.500"),
    ("Scored the PHQ9_total and GAD7_total columns.", "PHQ9_total"),
    ("Recommended Dialectical Behavior Therapy (CPT 90853) weekly.", "CPT 90853"),
])
def test_codes_scores_and_column_names_are_not_identifiers(detector, text, value):
    assert untouched(detector, text, value)


# A common word of the other language that opens a sentence or a quote ("Nechci ...", "Wiem, że ..."), or a first
# name's spelling the note writes in lower case inside a sentence ("chci tu být víc"), is that language's word.
_CZECH = ("Klientka / Client: Radmila Šťastná\n"
          "Riziko / Risk: Nechci umřít, jen chci klid. Denies SI.\n"
          "Cíle / Goals: spát lépe; být víc venku\n"
          "Plán / Plan: KBT jednou týdně\n"
          'Citát: "Vím, že to přejde." Husband Bohumil came along.\n')
_POLISH_OPENING = ("Imię i nazwisko / Name: Wiesława Grabowska\n"
                   "Cele / Goals: mniej zamartwiania się\n"
                   "Plan leczenia / Treatment plan: co tydzień\n"
                   'Mówi: "Wiem, że muszę spać." Daughter Agnieszka drives her.\n')


@pytest.mark.parametrize("text, value", [(_CZECH, "Nechci"), (_CZECH, "Vím"), (_CZECH, "víc"), (_POLISH_OPENING, "Wiem")])
def test_a_common_word_opening_a_sentence_of_the_other_language_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [(_CZECH, "Radmila Šťastná"), (_CZECH, "Bohumil"), (_POLISH_OPENING, "Agnieszka")])
def test_people_beside_those_words_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


# A name inside a sentence stays a name even when a blank line lies within the few characters before it.
_VIET = ("Ngày / Date: 03/02/2026\nChẩn đoán / Diagnosis: F43.21\nKế hoạch / Plan: gặp hàng tuần\n"
         "Mục tiêu / Goals: ngủ ngon hơn\n\nS: Cô Lan nói từ khi chồng, anh Tuấn, mất vào tháng 11, cô không ngủ được.\n")
_CZECH_MID = ("Klientka / Client: Ivana Krejčí\nCíle / Goals: spát lépe\nPlán / Plan: jednou týdně\n\n"
              "S: Říká, že manžel, pan Bohuslav, odešel v březnu.\n")
_POLISH_MID = ("Cele / Goals: mniej lęku\nPlan leczenia / Treatment plan: co tydzień\n\n"
               "S: Mówi, że syn, Wojtek, nie dzwoni od maja.\n")


@pytest.mark.parametrize("text, value", [(_VIET, "Tuấn"), (_CZECH_MID, "Bohuslav"), (_POLISH_MID, "Wojtek")])
def test_a_name_inside_a_sentence_after_a_blank_line_stays_redacted(detector, text, value):
    assert covered(detector, text, value)
