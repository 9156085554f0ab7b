"""Audit classes from a tenth set of note forms, examples written here (three or more per class): a phone check-in
still to come is no telephone session; "1h 02m" is a duration; a chart footer's "| Signed:" field signs the note;
a billing grid aligned with spaces gives the minutes; a length that describes something else ("a 5-minute
time-out script") is not the session's; a participants field left blank says nobody; an ISO time stamp with its
zone is no clock range; a typed name with the time it was signed signs the note; a reason for a phone session
("did not want to drive") is not a wish about later sessions."""
from __future__ import annotations

import pytest

from audit_notes import SIGN, fires

HEAD = "Date of service: 02/05/2026\nDx: F33.1 major depressive disorder, recurrent, moderate.\n"
BODY = ("Interventions: cognitive restructuring; behavioral activation.\nResponse: client reports two better days.\n"
        "Treatment plan dated 01/06/2026: goal PHQ-9 below 10 by 06/01/2026.\n")


@pytest.mark.parametrize("line", [
    "Follow-up in person 02/06/2026 10:00; phone check-in 09:00.",
    "Plan: next session by video on Tuesday; phone check-in Friday.",
    "7. Disposition: home with her sister; telephone follow-up tomorrow at 9.",
])
def test_a_phone_contact_still_to_come_is_no_telephone_session(line):
    note = HEAD + "In office, 11:00-11:55.\n" + BODY + line + SIGN
    assert not fires("telehealth_pos_modifier_missing", note, codes=["90837"])
    assert not fires("audio_only_modifier_missing", note, codes=["90837"])


@pytest.mark.parametrize("line", [
    "DOS 02/03/2026 | POS 11 | CPT 90837 x1 | Face-to-face 1h 02m | Signed: Ilse Boyd, PsyD, 02/03/2026",
    "Session length: 1h 5m. CPT 90837.",
    "Total time 1 hour 2 minutes (90837).",
])
def test_hours_and_minutes_written_short_support_the_code(line):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90837"])
    assert not fires("minutes_missing", note, codes=["90837"])


@pytest.mark.parametrize("footer", [
    "DOS 02/03/2026 | POS 11 | CPT 90837 | Signed: Ilse Marchetti-Boyd, PsyD, 02/03/2026",
    "CPT 90834 | 45 min | Signature: R. Okafor, LPC",
    "POS 02 | 95 | Signed: Dana Whitfield LCSW 02/03/2026",
])
def test_a_footers_signed_field_signs_the_note(footer):
    note = HEAD + "Session 2:00-2:55 pm.\n" + BODY + "---- chart footer ----\n" + footer
    assert not fires("signature_missing", note, codes=["90837"])


@pytest.mark.parametrize("grid, code", [
    ("BILLING GRID\nCPT     Units   Min   POS   Dx ptr\n90846   1       50    11    A,B\n", "90846"),
    ("CODE    MINUTES   POS\n90834   45        11\n", "90834"),
    ("Service   Time   Units\n90837     56     1\n", "90837"),
])
def test_a_billing_grid_aligned_with_spaces_gives_the_minutes(grid, code):
    note = HEAD + BODY + "Participants: mother and father.\n" + grid + SIGN
    assert not fires("minutes_missing", note, codes=[code])


@pytest.mark.parametrize("line", [
    "Rehearsed a calm 5-minute time-out script by role-play.",
    "Assigned a 10-minute walk after dinner.",
    "Practiced the 3-minute breathing space twice.",
])
def test_a_length_that_describes_something_else_is_not_the_sessions(line):
    note = HEAD + "Session 2:00-2:55 pm.\n" + line + "\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90837"])


@pytest.mark.parametrize("field", ["Participants: [not entered]", "Present: ___", "Attendees: n/a"])
def test_a_participants_field_left_blank_says_nobody(field):
    note = HEAD + "Family session without the client, 50 minutes.\n" + field + "\n" + BODY + SIGN
    assert fires("family_attendance_missing", note, codes=["90846"])


@pytest.mark.parametrize("stamp", ["sign.at=2026-02-09T16:51-05:00", "signed_at: 2026-02-09T16:51-06:00",
                                   "exported 2026-02-10T08:02-08:00"])
def test_an_iso_time_stamp_with_its_zone_is_no_clock_range(stamp):
    note = HEAD + "encounter.minutes=28\n" + BODY + stamp + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90832"])


@pytest.mark.parametrize("closing", ["\u2014 M. Castellanos    01/20/2026 14:40", "- J. Whitcomb 02/01/2026",
                                     "\u2014 Ruth Camacho   01/14/2026 5:12 pm"])
def test_a_typed_name_with_the_time_it_was_signed_signs_the_note(closing):
    note = HEAD + "Session 1:00-1:56 pm.\n" + BODY + closing
    assert not fires("signature_missing", note, codes=["90837"])


@pytest.mark.parametrize("line", [
    "Icy roads; client did not want to drive, so the session was held by telephone (audio only).",
    "Her car is in the shop, so we met by phone today.",
    "Snowstorm: session conducted over the phone, client at home.",
])
def test_a_reason_for_a_phone_session_leaves_it_a_phone_session(line):
    note = HEAD + line + "\nStart 10:03 Stop 10:45\n" + BODY + SIGN
    assert fires("audio_only_modifier_missing", note, codes=["90834"])


@pytest.mark.parametrize("line", [
    "Idioma / Language: Portuguese - in-person interpreter (L. Gouveia, agency interpreter) for the whole session.",
    "Spanish interpreter from the language agency joined by phone for the full hour.",
    "Interpreting agency staff member interpreted throughout (ASL).",
])
def test_an_interpreter_from_an_agency_is_still_an_interpreter_alone(line):
    note = HEAD + "Session 10:02-10:47.\n" + line + "\n" + BODY + SIGN
    assert fires("interactive_complexity_reason_missing", note, codes=["90834", "90785"])


@pytest.mark.parametrize("label", ["Plano / Plan:", "Diagnóstico / Plan:", "Piano / Plan:"])
def test_a_word_that_ends_in_no_is_no_negation_of_the_plan(label):
    note = ("Date of service: 02/09/2026\nDx: F41.0 panic disorder.\nSession 10:02-10:47.\nInterventions: interoceptive "
            "exposure.\n" + label + " treatment plan 11/17/2025 (review 02/17/2026): panic attacks 1/week or fewer.\n" + SIGN)
    assert not fires("treatment_plan_missing", note, codes=["90834"])
