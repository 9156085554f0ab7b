"""The documentation audit on a fifteenth set of note shapes, examples written here (three or more per class): notes
exported as RTF or with UTF-8 read as Windows-1252; a screener item answered yes, a screening question answered no,
"don't want to die"; an interactive-complexity reason read within one sentence; a field left with a placeholder;
"Where he was:" as the client's location; the session's modality under another label or in a header column; another
appointment booked by telehealth; one time zone after both clock times; a year range is no clock range, and
psychotherapy minutes written before their code; response labels and a change "by the end" under an action plan;
"Did:" as the interventions field and a safety plan written together; who attended as a list with relations;
chronic PTSD told in years; goals that end before a sentence that starts with a number."""
from __future__ import annotations

import pytest

from audit_notes import names, rules

from assistant.audit.plain_text import plain_note, repaired, rtf_text

SIGNED = "\nSigned: Tomasz Okafor, LPC 02/03/2026"
HEAD = "Individual psychotherapy note\nClient: Avery Lindqvist   DOS 02/03/2026   1:00-1:50 PM   office (POS 11)   CPT 90834\n"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nWorry about layoffs; GAD-7 12 (15 last month).\n"
        "Interventions: cognitive restructuring of catastrophic predictions; paced breathing.\n"
        "Response: rated worry 7/10 at the start and 4/10 at the end.\n")
PLAN = "Plan: treatment plan 01/06/2026 (review 04/06/2026); goals: GAD-7 under 8 by 04/30/2026. Next 02/10/2026."
CLEAN = HEAD + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED


def test_the_clean_note_finds_nothing():
    assert names(CLEAN) == set()


# --- RTF exports and mis-decoded characters ---------------------------------------------------------------------

def _rtf(*lines: str) -> str:
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil Calibri;}}{\\colortbl ;\\red0\\green0\\blue0;}\n\\pard\\f0\\fs22 "
            + "\\par\n".join(lines) + "\\par\n}")


@pytest.mark.parametrize("rtf, text", [
    ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard Start:\\tab 2:00 PM\\par End:\\tab 2:50 PM\\par}",
     "Start:\t2:00 PM\nEnd:\t2:50 PM"),
    ("{\\rtf1\\ansi\\pard\\b Plan:\\b0  the client\\rquote s goal\\par}", "Plan: the client\u2019s goal"),
    ("{\\rtf1\\ansi\\pard She said \\ldblquote enough\\rdblquote\\emdash then left.\\par}",
     "She said \u201cenough\u201d\u2014then left."),
    ("{\\rtf1\\ansi\\pard caf\\'e9 \\u8804? 5\\par}", "caf\u00e9 \u2264 5"),
])
def test_rtf_is_read_as_its_text(rtf, text):
    assert rtf_text(rtf) == text


def test_text_that_is_not_rtf_is_unchanged():
    note = "Plan: see {braces} and C:\\notes\\par as typed"
    assert rtf_text(note) == note and plain_note(CLEAN) == CLEAN


@pytest.mark.parametrize("blank", ["Signature:\\tab ____________", "Clinician signature: \\tab\\tab ________",
                                   "Signed:\\tab\\par"])
def test_a_blank_signature_line_in_rtf_is_no_signature(blank):
    lines = [line for line in CLEAN.replace("\\", "").splitlines() if not line.startswith("Signed")]
    found = names(_rtf(*lines, blank))
    assert "signature_missing" in found and "credentials_missing" not in found


def test_a_signed_rtf_note_finds_nothing():
    assert names(_rtf(*CLEAN.splitlines())) == set()


@pytest.mark.parametrize("garbled, meant", [
    ("Start 2:00 PM \u00e2\u20ac\u201c End 2:50 PM", "Start 2:00 PM \u2013 End 2:50 PM"),
    ("she can\u00e2\u20ac\u2122t sleep", "she can\u2019t sleep"),
    ("Dr. Bj\u00c3\u00b6rk \u00c2\u00b7 sleep \u00e2\u2030\u00a5 7 h", "Dr. Bj\u00f6rk \u00b7 sleep \u2265 7 h"),
    ("\u00e2\u20ac\u0153calmer\u00e2\u20ac said she", "\u201ccalmer\u201d said she"),
])
def test_utf8_read_as_windows_1252_is_repaired(garbled, meant):
    assert repaired(garbled) == meant


@pytest.mark.parametrize("text", ["Sesi\u00f3n: se sinti\u00f3 mejor", "\u00abNo quiero\u00bb", "\u0414\u0430, \u0441\u043f\u0430\u0441\u0438\u0431\u043e",
                                  "caf\u00e9 \u2013 na\u00efve"])
def test_correct_accents_and_scripts_are_left_alone(text):
    assert repaired(text) == text


def test_a_garbled_wish_not_to_wake_is_still_read():
    note = CLEAN.replace("Risk: denies SI/HI.", "Says some nights she hopes she wouldn\u00e2\u20ac\u2122t wake up. No plan.")
    assert "safety_plan_missing" in names(note)


# --- risk: screener items, screening questions, contractions ------------------------------------------------------

@pytest.mark.parametrize("risk", ["Risk: ASQ item 1 (wish to be dead) yes, this week; item 2 no.",
                                  "Screen: suicidal thoughts - positive; plan no; intent no.",
                                  "C-SSRS: wish to die: endorsed (last 2 weeks); no behavior."])
def test_a_screener_item_answered_yes_is_current_ideation(risk):
    assert "safety_plan_missing" in names(CLEAN.replace("Risk: denies SI/HI.", risk))


@pytest.mark.parametrize("risk", [
    "Risk: asked if he has wished he were dead lately - \"Nope, things are looking up.\" No plan.",
    "Safety: I asked whether she had thoughts of ending her life; she said no, never.",
    "Risk: screened for thoughts of suicide: \"No, I don't want to die.\" Low risk.",
    "Risk: he doesn't want to die and has no plan.",
])
def test_a_question_answered_no_or_a_contraction_is_no_ideation(risk):
    assert "safety_plan_missing" not in names(CLEAN.replace("Risk: denies SI/HI.", risk))


def test_a_question_answered_yes_is_still_ideation():
    risk = "Risk: asked whether she had thoughts of suicide: yes, most nights this week."
    assert "safety_plan_missing" in names(CLEAN.replace("Risk: denies SI/HI.", risk))


# --- interactive complexity ---------------------------------------------------------------------------------------

IC_NOTE = HEAD.replace("CPT 90834", "CPT 90834, 90785") + "Interpreter: Tagalog, by phone (agency interpreter).\n" + BODY


@pytest.mark.parametrize("nearby", ["Lives with her parents. Tearful when talking about work.",
                                    "Protective: siblings, faith.\nO: angry at her supervisor.",
                                    "Her grandchildren visit on Sundays and she was crying about her late husband."])
def test_a_relative_and_an_emotion_in_different_sentences_are_no_reason(nearby):
    note = IC_NOTE + nearby + "\nRisk: denies SI/HI.\n" + PLAN + SIGNED
    assert "interactive_complexity_reason_missing" in names(note)


def test_a_caregiver_in_conflict_within_a_sentence_is_a_reason():
    note = IC_NOTE + "Her parents argued over each other for most of the hour.\nRisk: denies SI/HI.\n" + PLAN + SIGNED
    assert "interactive_complexity_reason_missing" not in names(note)


# --- telehealth -------------------------------------------------------------------------------------------------

VIDEO_HEAD = ("Individual psychotherapy note\nClient: Avery Lindqvist   DOS 02/03/2026   1:00-1:50 PM   POS 10, modifier 95"
              "   CPT 90834\nModality: secure video\nTelehealth consent: signed 01/06/2026.\n")


@pytest.mark.parametrize("where", ["Client location: -- not captured --", "Patient location: [not recorded]",
                                   "Client location: ______", "Client location: n/a"])
def test_a_location_field_left_with_a_placeholder_is_no_location(where):
    note = VIDEO_HEAD + where + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED
    assert "telehealth_location_missing" in names(note)


@pytest.mark.parametrize("where", ["Where he was: parked outside the warehouse, engine off.",
                                   "Where the client was during the session: a study room at the library.",
                                   "Joined from: her cousin's spare bedroom."])
def test_where_the_client_was_as_a_field(where):
    note = VIDEO_HEAD + where + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED
    assert "telehealth_location_missing" not in names(note)


def test_a_consent_field_left_blank_is_no_consent():
    note = VIDEO_HEAD.replace("signed 01/06/2026.", "-- not captured --") + "Client location: home.\n" + BODY + PLAN + SIGNED
    assert "telehealth_consent_missing" in names(note)


@pytest.mark.parametrize("modality", ["Visit type: Video", "Appointment mode: telehealth", "Encounter type: secure video",
                                      "2:00-2:50 PM    Zoom for Healthcare", "11:00-11:48 AM   (telehealth)"])
def test_the_modality_under_another_label_or_in_a_header_column(modality):
    note = HEAD.replace("office (POS 11)", "") + modality + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED
    assert {"telehealth_pos_modifier_missing", "telehealth_location_missing"} <= names(note)


@pytest.mark.parametrize("booked", ["Psychiatry follow-up booked for 03/14 by video.",
                                    "PCP visit scheduled for Tuesday via telehealth.",
                                    "Set up a medication check for tomorrow by telehealth with her prescriber."])
def test_another_appointment_booked_by_telehealth_is_not_this_session(booked):
    note = CLEAN.replace(PLAN, booked + "\n" + PLAN)
    assert not {"telehealth_pos_modifier_missing", "telehealth_consent_missing", "telehealth_location_missing"} & names(note)


# --- session time -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("clock", ["2:05 PM ET - 2:58 PM ET", "9:00 am MT to 9:55 am MT", "4:10 PM (CT) - 5:05 PM (CT)"])
def test_one_time_zone_after_both_clock_times(clock):
    note = CLEAN.replace("1:00-1:50 PM", clock).replace("CPT 90834", "CPT 90837")
    assert not {"minutes_missing", "minutes_code_mismatch"} & names(note)


@pytest.mark.parametrize("years", ["(first episode 2018-2019)", "- DBT 2020-2022, then none", "(in remission 2011-2013)"])
def test_a_year_range_is_no_clock_range(years):
    note = CLEAN.replace("Generalized anxiety disorder", "Generalized anxiety disorder " + years)
    assert "minutes_code_mismatch" not in names(note)


@pytest.mark.parametrize("told, code", [("Psychotherapy time (separate from E/M): 25 min -> 90833", "90833"),
                                        ("Therapy time, not counting the E/M: 41 minutes -> 90836", "90836"),
                                        ("Psychotherapy portion 55 min, billed as 90838", "90838")])
def test_psychotherapy_minutes_written_before_their_code(told, code):
    note = (f"Psychiatric follow-up\nDOS 02/03/2026   1:00-2:20 PM   office (POS 11)   99214 + {code}\n" + BODY
            + told + "\nRisk: denies SI/HI.\n" + PLAN + "\nSigned: Ines Farrow, MD 02/03/2026")
    assert "minutes_code_mismatch" not in names(note)


# --- session content ----------------------------------------------------------------------------------------------

NO_RESPONSE = CLEAN.replace("Response: rated worry 7/10 at the start and 4/10 at the end.\n", "").replace(
    "GAD-7 12 (15 last month).", "GAD-7 12.")


def test_no_response_still_found():
    assert "progress_missing" in names(NO_RESPONSE)


@pytest.mark.parametrize("told", ["How she did: caught two predictions on her own and laughed at one.",
                                  "How the couple did: took turns without raising voices.",
                                  "Reaction: quiet at first, then asked for the worksheet to take home."])
def test_a_response_field_under_another_label(told):
    assert "progress_missing" not in names(NO_RESPONSE.replace("Risk:", told + "\nRisk:"))


@pytest.mark.parametrize("told", ["Action plan: practiced the plan twice; panic subsided by the end.",
                                  "Plan: agitation settled by the end of the session; will continue weekly.",
                                  "Disposition plan: urges gone by session's end; went home with his sister."])
def test_a_change_by_the_end_under_an_action_plan(told):
    assert "progress_missing" not in names(NO_RESPONSE.replace(PLAN, told + "\n" + PLAN))


def test_a_target_by_the_end_of_a_month_is_no_change():
    assert "progress_missing" in names(NO_RESPONSE.replace(PLAN, "Plan: reduce panic by the end of June.\n" + PLAN))


NO_INTERVENTION = NO_RESPONSE.replace(
    "Interventions: cognitive restructuring of catastrophic predictions; paced breathing.\n", "")


@pytest.mark.parametrize("done", ["Did: sorted this week's worries into solvable and not.",
                                  "What was done: a hierarchy of feared calls, first step chosen.",
                                  "Action plan: wrote a safety plan together with him. Crisis line 555-0100 saved in his phone.",
                                  "Crisis safety plan drafted with her in session."])
def test_interventions_under_did_or_a_safety_plan_written(done):
    assert "interventions_missing" not in names(NO_INTERVENTION.replace("Risk:", done + "\nRisk:"))


def test_no_intervention_still_found():
    assert "interventions_missing" in names(NO_INTERVENTION)


# --- family attendance ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["At the table: Noor, her father and her grandmother.",
                                 "On the call: Noor and both parents, each from home.",
                                 "Session with Noor, Samir (father), Leila (grandmother, 68) for the full hour."])
def test_who_attended_under_another_label_or_as_a_list(who):
    note = ("Family session\nPatient: Noor Haddad (14)   DOS 02/03/2026   4:00-4:55 PM   office (POS 11)   90847\n"
            + who + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED)
    assert "family_attendance_missing" not in names(note)


def test_a_family_note_naming_nobody_still_found():
    note = ("Family session\nPatient: Noor Haddad (14)   DOS 02/03/2026   4:00-4:55 PM   office (POS 11)   90847\n"
            + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED)
    assert "family_attendance_missing" in names(note)


# --- diagnosis and goals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("told", ["Flashbacks for the last three years, worse in winter.",
                                  "Startle and nightmares ever since the fire, roughly four years.",
                                  "Avoids highways - 5 years now."])
def test_chronic_ptsd_told_in_years(told):
    note = CLEAN.replace("F41.1 Generalized anxiety disorder", "F43.10 PTSD, unspecified").replace(
        "Worry about layoffs;", told)
    assert "diagnosis_unspecified" in names(note)


def test_ptsd_with_no_duration_is_left_alone():
    note = CLEAN.replace("F41.1 Generalized anxiety disorder", "F43.10 PTSD, unspecified")
    assert "diagnosis_unspecified" not in names(note)


@pytest.mark.parametrize("goals", ["Goals: feel calmer; sleep better. 10 weekly sessions, then review.",
                                   "Treatment goals (from intake): worry less; be more social. 8 sessions.",
                                   "Goals: improve mood and energy. 12 sessions every other week."])
def test_goals_end_before_a_sentence_that_starts_with_a_number(goals):
    note = CLEAN.replace(PLAN, "Plan: treatment plan 01/06/2026. " + goals)
    assert "goals_not_measurable" in names(note)


@pytest.mark.parametrize("risk", ["Risk: denies SI, wish to be dead or self-harm since we last met.",
                                  "Safety: no HI, thoughts of suicide or cutting this week.",
                                  "Risk: negative for SI, urges to self-harm and HI; low risk.",
                                  "Risk: asked in her own words about wanting to hurt herself - denies it."])
def test_a_negation_over_a_list_or_a_question_answered_no(risk):
    assert "safety_plan_missing" not in names(CLEAN.replace("Risk: denies SI/HI.", risk))


def test_a_denial_then_an_endorsement_is_still_ideation():
    risk = "Risk: denies HI, endorses passive SI most evenings."
    assert "safety_plan_missing" in names(CLEAN.replace("Risk: denies SI/HI.", risk))


@pytest.mark.parametrize("risk", ["Showed three fresh shallow cuts on his left thigh; no plan.",
                                  "Told me \"I scratch with a safety pin when they yell.\" Denies intent.",
                                  "Said she wishes she could disappear for good. No plan.",
                                  "\"Everyone would be better off if I simply wasn't around,\" he said. No plan or intent."])
def test_self_injury_seen_or_told_in_the_clients_words(risk):
    assert "safety_plan_missing" in names(CLEAN.replace("Risk: denies SI/HI.", risk))


@pytest.mark.parametrize("where", ["Pt loc: home, alone, door closed.", "Client loc. - her parked car, private.",
                                   "Patient loc: work, a closed office."])
def test_an_abbreviated_location_field(where):
    note = VIDEO_HEAD + where + "\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED
    assert "telehealth_location_missing" not in names(note)


@pytest.mark.parametrize("plan", ["Tx plan (rev 01/05/2026): decrease panic, increase coping skills. Weekly.",
                                  "Treatment plan 01/05/2026: improve sleep; reduce worry; return to the gym.",
                                  "ISP (reviewed 01/05/2026): lessen irritability, build routines, feel calmer."])
def test_aims_listed_in_a_plan_field_are_goals(plan):
    note = CLEAN.replace(PLAN, plan)
    assert "goals_not_measurable" in names(note)


def test_a_plan_field_with_a_counted_aim_is_measurable():
    note = CLEAN.replace(PLAN, "Tx plan (rev 01/05/2026): decrease panic attacks to 1 a week by 04/01/2026. Weekly.")
    assert "goals_not_measurable" not in names(note)


@pytest.mark.parametrize("line", ["Typed: Rosa Lindqvist", "Entered by: K. Marsh", "Written by: Dana Oyelaran"])
def test_a_typed_by_line_signs_the_note(line):
    found = names(CLEAN.replace("Signed: Tomasz Okafor, LPC 02/03/2026", line))
    assert "signature_missing" not in found and "credentials_missing" in found


@pytest.mark.parametrize("title", ["VIDEO VISIT NOTE", "Telehealth Session - Progress Note", "VIRTUAL SESSION RECORD"])
def test_a_title_that_names_the_modality(title):
    note = title + "\n" + VIDEO_HEAD.split("\n", 1)[1].replace("Modality: secure video\nTelehealth consent: signed 01/06/2026.\n", "") \
        + "Client location: her apartment.\n" + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED
    assert "telehealth_consent_missing" in names(note)


def test_an_office_title_is_no_telehealth():
    assert names(CLEAN.replace("Individual psychotherapy note", "OFFICE VISIT NOTE")) == set()
