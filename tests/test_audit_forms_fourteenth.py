"""The documentation audit on a fourteenth set of note shapes, examples written here (three or more per class): a
place between "in" and the time ("In arena 9:02, out 10:00"); progress told as a step taken or a success; who came
under a "Who came:" label, and a family note that names the client only in the case's other notes; a code's own name
("without the patient present") says nothing of who came; someone reached by phone during an in-person session; a
signature in an edit history; "start:: 3:10 pm" fields of a notes app; a school coordinator or a back-and-forth
between the family and the school as the reason for 90785; a bare "Plan (reviewed ...):" line with targets is the
treatment plan."""
from __future__ import annotations

import pytest

from audit_notes import names, rules


SIGNED = "\nJ. Ruiz, LCSW"


@pytest.mark.parametrize("line", ["In arena 9:02, out 10:00.  CPT 90837, POS 11.", "In room 4 2:05, out 2:58. 90837.",
                                  "In office 10:00 / out 10:55 - 90837"])
def test_a_place_between_in_and_the_time(line):
    assert not {"minutes_missing", "start_stop_times_missing"} & names(line + "\nDx F41.1" + SIGNED)


def test_a_time_without_its_out_is_no_session_time():
    assert "minutes_missing" in names("Seen in clinic 10:00 for 90837.\nDx F41.1" + SIGNED)


@pytest.mark.parametrize("told", ["Reinforced the frontage-road success. Mood brighter.", "She managed to ride the bus alone.",
                                  "Did the homework both days.", "Drove the route for the first time since the crash."])
def test_progress_told_as_a_step_taken(told):
    note = "DOS 1/21/2026 90837 10:00-10:56. Dx F43.12. " + told + SIGNED
    assert "progress_missing" not in names(note)


def test_no_progress_still_found():
    assert "progress_missing" in names("DOS 1/21/2026 90837 10:00-10:56. Dx F43.12. Discussed the week." + SIGNED)


INDIVIDUAL = "Individual session - Jaylen T. Pruitt (15)   DOS 01/13/2026 3:40-4:26 PM 90834\nDx F43.25\nCBT. Response: calmer." + SIGNED


@pytest.mark.parametrize("who", ["Who came: Jaylen and his grandmother, together for the whole session.",
                                 "Who joined: Jaylen and his grandmother for all 50 minutes.",
                                 "Who showed up: Jaylen, grandmother, aunt."])
def test_who_came_names_the_client_from_another_note(who):
    family = "Family session - Pruitt household\n01/20/2026 | Office | 90846 - 50 min\n" + who + "\nDx F43.25\nResponse: both laughed." + SIGNED
    found = rules(INDIVIDUAL, family, payer="Medicaid")
    assert ("family_presence_mismatch", 1) in found and ("family_attendance_missing", 1) not in found


@pytest.mark.parametrize("service", ["Service: family psychotherapy without the patient present (90846)",
                                     "Billed: 90846 family therapy w/o patient present",
                                     "Code: 90846 (family psychotherapy without patient present)"])
def test_the_codes_own_name_is_no_attendance(service):
    note = "Identified patient: Kayden Farrow (15)\nDate: 01/27/2026 1:00-1:52 PM Office\n" + service + "\nDx F91.3\nResponse: agreed." + SIGNED
    assert "family_presence_mismatch" not in names(note)


@pytest.mark.parametrize("call", ["Dale has the guns (Carla confirmed by phone during the session).",
                                  "Mother updated by phone during session about the plan.",
                                  "Coordinated with the school counselor by phone in session."])
def test_a_call_inside_an_in_person_session(call):
    note = "Progress Note\nTroy V.   02/11/2026   2:00-2:45 PM   90834\nDx F43.0\n" + call + "\nDid: CBT. Response: calmer." + SIGNED
    assert not {"telehealth_pos_modifier_missing", "audio_only_modifier_missing", "telehealth_consent_missing"} & names(note)


def test_a_session_held_by_phone_is_still_telehealth():
    note = "Progress Note\n02/11/2026 2:00-2:45 PM 90834\nDx F43.0\nSession held by phone today because of snow.\nDid: CBT." + SIGNED
    assert "audio_only_modifier_missing" in names(note)


BODY = "Progress Note\nDOS 02/11/2026 2:00-2:45 PM 90834\nDx F43.0\nDid: CBT. Response: calmer. Plan: weekly.\n"


@pytest.mark.parametrize("history", [
    "Note history\n  01/29/2026 13:52  created   mfh\n  01/29/2026 14:11  signed    Marisa Ferreira-Holt, LMFT (e-signature, PIN verified)",
    "Audit trail: 02/11 15:02 e-signed - Dr. Paul Ng, PsyD",
    "Status: locked; digitally signed J. Ruiz, LCSW 2/11/26"])
def test_a_signature_in_an_edit_history(history):
    assert not {"signature_missing", "credentials_missing"} & names(BODY + history)


@pytest.mark.parametrize("tail", ["Client signed up for the group.", "Note history\n  01/29/2026 13:52  created   mfh"])
def test_no_signature_still_found(tail):
    assert "signature_missing" in names(BODY + tail)


@pytest.mark.parametrize("times, code", [("start:: 3:10 pm\nend:: 3:55 pm", "90834"), ("start:: 3:10 pm\nend:: 3:42 pm", "90832"),
                                         ("start:: 10:00\nend:: 10:58", "90837")])
def test_notes_app_fields(times, code):
    note = "date:: 2026-02-02\ncpt:: %s\n%s\ndx:: F41.1\n## What I did\n- exposure\n## How it went\n- calmer" % (code, times) + SIGNED
    assert not {"minutes_missing", "minutes_code_mismatch", "start_stop_times_missing"} & names(note)


@pytest.mark.parametrize("reason", ["The school 504 coordinator joined by speakerphone to set up accommodations.",
                                    "The IEP team met with us for the first 10 minutes.",
                                    "A three-way back-and-forth between the school, mom and the client took the first 15 min."])
def test_reasons_for_interactive_complexity(reason):
    note = "Progress Note\nDOS 02/11/2026 2:00-2:45 PM 90834 90785\nDx F43.0\n" + reason + "\nResponse: calmer. Plan: weekly." + SIGNED
    assert "interactive_complexity_reason_missing" not in names(note)


@pytest.mark.parametrize("plan", [
    "Plan (reviewed 01/05/2026, next review 04/05/2026): PHQ-9 below 10; senior center lunch 2x/week (now 0). Weekly through 04/05/2026.",
    "Plan (written 3/2/2026, review 6/2/2026): GAD-7 under 8; drives to work 5 of 5 days.",
    "Plan of care updated 12/15/2025: panic attacks 1/wk or fewer by 03/15/2026; PDSS under 8. Weekly x 10 more sessions."])
def test_a_dated_plan_line_with_targets_is_the_treatment_plan(plan):
    note = "DOS 1/14/2026 9:58-10:41 90834\nDx F33.1\n" + plan + "\nInterventions: behavioral activation. Response: better." + SIGNED
    assert not {"treatment_plan_missing", "goals_not_measurable"} & names(note, payer="Medicare")
