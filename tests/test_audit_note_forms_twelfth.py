"""Audit classes from a twelfth set of note forms, examples written here (three or more per class): who attended,
said as "both present", as a heading over a grid or as names after "with"; "per sign-in sheet" or "everyone" names nobody; the
client named as coming in, in brackets; couples techniques are interventions; start and end read on clocks in two
time zones; a Response field filled in is the client's response; joining "from her phone" names a device, not a
place; an empty date-of-service field, and a date in a file name; an SI field that says how often; a case billed
only for evaluation or testing needs no treatment plan yet."""
from __future__ import annotations

import pytest

from audit_notes import SIGN, fires, rules_for

HEAD = "Date of service: 02/05/2026\nDx: F33.1 major depressive disorder, recurrent, moderate.\n"
BODY = ("Interventions: cognitive restructuring; behavioral activation.\nResponse: client reports two better days.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 01/06/2026: goal PHQ-9 below 10 by 06/01/2026.\n")
FAMILY = "Family session, 55 minutes (5:00-5:55 PM), office. CPT 90847.\nClient: Dani Reyes, 14.\n"


@pytest.mark.parametrize("who", [
    "DOS 10/07/2025    Both present, 6:00-6:58 PM (58 min)\n",
    "Who was in the room\n  0-50 min: Dani, mother (Gloria), stepfather (Martin)\n",
    "Started 5:00 PM with Dani and Gloria; Martin joined at 5:20.\n",
    "Both parents present; Dani joined at 5:20.\n",
])
def test_who_attended_however_it_is_said(who):
    assert not fires("family_attendance_missing", HEAD + FAMILY + who + BODY + SIGN, codes=["90847"])


@pytest.mark.parametrize("who", [
    "Attendance: per sign-in sheet\n",
    "Attendance: see sign-in log\n",
    "Participants: per roster\n",
    "Everyone joined from the family home; each member rehearsed asking for a break.\n",
])
def test_a_pointer_to_a_sign_in_sheet_names_nobody(who):
    assert fires("family_attendance_missing", HEAD + FAMILY + who + BODY + SIGN, codes=["90847"])


@pytest.mark.parametrize("line", [
    "  35-55 min: + Dani (came in from the waiting room to hear the plan)\n",
    "Dani (joined for the last 20 minutes) agreed to the morning plan.\n",
    "At 5:30 Dani (came in after school) sat with her parents.\n",
])
def test_the_client_named_as_coming_in_was_present(line):
    note = (HEAD + "Family session without the client, CPT 90846, 5:00-5:55 PM (55 min).\nIdentified client: Dani Reyes, 14\n"
            "Present: mother, stepfather.\n" + line + BODY + SIGN)
    assert fires("family_presence_mismatch", note, codes=["90846"])


@pytest.mark.parametrize("work", [
    "Work: soft start-up practice on the dishes argument; each did a 3-min speaker-listener turn.",
    "Session: identified repair attempts in last Thursday's fight; built love maps.",
    "Taught the time-out rule with a return time; both rehearsed it.",
])
def test_couples_techniques_are_interventions(work):
    note = HEAD + "Couples session 6:00-6:55 PM (55 min), CPT 90847, both present.\n" + work + \
        "\nResponse: calmer by the end.\nRisk: denies SI.\nTreatment plan 01/06/2026: 1 escalated fight/week or fewer.\n" + SIGN
    assert not fires("interventions_missing", note, codes=["90847"])


@pytest.mark.parametrize("times, code", [
    ("Start 6:02 PM ET (clinician's clock) - End 3:55 PM PT (client's clock)", "90837"),
    ("Start 10:00 AM CT, end 9:55 AM MT", "90837"),
    ("Started 2:00 PM EST; ended 11:45 AM PST", "90834"),
])
def test_start_and_end_on_clocks_in_two_time_zones(times, code):
    note = HEAD + "Video session, POS 10, modifier 95; client at home in Spokane, WA; consent on file.\n" + times + "\n" + BODY + SIGN
    found = rules_for(note, codes=[code])
    assert ("minutes_code_mismatch", 0) not in found and ("minutes_missing", 0) not in found


@pytest.mark.parametrize("response", [
    "R: predicted anxiety 8/10 for the e-mail, rated 3/10 after sending it.",
    "Response: laughed at the first exercise, then asked to try the harder step.",
    "Client response: wrote the plan herself and photographed it.",
])
def test_a_response_field_filled_in_is_the_clients_response(response):
    note = HEAD + "50 min, 90834.\nI: cognitive restructuring.\n" + response + "\nRisk: denies SI.\nTreatment plan dated 01/06/2026: PHQ-9 below 10.\n" + SIGN
    assert not fires("progress_missing", note, codes=["90834"])


@pytest.mark.parametrize("joined", [
    "Client joined from her phone, camera on; audio clear.",
    "Patient connected from his laptop.",
    "Client logged in from the app on her tablet.",
])
def test_joining_from_a_device_names_no_place(joined):
    note = HEAD + "Video session (Doxy.me), POS 10, modifier 95, 6:00-6:55 PM. Telehealth consent reviewed and signed.\n" + joined + "\n" + BODY + SIGN
    assert fires("telehealth_location_missing", note, codes=["90837"])


@pytest.mark.parametrize("note, missing", [
    ("Client: R. Lund\nDate of service:\nSetting: office, 45 min, CPT 90834\n", True),
    ("Client: R. Lund\nDate of service: ________\nSetting: office, 45 min, CPT 90834\n", True),
    ("[File: Welliver_K_DOS-2026-01-08_progress.docx]\nPROGRESS NOTE\nClient: K. Welliver  CPT 90834  45 minutes\n", False),
    ("Saved as lund_2026-02-03_session.txt\nClient: R. Lund, 45 min, CPT 90834\n", False),
])
def test_an_empty_date_field_and_a_date_in_a_file_name(note, missing):
    text = note + "Dx: F42.2 OCD.\nInterventions: ERP.\nResponse: SUDS 80 -> 35.\nRisk: denies SI.\nTreatment plan 12/16/2025: Y-BOCS <= 14.\n" + SIGN
    assert fires("date_of_service_missing", text, codes=["90834"]) is missing


@pytest.mark.parametrize("si", [
    "SI: most days this week, thoughts of driving off the causeway; no intent, no plan.",
    "SI: daily, fleeting, no plan.",
    "SI: on 3 of the last 7 nights, passive.",
])
def test_an_si_field_that_says_how_often_is_current_ideation(si):
    note = HEAD + "45 min, 90834.\n" + si + "\nInterventions: behavioral activation.\nResponse: engaged.\nTreatment plan 12/18/2025: BDI-II < 20.\n" + SIGN
    assert fires("safety_plan_missing", note, codes=["90834"])


@pytest.mark.parametrize("codes", [["96136", "96137"], ["90791"], ["96130", "96131"]])
def test_an_evaluation_only_case_needs_no_treatment_plan(codes):
    note = ("Date of testing: 02/09/2026\nReferral question: attention vs. reading.\nBilled: " + " ".join(codes) +
            "\nFace-to-face 8:30-11:45 AM.\nInstruments: WISC-V; CPT-3.\nRisk screen: denies SI.\n" + SIGN)
    assert not fires("treatment_plan_missing", note, codes=codes)
