"""The documentation audit on a nineteenth set of note shapes, examples written here (three or more per class):
an EHR's XML export (signer and credential as an element and its attribute, empty time elements); a typed name after
a signature rule; a stopwatch's lap readings and its total; a session length that opens its line with an aside; a
seating chart over a family session and a code's own descriptor on the billing line; the clinician's stated reason
for 90785 (a court date is no third party); ligatures removed and a unit's watch as means safety; someone available
by phone during a video session; a modality field with its platform in brackets; suicidal thoughts asked about in
plain words; a therapy named in the title, a monitoring record gone over, a values sort; a bare "proud that"."""
from __future__ import annotations

import pytest

from assistant.audit.durations import durations
from audit_notes import names, rules

HEAD = "Progress note\nClient: Rowan Idris   DOS 05/12/2026   10:00-10:50 AM   office (POS 11)   CPT 90834\n"
BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\nPHQ-9 13 (17 last month).\n"
        "Interventions: behavioral activation scheduling; cognitive restructuring of 'nothing helps'.\n"
        "Response: planned two walks, rated mood 5 of 10 at the end (3 at the start).\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 03/02/2026 (review 06/02/2026); goals: PHQ-9 under 10 by 06/30/2026.\n")
SIGNED = "Signed: Tamsin Achebe, LPC"


# --- an EHR's XML export -----------------------------------------------------------------------------------------

def _xml(signer: str, start: str = "<Start>10:00</Start>\n  <End>10:50</End>") -> str:
    return ('<?xml version="1.0"?>\n<Visit status="final">\n  <DateOfService>2026-05-12</DateOfService>\n  ' + start +
            '\n  <Billing cpt="90834" pos="11"/>\n  <Diagnosis code="F33.1">Major depressive disorder, recurrent, moderate</Diagnosis>\n'
            '  <Note>Used behavioral activation scheduling and cognitive restructuring. Mood improved from 3 to 5 of 10. '
            'Denies SI/HI. Treatment plan 03/02/2026, review 06/02/2026; goal PHQ-9 under 10 by 06/30/2026.</Note>\n  '
            + signer + "\n</Visit>")


@pytest.mark.parametrize("signer", ['<SignedBy credential="LPC">Tamsin Achebe</SignedBy>',
                                    '<Author credentials="PsyD">Marek Lindqvist-Oduya</Author>',
                                    '<Clinician license="LMFT" signed="true">Ines Halloran</Clinician>'])
def test_an_xml_signer_and_its_credential_attribute_sign_the_note(signer):
    found = names(_xml(signer))
    assert "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("start", ["<Start/>\n  <End/>", "<Start></Start>\n  <End></End>", "<SessionStart/>\n  <SessionEnd/>"])
def test_empty_xml_time_elements_record_no_session_length(start):
    assert "minutes_missing" in names(_xml('<SignedBy credential="LPC">Tamsin Achebe</SignedBy>', start))


# --- a typed name after a signature rule -------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Signed ____________ Tamsin Achebe, LPC (clinical lead)",
                                  "Signature: __________ Dr. Orla Fennimore, PhD",
                                  "Clinician signature ________ Keanu Baptiste-Rowe, LMFT"])
def test_a_name_typed_after_the_signature_rule_signs(line):
    assert "signature_missing" not in names(HEAD + BODY + line)


def test_a_signature_rule_followed_by_a_date_field_is_unsigned():
    assert "signature_missing" in names(HEAD + BODY + "Signature: __________   Date: ________")


# --- a stopwatch's laps and total --------------------------------------------------------------------------------

LAPS = ("Timer log\n  Lap 1  00:00:00  check-in\n  Lap 2  00:06:15  exposure: touched the door handle, no washing\n"
        "  Lap 3  00:21:40  SUDS 75 -> 35\n  Lap 4  00:{end}  stop\n")
NO_TIME_HEAD = "Exposure session\nClient: Rowan Idris   DOS 05/12/2026   office (POS 11)   CPT 90837\n"


@pytest.mark.parametrize("total", ["Total elapsed 56:05", "Timer: 54:30 at stop", "Elapsed time 0:57:12"])
def test_a_timer_total_is_the_session_length(total):
    note = NO_TIME_HEAD + LAPS.format(end="56:05:00") + total + "\n" + BODY + SIGNED
    found = names(note)
    assert "minutes_code_mismatch" not in found and "minutes_missing" not in found


@pytest.mark.parametrize("reading", ["Lap 2  00:06:15  exposure", "split 00:12:48 second trial", "00:03:10 client arrived"])
def test_a_lap_reading_with_seconds_is_no_duration(reading):
    assert durations(reading) == []


# --- a session length opening its line, an aside after it ---------------------------------------------------------

@pytest.mark.parametrize("line", ["Forty-one minutes (a fire drill at the half hour), office.",
                                  "46 min (her ride came early), in person.",
                                  "Forty-four minutes (interpreter by phone); office visit."])
def test_a_length_opening_its_line_with_an_aside_is_the_session(line):
    note = "Progress note\nClient: Rowan Idris   05/12/2026   CPT 90834\n" + line + "\n" + BODY + SIGNED
    assert "minutes_missing" not in names(note)


def test_minutes_of_homework_opening_a_line_are_not_the_session():
    note = "Progress note\nClient: Rowan Idris   05/12/2026   CPT 90834\nTwenty minutes (breathing) each evening.\n" + BODY + SIGNED
    assert "minutes_missing" in names(note)


# --- a family session's seating chart ---------------------------------------------------------------------------

def _family(heading: str, code: str = "90846") -> str:
    return ("Family session\nClient: Idris Okonjo (14)   DOS 05/12/2026   4:00-4:55 pm   office   CPT " + code + "\n"
            "Dx: F91.3 Oppositional defiant disorder\n\n" + heading + "\n"
            "      (Aunt Folake)     (Grandfather)\n            [ sofa ]\n        (Idris - client)\n\n"
            "Interventions: enactment about chores; coached the adults to agree on one rule.\n"
            "Response: first evening without a shouting match this month.\n"
            "Plan: treatment plan 03/02/2026 (review 06/02/2026); goal: no suspensions for 8 weeks by 07/01/2026.\n"
            "Risk: denies SI/HI.\n" + SIGNED)


@pytest.mark.parametrize("heading", ["Who sat where:", "Seating chart:", "Where everyone sat"])
def test_a_seating_chart_says_who_attended(heading):
    found = names(_family(heading, "90847"))
    assert "family_attendance_missing" not in found and "family_presence_mismatch" not in found


@pytest.mark.parametrize("heading", ["Who sat where:", "Seating chart:", "Where everyone sat"])
def test_the_client_drawn_in_the_chart_attended_a_90846_session(heading):
    assert "family_presence_mismatch" in names(_family(heading))


@pytest.mark.parametrize("billing", ["Billed: 90846 (family psychotherapy without patient)",
                                     "CPT 90846 - family psychotherapy w/o the patient",
                                     "Charge: 90846 (family therapy without client present)"])
def test_a_codes_descriptor_says_nothing_of_who_came(billing):
    note = ("Family session\nDOS 05/12/2026   4:00-4:55 pm   office\n" + billing + "\n"
            "Dx: F91.3 Oppositional defiant disorder\nPresent: client and her father.\n" + BODY + SIGNED)
    assert "family_presence_mismatch" in names(note)


# --- the clinician's reason for 90785 ----------------------------------------------------------------------------

IC_HEAD = "Progress note\nClient: Rowan Idris   DOS 05/12/2026   10:00-10:40 AM   office   CPT 90832, 90785\n"


@pytest.mark.parametrize("reason", ["Interactive complexity: worn out after his court hearing, gave one-word answers all hour.",
                                    "Why 90785: a long, slow session; she needed constant prompting to stay on topic.",
                                    "90785 reason: back from a court date, irritable and hard to engage."])
def test_a_stated_reason_naming_no_factor_leaves_90785_unsupported(reason):
    note = IC_HEAD + reason + "\nShe drew her week as a comic strip.\n" + BODY + SIGNED
    assert "interactive_complexity_reason_missing" in names(note)


@pytest.mark.parametrize("reason", ["Interactive complexity: his guardian ad litem joined for 15 minutes and pressed for a report.",
                                    "Why 90785: mother and stepfather argued over each other for most of the hour.",
                                    "90785 reason: she spoke only through the sand tray figures and puppets."])
def test_a_stated_reason_naming_a_factor_supports_90785(reason):
    assert "interactive_complexity_reason_missing" not in names(IC_HEAD + reason + "\n" + BODY + SIGNED)


# --- means safety in a unit or at home ---------------------------------------------------------------------------

RISK = ("Crisis note\nClient: Rowan Idris   DOS 05/12/2026   7:00-7:50 pm   CPT 90834\nDx: F33.2\n"
        "Reports active suicidal thoughts tonight with a plan to hang himself; intent unclear.\n"
        "Interventions: validation, problem-solving.\nResponse: calmer by the end.\n")


@pytest.mark.parametrize("step", ["Belts and shoelaces taken from his room; staff informed.",
                                  "Placed on suicide precautions pending the morning review.",
                                  "Constant observation ordered; cords removed from the bathroom."])
def test_ligatures_removed_or_a_watch_is_a_safety_measure(step):
    assert "safety_plan_missing" not in names(RISK + step + "\n" + SIGNED)


def test_ideation_with_no_safety_step_still_needs_a_plan():
    assert "safety_plan_missing" in names(RISK + "Will revisit next week.\n" + SIGNED)


# --- telehealth: who is reachable by phone, a platform in brackets -----------------------------------------------

VIDEO = ("Telehealth note\nClient: Rowan Idris   DOS 05/12/2026   10:00-10:50 AM   by video   POS 02   CPT 90834-95\n"
         "Client location: the county clinic's telehealth room. Consent to telehealth on file from 02/02/2026.\n")


@pytest.mark.parametrize("line", ["The site nurse remains available by phone during the session.",
                                  "Her case manager was reachable by phone throughout.",
                                  "On-call psychiatrist on standby by phone if needed."])
def test_someone_available_by_phone_is_no_audio_only_session(line):
    assert "audio_only_modifier_missing" not in names(VIDEO + line + "\n" + BODY + SIGNED)


@pytest.mark.parametrize("field", ["VIDEO (clinic platform)", "Telehealth (Doxy)", "video visit (tablet at home)"])
def test_a_modality_field_with_its_platform_in_brackets_is_telehealth(field):
    note = ("Progress note\nClient: Rowan Idris    DOS 05/12/2026\n10:00-10:50 AM   " + field + "   POS 10   CPT 90834-95\n"
            "Client location: home in Dayton, OH\n" + BODY + SIGNED)
    assert "telehealth_consent_missing" in names(note)


# --- risk asked about in plain words -----------------------------------------------------------------------------

FIRST = HEAD + BODY.replace("Risk: denies SI/HI.", "Passive suicidal thoughts most nights this week; safety plan made.") + SIGNED
LATER = "Progress note\nClient: Rowan Idris   DOS 05/19/2026   10:00-10:50 AM   office (POS 11)   CPT 90834\n{}\n" + \
        BODY.replace("Risk: denies SI/HI.\n", "") + SIGNED


@pytest.mark.parametrize("line", ["Asked whether thoughts of dying had come back: none since Friday.",
                                  "No intent to act on the thoughts; we went over her reasons for living.",
                                  "He has not wanted to die this week and is not thinking of taking his own life."])
def test_risk_reassessed_in_plain_words_is_reassessed(line):
    assert ("risk_not_reassessed", 1) not in rules(FIRST, LATER.format(line))


def test_a_later_note_silent_on_risk_is_flagged():
    assert ("risk_not_reassessed", 1) in rules(FIRST, LATER.format("Talked about the job search."))


# --- interventions ----------------------------------------------------------------------------------------------

BARE = ("Client: Rowan Idris   DOS 05/12/2026   10:00-10:50 AM   office   CPT 90834\nDx: F43.10\n"
        "Target: the flood, 2019. Sets 1-4 with SUDS ratings.\nResponse: calmer by set 4.\n"
        "Risk: denies SI/HI.\nPlan: treatment plan 03/02/2026 (review 06/02/2026); goal PCL-5 under 33 by 06/30/2026.\n" + SIGNED)


@pytest.mark.parametrize("title", ["EMDR REPROCESSING RECORD", "BRAINSPOTTING SESSION", "IMAGERY RESCRIPTING - SESSION SHEET"])
def test_a_therapy_named_in_the_title_is_the_intervention(title):
    assert "interventions_missing" not in names(title + "\n" + BARE)


@pytest.mark.parametrize("line", ["Mood log reviewed; added two evening calls.", "We went over her sleep diary line by line.",
                                  "Values card sort to choose next week's activities."])
def test_a_monitoring_record_gone_over_or_a_values_sort_is_an_intervention(line):
    note = "Session note\n" + BARE.replace("Target: the flood, 2019. Sets 1-4 with SUDS ratings.", line)
    assert "interventions_missing" not in names(note)


def test_a_medical_chart_reviewed_is_no_intervention():
    note = "Session note\n" + BARE.replace("Target: the flood, 2019. Sets 1-4 with SUDS ratings.", "Reviewed the chart before the visit.")
    assert "interventions_missing" in names(note)


# --- progress told as a bare feeling about what the client did ---------------------------------------------------

@pytest.mark.parametrize("line", ["Proud that she kept every appointment this month.", "Relieved about finishing the housing forms.",
                                  "Pleased with how the call to his landlord went."])
def test_a_bare_feeling_about_what_was_done_is_progress(line):
    note = ("Session note\nClient: Rowan Idris   DOS 05/12/2026   10:00-10:50 AM   office   CPT 90834\nDx: F33.1\n"
            "Interventions: problem-solving the week's errands.\n" + line + "\nRisk: denies SI/HI.\n" + SIGNED)
    assert "progress_missing" not in names(note)
