"""Audit classes from a ninth set of note forms, examples written here (three or more per class): the minutes as
one field of several on an export's line ("TOT F2F MIN: 055   UNITS: 1"); section tags as labels ("#txplan",
"#dx"); a code given as provisional, in a differential, or as the one replaced is no unspecified diagnosis, and
replacing it after an interview done today is a documented reason."""
from __future__ import annotations

import pytest

from audit_notes import SIGN, fires

HEAD = "Date of service: 03/11/2026\nDx: F41.1 generalized anxiety disorder.\n"
BODY = ("Interventions: cognitive restructuring; worry exposure.\nResponse: client reports fewer worry spells.\n"
        "Treatment plan dated 01/06/2026: goal GAD-7 below 8 by 06/01/2026.\n")


@pytest.mark.parametrize("line", [
    "SVC DT: 031226   PROC: 90837   POS: 11\nTOT F2F MIN: 055      UNITS: 1",
    "Provider: 4471 | Minutes: 54 | Units: 1",
    "CPT 90837    Total min: 56    Modifier: none",
])
def test_the_minutes_as_one_field_of_several_support_the_code(line):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("minutes_missing", note, codes=["90837"])
    assert not fires("minutes_code_mismatch", note, codes=["90837"])


@pytest.mark.parametrize("plan", [
    "#txplan (carried over from intake):\n  1. feel less anxious\n  2. worry less about his health",
    "#treatmentplan\n  1. feel calmer\n  2. sleep better",
    "#tx plan (from intake):\n - be less stressed\n - improve mood",
])
def test_a_plan_under_a_tag_is_a_plan(plan):
    note = "Date of service: 03/11/2026\n#dx F41.1 generalized anxiety disorder\n#interventions CBT model of worry.\n" \
           "#response engaged.\n" + plan + "\n" + SIGN
    assert not fires("treatment_plan_missing", note, codes=["90834"])
    assert fires("goals_not_measurable", note, codes=["90834"])


@pytest.mark.parametrize("dx", [
    "#dx F41.9 Anxiety disorder, unspecified - PROVISIONAL. Differential GAD vs illness anxiety disorder; will code after the ADIS-5.",
    "Dx: F43.9 (provisional) - rule out PTSD once the trauma history is complete.",
    "Working diagnosis: F32.A, pending further assessment; major depressive symptoms reported.",
])
def test_a_tentative_unspecified_code_is_not_flagged(dx):
    note = "Date of service: 03/11/2026 (53 min)\n" + dx + "\n" + BODY + SIGN
    assert not fires("diagnosis_unspecified", note, codes=["90837"])


@pytest.mark.parametrize("second", [
    "Dx: F41.1 Generalized anxiety disorder - ADIS-5 done today; provisional F41.9 replaced by F41.1.",
    "Dx: F41.1 GAD. The SCID-5 completed today supports GAD, so F41.9 is replaced.",
    "Dx: F41.1 (superseded F41.9 after the interview administered today).",
])
def test_replacing_a_provisional_code_after_an_interview_is_a_documented_change(second):
    first = "Date of service: 03/04/2026 (50 min)\nDx: F41.9 anxiety disorder, unspecified (provisional).\n" + BODY + SIGN
    later = "Date of service: 03/11/2026 (52 min)\n" + second + "\n" + BODY + SIGN
    assert not fires("diagnosis_inconsistent", [first, later], codes=["90834"], index=1)


FORM = ("txtDOS: 07/08/2026\ntxtStartTime: 09:00 AM\ntxtEndTime: 09:55 AM\ntxtCPT: 90837\n"
        "txtDx1: F43.12 Posttraumatic stress disorder, chronic\n{boxes}\n"
        "txtInterventions: Prolonged exposure - imaginal exposure to the crash memory.\n"
        "txtResponse: PCL-5 41 (49 last week).\ntxtPlan: Continue PE per treatment plan dated 05/20/2026 (goal: PCL-5 < 33 by 09/30/2026).\n"
        "txtSignature: /e/ Casey Morgan, LCSW")


@pytest.mark.parametrize("boxes", [
    "chkInPerson: On\nchkTelehealth: Off",
    "chkOffice: Yes\nchkVideo: No",
    "radInPerson: X\nradTelehealth:",
])
def test_a_form_exports_fields_are_read_and_an_empty_telehealth_box_is_no_telehealth(boxes):
    note = FORM.format(boxes=boxes)
    assert not fires("minutes_missing", note, codes=["90837"])
    assert not fires("telehealth_pos_modifier_missing", note, codes=["90837"])
    assert not fires("telehealth_consent_missing", note, codes=["90837"])


@pytest.mark.parametrize("boxes", [
    "chkInPerson: Off\nchkTelehealth: On",
    "chkOffice: No\nchkVideo: Yes",
    "radInPerson:\nradTelehealth: X",
])
def test_a_ticked_telehealth_box_is_a_telehealth_session(boxes):
    assert fires("telehealth_pos_modifier_missing", FORM.format(boxes=boxes), codes=["90837"])


@pytest.mark.parametrize("line", [
    "Subjective: Nightmares 3 of 7 nights; drove around the block twice.",
    "Marcus 3 times asked for reassurance.",
    "Summary: remarks 2 and 4 of the teacher were read aloud.",
])
def test_a_word_that_holds_a_months_letters_is_no_date_of_service(line):
    note = "Client seen in office.\n" + line + "\n" + BODY + SIGN
    assert fires("date_of_service_missing", note, codes=["90834"])


@pytest.mark.parametrize("first", [
    "--- Form data export: LCC_ProgressNote_v3.pdf ---",
    "PROGRESSNOTE (template v2)",
    "Progress_Note_2026-03-11.docx",
])
def test_a_progress_note_title_is_no_progress(first):
    note = first + "\nDate of service: 03/11/2026 (53 min)\nDx: F41.1.\nInterventions: CBT.\n" + SIGN
    assert fires("progress_missing", note, codes=["90837"])
