"""Audit classes from a seventh set of note forms: a session paused and resumed ("10:05-10:30, 10:40-11:02"), the
time written in a section heading ("## Psychotherapy - 2:31-2:48 pm"), a minute-by-minute crisis log, a code's own
"60 min" label beside the clock times, and the codes of later sessions named in the plan. Examples written here."""
from __future__ import annotations

import pytest

from audit_notes import GOOD, SIGN, fires

HEAD = "Date of service: 03/11/2025\nDx: F41.1 generalized anxiety disorder.\n"
BODY = ("Interventions: cognitive restructuring; worry exposure.\nResponse: client reports fewer worry spells.\n"
        "Treatment plan dated 01/06/2025: goal GAD-7 below 8 by 06/01/2025.\n")


@pytest.mark.parametrize("times", [
    "Face-to-face: 10:05-10:30, 10:40-11:02 (paused when the school called; resumed after).",
    "Session: 2:00-2:20 pm and 2:30-2:57 pm (phone call break).",
    "Time: 9:00-9:25, 9:35-9:58",
])
def test_a_session_paused_and_resumed_counts_both_parts(times):
    note = HEAD + times + "\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90834"])


@pytest.mark.parametrize("heading, code", [
    ("## Psychotherapy (separate from E/M) - 2:31-2:48 pm", "90833"),
    ("PSYCHOTHERAPY ADD-ON - 10:05-10:45", "90836"),
    ("### Therapy portion 3:10-3:30 pm", "90833"),
])
def test_the_time_in_a_section_heading_documents_the_psychotherapy(heading, code):
    note = HEAD + "Codes: 99214 + " + code + "\nMSE: calm, linear.\n" + heading + "\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["99214", code])
    assert not fires("minutes_missing", note, codes=["99214", code])


LOG = ("CRISIS PSYCHOTHERAPY - MINUTE LOG - 05/19/2025\nBilling: 90839 x1, 90840 x1\n"
       "13:12  Client arrives unscheduled. Crisis session begins.\n13:20  Urgent assessment: SI with plan.\n"
       "13:31  MSE: tearful, linear, oriented.\n13:52  Brother agrees to remove the pills.\n"
       "{end}  Disposition: brother drives client to the ED. Session ends.\n")


@pytest.mark.parametrize("end, short", [("14:20", True), ("14:40", False), ("14:05", True)])
def test_a_minute_log_gives_the_crisis_time(end, short):
    note = LOG.format(end=end) + SIGN
    assert not fires("minutes_missing", note, codes=["90839", "90840"])
    assert fires("crisis_time_threshold", note, codes=["90839", "90840"]) == short


@pytest.mark.parametrize("services, clock, mismatch", [
    ("Services: 90837 psychotherapy, 60 min", "Session time: 2:00-2:45 p.m.", True),
    ("CPT 90834 (45 min)", "Time in 3:00 pm, time out 3:48 pm", False),
    ("Billed: 90837 - 60 minutes", "Start 1:00 pm / end 1:58 pm", False),
])
def test_the_clock_times_beat_a_code_s_own_length(services, clock, mismatch):
    note = HEAD + services + "\n" + clock + "\n" + BODY + SIGN
    code = "90837" if "90837" in services else "90834"
    assert fires("minutes_code_mismatch", note, codes=[code]) == mismatch


@pytest.mark.parametrize("plan", [
    "Plan: weekly 90832 + 90785 (play-based CBT with parent coaching), 16 sessions.",
    "Recommend continuing with 90834 every other week.",
    "Next session: 90837 in two weeks.",
])
def test_codes_of_later_sessions_are_not_billed_on_this_note(plan):
    note = ("DIAGNOSTIC EVALUATION (90791) - 09/15/2025 - 9:00-10:10 am\nDx: F93.0 separation anxiety disorder.\n"
            + BODY + plan + SIGN)
    assert not fires("minutes_code_mismatch", note, codes=["90791"])


@pytest.mark.parametrize("ending", [
    "Okay that's it, uh, Dan Whitaker signing. End note.",
    "This is Maria Ortiz, LPC, signing off.",
    "Priya N. Rao signing, end of dictation.",
])
def test_a_dictated_sign_off_signs_the_note(ending):
    note = GOOD + "Session 50 minutes.\n" + ending
    assert not fires("signature_missing", note, codes=["90834"])


@pytest.mark.parametrize("ending", [
    "Jordan Ames, LMSW - supervisee; co-signature pending",
    "Signed: Kim Lo, APC (co-signature pending)",
    "Rae Diaz, LMSW; supervisor co-sign pending",
])
def test_a_co_signature_still_to_come_leaves_the_note_signed(ending):
    note = GOOD + "Session 50 minutes.\n" + ending
    assert not fires("signature_missing", note, codes=["90834"])


@pytest.mark.parametrize("line", [
    "Dx: F33.2 major depressive disorder, recurrent, severe - recoded today from F33.1: PHQ-9 now 24.",
    "Dx: F33.2 (re-coded; she meets 8 of 9 criteria this week).",
    "Diagnosis F33.2: meets 7 of the 9 criteria now, up from F33.1.",
])
def test_a_recoded_diagnosis_with_its_reason_is_consistent(line):
    first = GOOD.replace("F41.1 generalized anxiety disorder", "F33.1 major depressive disorder, recurrent, moderate") + SIGN
    second = first.replace("Dx: F33.1 major depressive disorder, recurrent, moderate.", line)
    assert not fires("diagnosis_inconsistent", [first, second], codes=["90834"], index=1)


@pytest.mark.parametrize("billing", [
    "Billing: 90837 (scheduled session 2:00-2:55 pm) + 90839 (crisis 2:55-3:40 pm)",
    "Codes: 90834 (scheduled) and 90839 (crisis 3:00-3:45 pm)",
    "Billed 90837 for the scheduled hour, 90839 for the crisis (4:00-4:40 pm)",
])
def test_a_scheduled_session_s_code_is_billed(billing):
    note = "Date of service: 05/02/2025\nDx: F33.2.\n" + billing + "\nMSE: flat, linear.\nDisposition: home with sister.\n" + BODY + SIGN
    assert fires("crisis_excluded_codes", note, codes=[])


@pytest.mark.parametrize("reason", [
    'Interactive complexity: stepfather and grandmother openly disagreed about discipline; I had to separate the adults twice.',
    "Interactive complexity: parents raised their voices over bedtime rules and kept talking over each other.",
    "90785: mother and grandmother bickered about screen time throughout and the session stalled twice.",
])
def test_caregivers_who_disagree_or_raise_voices_are_a_reason_for_interactive_complexity(reason):
    note = GOOD + "Session 45 minutes (90834 + 90785).\n" + reason + SIGN
    assert not fires("interactive_complexity_reason_missing", note, codes=["90834", "90785"])
