"""Audit classes from a fifth set of note forms: clock times as labelled fields (24-hour, a/p, YAML), start and stop
told in other words and checked by a total, a unit carried by its label, notes in Spanish under an English header,
a signature under a heading or above a platform footer, a code named only to say it was not billed, crisis time
written beside the crisis codes, and the client's location in field names. Examples written here."""
from __future__ import annotations

import pytest

from audit_notes import GOOD, SIGN, fires

HEAD = "Date of service: 03/03/2025\nDx: F33.1 Major depressive disorder, recurrent, moderate.\n"
BODY = ("Interventions: behavioral activation; cognitive restructuring.\nResponse: client reports fewer low days.\n"
        "Treatment plan dated 01/06/2025: goal PHQ-9 below 10 by 06/01/2025.\n")


@pytest.mark.parametrize("times", [
    "DOS 2025-02-20   In: 1405   Out: 1458   Place: clinic",
    "in 2:05p    out 2:58p    90837",
    'encounter:\n  start_time: "14:05"\n  end_time: "14:58"',
])
def test_labelled_clock_times_document_the_session(times):
    note = HEAD + times + "\n" + BODY + SIGN
    for rule in ("minutes_missing", "start_stop_times_missing", "minutes_code_mismatch"):
        assert not fires(rule, note, payer="Medicare", codes=["90837"])


@pytest.mark.parametrize("times", [
    "In: 0930   Out: 1018",
    "in 9:30a out 10:18a",
    'start_time: "09:30"\n  end_time: "10:18"',
])
def test_labelled_clock_times_that_fall_short_of_the_code_are_a_mismatch(times):
    note = HEAD + times + "\n" + BODY + SIGN
    assert fires("minutes_code_mismatch", note, payer="Medicare", codes=["90837"])


@pytest.mark.parametrize("line", [
    "Pulled from class 10:15, returned to class 10:43 (28 minutes).",
    "Arrived 3:02 pm and left at 3:30 pm, 28 minutes in all.",
    "Call connected 7:40, hung up 8:08 (28 min).",
])
def test_start_and_stop_told_in_words_count_when_the_total_agrees(line):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("start_stop_times_missing", note, payer="Medicaid", codes=["90832"])
    assert not fires("minutes_missing", note, payer="Medicaid", codes=["90832"])


@pytest.mark.parametrize("line", ["  duration_minutes: 45", "Session length (min): 45", "Minutes: 45"])
def test_a_bare_number_under_a_label_that_names_minutes_is_the_length(line):
    assert not fires("minutes_missing", HEAD + line + "\n" + BODY + SIGN, codes=["90834"])


SPANISH = ("DOS: 02/12/2025 | Billed: 90834-95\n"
           "Modalidad: sesión por teléfono (solo audio); consentimiento verbal para telesalud obtenido.\n"
           "Duración: 45 minutos.\nDiagnóstico: Trastorno depresivo mayor, episodio único, moderado (F32.1).\n"
           "Intervenciones: activación conductual; reestructuración cognitiva.\n"
           "Respuesta: participó activamente; refiere leve mejoría del ánimo.\n"
           "Plan de tratamiento (fecha 15/01/2025): sesiones semanales. Objetivos: PHQ-9 menor de 10 para 06/2025.\n")


@pytest.mark.parametrize("signature", ["Firmado: Lucía Ferrer, LCSW - 12 de febrero de 2025",
                                       "Firmado por: Ana Ruiz, LPC", "Firma: Marta Gil, LMFT 02/12/2025"])
def test_a_spanish_note_is_read_in_its_own_words(signature):
    note = SPANISH + signature
    for rule in ("minutes_missing", "signature_missing", "interventions_missing", "progress_missing"):
        assert not fires(rule, note, codes=["90834", "95"]), rule
    assert fires("audio_only_modifier_missing", note, codes=["90834", "95"])
    assert fires("telehealth_location_missing", note, codes=["90834", "95"])  # "no hay armas en casa" is not where she was


@pytest.mark.parametrize("place", ["La clienta se conectó desde su casa.", "Participó desde su trabajo.",
                                   "Ubicación de la clienta: hogar (Salem, OR)."])
def test_a_spanish_location_line_records_where_the_client_was(place):
    assert not fires("telehealth_location_missing", SPANISH + place + "\nFirmado: Ana Ruiz, LPC", codes=["90834", "93"])


@pytest.mark.parametrize("tail", [
    "\nSigned: Priya Raman, MA, LPC-Associate - 02/10/2025\n------\nSUPERVISOR REVIEW / CO-SIGNATURE\n"
    "Reviewed in supervision.\nThomas Okafor, PhD (clinical supervisor) - co-signed 02/11/2025",
    "\nClinician signature:\nNoor Castellanos, PsyD",
    "\nNoor Castellanos, PsyD\n--------------------------\n[ClearSession Telehealth] Video visit - duration 56 min\n"
    "Patient-reported location: home | Provider location: office\nSession ID 7F3-22A-901",
])
def test_a_signature_under_a_heading_or_above_a_footer_signs(tail):
    assert not fires("signature_missing", GOOD + tail)


@pytest.mark.parametrize("line", ["BILLING: 90834 - 44 min face-to-face (not 90837 this date)",
                                  "Billed 90834, 44 minutes; changed from 90837 after review.",
                                  "CPT 90834 (44 min) instead of 90837."])
def test_a_code_named_only_as_not_billed_is_not_billed(line):
    assert not fires("minutes_code_mismatch", HEAD + line + "\n" + BODY + SIGN, codes=["90837"])


@pytest.mark.parametrize("line", [
    "Billed: 90834 (scheduled session 10:00-10:40, 40 min) + 90839 + 90840 (crisis 10:40-12:00, 80 min)",
    "90834 for the planned 40 minutes; then crisis psychotherapy 90839 + 90840, 80 minutes.",
    "Session 40 min (90834). Crisis 11:00-12:20 billed as 90839 + 90840.",
])
def test_crisis_time_written_beside_the_crisis_codes_counts(line):
    note = HEAD + line + "\nCrisis: urgent assessment; MSE; disposition home with family.\n" + BODY + SIGN
    assert not fires("crisis_time_threshold", note, codes=["90834", "90839", "90840"])


@pytest.mark.parametrize("line", ['  client_location: "home"', "Patient-reported location: home (Columbus, OH)",
                                  "Client stated location: car, parked at work"])
def test_a_location_field_records_where_the_client_was(line):
    note = HEAD + "Modality: video\n" + line + "\nTelehealth consent on file.\n" + BODY + SIGN
    assert not fires("telehealth_location_missing", note, codes=["90834", "95"])


@pytest.mark.parametrize("attendance", [
    "Identified client: Dana Whitcombe   Partner: Marcus Whitcombe\nAttendance: Dana - absent (conference) | Marcus - present",
    "Client: Leo Park\nPresent: mother, father. Leo: absent (at school).",
    "Identified patient: Ruby Chen\nAttendance - Ruby - no-show; parents present",
])
def test_the_named_client_marked_absent_in_an_attendance_field_is_absent(attendance):
    note = HEAD + attendance + "\nStart 17:00 End 17:50 (50 min)\n" + BODY + SIGN
    assert fires("family_presence_mismatch", note, codes=["90847"])


@pytest.mark.parametrize("plan", [
    'plan:\n  treatment_plan_date: 2024-12-10\n  next_review: 2025-03-10\n  goals:\n    - "PCL-5 below 33"',
    "treatment_plan_review_date: 2025-02-01\ngoals: GAD-7 below 8",
    'goal_target_date: 06/30/2025\ngoals:\n  - "sleep 6 hours 5 of 7 nights"',
])
def test_plan_dates_under_export_keys_date_the_plan(plan):
    note = "date_of_service: 2025-01-14\nDx: F43.12 PTSD, chronic.\nInterventions: CPT stuck points.\n" \
           "Response: belief rating down from 90% to 70%.\n" + plan + SIGN
    assert not fires("plan_review_date_missing", note)


@pytest.mark.parametrize("boxes", [
    "INTERVENTIONS USED\n[ ] Behavioral activation  [ ] Cognitive restructuring  [ ] DBT skills  [ ] Psychoeducation",
    "Interventions: \u2610 CBT \u2610 Exposure \u2610 Mindfulness",
    "Techniques ( ) relaxation training ( ) problem solving ( ) role play",
])
def test_unticked_interventions_are_not_interventions(boxes):
    note = HEAD + "Session 45 min.\n" + boxes + "\nResponse: [x] Improved\n" + \
        "Treatment plan dated 01/06/2025: goal PHQ-9 below 10 by 06/01/2025.\n" + SIGN
    assert fires("interventions_missing", note, codes=["90834"])


@pytest.mark.parametrize("risk", ["RISK [x] Denies SI [x] Denies HI [ ] Passive SI [ ] Active SI",
                                  "Risk: \u2612 denies SI \u2610 suicidal ideation with plan",
                                  "Risk: (x) no SI/HI ( ) active suicidal ideation ( ) self-harm this week"])
def test_an_unticked_risk_option_is_not_current_ideation(risk):
    note = HEAD + "Session 45 min.\n" + BODY.replace("Treatment plan", risk + "\nTreatment plan") + SIGN
    assert not fires("safety_plan_missing", note, codes=["90834"])


@pytest.mark.parametrize("note", [
    "Date of Service: 03/03/2025\nDx: F32.1 MDD.\nSubjective: low mood.\nObjective: Alert, oriented; mood low.\n"
    "Used behavioral activation; reports fewer low days.\nPlan: Return in 1 week." + SIGN,
    "Date of service: 03/03/2025\nDx: F41.1 GAD.\nUsed CBT; slept better 4 of 7 nights.\n"
    "Goals addressed this session: [                    ]\nPlan / next appointment: [            ]" + SIGN,
    "Date of service: 03/03/2025\nDx: F41.1 GAD.\nO: calm, cooperative.\nUsed CBT; reports less worry.\n"
    "Goals: ____________\nNext visit in 2 weeks." + SIGN,
])
def test_a_soap_objective_or_an_empty_template_field_is_no_plan(note):
    assert fires("treatment_plan_missing", note)
    assert not fires("goals_not_measurable", note) and not fires("plan_review_date_missing", note)


@pytest.mark.parametrize("goal", ["Objective 1: PHQ-9 below 10 by 06/01/2025", "Short-term objective: attend 4 of 4 groups",
                                  "Objectives: sleep 6 hours on 5 of 7 nights"])
def test_a_numbered_or_plural_objective_is_a_goal(goal):
    note = "Date of service: 03/03/2025\nDx: F41.1 GAD.\nUsed CBT; reports less worry.\n" + goal + SIGN
    assert not fires("treatment_plan_missing", note)
