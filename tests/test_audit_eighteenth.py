"""The documentation audit on an eighteenth set of note shapes, examples written here (three or more per class):
a signer's name with accented letters, a signer given as a key of a key-value drawer, an author named in the title
line; minutes told as "we talked for ..." or under a time label with an aside; dotted dates (2026.03.04, 04.03.2026)
under a label with a translation in front; a fax stamp's date; a plan's expected length; family notes whose header
names the child in a later column, "held with" one parent, a Present line with the absent client in brackets; a
passive death wish with "just"/"wouldn't"; an unticked check-box option; "vid" for video and "at her aunt's"."""
from __future__ import annotations

import pytest

from audit_notes import names, rules

HEAD = "Individual psychotherapy note\nClient: Oriel Banks   DOS 03/04/2026   2:00-2:50 PM   office (POS 11)   CPT 90834\n"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nWorry about the move; GAD-7 12 (15 last month).\n"
        "Interventions: worry postponement; cognitive restructuring of 'I will ruin it'.\n"
        "Response: rated worry 7 of 10 at the start and 4 of 10 at the end.\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: GAD-7 under 8 by 05/31/2026.\n")


# --- a signature the rules did not read --------------------------------------------------------------------------

@pytest.mark.parametrize("signer", ["Inés Ó Súilleabháin, LCSW", "Zoë Brandão-Lund, PhD", "Joaquín Peña, LMFT"])
def test_a_closing_name_with_accented_letters_signs_the_note(signer):
    assert "signature_missing" not in names(HEAD + BODY + "\n" + signer)


@pytest.mark.parametrize("field", [":SIGNED_BY: Hollis Treadway, LPC", "signed_by = Hollis Treadway, LPC",
                                   "Signer: Hollis Treadway, LPC"])
def test_a_key_naming_the_signer_signs_the_note(field):
    note = HEAD + ":PROPERTIES:\n" + field + "\n:END:\n" + BODY
    assert "signature_missing" not in names(note)


@pytest.mark.parametrize("title", ["PROGRESS NOTE -- written by Marguerite Oyelaran, PsyD (typed that evening)",
                                   "Session record, prepared by Dr. Anselm Petrakis, PhD",
                                   "Note dictated by Calla Ferreira, LMHC on 03/04/2026"])
def test_an_author_with_credentials_in_the_title_signs_the_note(title):
    assert "signature_missing" not in names(title + "\n" + HEAD + BODY)


def test_a_form_completed_by_a_relative_signs_nothing():
    note = HEAD + "Intake form completed by her mother.\n" + BODY
    assert "signature_missing" in names(note)


# --- minutes told in a sentence or under a time label -----------------------------------------------------------

NO_CLOCK = "Progress note\nClient: Oriel Banks   DOS 03/04/2026   office (POS 11)   CPT 90834\n"


@pytest.mark.parametrize("told", ["We worked for forty-four minutes (she came late from the bus).",
                                  "I sat with him 47 min in the family room.",
                                  "We talked for about forty minutes today."])
def test_minutes_told_as_what_we_did_are_the_session(told):
    assert "minutes_missing" not in names(NO_CLOCK + told + "\n" + BODY + "Signed: Hollis Treadway, LPC")


@pytest.mark.parametrize("line", ["Time: 45 minutes face-to-face (interrupted twice by the nurse; not counted)",
                                  "Duration: approx. 42 min (weekly slot moved to Thursday)",
                                  "Session length: 50 minutes (monthly family check-in next)"])
def test_a_time_field_keeps_its_minutes_whatever_the_aside(line):
    assert "minutes_missing" not in names(NO_CLOCK + line + "\n" + BODY + "Signed: Hollis Treadway, LPC")


def test_minutes_spent_on_one_exercise_are_not_the_session():
    note = NO_CLOCK + "We worked on the exposure ladder for 15 minutes.\n" + BODY + "Signed: Hollis Treadway, LPC"
    assert "minutes_missing" in names(note)


# --- dotted dates and bilingual labels ---------------------------------------------------------------------------

def _dated(date_line: str, goal: str = "GAD-7 under 8 by 05/31/2026") -> str:
    return ("Counseling note\nClient: Oriel Banks   office (POS 11)   CPT 90834   Start 2:00   End 2:50\n" + date_line + "\n"
            + BODY.replace("GAD-7 under 8 by 05/31/2026", goal) + "Signed: Hollis Treadway, LPC")


@pytest.mark.parametrize("line", ["날짜 Date: 2026.03.04 (수)", "Datum / Date: 04.03.2026", "日付 Date: 2026.3.4"])
def test_a_dotted_date_under_a_translated_label_dates_the_session(line):
    assert "date_of_service_missing" not in names(_dated(line))


@pytest.mark.parametrize("goal", ["GAD-7 under 8 by 2026.05.31", "GAD-7 under 8 by 31.05.2026", "GAD-7 under 8 by 2026.5.31"])
def test_a_dotted_target_date_dates_the_plan(goal):
    note = _dated("Date: 03/04/2026", goal).replace("treatment plan 02/02/2026 (review 05/02/2026)", "per plan")
    assert "plan_review_date_missing" not in names(note)


# --- a fax or print stamp ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["MAR-06-2026 09:12   FROM: WILLOW CLINIC 555-0101   TO: 555-0199   P.002/003",
                                   "03/06/2026 09:12  Fax received from Willow Clinic  Page 2 of 3",
                                   "Transmitted 03/06/2026 9:12 AM  P.1/2"])
def test_a_fax_stamp_does_not_date_the_session(stamp):
    note = (stamp + "\nWillow Clinic progress note\nClient: Oriel Banks   office (POS 11)   CPT 90834   Start 2:00   End 2:50\n"
            + BODY + "Signed: Hollis Treadway, LPC")
    assert "date_of_service_missing" in names(note)


# --- the plan's expected length ----------------------------------------------------------------------------------

PLAN_LESS = BODY.replace("Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: GAD-7 under 8 by 05/31/2026.",
                         "Plan: {}; goals: GAD-7 under 8, back at work full days.")


@pytest.mark.parametrize("length", ["partial hospitalization 5 days a week, expected about 3 weeks",
                                    "IOP 3 evenings a week, estimated length of stay 4-6 weeks",
                                    "group DBT skills, anticipated duration: 24 sessions"])
def test_an_expected_length_dates_the_plan(length):
    note = HEAD + PLAN_LESS.format(length) + "Signed: Hollis Treadway, LPC"
    assert "plan_review_date_missing" not in names(note)


def test_a_medication_recheck_is_no_plan_date():
    note = HEAD + PLAN_LESS.format("weekly therapy; sertraline recheck in 4 weeks") + "Signed: Hollis Treadway, LPC"
    assert "plan_review_date_missing" in names(note)


# --- family notes ------------------------------------------------------------------------------------------------

def _family(code: str, header: str, body: str) -> str:
    return (f"Family session note\n{header}\nService: {code}\nDOS 03/04/2026   Start 4:00   End 4:55   office\n"
            "Dx: F91.3 Oppositional defiant disorder\n" + body +
            "\nInterventions: coaching on labelled praise; role-play.\nProgress: 2 tantrums this week (5 last month).\n"
            "Plan: weekly per plan 01/10/2026; goals: under 2 tantrums a week by 04/30/2026.\nSigned: Hollis Treadway, LMFT")


@pytest.mark.parametrize("header, body", [
    ("Household: Ferrante          Child: Milo, age 7", "Milo stayed home with a fever, so the hour was held with his mother alone."),
    ("Family: Abara   |   Youth: Kemi (12)", "Kemi was at camp; the session was held with her father and stepmother."),
    ("Family: Duarte\tChild: Tiago, age 9", "Tiago did not attend (school trip); we spent the hour with his grandmother."),
])
def test_a_client_named_in_a_later_column_and_absent_mismatches_90847(header, body):
    found = names(_family("90847", header, body))
    assert "family_presence_mismatch" in found and "family_attendance_missing" not in found


@pytest.mark.parametrize("present", ["Present: father Idris Kane only (Noa at a swim meet, planned)",
                                     "Present: mother and aunt (Noa with her coach)",
                                     "Attendees: grandmother Pearl Kane (Noa at school)"])
def test_the_client_in_brackets_on_the_present_line_did_not_attend(present):
    note = _family("90846", "Youth: Noa Kane (14)", present)
    assert "family_presence_mismatch" not in names(note)


def test_held_without_the_client_still_says_nobody_who_came():
    note = _family("90846", "Child: Milo Ferrante, age 7", "Session held without Milo, as agreed last week.")
    assert "family_attendance_missing" in names(note)


# --- a passive death wish ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("wish", ["Some nights he wishes he just wouldn't wake up; no plan, no intent.",
                                  "She said she hopes that she simply won't wake up some mornings; no plan.",
                                  "Told me he wishes he would never wake up on bad days; denies a plan."])
def test_a_passive_death_wish_needs_a_safety_plan(wish):
    note = HEAD + BODY.replace("Risk: denies SI/HI.", wish) + "Signed: Hollis Treadway, LPC"
    assert ("safety_plan_missing", 0) in rules(note)


# --- an unticked check-box option --------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ["Stage: [ ] Engagement & Motivation   [x] Assessment   [ ] Generalization",
                                 "Track: [x] Assessment | [ ] Engagement | [ ] Generalization",
                                 "Module: \u2610 Motivation   \u2611 Skills   \u2610 Relapse prevention"])
def test_an_unticked_option_is_no_progress(row):
    body = ("Dx: F41.1\nInterventions: mapped the conflict cycle; handout given.\nPlan: next session with both parents; "
            "per plan 01/10/2026, goals: under 2 arguments a week by 04/30/2026.\n")
    assert "progress_missing" in names(HEAD + row + "\n" + body + "Signed: Hollis Treadway, LPC")


# --- quick notes: "vid", and the client at a relative's place ----------------------------------------------------

@pytest.mark.parametrize("line", ["O.B. 03/04/26 2:00-2:50 vid (she was at her aunt's in Provo). bill 90834. F41.1",
                                  "O.B. 03/04/26 by vid, 90834; client joined from a friend's in Ogden. F41.1",
                                  "O.B. 03/04/26 vid visit 2-2:50, 90834 -- he was at his brother's place. F41.1"])
def test_vid_is_video_and_a_relatives_place_is_a_location(line):
    note = ("Notes to self\n" + line + "\nCBT thought record; worry 7/10 -> 4/10. No SI/HI.\n"
            "per tx plan 02/02/2026, review 05/02/2026\nHollis Treadway, LPC")
    found = names(note, codes=["90834"])
    assert "telehealth_pos_modifier_missing" in found and "telehealth_location_missing" not in found


def test_a_call_taken_on_a_date_still_dates_the_session():
    note = ("Crisis call received 03/06/2026 at 9:12 PM\nClient: Oriel Banks   office (POS 11)   CPT 90834   Start 2:00   End 2:50\n"
            + BODY + "Signed: Hollis Treadway, LPC")
    assert "date_of_service_missing" not in names(note)
