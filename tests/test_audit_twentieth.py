"""The documentation audit on a twentieth set of note shapes, examples written here (three or more per class):
a hospital header's date joined to its time by "@"; a clock range that times something else (sleep, a dosing window,
another discipline's slot) beside the billed session; a form the clinician says they sign; a place told with a
contraction; a safety plan told by its parts and means kept in a lockbox; passive ideation in the client's words (and a
condition's own "never"); guns kept in the house; the client named by the diagnosis line and "could not come"; a parent
who enforces a rule alone; a reflecting team; a practice's name in the heading; a medication field's "unchanged"; the
client's own work in session; a modality in a comma header; a plan dated in brackets; a grid's Dx and goal columns."""
from __future__ import annotations

import pytest

from audit_notes import names, rules

SIGNED = "Signed: Marit Okonkwo-Hale, LPC"
BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\nPHQ-9 12 (15 last month).\n"
        "Interventions: behavioral activation; cognitive restructuring of 'I always fail'.\n"
        "Response: planned two errands, mood 6 of 10 at the end (4 at the start).\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 06/30/2026.\n")


def _note(head: str, body: str = BODY, sign: str = SIGNED) -> str:
    return head + "\n" + body + sign


# --- a header date joined to its time by "@" -----------------------------------------------------------------------

@pytest.mark.parametrize("stamp", ["NOTE DATE: MAR 03, 2026@14:05", "VISIT: 03/03/2026@1405   STATUS: SIGNED",
                                   "ENCOUNTER: MAR 3, 2026@09:30     CLINIC: OP MH"])
def test_a_date_joined_to_its_time_by_an_at_sign_is_no_email_address(stamp):
    note = _note(stamp + "\nTime 2:05-2:55 pm   CPT 90834")
    assert "date_of_service_missing" not in names(note)


def test_an_email_address_still_dates_nothing():
    note = _note("From: intake@example-clinic.org 03/03/2026\nTime 2:05-2:55 pm   CPT 90834")
    assert "date_of_service_missing" in names(note)


# --- a clock range that times something else ---------------------------------------------------------------------

@pytest.mark.parametrize("other", ["Wakes most nights 2-3 AM and cannot settle.", "Sleeping 11 pm-4 am at best.",
                                   "Still up at 1-2 am scrolling."])
def test_the_hours_of_waking_are_not_clock_times_of_the_session(other):
    note = _note("DOS 03/03/2026   Total face-to-face time: 50 minutes   CPT 90834", other + "\n" + BODY)
    assert ("start_stop_times_missing", 0) in rules(note, payer="Medicare")


@pytest.mark.parametrize("line, code", [("Med window 7:00-11:00 / dosed 07:40 / buprenorphine 16 mg", "90832"),
                                        ("PT 9:00-9:45 transfers ..... see PT note", "90832"),
                                        ("OT: 9:45-10:40 dressing practice", "90834")])
def test_the_billed_line_times_the_session_when_other_ranges_come_first(line, code):
    billed = "Counseling 11:00 to 11:28 -> CPT 90832" if code == "90832" else "Therapy 11:00-11:45, CPT 90834"
    note = _note("DOS 03/03/2026\n" + line + "\n" + billed)
    assert "minutes_code_mismatch" not in names(note, payer="Medicaid")


# --- a form the clinician says they sign ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Responder (signs this form): Tova Reyes-Adler, LCSW -- e-signed 03/03/2026 4:10 pm",
                                  "Lead clinician, who signs this form: Abel Nakamura, PsyD - signed 03/03/2026",
                                  "Clinician completing and signing this form: Ruth Ostby, LMFT, signed 03/03/2026"])
def test_a_form_the_clinician_signs_is_the_signed_note(line):
    note = "CRISIS RESPONSE FORM   DOS 03/03/2026   2:00-3:00 pm   CPT 90834\n" + line + "\n" + BODY
    assert "signature_missing" not in names(note)


def test_a_consent_form_signed_still_signs_no_note():
    note = "DOS 03/03/2026  2:00-2:50 pm  CPT 90834\n" + BODY + "Release form signed by her mother today."
    assert "signature_missing" in names(note)


# --- the client's place told with a contraction ---------------------------------------------------------------------

@pytest.mark.parametrize("place", ["Audio only today; she's at her aunt's in Tacoma for the week.",
                                   "By video - he's in his truck at a rest stop, parked.",
                                   "Video session; they're at the cabin this weekend, connection fine."])
def test_a_place_told_with_a_contraction_is_the_client_location(place):
    note = _note("DOS 03/03/2026   2:00-2:50 pm   CPT 90834-95, POS 10\nTelehealth consent on file.\n" + place)
    assert "telehealth_location_missing" not in names(note)


# --- a safety plan told by its parts; means kept in a lockbox -------------------------------------------------------

IDEATION = "He said he has had thoughts of killing himself this week; no plan, no intent.\n"


@pytest.mark.parametrize("plan", ["Made a wallet card: warning signs (pacing, not eating), people to call, 988.",
                                  "We listed her warning signs and the two contacts she would call first.",
                                  "Dad agreed to keep the pills in a lockbox in his room."])
def test_a_safety_plan_told_by_its_parts_counts(plan):
    note = _note("DOS 03/03/2026  2:00-2:50 pm  CPT 90834", IDEATION + plan + "\n" + BODY)
    assert "safety_plan_missing" not in names(note)


# --- passive ideation in the client's own words ----------------------------------------------------------------------

@pytest.mark.parametrize("words", ['"If it never gets better I\'d rather be dead," she said.',
                                   'He told me "sometimes I think if I drank enough I just wouldn\'t wake up."',
                                   "She said she would rather not be here anymore."])
def test_passive_ideation_in_the_clients_words_needs_a_safety_plan(words):
    note = _note("DOS 03/03/2026  2:00-2:50 pm  CPT 90834", words + "\n" + BODY)
    assert "safety_plan_missing" in names(note)


@pytest.mark.parametrize("guns", ["Three shotguns in the house, unlocked.", "A pistol at his apartment in a drawer.",
                                  "Two rifles in his house, he says, both loaded."])
def test_guns_in_the_house_are_a_risk_the_next_note_must_revisit(guns):
    first = _note("DOS 03/03/2026  2:00-2:50 pm  CPT 90834", guns + "\n" + BODY.replace("Risk: denies SI/HI.\n", ""))
    second = _note("DOS 03/10/2026  2:00-2:50 pm  CPT 90834", BODY.replace("Risk: denies SI/HI.\n", ""))
    assert ("risk_not_reassessed", 1) in rules(first, second)


# --- who came to a family session ------------------------------------------------------------------------------------

@pytest.mark.parametrize("absent", ["Ilse could not come (a shift at the mill ran over).",
                                    "Ilse was unable to attend - sick with the flu at home.",
                                    "Ilse couldn't make it; only her husband came in."])
def test_the_client_named_by_the_diagnosis_line_and_not_there(absent):
    note = ("Conjoint session   DOS 03/03/2026   6:00-6:55 pm   CPT 90847\nDx (Ilse): F41.1 Generalized anxiety disorder\n"
            + absent + "\nUsed the hour on his flooding signs; rehearsed a 20-minute break.\n"
            "Response: he named three body signals himself.\n" + SIGNED)
    assert "family_presence_mismatch" in names(note)


@pytest.mark.parametrize("rule", ["Curfew enforced by Dad only from now on.", "Screen limits are a job for Mom alone.",
                                  "Bedtime is set by Dad alone on school nights."])
def test_a_parent_who_enforces_a_rule_alone_is_not_who_attended(rule):
    note = ("Family session   DOS 03/03/2026   4:00-4:55 pm   CPT 90847\nPresent: Noor and her mother.\nDx: F91.3\n"
            + rule + "\nInterventions: contract review, role-play.\nResponse: Noor proposed clause 3 herself.\n" + SIGNED)
    assert "family_presence_mismatch" not in names(note)


# --- interventions: a reflecting team; a practice's name is no therapy ---------------------------------------------

@pytest.mark.parametrize("line", ["Reflecting team: the two clinicians talked in front of the family about hope.",
                                  "The team reflected aloud on what the father had risked by speaking.",
                                  "We used a reflecting conversation after the first half hour."])
def test_a_reflecting_team_is_an_intervention(line):
    note = "Network meeting   DOS 03/03/2026   1:00-2:00 pm   CPT 90846\nParents met without the client present.\n" \
           "Dx: F20.9\n" + line + "\nResponse: the mother said she felt heard.\n" + SIGNED
    assert "interventions_missing" not in names(note)


@pytest.mark.parametrize("title", ["Birch Lane Counseling - progress note", "Stonebridge Family Therapy | visit note",
                                   "Oak Meadow Psychotherapy - session record"])
def test_a_practice_name_in_the_heading_names_no_intervention(title):
    note = (title + "\nDOS 03/03/2026   2:00-2:50 pm   CPT 90834\nDx: F43.21\n"
            "She talked about the funeral and her brother's visit. Sleeping better (5 h, was 3 h).\n" + SIGNED)
    assert "interventions_missing" in names(note)


# --- progress ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("meds", ["Meds: fluoxetine 20 mg, unchanged for 3 months.", "Medications: no change, bupropion 150 mg.",
                                  "Rx: lamotrigine dose increased by PCP last week."])
def test_a_medication_fields_change_is_not_the_clients_progress(meds):
    note = _note("DOS 03/03/2026   2:00-2:50 pm   CPT 90834",
                 "Dx: F33.1\nPHQ-9 16 today.\n" + meds + "\nInterventions: behavioral activation.\nRisk: denies SI/HI.\n"
                 "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 06/30/2026.\n")
    assert "progress_missing" in names(note)


@pytest.mark.parametrize("work", ["He pushed back at first, then tried the exercise.",
                                  "She listed two alternatives to the thought on her own.",
                                  "He left saying he could try it on Monday."])
def test_the_clients_own_work_in_session_is_a_response(work):
    note = _note("DOS 03/03/2026   2:00-2:50 pm   CPT 90834",
                 "Dx: F33.1\nPHQ-9 16 today.\nInterventions: cognitive restructuring.\n" + work + "\nRisk: denies SI/HI.\n"
                 "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 06/30/2026.\n")
    assert "progress_missing" not in names(note)


# --- telehealth in a comma header; a plan dated in brackets ----------------------------------------------------------

@pytest.mark.parametrize("head", ["Visit 03/03/2026, 9:00-9:50 am, video, 90834-95, POS 10",
                                  "Session 03/03/2026, telehealth, 9:00-9:50, CPT 90834",
                                  "03/03/2026, phone, 9:00-9:48 am, 90834-93"])
def test_a_modality_in_a_comma_header_makes_the_session_telehealth(head):
    note = _note(head + "\nClient at home in Dayton, Ohio.")
    assert "telehealth_consent_missing" in names(note)


@pytest.mark.parametrize("plan", ["Plan (02/02/2026): weekly x 12. Goals: feel less worried; sleep better.",
                                  "Goals [02/02/2026]: worry less; get back to the gym.",
                                  "Treatment plan (02/02/2026): every other week. Goals: be calmer at work."])
def test_a_plan_dated_in_brackets_is_dated(plan):
    body = BODY.replace("Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 06/30/2026.\n", plan + "\n")
    assert "plan_review_date_missing" not in names(_note("DOS 03/03/2026   2:00-2:50 pm   CPT 90834", body))


# --- a grid with Dx and goal columns ---------------------------------------------------------------------------------

def _grid(dx_cells: tuple[str, str], goal_cells: tuple[str, str]) -> str:
    return ("Grid progress note\nDOS 03/03/2026   2:00-2:50 pm   CPT 90834\nTreatment plan: written 02/02/2026 | review 05/02/2026\n"
            "+------------------+-----------------------------+------------------------+\n"
            "| Dx               | Goal                        | Intervention today     |\n"
            "+------------------+-----------------------------+------------------------+\n"
            f"| {dx_cells[0]:<16} | {goal_cells[0]:<27} | exposure practice      |\n"
            f"| {dx_cells[1]:<16} | {goal_cells[1]:<27} | thought record         |\n"
            "+------------------+-----------------------------+------------------------+\n"
            "Response: SUDS 70 -> 35 by the end.  Risk: denies SI/HI.\n" + SIGNED)


@pytest.mark.parametrize("dx", [("F40.10 Social", "anxiety disorder"), ("F42.2 Mixed OCD", ""), ("F43.10 PTSD", "chronic")])
def test_a_code_in_the_grids_dx_column_is_a_diagnosis(dx):
    assert "diagnosis_missing" not in names(_grid(dx, ("1. Client will relax", "2. Client will cope")))


@pytest.mark.parametrize("goals", [("1. Client will feel safer", "2. Client will cope"),
                                   ("1. Be less anxious", "2. Improve mood"), ("1. Understand triggers", "2. Manage worry")])
def test_vague_goals_in_a_grids_goal_column_are_not_measurable(goals):
    assert "goals_not_measurable" in names(_grid(("F41.1 GAD", ""), goals))


def test_a_measurable_goal_in_the_grid_is_measurable():
    assert "goals_not_measurable" not in names(_grid(("F41.1 GAD", ""), ("1. GAD-7 under 8 by 06/01", "2. Cope")))
