"""Audit classes from note forms not seen before: notes written as a time | intervention | response table,
credential variants, signatures on a clinician line and consent lines that sign no note, and plans named in
other words. Examples written here."""
from __future__ import annotations

import pytest

from audit_notes import GOOD, SIGN, fires

HEAD = "Date of service: 03/03/2025\nDx: F33.1 Major depressive disorder, recurrent, moderate.\n"
PLAN = "Treatment plan dated 01/06/2025: goal PHQ-9 below 10 by 06/01/2025.\n"


@pytest.mark.parametrize("table", [
    "| Time | Component | Intervention | Response |\n|---|---|---|---|\n"
    "| 09:10-09:35 | Psychotherapy | Behavioral activation review; problem-solving about transport | Out of the house 4 days last week |\n",
    "Time\tIntervention\tResponse\n10:00\tExposure to elevator, 3 floors, SUDS tracked\tRode alone twice, SUDS 70 to 30\n",
    "| Minute | Intervention | Client response |\n|---|---|---|\n| 0-20 | Thought record on guilt about the move | Belief 90% to 60% by the end |\n",
])
def test_a_note_written_as_a_table_has_its_interventions_and_response(table):
    note = HEAD + table + PLAN + SIGN
    assert not fires("interventions_missing", note) and not fires("progress_missing", note)


@pytest.mark.parametrize("signature", ["Wendell Haugland, LSCSW   01/27/2026", "Alana Featherstone, LPC-S, RPT",
                                       "Signed: Marisol Ortega, LCMHC-S", "Signed: Dev Patel, LISW-S"])
def test_credential_variants_are_credentials(signature):
    assert not fires("credentials_missing", GOOD + "\n" + signature)


@pytest.mark.parametrize("line", ["Clinician: Wendell Haugland, LSCSW   signed 01/13/2026",
                                  "Therapist: Ana Ruiz, LPC, signed on 2/4/2025",
                                  "Provider: K. Osei, PhD - signed 05/06/2025 16:02"])
def test_a_clinician_line_signed_with_a_date_is_a_signature(line):
    assert not fires("signature_missing", GOOD + "\n" + line)


@pytest.mark.parametrize("line", ["Telehealth consent signed by her mother 01/22/2025 (on file).",
                                  "Consent for video sessions on file (signed 04/01/2025).",
                                  "Release of information form signed today for the school."])
def test_a_consent_or_form_signed_is_not_the_note_s_signature(line):
    assert fires("signature_missing", GOOD + line + "\n")


@pytest.mark.parametrize("plan", [
    "PLAN/GOALS (family plan 01/09/2025, review 04/09/2025): weekly family sessions; shouting incidents 1 or fewer a week by 04/09/2025.",
    "As agreed in the plan we wrote on 01/28/2025: she drives to work on the interstate 3 times a week by the end of August.",
    "Plan de tratamiento (fecha 10/08/2025, revisión 01/08/2026): terapia semanal; metas: (1) PHQ-9 menor de 10 para 01/08/2026.",
])
def test_a_plan_named_in_other_words_is_a_plan(plan):
    note = "Date of service: 02/03/2025\nDx: F41.1 generalized anxiety disorder.\nUsed cognitive restructuring; " \
           "client reports fewer worry spells.\n" + plan + SIGN
    assert not fires("treatment_plan_missing", note)
