"""The documentation audit on a twenty-fourth set of note shapes, examples written here (three or more per class):
a field labelled in the clinician's other language (the client's location, the interventions); a treatment plan
named by its date in brackets or before the word "plan"; a technique written in shorthand ("psychoed",
"problem-solved"); a roster heading over the lines of who came; one name alone after a dash signs the note without
credentials; a participant talking over the others in the clinician's own reason for 90785; the client's place
where people live or work away from home as the telehealth location."""
from __future__ import annotations

import pytest

from audit_notes import fires, names

SIGNED = "Signed: Odile Marchbanks-Tey, LPC"
HEAD = "DOS 04/14/2026   Start 1:00 PM   End 1:50 PM   CPT 90834   Office (POS 11)"
DX = "Dx: F41.1 Generalized anxiety disorder\n"
RESPONSE = "Response: rated worry 4/10 at the end, down from 7; agreed to the worry log.\n"
RISK = "Risk: denies SI/HI.\n"
PLAN = "Treatment plan dated 03/03/2026: GAD-7 below 8 by 07/31/2026; weekly x 12.\n"


def _note(middle: str, head: str = HEAD, sign: str = SIGNED, plan: str = PLAN) -> str:
    return head + "\n" + DX + middle + "\n" + RESPONSE + RISK + plan + sign


# --- a field labelled in the clinician's other language -------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "Interwencje: trening relaksacji, praca z myślami automatycznymi",
    "Intervenções / Interventions: reestruturação cognitiva; respiração diafragmática",
    "Interbensyon: pagsasanay sa paghinga, pag-uusap tungkol sa mga iniisip",
    "Maßnahmen: Atemübung und kognitive Umstrukturierung",
])
def test_an_interventions_label_in_another_language_names_the_interventions(label):
    assert "interventions_missing" not in names(_note(label))


def test_an_interventions_label_in_another_language_left_empty_names_nothing():
    assert "interventions_missing" in names(_note("Interwencje: brak", plan="Plan: weekly.\n").replace(RESPONSE, ""))


TELE = "DOS 04/14/2026   1:00-1:50 PM   video (POS 10, modifier 95)   CPT 90834   consent to telehealth on file 03/03/2026"


@pytest.mark.parametrize("where", [
    "Lokasyon ng kliyente: nasa bahay ng kapatid niya sa Stockton",
    "Lokalizacja pacjenta / Client location: mieszkanie w Chicago, sam w pokoju",
    "Localização do cliente: casa da mãe, em Fall River",
    "Aufenthaltsort des Klienten: Büro, Tür geschlossen",
])
def test_a_client_location_label_in_another_language_records_the_location(where):
    assert not fires("telehealth_location_missing", _note(where, head=TELE))


def test_a_telehealth_note_without_any_location_is_still_flagged():
    assert fires("telehealth_location_missing", _note("Interventions: cognitive restructuring.", head=TELE))


# --- a plan named by its date -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan (03/03/2026): GAD-7 under 8 by 07/31/2026; weekly x 12.\n",
    "Plan [written 3/3/26]: sleeps 6 h on 5 nights; weekly.\n",
    "Plan: continue weekly per the 03/03 plan.\n",
    "Next: weekly under her 2026-03-03 plan.\n",
])
def test_a_plan_named_by_its_date_is_a_plan_on_file(plan):
    note = _note("Interventions: cognitive restructuring of catastrophic thoughts.", plan=plan)
    assert "treatment_plan_missing" not in names(note)


@pytest.mark.parametrize("plan", [
    "Next: weekly; she will plan to call her sister.\n",
    "Next: weekly; session on 03/03 went long.\n",
    "Next: weekly.\n",
])
def test_a_date_beside_no_plan_names_no_plan(plan):
    note = _note("Interventions: cognitive restructuring of catastrophic thoughts.", plan=plan)
    assert "treatment_plan_missing" in names(note)


# --- a technique written in shorthand -----------------------------------------------------------------------------------

@pytest.mark.parametrize("done", [
    "Today: psychoed on the worry cycle; mapped two recent spirals.",
    "Problem-solved the Monday commute with her; she picked the earlier bus.",
    "Session: psycho-ed re panic physiology, then problem-solved how to ask for a later shift.",
])
def test_a_technique_in_shorthand_is_an_intervention(done):
    assert "interventions_missing" not in names(_note(done))


# --- a roster heading over who came ------------------------------------------------------------------------------------

FAMILY = "DOS 04/14/2026   1:00-1:55 PM   office   CPT 90847"


@pytest.mark.parametrize("roster", [
    "ROSTER\n  In person ... Lena (client); her father Abe\n  By phone .... grandmother Ruth",
    "Attendance\n- Tess (client)\n- stepmother Kim, on video",
    "Participants:\n  Jonah, 14 (client), his mother Ada",
])
def test_a_roster_heading_over_who_came_names_the_attendees(roster):
    assert not fires("family_attendance_missing", _note(roster, head=FAMILY), codes=["90847"])


@pytest.mark.parametrize("empty", [
    "Participants\nMeasures\nMeasure: SDQ 18",
    "Attendance:\nInterventions: coached labeled praise.",
    "ROSTER\nResponse",
])
def test_a_roster_heading_with_nothing_under_it_names_nobody(empty):
    # an export's empty field ("<Participants/>") reads as a bare heading followed by the next field
    assert fires("family_attendance_missing", _note(empty, head=FAMILY), codes=["90847"])


def test_a_family_note_with_no_roster_is_still_flagged():
    assert fires("family_attendance_missing", _note("Worked on the morning routine.", head=FAMILY), codes=["90847"])


# --- one name after a dash signs without credentials --------------------------------------------------------------------

@pytest.mark.parametrize("sign", ["-- Dana", "\u2014 Tomás", "~Jo"])
def test_one_name_after_a_dash_signs_the_note_without_credentials(sign):
    found = names(_note("Interventions: cognitive restructuring.", sign=sign))
    assert "signature_missing" not in found and "credentials_missing" in found


@pytest.mark.parametrize("sign", ["-- Plan", "- Next", "Dana"])
def test_a_dash_before_a_section_word_or_a_bare_name_is_no_sign_off(sign):
    assert "signature_missing" in names(_note("Interventions: cognitive restructuring.", sign=sign))


# --- a participant talking over the others in the reason for 90785 -------------------------------------------------------

IC_HEAD = "DOS 04/14/2026   1:00-1:55 PM   office   CPT 90834, 90785"


@pytest.mark.parametrize("reason", [
    "Interactive complexity: Gil, joining by phone, kept talking over Rosa and the client; I paused the session twice.",
    "Interactive complexity: the two adults argued throughout; I set turn-taking rules before the client could speak.",
    "Interactive complexity: Marta repeatedly interrupted; I had to mute her line so the others could answer.",
])
def test_a_participant_talking_over_the_others_is_a_communication_factor(reason):
    assert not fires("interactive_complexity_reason_missing", _note(reason, head=IC_HEAD), codes=["90834", "90785"])


@pytest.mark.parametrize("reason", [
    "Interactive complexity: the client talked over me for much of the hour and wept.",
    "Interactive complexity: long pauses and tearfulness throughout.",
    "Interactive complexity: she talks over her plans for the week at length.",
])
def test_the_client_talking_over_the_clinician_or_tears_are_no_factor(reason):
    assert fires("interactive_complexity_reason_missing", _note(reason, head=IC_HEAD), codes=["90834", "90785"])


# --- where people live or work away from home as the telehealth location ------------------------------------------------

@pytest.mark.parametrize("where", [
    "She was in her cabin on the ferry, door shut.",
    "He was in his bunk in the barracks, roommate out.",
    "Client joined from the camper, parked at a state campground.",
])
def test_a_place_people_stay_away_from_home_is_the_location(where):
    assert not fires("telehealth_location_missing", _note(where, head=TELE))
