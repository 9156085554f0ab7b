"""Audit classes from an eighth set of note forms, examples written here (three or more per class): a duration in
hours and minutes or with a prime ("0:53", "55'", "00:48:31"); a session that ended before the header's stop time;
a crisis split in two parts with the minutes of each in brackets; the minutes of an exercise inside the session;
check-in beside start; a goal's status is no goal; a blank review field dates nothing; goals with their dates in
brackets; numbered items under a treatment-plan heading; a next session by video is no telehealth session."""
from __future__ import annotations

import pytest

from audit_notes import SIGN, fires

HEAD = "Date of service: 03/11/2026\nDx: F41.1 generalized anxiety disorder.\n"
BODY = ("Interventions: cognitive restructuring; worry exposure.\nResponse: client reports fewer worry spells.\n"
        "Treatment plan dated 01/06/2026: goal GAD-7 below 8 by 06/01/2026.\n")


@pytest.mark.parametrize("line", [
    "90837 - 0:53 - POS 11 - F41.1",
    "90837 - 55' - POS 12 - F41.1",
    "Appt Date: 03/11/2026   Duration: 0:56   Location: Office (POS 11)",
    "Recording length: 00:54:31",
])
def test_a_duration_in_hours_and_minutes_or_with_a_prime_supports_the_code(line):
    note = HEAD + line + "\n" + BODY + SIGN
    assert not fires("minutes_missing", note, codes=["90837"])
    assert not fires("minutes_code_mismatch", note, codes=["90837"])


@pytest.mark.parametrize("ending", [
    "Session cut short - client's daycare called and client left at 5:31 PM.",
    "Client had to leave at 5:30 pm for a family emergency.",
    "Video disconnected at 5:28 PM and could not be restored; session ended.",
])
def test_a_session_that_ended_early_is_timed_to_its_real_end(ending):
    note = HEAD + "Time: 5:00 PM - 5:55 PM | CPT 90837\n" + BODY + ending + "\n" + SIGN
    assert fires("minutes_code_mismatch", note, codes=["90837"])


@pytest.mark.parametrize("times, short", [
    ("Time: 13:10-14:02 (52 min) + 14:25-14:50 (25 min) = 77 min face-to-face.", False),
    ("Time: 9:00-9:40 (40 min), 10:00-10:20 (20 min)", True),
    ("Crisis time 2:00-2:50 pm (50 min) and 3:05-3:35 pm (30 min)", False),
])
def test_a_crisis_in_two_parts_counts_both(times, short):
    note = HEAD + "Billing: 90839, 90840\n" + times + "\nUrgent assessment of SI; MSE: tearful, oriented.\n" \
        "Disposition: safety plan, home with sister.\n" + SIGN
    assert fires("crisis_time_threshold", note, codes=["90839", "90840"]) == short


@pytest.mark.parametrize("exercise", [
    "Let's do two minutes of it now, looking at your own video.",
    "We practiced five minutes of this breathing before ending.",
    "Did three minutes of that exposure twice.",
])
def test_the_minutes_of_an_exercise_are_no_session_length(exercise):
    note = HEAD + exercise + "\nSession: 2:00-2:52 pm\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90834"])


def test_check_in_beside_start_times_the_session_from_its_start():
    note = HEAD + "Check-in: 01:52 PM   Start: 02:00 PM   End: 02:40 PM\n" + BODY + SIGN
    assert not fires("minutes_code_mismatch", note, codes=["90834"])


@pytest.mark.parametrize("status", [
    "Progress toward goals: attended 5 of 5 school days this week (goal 2 on track).",
    "In bed by midnight 5 of 7 nights (goal met this week).",
    "Panic attacks down to one (goal met early).",
])
def test_a_goal_s_status_is_no_goal(status):
    first = HEAD + "Goals (written 01/06/2026; review 04/06/2026): GAD-7 below 8; 4 of 5 workdays.\n" \
        "Interventions: CBT.\nResponse: engaged.\n" + SIGN
    second = HEAD + "Interventions: exposure.\nResponse: calmer.\n" + status + "\n" + SIGN
    for rule in ("goals_not_measurable", "plan_review_date_missing"):
        assert not fires(rule, [first, second], index=1)


@pytest.mark.parametrize("blank", [
    "Plan date: ________   Last reviewed: ________   Next review: ________",
    "Next review: [        ]",
    "Review date: ____",
])
def test_a_blank_review_field_dates_no_plan(blank):
    note = ("Date of service: 03/11/2026\nDx: F10.20.\nInterventions: MI.\nResponse: engaged.\n"
            "Treatment plan:\n - Goal 1: 3 meetings a week\n - Goal 2: PHQ-9 below 10\n" + blank + "\n" + SIGN)
    assert fires("plan_review_date_missing", note)


@pytest.mark.parametrize("heading", [
    "Treatment plan (next review: next quarter (Jan 2027)):",
    "Treatment plan (updated 09/30/2026):",
    "Plan of care:",
])
def test_numbered_items_under_a_plan_heading_count_as_goals(heading):
    note = (HEAD + "Interventions: MI.\nResponse: set a goal of no use on school nights.\n" + heading +
            "\n 1. 2 or fewer days of use per 2 weeks\n 2. no school suspensions this semester\n" + SIGN)
    assert not fires("goals_not_measurable", note)


@pytest.mark.parametrize("plan", [
    "Plan: weekly IPSRT, 16 sessions; next 03/24 by video.",
    "Next session on 04/02 via Zoom.",
    "Next visit next Tuesday over video.",
])
def test_a_next_session_by_video_is_no_telehealth_session(plan):
    note = HEAD + "Seen in office (POS 11).\n" + BODY + plan + "\n" + SIGN
    assert not fires("telehealth_pos_modifier_missing", note, codes=["90834"])
    assert not fires("telehealth_location_missing", note, codes=["90834"])


@pytest.mark.parametrize("rating", ["Teacher Vanderbilt (04/30): 8/9 inattentive items.", "Teacher's Conners 3 ratings are elevated.",
                                    "Teacher rating scale returned: 6 of 9 items."])
def test_a_teacher_s_rating_scale_is_no_third_party_in_the_session(rating):
    note = (HEAD + "Present: client and mother; interpreter by phone.\n" + rating + "\n" + BODY +
            "Time: 3:05-3:38 PM\nCodes: 90832, 90785 (interpreter used)\n" + SIGN)
    assert fires("interactive_complexity_reason_missing", note, codes=["90832", "90785"])


@pytest.mark.parametrize("absent", ["Elias did not attend; parents came without him.", "Mother and father came without her today.",
                                    "Both parents attended without him (he had the flu)."])
def test_parents_who_came_without_the_child_make_90847_a_mismatch(absent):
    note = HEAD + "Family session 4:00-4:50 PM.\nAttendance: mother and father. " + absent + "\n" + BODY + SIGN
    assert fires("family_presence_mismatch", note, codes=["90847"])


@pytest.mark.parametrize("words", ['"some days I think everyone would be better off if I didn\'t wake up" - passive; denies plan.',
                                   "Says her kids would be better off without her; no plan or intent.",
                                   "Reports he wishes he wouldn't wake up some mornings."])
def test_passive_ideation_in_plain_words_needs_a_safety_plan(words):
    note = HEAD + "Time: 11:00-11:56\n" + words + "\nWill monitor SI at next session.\n" + BODY + SIGN
    assert fires("safety_plan_missing", note, codes=["90837"])


@pytest.mark.parametrize("field", ["Interventions used: [Select intervention(s)]", "Interventions: <enter interventions>",
                                   "Techniques: {{ interventions }}"])
def test_a_template_placeholder_names_no_intervention(field):
    note = ("Date of service: 04/14/2026\nDx: F43.23.\nStart 10:00, end 10:46.\n" + field +
            "\nClient response: engaged.\nTreatment plan dated 03/03/2026: crying spells once a week or less.\n" + SIGN)
    assert fires("interventions_missing", note, codes=["90834"])


@pytest.mark.parametrize("header", ["Session recording summary - Zoom (recording kept per practice policy)",
                                    "Video session via Doxy.me (per clinic policy, sessions are not recorded)",
                                    "Telehealth visit on Zoom - note written per group policy"])
def test_a_policy_remark_in_the_header_does_not_hide_a_telehealth_session(header):
    note = header + "\n" + HEAD + "Time: 3:02-3:50 PM\n" + BODY + SIGN
    assert fires("telehealth_pos_modifier_missing", note, codes=["90834"])


@pytest.mark.parametrize("paper", ["Reviewed the telehealth policy with the client before scheduling.",
                                   "Video consent form signed; next visit in office.",
                                   "Gave her our policy on telehealth for snow days."])
def test_telehealth_paperwork_in_an_office_note_is_no_telehealth_session(paper):
    note = HEAD + "Seen in office (POS 11).\n" + paper + "\n" + BODY + SIGN
    assert not fires("telehealth_pos_modifier_missing", note, codes=["90834"])
