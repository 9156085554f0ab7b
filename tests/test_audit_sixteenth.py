"""The documentation audit on a sixteenth set of note shapes, examples written here (three or more per class):
ratings such as "6 of 10" are no clock times; an activity log aligned with spaces (Begin / End / Dur columns, a
rule under the header, a case-management row); a note pasted as spreadsheet rows (codes, times and the signer in
columns); the length of an activity between commas; each code's own clock times in a split session; a signature
on an attestation line or as the header's clinician field; "With:" as who attended; a passive death wish with
"just"; a score repeated from an earlier note as the response; SUDS first to last as an exposure; goals after
"--" and "goals are met" as a status; chronic PTSD told as months since the event; a plan named by its date."""
from __future__ import annotations

import pytest

from audit_notes import names, rules

from assistant.audit.sheet_rows import sheet_as_fields
from assistant.audit.time_forms import spoken_clock

SIGNED = "\nSigned: Odile Fairweather, LMHC 05/12/2026"
HEAD = "Individual psychotherapy note\nClient: Casimir Oduya   DOS 05/12/2026   9:00-9:50 AM   office (POS 11)   CPT 90834\n"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nWorry about the move; GAD-7 13 (16 last month).\n"
        "Interventions: worry postponement; cognitive restructuring of 'I will fail'.\n"
        "Response: rated worry 8/10 at the start and 5/10 at the end.\n")
PLAN = "Plan: treatment plan 04/07/2026 (review 07/07/2026); goals: GAD-7 under 8 by 07/31/2026. Next 05/19/2026."
CLEAN = HEAD + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED


def test_the_clean_note_finds_nothing():
    assert names(CLEAN) == set()


# --- a rating or a count is no clock time ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "confidence 2 -> 7 of 10 by the end of the role-play",
    "urge rated nine of ten before and four of ten after",
    "she now goes out 2 to 3 times a week",
])
def test_ratings_and_counts_stay_as_written(text):
    assert spoken_clock(text) == text


def test_ratings_in_a_note_do_not_change_the_session_length():
    body = BODY.replace("Response: rated worry 8/10", "Response: willingness 3 -> 8 of 10 across the runs; rated worry 8/10")
    assert names(HEAD + body + "Risk: denies SI/HI.\n" + PLAN + SIGNED, codes=["90834"]) == set()


def test_a_clock_time_told_in_words_is_still_read():
    assert spoken_clock("from ten of two until quarter of three") == "from 1:50 until 2:45"


# --- an activity log aligned with spaces -----------------------------------------------------------------------

LOG_HEAD = "RIVERBEND COUNSELING - DAILY SERVICE LOG\nMember: Ines Harrowgate     ID 7712-0045\n" + "-" * 70 + "\n"
LOG_BODY = ("-" * 70 + "\nDx: F41.1 Generalized anxiety disorder\nSymptoms: worry most days; GAD-7 12 (15 at intake).\n"
            "Intervention: problem-solving about the landlord letter; paced breathing.\n"
            "Response: wrote two next steps herself and said it felt doable.\n"
            "Risk: denies SI/HI.\n" + PLAN + SIGNED)


@pytest.mark.parametrize("grid, minutes_ok", [
    ("Date      Service          Code   POS  Begin  End   Units  Staff\n"
     "05/12/26  Psychotherapy    90834  11   0910   0931  1      O. Fairweather, LMHC\n", False),
    ("Date      Service          Code   POS  Start  Stop  Units\n"
     "05/12/26  Psychotherapy    90834  11   1302   1348  1\n"
     "05/12/26  Care coord       T1016  11   1350   1420  2\n", True),
    ("Svc dt    Activity         Proc   Loc  Time in  Time out  Units\n"
     "05/12/26  Ind therapy      90834  11   1500     1521      1\n", False),
])
def test_a_log_row_gives_the_session_its_clock_times(grid, minutes_ok):
    found = names(LOG_HEAD + grid + LOG_BODY, codes=["90834"])
    assert ("minutes_code_mismatch" in found) is not minutes_ok
    assert "minutes_missing" not in found


@pytest.mark.parametrize("grid", [
    "Date      Service        Code   POS  Begin  End   Dur     Units\n05/12/26  Psychotherapy  90834  11   ----   ----  45 min  1\n",
    "Date      Service        Code   POS  Start  End   Minutes  Units\n05/12/26  Psychotherapy  90834  11   --     --    44       1\n",
    "Date      Service        Code   Begin  End   Duration\n05/12/26  Psychotherapy  90834  n/a    n/a   41\n",
])
def test_a_log_row_with_a_length_and_no_clock_times_lacks_start_and_stop(grid):
    found = rules(LOG_HEAD + grid + LOG_BODY, payer="Medicaid", codes=["90834"])
    assert ("start_stop_times_missing", 0) in found
    assert ("minutes_missing", 0) not in found


# --- a note pasted as spreadsheet rows -------------------------------------------------------------------------

SHEET_HEAD = "Date\tClient\tVisit\tMode\tPOS\tMod\tCPT\tStart\tEnd\tMins\tDx\tNote\tSigned\n"
SHEET_NOTE = ('"Worry about the move; GAD-7 13 (16 last month).\nInterventions: worry postponement; cognitive restructuring.\n'
              'Response: rated worry 8/10 at the start and 5/10 at the end.\nClient at home in her bedroom, alone. '
              'Consent for video on file.\nNo SI/HI.\nTreatment plan 04/07/2026 (review 07/07/2026): GAD-7 under 8 by 07/31/2026."')


@pytest.mark.parametrize("row", [
    "05/12/2026\tC. Oduya\t4\tvideo (Doxy)\t10\t95\t90834\t09:00\t09:47\t47\tF41.1\t{note}\tOdile Fairweather, LMHC",
    "05/19/2026\tC. Oduya\t5\tvideo (Doxy)\t02\t95\t90837\t14:00\t14:55\t55\tF41.1\t{note}\tO. Fairweather, LMHC",
    "05/26/2026\tC. Oduya\t6\tvideo (Zoom)\t10\tGT\t90832\t16:00\t16:30\t30\tF41.1\t{note}\tOdile Fairweather, LMHC",
])
def test_a_complete_spreadsheet_row_finds_nothing(row):
    assert names(SHEET_HEAD + row.format(note=SHEET_NOTE)) == set()


@pytest.mark.parametrize("row, rule", [
    ("05/12/2026\tC. Oduya\t4\tvideo (Doxy)\t11\t\t90834\t09:00\t09:47\t47\tF41.1\t{note}\tOdile Fairweather, LMHC",
     "telehealth_pos_modifier_missing"),
    ("05/12/2026\tC. Oduya\t4\tvideo (Doxy)\t10\t95\t90837\t09:00\t09:40\t40\tF41.1\t{note}\tOdile Fairweather, LMHC",
     "minutes_code_mismatch"),
    ("05/12/2026\tC. Oduya\t4\tvideo (Doxy)\t10\t95\t90834\t09:00\t09:47\t47\tF41.1\t{note}\t",
     "signature_missing"),
])
def test_a_spreadsheet_row_is_checked_by_its_columns(row, rule):
    assert rule in names(SHEET_HEAD + row.format(note=SHEET_NOTE))


def test_rows_become_labelled_fields_and_other_text_stays():
    text = "Week\tMood\tSleep\tNote\n1\tlow\t5 h\t\"first line\nsecond line\"\n"
    assert sheet_as_fields(text) == "Week: 1\nMood: low\nSleep: 5 h\nNote: first line\nsecond line"
    trailing = "Week\tMood\tSleep\tNote\t\t\n2\tflat\t\tslept badly\t\t\n"  # a copied selection's empty columns
    assert sheet_as_fields(trailing) == "Week: 2\nMood: flat\nNote: slept badly"
    assert sheet_as_fields("Plain note\twith one tab") == "Plain note\twith one tab"
    assert sheet_as_fields("PHQ-9\t12\t10\t9\n") == "PHQ-9\t12\t10\t9\n"  # no header row to name the cells


# --- the length of an activity between commas ------------------------------------------------------------------

@pytest.mark.parametrize("activity", [
    "Rode the elevator alone twice, 4 minutes, with the door closed.",
    "Practiced the breathing drill, 10 minutes, before each shift.",
    "Drove to the mall on her own, 15 minutes, without the radio.",
])
def test_an_activity_length_between_commas_is_not_the_session(activity):
    note = ("Progress note\nClient: Casimir Oduya   DOS 05/12/2026   office   CPT 90834\n" + BODY + activity +
            "\nRisk: denies SI/HI.\n" + PLAN + SIGNED)
    found = names(note, codes=["90834"])
    assert "minutes_missing" in found and "minutes_code_mismatch" not in found


@pytest.mark.parametrize("line", [
    "Provided CBT for insomnia, 45 min, in office.",
    "Individual psychotherapy, 45 minutes, face to face.",
    "Reviewed the sleep diary together, 45 min, in person.",
])
def test_a_session_length_between_commas_still_counts(line):
    note = "Progress note\nClient: Casimir Oduya   DOS 05/12/2026   office   CPT 90834\n" + line + "\n" + BODY + PLAN + SIGNED
    found = names(note, codes=["90834"])
    assert "minutes_missing" not in found and "minutes_code_mismatch" not in found


# --- a session billed under two codes, each with its own clock times -------------------------------------------

@pytest.mark.parametrize("billing, mismatch", [
    ("Billing: 90832 (3:00-3:28, planned session) + 90839 (3:28-4:15, crisis)", False),
    ("Codes: 90834 (3:00-3:42) and 90839 (3:42-4:20 crisis care)", False),
    ("Billing: 90837 (3:00-3:30) + 90839 (3:30-4:15, crisis)", True),
])
def test_each_code_is_checked_against_its_own_clock_times(billing, mismatch):
    note = ("Same-day urgent visit\nClient: Casimir Oduya   DOS 05/12/2026\nTime in: 3:00 PM   Time out: 4:15 PM\n" + billing +
            "\n" + BODY + "Mental status: alert, tearful, oriented. Crisis assessment: new SI with a plan; safety plan written.\n"
            "Disposition: home with his sister tonight.\n" + PLAN + SIGNED)
    assert ("minutes_code_mismatch" in names(note)) is mismatch


# --- a signature away from the note's end ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Clinician attestation: I conducted this session in person and reviewed the readout above. -- Odile Fairweather, LMHC",
    "Attested: I provided the biofeedback training recorded here - Odile Fairweather, LMHC",
    "I certify the times above are accurate. \u2014 O. Fairweather, LMHC",
])
def test_an_attestation_line_signs_the_note(line):
    note = HEAD + line + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN
    assert not {"signature_missing", "credentials_missing"} & names(note)


@pytest.mark.parametrize("header", [
    "DOS 05/12/2026     90834     Odile Fairweather, LMHC",
    "Session 9 | 05/12/2026 | 90834 | Odile Fairweather, LMHC",
    "05/12/2026     9:00-9:50 AM     Odile Fairweather, LMHC     CPT 90834",
])
def test_the_clinician_typed_with_credentials_in_the_header_signs_the_note(header):
    note = header + "\nClient: Casimir Oduya\n" + BODY + "Risk: denies SI/HI.\n" + PLAN
    found = names(note, codes=["90834"])
    assert "signature_missing" not in found and "date_of_service_missing" not in found


def test_a_note_with_no_name_anywhere_is_still_unsigned():
    assert "signature_missing" in names(HEAD + BODY + "Risk: denies SI/HI.\n" + PLAN)


# --- who attended, under "With:" --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "With: Renata Oduya (mother). Client at school.",
    "Seen with: both grandparents; the client stayed home sick.",
    "Accompanied by: his father, Tomas Oduya. Client not present.",
])
def test_a_with_field_names_who_attended(line):
    note = ("Family session\nClient: Casimir Oduya   DOS 05/12/2026   4:00-4:52 PM   CPT 90846\n" + line + "\n" + BODY +
            "Risk: denies SI/HI.\n" + PLAN + SIGNED)
    assert "family_attendance_missing" not in names(note)


# --- a passive death wish with a softener ----------------------------------------------------------------------

@pytest.mark.parametrize("wish", [
    'She said she "wished she could just not wake up" on two nights this week.',
    "He wishes he could simply disappear when the bills come.",
    "She admitted she wished she might just go to sleep and never wake up.",
])
def test_a_softened_death_wish_is_current_ideation(wish):
    first = HEAD + BODY + wish + "\n" + PLAN + SIGNED
    later = HEAD.replace("05/12", "05/19") + BODY + PLAN + SIGNED.replace("05/12", "05/19")
    found = rules(first, later)
    assert ("safety_plan_missing", 0) in found and ("risk_not_reassessed", 1) in found


def test_a_denied_wish_is_not_ideation():
    note = HEAD + BODY + "Denies wishing she could just not wake up; no SI.\n" + PLAN + SIGNED
    assert "safety_plan_missing" not in names(note)


# --- a score repeated from an earlier note is the response -----------------------------------------------------

FIRST = HEAD + "Dx: F41.1\nGAD-7 16 today.\nInterventions: worry postponement.\nResponse: engaged, asked questions.\n" + PLAN + SIGNED
BARE = "Session note\nClient: Casimir Oduya   DOS 05/19/2026   9:00-9:50 AM   CPT 90834\nInterventions: worry exposure script.\n{score}\n" + SIGNED


@pytest.mark.parametrize("score", ["GAD-7 11.", "Reacao: GAD-7 14; 'a bit lighter'.", "GAD-7: 16 again."])
def test_a_score_given_again_documents_the_response(score):
    assert ("progress_missing", 1) not in rules(FIRST, BARE.format(score=score))


def test_a_first_score_alone_is_no_response():
    assert ("progress_missing", 0) in rules(BARE.format(score="PCL-5 40."))


# --- SUDS first to last is an exposure --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Step 3: held the lift button for 2 minutes, then rode one floor. SUDS 80 -> 35.",
    "Sat beside the dog on the porch x4; SUDS peak 70, down to 20.",
    "Touched the doorknob and did not wash; SUDS from 65 to 30 over the run.",
])
def test_suds_first_to_last_names_the_exposure(line):
    note = "Session note\nClient: Casimir Oduya   DOS 05/12/2026   9:00-9:50 AM   CPT 90834\n" + line + "\nNo SI.\n" + SIGNED
    assert "interventions_missing" not in names(note)


# --- goals after "--", and a goal status ------------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan (plan 04/07/2026): weekly x 10. Goals -- sleeps 6 hours on 5 of 7 nights by 07/31/2026. Close once both goals are met.",
    "Treatment plan 04/07/2026. Goal -- GAD-7 under 8 by 07/31/2026; discharge when the goals have been met.",
    "Plan 04/07/2026: goals \u2014 back at work 4 days a week by 07/31/2026. We end when goals were met for a month.",
])
def test_goals_after_a_double_dash_are_read_and_a_status_is_no_goal(plan):
    note = HEAD + BODY + "Risk: denies SI/HI.\n" + plan + SIGNED
    assert "goals_not_measurable" not in names(note)


# --- chronic PTSD told as months since the event ---------------------------------------------------------------

@pytest.mark.parametrize("story", [
    "Nightmares most nights since the fire -- now 9 months.",
    "Avoids the bridge ever since the crash, going on five months now.",
    "Startle and flashbacks since the robbery; it has been 7 months now.",
])
def test_months_since_the_event_make_ptsd_unspecified_too_vague(story):
    note = CLEAN.replace("F41.1 Generalized anxiety disorder", "F43.10 Post-traumatic stress disorder") + "\n" + story
    assert "diagnosis_unspecified" in names(note)


def test_a_child_aged_in_months_is_no_duration():
    note = CLEAN.replace("F41.1 Generalized anxiety disorder", "F43.10 Post-traumatic stress disorder") + \
        "\nHas cared for her nephew since he was born, now 14 months old."
    assert "diagnosis_unspecified" not in names(note)


# --- a plan named by its date -----------------------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan 04/07/2026 (weekly x 12): GAD-7 under 8 by 07/31/2026.",
    "Continuing the plan of 4/7/26; next session in a week.",
    "Work continues per plan dated 04/07/2026.",
])
def test_a_plan_named_by_its_date_is_a_plan(plan):
    note = HEAD + BODY + "Risk: denies SI/HI.\n" + plan + SIGNED
    assert "treatment_plan_missing" not in names(note)
