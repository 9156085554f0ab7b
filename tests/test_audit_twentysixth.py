"""The documentation audit on a twenty-sixth set of note shapes, examples written here (three or more per class):
a code the note says an earlier record carried ("was entered as F43.20 at intake") is no current unspecified code."""
from __future__ import annotations

import pytest

from audit_notes import names

NOTE = ("Individual psychotherapy note\nClient: Tobiah Marsh   DOS 03/04/2026   2:00-2:53 PM   office (POS 11)   CPT 90837\n"
        "Dx: F43.23 Adjustment disorder with mixed anxiety and depressed mood ({phrase}; the mixed picture is clear now).\n"
        "Lost sleep since the layoff; crying spells at work, missed two shifts.\n"
        "Interventions: behavioral activation schedule; problem-solving on the job search.\n"
        "Response: rated mood 3/10 at the start and 5/10 at the end.\nRisk: denies SI/HI.\n"
        "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 05/31/2026. Next 03/11/2026."
        "\nSigned: Wendeline Osei, LPC 03/04/2026")


@pytest.mark.parametrize("phrase", [
    "was entered as F43.20 at intake",
    "had been billed under F43.20 until last month",
    "originally coded as F43.20",
    "initially F43.20 on the intake form",
])
def test_a_code_an_earlier_record_carried_is_not_the_current_code(phrase):
    assert "diagnosis_unspecified" not in names(NOTE.format(phrase=phrase))


@pytest.mark.parametrize("phrase", [
    "F43.20 also listed",
    "coded F43.20 today",
    "and F43.20 on the claim",
])
def test_an_unspecified_code_given_now_is_still_found(phrase):
    note = NOTE.format(phrase=phrase).replace("F43.23 Adjustment disorder with mixed anxiety and depressed mood", "F43.20 Adjustment disorder, unspecified")
    assert "diagnosis_unspecified" in names(note)


# --- the session's notes written for the twenty-sixth blind set's shapes (examples written here) --------------------
# Each class: three or more examples the rule must read, and where the rule could over-fire, three it must not.

from assistant.audit.bilingual_labels import english_labels  # noqa: E402
from assistant.audit.client_name import called_by  # noqa: E402
from assistant.audit.hl7_fields import hl7_as_fields  # noqa: E402
from assistant.audit.margin_comments import without_margin_comments  # noqa: E402
from audit_notes import rules  # noqa: E402

BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
        "Interventions: behavioral activation review; thought record on 'I always let people down'.\n"
        "Response: completed two of three planned walks; mood 6/10, up from 4 last week.\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 01/12/2026 (review 04/12/2026); goals PHQ-9 below 10 by 06/30/2026; weekly.\n")


def _hl7(start: str, stop: str, minutes: str, signer: str, attending: str, eol: str = "\n") -> str:
    narrative = (r"Office visit, POS 11. DOS 02/09/2026.\.br\Interventions: behavioral activation review; thought record."
                 r"\.br\Response: walked 3 of 5 days, mood 6/10 up from 4.\.br\Risk: denies SI/HI.\.br\Plan: treatment plan "
                 r"01/12/2026 (review 04/12/2026); goals PHQ-9 below 10 by 06/30/2026.")
    segments = [
        "MSH|^~\\&|EHR|CLINIC|ROUTER|PAYER|20260209170000||MDM^T02^MDM_T02|MSG0001|P|2.5.1",
        "PID|1||MRN-0042^^^CLINIC^MR||QUILLAN^ROSALIND^M||19880304|F",
        f"PV1|1|O|RM3^^^CLINIC||||{attending}",
        "OBX|1|CE|CPT^Billed procedure||90834^Psychotherapy 45 min^C4||||||F",
        "OBX|2|CE|DX1^Diagnosis||F33.1^Major depressive disorder, recurrent, moderate^I10||||||F",
        f"OBX|3|TS|START^Session start||{start}||||||{'F' if start else 'X'}",
        f"OBX|4|TS|STOP^Session stop||{stop}||||||{'F' if stop else 'X'}",
        f"OBX|5|NM|DUR^Session length||{minutes}|min^minutes|||||{'F' if minutes else 'X'}",
        f"OBX|6|TX|NARR^Progress note||{narrative}||||||F",
        f"OBX|7|TX|SIG^Electronic signature||{signer}  02/09/2026 17:02||||||F",
    ]
    return eol.join(segments)


# --- an HL7 v2 message to a payer interface is read as its labelled fields -------------------------------------------

@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_an_hl7_message_with_empty_time_observations_documents_no_minutes(eol):
    note = _hl7("", "", "", "Rosalind Ames, LMHC", "77120^AMES^ROSALIND^^^^LMHC", eol)
    found = names(note, codes=["90834"])
    assert "minutes_missing" in found and "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("signer, attending", [
    ("Rosalind Ames", "77120^AMES^ROSALIND"),
    ("R. Ames", "77120^AMES^R"),
    ("Rosalind Ames (therapist)", "77120^AMES^ROSALIND^^^^"),
])
def test_an_hl7_signer_with_no_degree_anywhere_lacks_credentials(signer, attending):
    note = _hl7("20260209150000", "20260209154800", "48", signer, attending)
    found = names(note, codes=["90834"])
    assert "credentials_missing" in found and "signature_missing" not in found


@pytest.mark.parametrize("start, stop, minutes", [
    ("20260209150000", "20260209154800", "48"),
    ("202602091500", "202602091545", "45"),
    ("20260209150200", "20260209155000", ""),
])
def test_an_hl7_message_with_its_times_and_a_credentialed_signer_is_clean_on_time_and_signature(start, stop, minutes):
    note = _hl7(start, stop, minutes, "Rosalind Ames, LMHC", "77120^AMES^ROSALIND^^^^LMHC")
    found = names(note, codes=["90834"])
    assert not found & {"minutes_missing", "minutes_code_mismatch", "signature_missing", "credentials_missing"}


def test_hl7_fields_write_segments_as_labels_and_leave_other_text_alone():
    plain = hl7_as_fields(_hl7("20260209150000", "", "", "Rosalind Ames, LMHC", "77120^AMES^ROSALIND^^^^LMHC"))
    assert "Clinician: Rosalind Ames, LMHC" in plain and "Session start: 02/09/2026 15:00" in plain
    assert "Billed procedure: 90834" in plain and "45 min" not in plain  # the code's catalogue name is no time
    assert "\nInterventions: behavioral activation review; thought record." in plain
    for text in ("MSH is a word in this note, not a message.", "Plan | weekly | CBT", "OBX|1 copied alone"):
        assert hl7_as_fields(text) == text


# --- a form's key that names a consent signed is not the note's signature -------------------------------------------

@pytest.mark.parametrize("key", [
    'telehealth_consent: "signed 2026-01-05 (see [[Consents]])"',
    "roi_release: signed 01/05/2026 by her mother",
    "video-consent: signed 2026-01-05",
])
def test_a_keyed_consent_signed_is_not_the_signature_line(key):
    note = ("---\ndate: 2026-02-09\nstart: \"15:00\"\nend: \"15:48\"\ncpt: 90834\npos: 11\n" + key +
            '\nsigned_by: "Wren Hollis, LCSW"\n---\n' + BODY)
    assert "credentials_missing" not in names(note)


@pytest.mark.parametrize("signer", ['signed_by: "Wren Hollis"', "signer: Wren Hollis", "signed: 2026-02-09 by Wren Hollis"])
def test_a_keyed_signer_without_credentials_is_still_found(signer):
    note = ("---\ndate: 2026-02-09\nstart: \"15:00\"\nend: \"15:48\"\ncpt: 90834\npos: 11\n"
            'telehealth_consent: "signed 2026-01-05"\n' + signer + "\n---\n" + BODY)
    assert "credentials_missing" in names(note)


# --- a recording's time stamp in brackets is no session length -------------------------------------------------------

@pytest.mark.parametrize("stamp", ["[00:19]", "[0:07]", "(00:42)", "[01:05]"])
def test_a_transcript_time_stamp_is_not_the_session_length(stamp):
    note = (f"Transcript\n{stamp} Session note, DOS 02/09/2026, individual psychotherapy 90837 in the office.\n"
            "[00:31] We went 3:02 to 4:01, so 59 minutes.\n" + BODY + "Signed, Imre Sólyom, LPC.")
    assert "minutes_code_mismatch" not in names(note)


@pytest.mark.parametrize("length", ["Duration: 0:41", "90837 - 0:40", "Session ran 0:38 today"])
def test_a_length_in_hours_and_minutes_is_still_read(length):
    note = f"DOS 02/09/2026   CPT 90837   Office\n{length}\n" + BODY + "Signed: Imre Solyom, LPC"
    assert "minutes_code_mismatch" in names(note)


# --- the psychotherapy's own time fields beside the visit's ---------------------------------------------------------

@pytest.mark.parametrize("fields", [
    "Start: 13:50\nEnd: 14:45\nE/M: 99214\nPsychotherapy: 90833\nPT start: 14:20\nPT end: 14:42\nPT min: 22",
    "Visit 1:50-2:45 PM   99214 + 90833\nPsychotherapy start: 2:20 PM\nPsychotherapy end: 2:42 PM",
    "Visit time: 45 minutes (99213 + 90833)\nTherapy minutes: 24",
])
def test_the_psychotherapys_own_time_is_what_the_add_on_is_checked_against(fields):
    note = "DOS 02/09/2026   Office\n" + fields + "\n" + BODY + "Signed: Rafael Oduya, PMHNP-BC"
    assert "minutes_code_mismatch" not in names(note)


@pytest.mark.parametrize("fields", [
    "Start: 13:50\nEnd: 14:45\nE/M: 99214\nPsychotherapy: 90833\nPT start: 14:00\nPT end: 14:45",
    "Visit 1:50-2:45 PM   99214 + 90833\nPsychotherapy start: 2:00 PM\nPsychotherapy end: 2:45 PM",
    "Visit time: 25 minutes (99213 + 90833)\nTherapy minutes: 12",
])
def test_the_psychotherapys_own_time_out_of_range_is_still_found(fields):
    note = "DOS 02/09/2026   Office\n" + fields + "\n" + BODY + "Signed: Rafael Oduya, PMHNP-BC"
    assert "minutes_code_mismatch" in names(note)


def test_pt_fields_on_a_sheet_that_names_physical_therapy_are_not_the_psychotherapy():
    note = ("DOS 02/09/2026   Office   CPT 90837\nSession: 2:00-2:55 PM\nPT start: 3:00 PM\nPT end: 3:20 PM\n"
            "Physical therapy next door after the session.\n" + BODY + "Signed: Rafael Oduya, LCSW")
    assert "minutes_code_mismatch" not in names(note)


# --- a safety plan under another protocol's name ---------------------------------------------------------------------

RISKY = "Risk: suicidal ideation several times a day this week with a plan to overdose; no intent today.\n"


@pytest.mark.parametrize("plan", [
    "SECTION C - STABILIZATION PLAN (copy given): reasons for living reviewed; brother holds the pills.",
    "CAMS stabilisation plan written together and photographed on her phone.",
    "Crisis response card written: warning signs, two coping steps, sister's number.",
])
def test_a_plan_named_by_another_protocol_is_a_safety_plan(plan):
    note = "DOS 02/09/2026   2:00-2:53 PM   CPT 90837   Office\n" + BODY + RISKY + plan + "\nSigned: Ada Berg, LCPC"
    assert "safety_plan_missing" not in names(note)


@pytest.mark.parametrize("plan", [
    "Medication stabilization plan: sertraline 100 mg, recheck in 4 weeks.",
    "Mood stabilization plan with lithium discussed with her psychiatrist.",
    "Housing stabilization plan: caseworker referral made.",
])
def test_a_stabilization_plan_for_something_else_is_no_safety_plan(plan):
    note = "DOS 02/09/2026   2:00-2:53 PM   CPT 90837   Office\n" + BODY + RISKY + plan + "\nSigned: Ada Berg, LCPC"
    assert "safety_plan_missing" in names(note)


# --- a visit-verification record's check-in and check-out with their dates --------------------------------------------

@pytest.mark.parametrize("times", [
    "Check-in:   02/09/2026 10:03   GPS match\nCheck-out:  02/09/2026 10:51   GPS match",
    "Check in: 2026-02-09 10:03 (app)\nCheck out: 2026-02-09 10:51 (app)",
    "Time in: 02/09/2026 10:03     Time out: 02/09/2026 10:51",
])
def test_check_in_and_check_out_stamped_with_the_date_are_start_and_stop_times(times):
    note = "EVV VISIT RECORD\nService: Psychotherapy (90834)   POS 12 - Home\n" + times + "\nDuration: 48 min\n" + BODY + \
        "Signed: Margo Dufresne, LISW-S"
    assert "start_stop_times_missing" not in names(note, payer="Medicaid")


@pytest.mark.parametrize("times", ["Check-in: 02/09/2026", "Checked in at the front desk on 02/09/2026",
                                   "Check-in method: app"])
def test_a_check_in_without_a_time_gives_no_start_time(times):
    note = "EVV VISIT RECORD\nService: Psychotherapy (90834)   POS 12 - Home\n" + times + "\nDuration: 48 min\n" + BODY + \
        "Signed: Margo Dufresne, LISW-S"
    assert "start_stop_times_missing" in names(note, payer="Medicaid")


# --- a reviewer's margin comments are not the note; a technique planned for next time is not delivered --------------

SPARSE = ("Progress Note\nDate of service: 02/09/2026       Time: 11:02-11:50 (48 min)       CPT: 90834       Office\n"
          "Diagnosis: F41.0 Panic disorder\nSubjective: rode the bus 4 of 5 days.{anchor}\n"
          "Response: calmer than last session; listed three worries about the flight.\n"
          "Risk: denies SI/HI.\nPlan: continue per treatment plan 01/12/2026 (review 04/12/2026).\n\n"
          "Priya Raman, AMFT\n\n{comments}")


@pytest.mark.parametrize("comments", [
    "[a]Dana Whitfield: Did you do any interoceptive exposure or grounding? Add it.",
    "[a]Dana Whitfield: Was this CBT? Name the technique.\n[b]Dana Whitfield: good detail",
    "[JW1]Jo Wren: add the cognitive restructuring you mentioned in supervision",
])
def test_a_reviewers_comment_naming_a_technique_is_not_an_intervention(comments):
    anchors = "".join(m for m in ("[a]", "[b]", "[JW1]") if m in comments)
    assert "interventions_missing" in names(SPARSE.format(anchor=anchors, comments=comments))


@pytest.mark.parametrize("text", [
    "Plan:\n[a] practiced grounding today\n[b] thought record assigned",
    "Note body.\n\n[1] Grounding handout from the workbook, p. 12",
    "Interventions: exposure.[a]\nSigned: A. Lee, LPC\n\n[a]Reviewer: fine",
])
def test_author_lines_in_brackets_stay_and_only_anchored_comments_go(text):
    out = without_margin_comments(text)
    if "Reviewer" in text:
        assert "Reviewer" not in out and "[a]" not in out and out.endswith("Signed: A. Lee, LPC")
    else:
        assert out == text


@pytest.mark.parametrize("plan", [
    "Plan: continue weekly; flight-related exposures next time.",
    "Plan: will start EMDR next week once she has the resource installed.",
    "Plan: we plan to introduce a thought record at the next visit.",
])
def test_a_technique_planned_for_a_later_session_is_not_delivered(plan):
    note = SPARSE.format(anchor="", comments="").replace("Plan: continue per treatment plan", plan + "\nTx plan")
    assert "interventions_missing" in names(note)


@pytest.mark.parametrize("plan", [
    "Plan: practiced grounding twice; will continue next time.",
    "Plan: started imaginal exposure today; next session the second memory.",
    "Plan: reviewed the thought record; more practice at the next visit.",
    "Plan: assigned a thought record for next week.",
    "Plan: values card sort to choose next week's activities.",
])
def test_a_technique_done_today_beside_a_plan_for_next_time_is_delivered(plan):
    note = SPARSE.format(anchor="", comments="").replace("Plan: continue per treatment plan", plan + "\nTx plan")
    assert "interventions_missing" not in names(note)


# --- a bilingual form's labels, the other language first --------------------------------------------------------------

@pytest.mark.parametrize("sign", [
    "Unterschrift / Signature: Henrike Kessler, PhD, licensed psychologist     10.09.2026",
    "Ký tên / Signed: Jenny Phạm Thu Hà, LMFT      10/05/2026",
    "Assinatura / Signature: Joana Ferreira, LMHC     09/10/2026",
])
def test_a_bilingual_signature_label_signs_the_note(sign):
    note = "Datum / DOS: 10.09.2026\nBeginn / Start: 18:00     Ende / End: 18:51\nCPT: 90834\n" + BODY + sign
    found = names(note)
    assert "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("line", ["SI / HI: denies", "Mood / affect: anxious, constricted", "Plan / next appointment: 02/16",
                                  "Time in / out: 2:00 / 2:50"])
def test_a_pair_of_english_labels_is_left_as_written(line):
    assert english_labels(line) == line


def test_bilingual_labels_in_columns_are_each_read():
    line = "Klient / Client: Matthias L.        Geb. / DOB: 14.02.1983"
    assert english_labels(line) == "Client: Matthias L.        DOB: 14.02.1983"


@pytest.mark.parametrize("present, client", [
    ("Có mặt / Present: mẹ / mother (bà Trần Thị Hoa), bố / father, Vy (thân chủ / client)", "Thân chủ / Client: Lê Ngọc Vy"),
    ("Anwesend / Present: Mutter, Vater, Lena", "Klientin / Client: Lena Hartmann"),
    ("Presentes / Present: madre, padre y Sofi", "Cliente / Client: Sofi Reyes"),
])
def test_a_bilingual_present_line_that_lists_the_client_contradicts_90846(present, client):
    note = (client + "\nDOS: 10/12/2026\nStart: 5:00 PM       End: 5:52 PM\nCPT: 90846\n" + present + "\n" + BODY +
            "Signed: Jenny Pham, LMFT")
    assert ("family_presence_mismatch", 0) in rules(note)


# --- the name the note calls the client by ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Client: Lê Ngọc Vy\nFather (ông Lê Văn Phúc) spoke first; Vy listened; coached Vy to answer.", "Vy"),
    ("Patient: Nguyễn Thị Lan\nLan joined for the last 20 minutes. Lan agreed to the plan.", "Lan"),
    ("Client: Jaylen T. Pruitt\nMrs. Pruitt spoke first; Mr. Pruitt joined; the Pruitt family agreed. Jaylen nodded.", "Jaylen"),
    ("Client: Ari Ng\nAri built a tray.", "Ari"),
    ("Patient: Augustin Pellerin, 79\nAttending: Colette Pellerin (wife), Marc Pellerin (son). Mr. Pellerin napped.", "Augustin"),
    ("Client: Dmitri Volkov\nWith: Irina Volkov and Sasha Volkov; Dmitri at school.", "Dmitri"),
])
def test_the_client_is_called_by_the_name_the_note_uses(text, name):
    assert called_by(text) == name


# --- German and Vietnamese words for the response and the treatment plan ---------------------------------------------

@pytest.mark.parametrize("response", [
    "Verlauf / Reaktion: arbeitete aktiv mit; Überzeugung 80 % -> 50 %; lachte am Ende.",
    "Reaktion: hat die Übung zu Hause zweimal gemacht und war stolz darauf.",
    "Phản ứng: mẹ khóc, nói xin lỗi; Vy cười lần đầu tiên.",
])
def test_a_response_field_in_the_clinicians_other_language_is_progress(response):
    note = ("DOS 09/10/2026   18:00-18:51   CPT 90834\nDx: F33.1\nInterventionen: Verhaltensaktivierung.\n" + response +
            "\nRisk: denies SI/HI.\nPlan: Behandlungsplan vom 10.06.2026 (Überprüfung 10.12.2026).\nSigned: H. Kessler, PhD")
    assert "progress_missing" not in names(note)


@pytest.mark.parametrize("plan", [
    "Behandlungsplan vom 10.06.2026 (Überprüfung 10.12.2026): wöchentlich KVT.",
    "Plan: theo kế hoạch điều trị 08/31/2026.",
    "Therapieplan 03.02.2026; Ziele: PHQ-9 < 10 bis 10.12.2026.",
])
def test_a_treatment_plan_named_in_german_or_vietnamese_is_a_plan(plan):
    note = ("DOS 09/10/2026   18:00-18:51   CPT 90834\nDx: F33.1\nInterventions: behavioral activation.\n"
            "Response: mood 5/10, up from 3.\nRisk: denies SI/HI.\n" + plan + "\nSigned: H. Kessler, PhD")
    assert "treatment_plan_missing" not in names(note)
