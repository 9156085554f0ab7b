"""Audit classes from an eleventh set of note forms, examples written here (three or more per class): a video
platform's event log (the client joined ... the client left) gives the session's minutes; a clock range written
with an arrow ("11:02 -> 11:41") is a range."""
from __future__ import annotations

import pytest

from audit_notes import SIGN, fires

HEAD = "Date of service: 02/05/2026\nDx: F33.1 major depressive disorder, recurrent, moderate.\n"
BODY = ("Interventions: cognitive restructuring; behavioral activation.\nResponse: client reports two better days.\n"
        "Treatment plan dated 01/06/2026: goal PHQ-9 below 10 by 06/01/2026.\n")


@pytest.mark.parametrize("log", [
    "  17:57:02  Clinician joined room\n  18:00:05  Client joined (device: iPhone)\n  18:46:30  Client left\n"
    "  18:47:11  Clinician ended room\n",
    "09:58  Therapist connected\n10:01  Patient connected\n10:49  Patient disconnected\n10:50  Therapist logged off\n",
    "14:00  Client logged in from home\n14:21  Client camera paused\n14:22  Client camera resumed\n14:47  Client left\n",
])
def test_a_platforms_event_log_gives_the_minutes(log):
    note = HEAD + "Video session (POS 10, modifier 95); client at home in PA; consent on file.\n" + log + BODY + SIGN
    assert not fires("minutes_missing", note, codes=["90834"])
    assert not fires("minutes_code_mismatch", note, codes=["90834"])


@pytest.mark.parametrize("line", [
    "PSYCHOTHERAPY (separate from E/M). Time: 11:02 -> 11:41.",
    "Session 2:00 pm \u2192 2:50 pm, in office.",
    "Time in session: 09:10 => 09:52.",
])
def test_a_clock_range_with_an_arrow_is_a_range(line):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("minutes_missing", note, codes=["90834"])


RISKY = HEAD + "Start 5:00 PM | End 5:45 PM\nRISK   SI [x] yes [ ] no    HI [ ] yes [x] no\n" + BODY + SIGN


@pytest.mark.parametrize("box", [
    "RISK   SI [x] yes [ ] no    HI [ ] yes [x] no",
    "Suicidal ideation: \u2612 Yes \u2610 No",
    "Self-harm [X] present [ ] absent",
])
def test_a_ticked_box_documents_current_ideation(box):
    note = HEAD + "Start 5:00 PM | End 5:45 PM\n" + box + "\n" + BODY + SIGN
    assert fires("safety_plan_missing", note, codes=["90834"])


@pytest.mark.parametrize("risk", [
    "RISK   See prior note.",
    "Risk: see intake assessment.",
    "Safety - unchanged from last note",
])
def test_a_risk_line_that_points_elsewhere_is_no_reassessment(risk):
    later = HEAD.replace("02/05/2026", "02/12/2026") + "Start 5:00 PM | End 5:45 PM\n" + risk + "\n" + BODY + SIGN
    assert fires("risk_not_reassessed", [RISKY, later], codes=["90834"], index=1)


@pytest.mark.parametrize("times, code, mismatch", [
    ("ENCOUNTER TIMER\n  > Started    10:00:12\n  || Paused    10:27:40\n  > Resumed    10:41:05\n  # Stopped    11:04:31\n", "90837", True),
    ("ENCOUNTER TIMER\n  > Started    14:00:03\n  # Stopped    14:53:40\n", "90837", False),
    ("Session started 9:00. Paused at 9:20 (fire drill). Resumed at 9:35. Session ended 10:05.\n", "90834", False),
])
def test_a_timer_log_gives_the_minutes_less_its_pauses(times, code, mismatch):
    note = HEAD + times + BODY + SIGN
    assert not fires("minutes_missing", note, codes=[code])
    assert fires("minutes_code_mismatch", note, codes=[code]) is mismatch


@pytest.mark.parametrize("line, code", [
    ("Service date: 02/09/2026       Clock in/out: 10:30 am / 11:15 am       CPT / POS: 90834 / 11", "90834"),
    ("Connected: 02/23/2026 16:02:07    Disconnected: 16:40:21    Talk time: 00:38:14", "90834"),
    ("Time in/out: 2:00 pm - 2:55 pm", "90837"),
])
def test_in_and_out_times_in_other_shapes(line, code):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("minutes_missing", note, codes=[code])
    assert not fires("minutes_code_mismatch", note, codes=[code])


@pytest.mark.parametrize("line", [
    "Exposure: a mock stand-up recorded on her phone; on video it looked like 3/10 to her.",
    "Disposition: home with her sister. Phone check-in 02/06 at 9 am; next session 02/06 at 3 pm.",
    "Watched the role-play on video together; she noticed she kept eye contact.",
])
def test_a_phone_or_video_that_is_not_how_the_session_was_held(line):
    note = HEAD + "In office, 11:00-11:55.\n" + BODY + line + SIGN
    assert not fires("telehealth_pos_modifier_missing", note, codes=["90837"])
    assert not fires("audio_only_modifier_missing", note, codes=["90837"])


@pytest.mark.parametrize("stamps, code, under", [
    ("[front desk stamp] ARRIVED 02/05/26 4:40 PM        [front desk stamp] DEPARTED 02/05/26 5:08 PM", "90839", True),
    ("Arrival time: 1:00 pm. Departure time: 2:10 pm.", "90839", False),
    ("Client arrived 10:05; departed 10:31 with her mother.", "90839", True),
])
def test_arrival_and_departure_stamps_bound_a_crisis_session(stamps, code, under):
    note = HEAD + stamps + "\nAssessment: C-SSRS positive; MSE: alert, tearful.\n" + BODY + "Disposition: home with sister.\n" + SIGN
    assert fires("crisis_time_threshold", note, codes=[code]) is under


@pytest.mark.parametrize("tail", [
    "\nWalter Brandt, PhD, licensed psychologist\nElectronically signed 02/11/2026 08:05",
    "\nDana Ruiz, LCSW\nSigned electronically on 03/02/2026",
    "\nR. Okafor, LMFT\nElectronically signed by R. Okafor 01/05/2026 17:40",
])
def test_a_name_with_credentials_above_the_e_signature_line(tail):
    assert not fires("credentials_missing", HEAD + BODY + tail, codes=["90834"])


@pytest.mark.parametrize("header, line", [
    ("Beneficiary: Riley J. Okafor-Dunn   DOB 11/03/2012", "Riley rode over with the family but would not come in; stayed in the car."),
    ("Student: Marco Ruiz   Grade 8", "Marco was brought to the building by his aunt but refused to come in."),
    ("Client: Dana Lee (15)", "Dana got as far as the lobby and then stayed in the car for the hour."),
])
def test_a_client_named_by_first_name_who_stayed_away_from_a_family_session(header, line):
    note = (header + "\nDate of service: 02/05/2026\nTime: 4:05-4:55 PM   CPT 90847\nDx: F93.0 Separation anxiety disorder.\n"
            "Attendance: mother and father.\n" + line + "\n" + BODY + SIGN)
    assert fires("family_presence_mismatch", note, codes=["90847"])
