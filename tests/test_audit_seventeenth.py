"""The documentation audit on a seventeenth set of note shapes, examples written here (three or more per class):
a date that points at an earlier session or a compact "SVC DT" date; a header's fields laid side by side (who
attended, the modality); a hyphenated surname for the client; a reassessment told without "risk"; a replaced code
named with "moved off"; panic told in plain words; "at the end", "first ... since", a count beside last week's; a
noun-phrase ideation with how often; a safety plan listing its crisis numbers; the client's own account; an
interpreter's agency; a JSON export; an EHR screen's menus, buttons, empty headings and "Status: signed"."""
from __future__ import annotations

import json

import pytest

from audit_notes import names, rules

from assistant.audit.exports import json_as_fields, without_screen_chrome

SIGNED = "\nSigned: Wendeline Osei, LPC 03/04/2026"
HEAD = "Individual psychotherapy note\nClient: Tobiah Marsh   DOS 03/04/2026   2:00-2:50 PM   office (POS 11)   CPT 90834\n"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nWorry about the audit at work; GAD-7 12 (15 last month).\n"
        "Interventions: worry postponement; cognitive restructuring of 'they will fire me'.\n"
        "Response: rated worry 7/10 at the start and 4/10 at the end.\n")
PLAN = "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: GAD-7 under 8 by 05/31/2026. Next 03/11/2026."
CLEAN = HEAD + BODY + "Risk: denies SI/HI.\n" + PLAN + SIGNED


def test_the_clean_note_finds_nothing():
    assert names(CLEAN) == set()


# --- a date that points elsewhere is no date of service ----------------------------------------------------------

@pytest.mark.parametrize("mention", [
    "GAD-7 9 (13 at last routine session 02/24)",
    "PHQ-9 10 (17 at intake 01/06/2026)",
    "BAI 14, down from 22 at the last follow-up visit 02/20/2026",
])
def test_a_date_of_an_earlier_session_does_not_date_the_note(mention):
    note = ("Follow-up after the crisis visit\nStart 3:00   End 3:46   CPT 90834\nDx: F41.1\n"
            f"Sleeping better. {mention}.\nInterventions: paced breathing practiced.\n-- Wendeline Osei, LPC")
    assert "date_of_service_missing" in names(note)


@pytest.mark.parametrize("line", ["SVC DT: 030426   PROC: 90834", "SERV DATE 03042026   CPT 90834",
                                  "DT OF SVC: 030426   POS 11"])
def test_a_compact_date_after_its_label_dates_the_note(line):
    note = "CLINIC PROGRESS NOTE   SCRN 04\n" + line + "\nDx: F41.1\nWORRY LESS. PHQ-9 8 (12 AT INTAKE 01/06/26).\n" \
           "INTERV: CBT THOUGHT RECORD.\nELECTRONICALLY SIGNED: OSEI, WENDELINE LPC"
    assert "date_of_service_missing" not in names(note)


# --- fields laid side by side on one header line -----------------------------------------------------------------

FAMILY = ("Family session\nDOS 03/04/2026  |  6:00-6:55 PM  |  in office  |  90847\n{line}\nDx: F91.3\n"
          "Worked on a repair conversation; both calmer by the close.\nInterventions: enactment coached.\n"
          "Plan: weekly, review 05/02/2026.\nIdris Okonkwo-Bell, LMFT")


@pytest.mark.parametrize("line", [
    "Identified client: Nadia Quill        Present: Nadia and Joaquin",
    "Client: Rafe Lindqvist   |   Attendees: Rafe, his mother",
    "Youth: Ama Serwaa\tIn attendance: Ama, grandmother",
])
def test_an_attendance_field_beside_other_fields_names_who_came(line):
    assert "family_attendance_missing" not in names(FAMILY.format(line=line), codes=["90847"])


@pytest.mark.parametrize("field", ["secure video", "Zoom", "telephone"])
def test_the_modality_as_a_header_field_makes_the_note_telehealth(field):
    note = CLEAN.replace("office (POS 11)   CPT 90834", f"{field}   CPT 90834-95   POS 10")
    assert "telehealth_location_missing" in names(note)


# --- the client named with a hyphenated surname ------------------------------------------------------------------

@pytest.mark.parametrize("who, absent", [
    ("Priya Natarajan-Webb (14)", "Priya stayed home sick"),
    ("Lukas Brandt-Moreau (16)", "Lukas did not come, he was at practice"),
    ("Noemi Castillo-Reyes (12)", "Noemi refused to come in"),
])
def test_a_client_with_a_double_surname_named_absent_contradicts_90847(who, absent):
    note = (f"Family therapy\n{who}   DOS 03/04/2026   5:00-5:52 PM   CPT 90847\nIn attendance: mother, father. "
            f"{absent}.\nDx: F32.1\nInterventions: coached the parents on validation.\nProgress: calmer dinners.\n"
            "Plan: weekly, review 05/02/2026.\nIdris Okonkwo-Bell, LMFT")
    assert "family_presence_mismatch" in names(note, codes=["90847"])


# --- a reassessment without the word "risk" ----------------------------------------------------------------------

FIRST = CLEAN.replace("Risk: denies SI/HI.", "She scratched her forearm on 02/27; passive SI, no plan. Safety plan written.")


@pytest.mark.parametrize("check", [
    "Mother has seen no new cuts this week",
    "Her pills are still locked in the cabinet and the key is with her father",
    "The razors stay in the lockbox; he has not hurt himself since",
])
def test_a_check_on_self_harm_or_means_is_a_reassessment(check):
    later = CLEAN.replace("Risk: denies SI/HI.", check + ".").replace("03/04/2026", "03/11/2026")
    assert ("risk_not_reassessed", 1) not in rules(FIRST, later)


# --- a replaced code named with another preposition --------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["dx moved off F41.9", "switched away from F41.9", "in place of F41.9"])
def test_a_code_named_as_replaced_is_neither_unspecified_nor_inconsistent(phrase):
    first = CLEAN.replace("F41.1 Generalized anxiety disorder", "F41.9 Anxiety disorder, unspecified")
    second = CLEAN.replace("Dx: F41.1 Generalized anxiety disorder",
                           f"Dx: F41.0 Panic disorder ({phrase}: attacks are unexpected and recur)")
    found = rules(first, second)
    assert ("diagnosis_unspecified", 1) not in found and ("diagnosis_inconsistent", 1) not in found


@pytest.mark.parametrize("detail", [
    "Sudden waves of terror with a racing heart, twice a week",
    "Between attacks she dreads the next one and avoids the mall",
    "He is afraid of having another attack on the train",
])
def test_panic_in_plain_words_makes_an_unspecified_anxiety_code_too_vague(detail):
    note = CLEAN.replace("F41.1 Generalized anxiety disorder", "F41.9 Anxiety disorder, unspecified").replace(
        "Worry about the audit at work", detail)
    assert "diagnosis_unspecified" in names(note)


# --- progress told in other ways ---------------------------------------------------------------------------------

@pytest.mark.parametrize("response", [
    "Rated fear 7 at first; fear 3 at the end.",
    "Rode the bus alone on Sunday - first solo trip since December.",
    "Checking averaged 11 a day (19 the week before).",
])
def test_other_ways_of_telling_progress(response):
    note = CLEAN.replace("Worry about the audit at work; GAD-7 12 (15 last month).", "Talked about the week.").replace(
        "Response: rated worry 7/10 at the start and 4/10 at the end.", response)
    assert "progress_missing" not in names(note)


@pytest.mark.parametrize("heading", ["Client response to interventions", "Progress toward goals", "Response"])
def test_a_heading_over_an_empty_field_is_no_progress(heading):
    note = CLEAN.replace("Worry about the audit at work; GAD-7 12 (15 last month).", "Talked about the week.").replace(
        "Response: rated worry 7/10 at the start and 4/10 at the end.", f"{heading}\n  --")
    assert "progress_missing" in names(note)


# --- current ideation told as a noun phrase, and a safety plan that lists numbers -------------------------------

@pytest.mark.parametrize("ideation", [
    "Suicide inquiry: thoughts of killing herself most nights since the breakup",
    "Thoughts about ending his life daily, no intent",
    "C-SSRS screen: Q1 yes, Q2 yes, Q3 no",
])
def test_ideation_with_how_often_needs_a_safety_plan(ideation):
    assert "safety_plan_missing" in names(CLEAN.replace("Risk: denies SI/HI.", ideation + "."))


@pytest.mark.parametrize("plan", [
    "Wrote a safety plan together (coping: walk, music; people: aunt; 988; clinic 555-0133).",
    "Completed a crisis plan with her: triggers, two friends to call, 988 and the office line 555-0190.",
    "Built a safety plan with him; his brother holds the rifle; crisis line 555-0112 on his phone.",
])
def test_a_safety_plan_that_lists_crisis_numbers_is_an_intervention(plan):
    note = CLEAN.replace("Interventions: worry postponement; cognitive restructuring of 'they will fire me'.\n", "") \
        .replace("Risk: denies SI/HI.", plan)
    assert "interventions_missing" not in names(note)


@pytest.mark.parametrize("account", [
    "Says the elevator exposure got easier by Friday.",
    "Client reports the breathing helped at night.",
    "She described journaling twice this week.",
])
def test_the_clients_account_of_the_week_is_no_intervention(account):
    note = CLEAN.replace("Interventions: worry postponement; cognitive restructuring of 'they will fire me'.", account)
    assert "interventions_missing" in names(note)


# --- an interpreter's agency is no third party -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Interpreter: Somali, in person (agency ID 2207).",
    "Used a Vietnamese interpreter from the language agency, badge 118.",
    "Interpreter (Dari) by phone through the agency; 90785 added for interpretation.",
])
def test_an_interpreters_agency_is_not_a_reason_for_90785(line):
    note = CLEAN.replace("Risk: denies SI/HI.", line + "\nRisk: denies SI/HI.").replace("CPT 90834", "CPT 90834, 90785")
    assert "interactive_complexity_reason_missing" in names(note, codes=["90834", "90785"])


# --- a JSON export and a copied EHR screen -----------------------------------------------------------------------

def _record(minutes, narrative="Practiced grounding; worry 6 -> 3 by the end.", status="signed"):
    return "GET /api/notes/77  ->  200 OK\n" + json.dumps({"note": {
        "service_date": "2026-03-04", "visit": {"start_time": None, "length_minutes": minutes},
        "lines": [{"cpt": "90834", "pos": "11"}], "dx": [{"icd10": "F41.1"}], "narrative": narrative,
        "signature": {"signed_by": "Wendeline Osei, LPC", "signed_at": "2026-03-04T15:10:00-05:00"},
        "status": status}}, indent=2)


def test_a_json_record_reads_as_labelled_fields():
    text = json_as_fields(_record(48, narrative="Line one.\nLine two."))
    assert "Length: 48 minutes" in text and "Signed by: Wendeline Osei, LPC" in text
    assert "Start time" not in text and "Line two." in text.splitlines()


@pytest.mark.parametrize("minutes, missing", [(48, False), (None, True), (41, False)])
def test_a_json_records_minutes_and_signature_are_read(minutes, missing):
    found = names(_record(minutes), codes=["90834"])
    assert ("minutes_missing" in found) is missing and "signature_missing" not in found


@pytest.mark.parametrize("text", ["no json here {", '{"a": 1', "GET /x -> 500\nnot json"])
def test_text_that_is_not_a_json_document_stays_as_written(text):
    assert json_as_fields(text) == text


SCREEN = ("Dashboard   Schedule   Patients   Billing   Reports   Settings     Help | Sign out\n"
          "[ Save ]   [ Sign ]   [ Print ]\n{note}\n"
          "(c) 2026 some vendor  |  Privacy  |  Terms")


@pytest.mark.parametrize("menu", [
    "Home   Calendar   Clients   Billing   Insights   Settings     Help | Log out",
    "Dashboard | Inbox | Patients | Claims | Reports | Log out",
    "Home    Schedule    Messages    Documents    Account",
])
def test_an_ehr_screens_menus_and_buttons_are_dropped(menu):
    text = without_screen_chrome(f"{menu}\n[ Save Draft ]   [ Sign & Lock ]\nNote body.\n(c) 2026 vendor | Privacy | Terms")
    assert text.splitlines() == ["Note body."]


def test_a_table_header_of_capitalised_words_is_kept():
    text = "Date   Start   End   Minutes   CPT\n03/04   2:00   2:50   50   90834"
    assert without_screen_chrome(text) == text


@pytest.mark.parametrize("status", ["Status: signed", "Note status: Signed", "Status:signed"])
def test_a_status_of_signed_is_not_an_empty_signature_field(status):
    note = CLEAN.replace(SIGNED, "\n" + status + SIGNED)
    assert "signature_missing" not in names(note)
