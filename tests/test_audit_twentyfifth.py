"""The documentation audit on a twenty-fifth set of note shapes, examples written here (three or more per class):
a screener item answered yes for a recent time frame ("past week", "last 30 days") is current ideation; an
unspecified adjustment disorder beside its mood told in plain words; a course or severity specifier's change given
beside the new code; a "Client at:" field as the telehealth location; school staff named by their role as a third
party for 90785; the client's reaction to what the session showed, and a response row of a boxed table with a
qualifier in its label, as the client's response."""
from __future__ import annotations

import pytest

from audit_notes import names, rules

SIGNED = "Signed: Ines Valderrama-Quist, LMHC"
HEAD = "DOS 05/11/2026   Start 10:00 AM   End 10:50 AM   CPT 90834   Office (POS 11)"
LATER = "DOS 05/18/2026   Start 10:00 AM   End 10:50 AM   CPT 90834   Office (POS 11)"
DX = "Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
INTERVENTIONS = "Interventions: behavioral activation scheduling; thought record on 'nobody wants me around'.\n"
RESPONSE = "Response: scheduled two walks with a neighbour; mood 5/10 at the end, up from 3.\n"
RISK = "Risk: denies SI/HI.\n"
PLAN = "Treatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 16.\n"


def _note(middle: str = "", head: str = HEAD, dx: str = DX, response: str = RESPONSE, risk: str = RISK,
          plan: str = PLAN, sign: str = SIGNED) -> str:
    return head + "\n" + dx + middle + ("\n" if middle else "") + INTERVENTIONS + response + risk + plan + sign


# --- a screener item answered yes for a recent time frame is current ideation ---------------------------------------

@pytest.mark.parametrize("screen", [
    "Screen (past week / now): thoughts of suicide: yes / yes; plan: no.",
    "ASQ (last 30 days) - wish to be dead: yes.",
    "Columbia screen, past month - wished to be dead: yes; active thoughts: no.",
    "C-SSRS (past 2 weeks | today): wish to be dead: yes | no.",
])
def test_a_screener_answered_yes_for_a_recent_time_frame_needs_a_plan_and_a_follow_up(screen):
    first = _note(risk="Risk: " + screen + "\n")
    second = _note(head=LATER, risk="")
    found = rules(first, second)
    assert ("safety_plan_missing", 0) in found and ("risk_not_reassessed", 1) in found


@pytest.mark.parametrize("screen", [
    "Lifetime wish to be dead: yes (in 2017); past month: no.",
    "History of suicidal ideation in 2019; wish to be dead: no today.",
    "ASQ (past week): thoughts of suicide: no.",
])
def test_a_screener_answered_yes_only_for_the_past_or_answered_no_is_not_current(screen):
    first = _note(risk="Risk: " + screen + "\n")
    assert "safety_plan_missing" not in names(first)


# --- an unspecified adjustment disorder beside its mood told in plain words ------------------------------------------

ADJ = "Dx: F43.20 Adjustment disorder, unspecified\n"


@pytest.mark.parametrize("told", [
    "Since the move: nervous most mornings, stomach in knots before work, checks the door locks twice; mood 'alright'.",
    "After the divorce papers: tearful most evenings, feels hopeless about the house, stopped calling friends.",
    "Since the layoff he worries all day about rent and his heart races at night; no low mood.",
    "Since the school change: two fights in the lunchroom and a suspension for truancy; otherwise cheerful.",
])
def test_an_unspecified_adjustment_code_beside_its_mood_told_in_plain_words_is_unspecified(told):
    assert "diagnosis_unspecified" in names(_note(told, dx=ADJ))


@pytest.mark.parametrize("told", [
    "Since the move: sleeping 7 h, working full days; denies worry, tearfulness or low mood.",
    "Stressor: the landlord dispute. Mood 'fine'; no nervousness, no hopelessness.",
    "Came to talk about the custody schedule; no symptoms reported today.",
])
def test_an_unspecified_adjustment_code_with_every_mood_word_denied_is_left_alone(told):
    assert "diagnosis_unspecified" not in names(_note(told, dx=ADJ))


# --- a course or severity specifier's change given beside the new code --------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Dx: F43.11 PTSD, acute", "Dx: F43.12 PTSD, chronic (symptoms now past 3 months, acute -> chronic)"),
    ("Dx: F33.0 MDD, recurrent, mild", "Dx: F33.1 MDD, recurrent, moderate (mild to moderate since the job loss)"),
    ("Dx: F31.31 Bipolar I, current episode depressed, mild",
     "Dx: F31.32 Bipolar I, current episode depressed, moderate - severity mild \u2192 moderate, PHQ-9 up 6 points"),
])
def test_a_specifier_change_given_beside_the_new_code_is_a_reason(first, second):
    notes = [_note(dx=first + "\n"), _note(head=LATER, dx=second + "\n")]
    assert ("diagnosis_inconsistent", 1) not in rules(*notes)


def test_a_recode_with_no_reason_is_still_inconsistent():
    notes = [_note(dx="Dx: F43.11 PTSD, acute\n"), _note(head=LATER, dx="Dx: F43.12 PTSD, chronic\n")]
    assert ("diagnosis_inconsistent", 1) in rules(*notes)


# --- a "Client at:" field as the telehealth location ---------------------------------------------------------------------

TELE = "DOS 05/11/2026   10:00-10:50 AM   video (POS 10, modifier 95)   CPT 90834   telehealth consent on file 04/06/2026"


@pytest.mark.parametrize("where", [
    "Client at: his brother's flat, Spokane, WA (confirmed at the start)",
    "Patient in: her parked car outside the plant",
    "Member from - the break room at the warehouse, door shut",
])
def test_a_client_at_field_filled_in_records_the_location(where):
    assert "telehealth_location_missing" not in names(_note(where, head=TELE))


@pytest.mark.parametrize("where", ["Client at: ____", "Client at: not recorded", "Interventions reviewed by video."])
def test_a_client_at_field_left_blank_records_no_location(where):
    assert "telehealth_location_missing" in names(_note(where, head=TELE))


# --- school staff named by their role as a third party for 90785 ------------------------------------------------------------

IC_HEAD = "DOS 05/11/2026   10:00-10:50 AM   office   CPT 90834, 90785"


@pytest.mark.parametrize("party", [
    "The vice principal joined by phone for 15 minutes to set the conditions for her return to class.",
    "Dean of students on speaker for the last 10 minutes about the suspension; I restated the terms to him twice.",
    "His guidance counselor sat in to go over the attendance contract; had to slow it down for him.",
    "The school resource officer called in about the incident report and what may be shared.",
])
def test_school_staff_named_by_role_are_a_third_party_for_interactive_complexity(party):
    note = _note(party, head=IC_HEAD)
    assert "interactive_complexity_reason_missing" not in names(note, codes=["90834", "90785"])


@pytest.mark.parametrize("party", [
    "Principal concern today: sleep after night shifts.",
    "Her principal diagnosis is unchanged.",
    "90785: an interpreter joined by phone for the mother.",
])
def test_principal_as_an_adjective_or_an_interpreter_alone_is_no_third_party(party):
    note = _note(party, head=IC_HEAD)
    assert "interactive_complexity_reason_missing" in names(note, codes=["90834", "90785"])


# --- the client's reaction to what the session showed, and a boxed table's response row --------------------------------

@pytest.mark.parametrize("reaction", [
    "She was surprised by how much of her week the screen-time chart took up.",
    "He seemed struck by the gap between his estimate and the log.",
    "Change talk: \"I don't want my son to see me like this.\"",
    "| Outcome (week 2 task) | Rode the bus two stops with her sister; anxiety 6/10, left at the second stop |",
    "| Result (exposure 4)   | Stayed in the lift for three floors; asked to try it alone next time |",
])
def test_a_reaction_to_the_session_or_a_boxed_response_row_is_the_clients_response(reaction):
    assert "progress_missing" not in names(_note(reaction, response=""))


@pytest.mark.parametrize("line", [
    "Reviewed the screen-time chart line by line.",
    "| Outcome (week 2 task) | (to be filled next session) |",
    "Surprise quiz at school is on Friday.",
])
def test_a_note_without_any_response_is_still_flagged(line):
    assert "progress_missing" in names(_note(line, response=""))
