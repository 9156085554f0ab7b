"""The documentation audit on a twenty-eighth set of note shapes, examples written here (three or more per class, and
three the rule must not fire on where it could over-fire): labels glossed in English in brackets and the same labels
bare in a case's other notes, Portuguese telehealth words, a "Where:" field, counts a clinician leads, codes the payer
reprocessed, a signature block under a heading, delimited exports, fixed-width listings and blank "SIG:" fields."""
from __future__ import annotations

import pytest

from assistant.audit.bilingual_labels import english_labels, glossary, with_glossary
from assistant.audit.fixed_width import listing_as_fields
from assistant.audit.sheet_rows import sheet_as_fields
from audit_notes import fires, names

BODY = ("Interventions: cognitive restructuring; paced breathing.\nResponse: anxiety 7/10 -> 4/10 by the end.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n")
SIGNED = "Signed: Tomasz Wierzbicki-Lund, LMHC"


# --- an English gloss in brackets after the other language's label ----------------------------------------------
@pytest.mark.parametrize("line, read", [
    ("Chữ ký (Signature): Lan Phạm", "Signature: Lan Phạm"),
    ("Moun ki la (Present): manman li ak frè li", "Present: manman li ak frè li"),
    ("서명 (Signed): Grace Yoon, LMFT", "Signed: Grace Yoon, LMFT"),
    ("Bilow (Start) 14:00    Dhammaad (End) 14:50", "Start: 14:00    End: 14:50"),
])
def test_a_label_glossed_in_brackets_is_read_as_its_english_gloss(line, read):
    assert english_labels(line) == read


@pytest.mark.parametrize("line", [
    "Plan (next session): weekly CBT",
    "PHQ-9 (scores): 14 today",
    "Response (progress): slept 6 hours most nights",
])
def test_an_english_label_with_a_bracketed_qualifier_stays_as_written(line):
    assert english_labels(line) == line


def test_a_label_glossed_in_one_note_is_read_the_same_in_the_case_other_notes():
    first = "Moun ki la (Present): manman li\nKoumanse (Start) 3:00 PM"
    later = "Moun ki la: papa li\nKoumanse 3:05 PM\nSiyati: Rose Jean"
    labels = glossary([first, later])
    assert with_glossary(later, labels).splitlines()[:2] == ["Present: papa li", "Start: 3:05 PM"]
    assert with_glossary("Siyati: Rose Jean", labels) == "Siyati: Rose Jean"  # never glossed: as written


FAMILY = ("Family session   DOS 06/02/2026   Start 4:00 PM   End 4:55 PM   CPT 90847   POS 11\nClient: Mireille Auguste\n"
          "Dx: F43.23\n" + BODY + SIGNED)


@pytest.mark.parametrize("who", ["Moun ki la (Present): Mireille, manman li", "Ki moun ki vini (Who came): Mireille ak papa li",
                                 "Prezan (Attendance): Mireille, her aunt"])
def test_who_came_under_a_glossed_label_is_the_attendance(who):
    assert not fires("family_attendance_missing", FAMILY.replace("Dx: F43.23", who + "\nDx: F43.23"))


def test_a_bare_label_glossed_in_an_earlier_note_says_who_came_and_an_empty_one_does_not():
    first = FAMILY.replace("Dx: F43.23", "Moun ki la (Present): Mireille, manman li\nDx: F43.23")
    filled = FAMILY.replace("Dx: F43.23", "Moun ki la: Mireille ak papa li\nDx: F43.23")
    empty = FAMILY.replace("Dx: F43.23", "Moun ki la:\nDx: F43.23")
    assert not fires("family_attendance_missing", [first, filled], index=1)
    assert fires("family_attendance_missing", [first, empty], index=1)


# --- Portuguese telehealth words ---------------------------------------------------------------------------------
PT_HEAD = "Data do atendimento: 02/06/2026   Início: 18:00   Término: 18:45   Código: 90834   POS 11\n"


@pytest.mark.parametrize("modality", ["Teleconsulta por vídeo (plataforma segura)", "Modalidade: vídeo",
                                      "Atendimento online com a cliente"])
def test_portuguese_telehealth_words_make_the_note_a_telehealth_note(modality):
    note = PT_HEAD + modality + "\nDx: F33.1\n" + BODY + SIGNED
    assert fires("telehealth_pos_modifier_missing", note)
    assert fires("telehealth_location_missing", note)


@pytest.mark.parametrize("place", ["Local da cliente: em casa (home)", "Local do paciente: no carro, estacionado",
                                   "Localização da cliente: escritório do trabalho"])
def test_the_client_place_under_a_portuguese_label_is_the_location(place):
    note = PT_HEAD + "Modalidade: vídeo\n" + place + "\nDx: F33.1\n" + BODY + SIGNED
    assert not fires("telehealth_location_missing", note)


@pytest.mark.parametrize("modality", ["Modalidade: presencial", "Atendimento no consultório", "Sessão presencial no escritório"])
def test_an_in_person_portuguese_note_is_no_telehealth_note(modality):
    note = PT_HEAD + modality + "\nDx: F33.1\n" + BODY + SIGNED
    assert not names(note) & {"telehealth_pos_modifier_missing", "telehealth_location_missing", "telehealth_consent_missing"}


def test_portuguese_consent_to_telehealth_counts():
    note = PT_HEAD + "Modalidade: vídeo\nLocal da cliente: em casa\nConsentimento para teleconsulta: verbal, hoje\n" + BODY + SIGNED
    assert not fires("telehealth_consent_missing", note)


# --- a "Where:" field in a telehealth note -----------------------------------------------------------------------
VIDEO = "VIDEO SESSION   DOS 06/09/2026   Start 19:00   End 19:46   CPT 90834-95   POS 10\nDx: F41.0\n"


@pytest.mark.parametrize("where", ["Where: parked at a rest stop off I-40, alone in the cab",
                                   "  Where: her sister's guest room in Duluth, door closed",
                                   "Current location: hotel room, Reno NV"])
def test_a_where_field_gives_the_client_location(where):
    assert not fires("telehealth_location_missing", VIDEO + where + "\n" + BODY + SIGNED)


@pytest.mark.parametrize("where", ["Where: via Zoom", "Where:", "Where: n/a"])
def test_a_where_field_naming_a_platform_or_nothing_is_no_location(where):
    assert fires("telehealth_location_missing", VIDEO + where + "\n" + BODY + SIGNED)


# --- a count the clinician leads is no change in the client ------------------------------------------------------
HYPNO = "DOS 06/03/2026   Start 9:00   End 9:55   CPT 90837\nDx: F41.1\nInterventions: hypnosis with ego strengthening.\n"


@pytest.mark.parametrize("step", ["Deepening: counting breaths 10 -> 1.", "Re-orientation: count 1 -> 5.",
                                  "Imagery: staircase 20 -> 1, then the garden scene.", "Induction: eye fixation; count 3 -> 1."])
def test_a_led_count_is_not_progress(step):
    assert fires("progress_missing", HYPNO + step + "\nRisk: denies SI.\n" + SIGNED)


@pytest.mark.parametrize("step", ["Panic attack count 6 -> 2 this week.", "SUDS 7 -> 3 after the exposure.",
                                  "Deepening: counting breaths; worry 8/10 -> 4/10 after the script."])
def test_a_change_in_the_client_still_is_progress(step):
    assert not fires("progress_missing", HYPNO + step + "\nRisk: denies SI.\n" + SIGNED)


# --- a code the payer reprocessed, paid or downcoded is not billed by the note -----------------------------------
LONG = "DOS 06/04/2026   Start 10:00   End 10:57 (57 min)   CPT 90837   POS 11\nDx: F43.12\n" + BODY


@pytest.mark.parametrize("told", ["The claim was reprocessed by the contractor as 90834; this copy goes with the appeal.",
                                  "Plan downcoded it to 90832 on 06/20/2026.", "EOB: paid as 90834 at the lower rate."])
def test_a_code_the_payer_processed_is_not_billed(told):
    assert not fires("minutes_code_mismatch", LONG + told + "\n" + SIGNED)


@pytest.mark.parametrize("told", ["Also billed 90834 in error; see the corrected claim.", "Billed: 90834",
                                  "Codes: 90837, 90834"])
def test_a_code_the_note_bills_is_still_read(told):
    assert fires("minutes_code_mismatch", LONG + told + "\n" + SIGNED)


# --- a signature block under a heading names its signer further down ---------------------------------------------
@pytest.mark.parametrize("block", ["Signature Line\nElectronically Signed on 06/05/2026 03:10 PM\nLindqvist, Brita, PhD, Licensed Psychologist",
                                   "Electronic Signature\nSigned 06/05/2026 15:10\nOkwu, Chidi, LCSW",
                                   "Signature:\nE-signed 06/05/2026\nRamos, Ines\nLicensed Professional Counselor"])
def test_credentials_in_the_signature_block_count(block):
    assert not fires("credentials_missing", LONG + "\n" + block)


@pytest.mark.parametrize("block", ["Signature Line\nElectronically Signed on 06/05/2026 03:10 PM\nLindqvist, Brita",
                                   "Electronic Signature\nSigned 06/05/2026 15:10\nOkwu, Chidi\n\nSupervisor on file: A. Lee, LCSW-S",
                                   "Signature:\nE-signed 06/05/2026\nIne Ramos"])
def test_a_signature_block_without_credentials_is_still_found(block):
    assert fires("credentials_missing", LONG + "\n" + block)


# --- delimited exports: a header row of labels over rows, read as labelled fields --------------------------------
@pytest.mark.parametrize("export", [
    'visits.csv (separator ";")\nvisit;client;dos;start;end;cpt;pos;signed_by\n'
    'V1;"Doe, Jan";2026-06-01;09:00;09:50;90834;11;"Pia Holm, LCSW"',
    'visit,client,dos,start,end,cpt,pos,signed_by\nV2,"Roe, Kim",2026-06-02,10:00,10:45,90834,11,"Pia Holm, LCSW"',
    'id;name;date;begin;finish;code;place;clinician;note\nA7;Lee;06/03/2026;13:00;13:55;90837;11;Rui Sato;"CBT; exposure; homework"',
])
def test_a_delimited_export_is_read_as_labelled_fields(export):
    read = sheet_as_fields(export).splitlines()
    assert any(ln.startswith(("cpt: 9083", "code: 9083")) for ln in read)
    assert any(ln.startswith(("start: ", "begin: ")) for ln in read)


@pytest.mark.parametrize("text", [
    "Mood low; sleep poor; appetite fine; energy low; focus poor; motivation low\nPlan: weekly CBT.",
    "Dx: F41.1; F33.1; Z63.0\nInterventions: CBT; exposure; homework; relaxation; sleep hygiene; activity plan",
    "goals,barriers,strengths,supports,plan,next\nsleep 7h, work stress, humor, sister, CBT",
])
def test_prose_with_semicolons_or_a_ragged_list_is_left_as_written(text):
    assert sheet_as_fields(text) == text


def test_an_export_row_feeds_the_rules():
    export = ('id;client;dos;start;end;cpt;pos;dx;narrative;signed_by\n'
              'R1;"Moss, Ada";2026-06-01;09:00;09:30;90834;11;F41.1;"CBT for worry; anxiety 6 -> 3. Denies SI.";"Pia Holm, LCSW"')
    assert fires("minutes_code_mismatch", export) and not fires("signature_missing", export)


# --- a fixed-width listing: a header over a ruler of dashes, rows and continuation records -----------------------
LISTING = """RIVERBEND MH CENTER     VISIT LISTING     PAGE 7
LN  VST  CLIENT-NO  VISIT-DT  START STOP MINS PROC  PS  DIAG
--  ---  ---------  --------  ----- ---- ---- ----- --  ------
01  014  000551002  06/02/26  0900  0945 045  90834 11  F33.1
03  014  TXT: CLIENT REPORTS SLEEPING 5 HRS. REVIEWED THOUGHT
03  014  TXT: RECORD; MOOD 7 -> 5 BY END OF SESSION.
04  014  RSK: DENIES SI/HI.
08  014  SIG: {sig}     CRED: {cred}   E-SIG: {flag}
*** END VISIT 014 ***"""


def test_a_listing_row_gives_its_cells_as_labelled_fields_and_continuations_as_text():
    read = listing_as_fields(LISTING.format(sig="MBEKI, THANDO", cred="LPC", flag="Y")).splitlines()
    assert "START: 0900" in read[1] and "PROC: 90834" in read[1] and "VISIT-DT: 06/02/26" in read[1]
    assert read[2] == "TXT: CLIENT REPORTS SLEEPING 5 HRS. REVIEWED THOUGHT RECORD; MOOD 7 -> 5 BY END OF SESSION."
    assert read[-1] == "*** END VISIT 014 ***"


@pytest.mark.parametrize("sig, cred, flag, rules", [
    ("MBEKI, THANDO", "LPC", "Y", set()),
    ("             ", "   ", "N", {"signature_missing"}),
    ("MBEKI, THANDO", "   ", "Y", {"credentials_missing"}),
])
def test_a_listing_signature_record_is_read_for_signer_and_credential(sig, cred, flag, rules):
    found = names(LISTING.format(sig=sig, cred=cred, flag=flag), payer="Medicaid")
    assert found & {"signature_missing", "credentials_missing", "minutes_code_mismatch", "minutes_missing"} == rules


def test_a_blank_date_cell_in_a_listing_leaves_no_date_of_service():
    note = LISTING.format(sig="MBEKI, THANDO", cred="LPC", flag="Y").replace("06/02/26", "        ")
    assert fires("date_of_service_missing", note)


@pytest.mark.parametrize("text", [
    "Plan\n-----\nweekly CBT",
    "Scores\nPHQ-9  GAD-7\n-----  -----\n14     9",
    "A B C D E\n-- -- -- -- --\nthis is a sentence that runs across every column of the ruler above it",
])
def test_text_without_a_listing_header_is_left_as_written(text):
    assert listing_as_fields(text) in (text, text.replace("this is a sentence", "this is a sentence"))


# --- a blank "SIG:" field and an e-signature flag set to no --------------------------------------------------------
@pytest.mark.parametrize("line", ["SIG:                  CRED:        DATE:", "E-Signature: N", "Signed (Y/N): N"])
def test_a_blank_sig_field_or_a_no_flag_is_unsigned(line):
    assert fires("signature_missing", LONG + line)


@pytest.mark.parametrize("line", ["Meds: sertraline 50 mg, Sig: 1 tab PO daily\n" + SIGNED, "E-SIG: Y\n" + SIGNED,
                                  "Signed: N. Park, LCSW"])
def test_a_prescription_sig_a_yes_flag_or_an_initial_is_no_blank_signature(line):
    assert not fires("signature_missing", LONG + line)


# --- a client who waited elsewhere and was brought in later in the same sentence attended -------------------------
PARENTS = ("Family session   DOS 06/10/2026   Start 5:00 PM   End 5:55 PM   CPT 90846   POS 11\nClient: Jonah Reyes\n"
           "Present: mother, stepfather\nDx: F91.3\n{told}\n" + BODY + SIGNED)


@pytest.mark.parametrize("told", [
    "Jonah waited in the car; at 5:20 his mother went out and brought him in for the rest of the hour.",
    "Jonah stayed in the waiting room at first, then came into the session for the last 15 minutes.",
    "Jonah was in the lobby until 5:30, when his stepfather asked him to come in and he stayed in the room to the end.",
])
def test_a_client_brought_in_later_attended_the_90846_session(told):
    assert fires("family_presence_mismatch", PARENTS.format(told=told))


@pytest.mark.parametrize("told", [
    "Jonah waited in the car; his mother asked him to come in but he would not.",
    "Jonah stayed in the waiting room with his sister; she joined by phone for ten minutes.",
    "Jonah waited in the lobby the whole hour; he never came in.",
])
def test_a_client_who_stayed_out_did_not_attend(told):
    assert not fires("family_presence_mismatch", PARENTS.format(told=told))
