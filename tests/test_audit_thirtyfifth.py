"""The documentation audit on a thirty-fifth set of note shapes, examples written here (three or more per class, and
examples each change must leave alone): a note an EHR's sentence builder wrote with its filled values in marker
brackets; documents printed by a database shell as object literals; a telehealth heading under a line pasted above it,
and a platform's brand before "video" in a modality field; an interpreter (not the session) on the phone; an
unspecified code named again after the note says it was replaced; family-systems techniques named by their moves; Hausa
dates ("5 ga Nuwamba, 2026")."""
from __future__ import annotations

import pytest

from assistant.audit.fill_markers import filled_values
from assistant.audit.plain_text import plain_note
from assistant.audit.reading import dates_in
from assistant.audit.shell_documents import shell_documents_as_fields
from assistant.audit.word_dates import english_dates
from audit_notes import names, rules

SIGNED = "Signed: Rosalind Achterberg-Mwangi, LCSW"
BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
        "Interventions: behavioral activation; activity scheduling.\nResponse: PHQ-9 12 (15 last month); walked 3 of 7 days.\n"
        "Risk: denies SI/HI.\nTreatment plan 07/14/2026, review 10/14/2026: PHQ-9 below 10 by 01/31/2027; weekly x 16.\n")


# --- a sentence builder's note: filled values in marker brackets ------------------------------------------------------
_BUILDER_VIDEO = (
    "PROGRESS NOTE (template output; filled values in \u27e6 \u27e7)\n"
    "\u27e6Harlan Voss\u27e7 was seen on \u27e609/22/2026\u27e7 from \u27e69:00 AM\u27e7 to \u27e69:53 AM\u27e7 "
    "(\u27e653\u27e7 minutes) via \u27e6secure video (Zoom for Healthcare)\u27e7 with the client located at "
    "\u27e6his office in Boise, ID\u27e7. Consent to telehealth was \u27e6verbal, today\u27e7. Billed as \u27e690837\u27e7 "
    "with modifier \u27e695\u27e7 and place of service \u27e610\u27e7.\n" + BODY + "Electronically signed by \u27e6" +
    SIGNED.split(": ")[1] + "\u27e7 on \u27e609/22/2026\u27e7.")
_BUILDER_PHONE = (
    "Session summary \u3016auto-text\u3017\n"
    "Client \u3016Ines Padilla-Ruiz\u3017 met by \u3016telephone, audio only (no video at her sister's)\u3017 on "
    "\u301610/02/2026\u3017, \u30162:10 pm\u3017-\u30162:48 pm\u3017 (\u301638\u3017 min), located at \u3016her sister's house, "
    "Reno, NV\u3017; phone consent on file. Code \u301690834\u3017, modifier \u301693\u3017, POS \u301610\u3017.\n"
    + BODY + SIGNED)
_BUILDER_LIST = ("Interventions used: \u27eabehavioral activation\u27eb, \u27ea\u2014\u27eb, \u27eagraded exposure\u27eb. "
                 "Specifically, \u27eawe planned two walks\u27eb.")


@pytest.mark.parametrize("note, codes", [(_BUILDER_VIDEO, ["90837"]), (_BUILDER_PHONE, ["90834"])])
def test_a_sentence_builders_filled_values_are_read_as_the_words_they_are(note, codes):
    found = names(note, codes=codes)
    assert not found & {"minutes_missing", "minutes_code_mismatch", "telehealth_pos_modifier_missing",
                        "audio_only_modifier_missing", "telehealth_location_missing", "signature_missing",
                        "date_of_service_missing"}


def test_an_unselected_option_is_dropped_from_its_list_and_values_lose_their_markers():
    assert filled_values(_BUILDER_LIST + " \u27eax\u27eb") == ("Interventions used: behavioral activation, graded exposure. "
                                                             "Specifically, we planned two walks. x")
    assert "\u27e6" not in plain_note(_BUILDER_VIDEO) and "(53 minutes)" in plain_note(_BUILDER_VIDEO)


def test_a_builder_note_billed_by_phone_without_its_modifier_is_still_flagged():
    note = _BUILDER_PHONE.replace("modifier \u301693\u3017, ", "")
    assert "audio_only_modifier_missing" in names(note, codes=["90834"])


@pytest.mark.parametrize("text", [
    "Client drew a box \u27e6 \u27e7 on the worksheet and wrote her goal inside.",
    "\u3010\u4e3b\u8a34\u3011 \u7720\u308c\u306a\u3044 \u3010\u8a08\u753b\u3011 \u6bce\u9031 \u3010\u85ac\u3011 \u306a\u3057",
    "Plan: [weekly] [16 sessions] [review 12/01] [PHQ-9 < 10]",
])
def test_text_with_few_or_other_brackets_is_unchanged(text):
    assert filled_values(text) == text


# --- a database shell's printed documents --------------------------------------------------------------------------
_MONGOSH = """clinic> db.visits.find({ member: 'QX-4471' })
[
  {
    _id: ObjectId('65a1f0c04b8e2a0012ad91aa'),
    member: 'QX-4471',
    dos: ISODate('2026-10-06T15:00:00.000Z'),
    start: '10:00', end: '10:54', minutes: 54,
    cpt: [ '90837' ], pos: '11',
    dx: [ { code: 'F41.1', text: 'Generalized anxiety disorder' } ],
    interventions: [ 'worry exposure', 'cognitive restructuring of \\'I will miss something\\'' ],
    response: null,
    risk: 'Denies SI/HI.',
    signedBy: 'Odalys Freund, LMFT',
  }
]"""
_OLD_SHELL = """> db.notes.findOne({_id: 17})
{
	"_id" : 17,
	dos : new Date("2026-09-03T14:00:00Z"),
	start : "14:00", end : "14:40", minutes : NumberInt(40),
	cpt : [ "90834" ],
	response : "slept 6 h on 5 nights (3 last month); used the wind-down routine",
	interventions : "CBT-I: stimulus control, sleep restriction to 6.5 h",
	signed_by : "Pim Vrolijk, PsyD"
}"""
_TWO_DOCS = """rs0 [primary] practice> db.s.find()
{ _id: 1, dos: '2026-08-04', cpt: ['90832'], minutes: 30, signedBy: 'A. Kowalczyk, LPC', response: 'better' }
{ _id: 2, dos: '2026-08-11', cpt: ['90832'], minutes: 31, signedBy: 'A. Kowalczyk, LPC', response: {} }"""


def test_a_shells_documents_are_read_as_labelled_fields():
    text = shell_documents_as_fields(_MONGOSH)
    lines = text.split("\n")
    for line in ("DOS: 2026-10-06 15:00", "Start: 10:00", "End: 10:54", "CPT: 90837", "Code: F41.1",
                 "Risk: Denies SI/HI.", "Signed By: Odalys Freund, LMFT"):
        assert line in lines
    assert "Interventions: worry exposure, cognitive restructuring of 'I will miss something'" in lines
    assert "clinic>" not in text and "Response" not in text and "ObjectId" not in text
    old = shell_documents_as_fields(_OLD_SHELL).split("\n")
    assert "Minutes: 40" in old and "Signed by: Pim Vrolijk, PsyD" in old and "DOS: 2026-09-03 14:00" in old
    two = shell_documents_as_fields(_TWO_DOCS).split("\n")
    assert two.count("CPT: 90832") == 2 and "Response: better" in two and "Response: {}" not in two


def test_a_shell_document_whose_response_is_null_has_no_progress_and_keeps_its_other_fields():
    assert ("progress_missing", 0) in rules(_MONGOSH, codes=[])
    assert not names(_MONGOSH, codes=[]) & {"interventions_missing", "signature_missing", "date_of_service_missing",
                                            "credentials_missing"}
    assert "progress_missing" not in names(_OLD_SHELL, codes=[])


@pytest.mark.parametrize("text", [
    '{"dos": "2026-01-05", "cpt": ["90834"]}',                                 # plain JSON: exports.py reads it
    "> quoted reply from the client's e-mail\n{ she wrote: call me }",         # a quote, not a document
    "Plan: {weekly, 16 sessions}\nSigned: Kai Mbeki, LPC",                     # braces in prose
    "db> db.notes.find()\n{ dos: '2026-01-05', total: function() { return 1 } }",  # code, not data
])
def test_text_that_is_not_a_shells_documents_is_unchanged(text):
    assert shell_documents_as_fields(text) == text


# --- a telehealth heading under a pasted line; a platform's brand before "video" -------------------------------------
_BODY_VIDEO = ("Date: 10/12/2026   Start 3:00 pm   End 3:54 pm (54 min)   CPT 90837\n"
               "Client location: her dorm room, Ann Arbor, MI.\nConsent to telehealth on file.\n" + BODY + SIGNED)


@pytest.mark.parametrize("head", [
    "Printed 10/13/2026 08:02 from the scheduling portal\nVIDEO VISIT NOTE",
    "File: Okafor_2026-10-12.docx\nTELEHEALTH PSYCHOTHERAPY SESSION",
    "Page 2 of 3 (continued from the intake packet)\nVIDEO VISIT",
])
def test_a_telehealth_heading_under_a_pasted_line_makes_the_note_a_telehealth_note(head):
    assert "telehealth_pos_modifier_missing" in names(head + "\n" + _BODY_VIDEO)
    assert "telehealth_pos_modifier_missing" not in names(head + "\n" + _BODY_VIDEO.replace("CPT 90837", "CPT 90837-95"))


@pytest.mark.parametrize("field", ["Platform: SimplePractice video", "Platform: Doxy.me video",
                                   "Platform: Zoom for Healthcare video (waiting room)"])
def test_a_platforms_brand_before_video_in_a_modality_field_makes_a_telehealth_note(field):
    note = "Progress note\n" + field + "\n" + _BODY_VIDEO
    assert "telehealth_pos_modifier_missing" in names(note)


@pytest.mark.parametrize("note", [
    "Printed 10/13/2026 from the portal\nIN-PERSON SESSION\n" + _BODY_VIDEO.replace("Client location: her dorm room, Ann "
                                                                                     "Arbor, MI.\nConsent to telehealth on file.\n", ""),
    "Progress note\nPlatform: SimplePractice\n" + _BODY_VIDEO.replace("Consent to telehealth on file.\n", ""),
    "Progress note\nEHR: TherapyNotes (video module not used)\n" + _BODY_VIDEO.replace("Consent to telehealth on file.\n", ""),
])
def test_an_office_heading_or_an_ehrs_name_is_no_telehealth(note):
    assert "telehealth_pos_modifier_missing" not in names(note)


# --- an interpreter on the phone, not the session --------------------------------------------------------------------
_OFFICE = ("Date: 11/03/2026   1:00-1:45 pm (45 min)   CPT 90834   POS 11\nIn the room: client and her son.\n")


@pytest.mark.parametrize("line", [
    "Portuguese interpreter by phone (Language Line, ID 55120) for the mother's part of the session.",
    "The Somali interpreter joined via video for the whole session.",
    "Interpreter services by telephone (CyraCom) were used during the session.",
])
def test_an_interpreter_on_the_line_does_not_make_an_office_session_telehealth(line):
    found = names(_OFFICE + line + "\n" + BODY + SIGNED)
    assert not found & {"telehealth_pos_modifier_missing", "audio_only_modifier_missing", "telehealth_location_missing",
                        "telehealth_consent_missing"}


@pytest.mark.parametrize("line", [
    "Session held by phone today; a Spanish interpreter was present on the call.",
    "Session conducted by video; the interpreter joined the same link.",
    "Telephone session with the client, interpreter on the line.",
])
def test_a_session_itself_by_phone_or_video_with_an_interpreter_is_still_telehealth(line):
    note = "Date: 11/03/2026   1:00-1:45 pm (45 min)   CPT 90834\n" + line + "\n" + BODY + SIGNED
    assert "telehealth_pos_modifier_missing" in names(note)


# --- a replaced code named again -------------------------------------------------------------------------------------
_GAD = ("Date: 10/20/2026\nWorry most days for 9 months, restless, tense, poor sleep.\nInterventions: worry postponement.\n"
        "Response: GAD-7 12 (16 at intake).\nRisk: denies SI.\n" + SIGNED)


@pytest.mark.parametrize("dx", [
    "Dx: F41.1 Generalized anxiety disorder (updated from F41.9); F41.9 had been entered before the review was done.",
    "Dx: F41.1 GAD. Changed from F41.9 today; F41.9 Anxiety disorder, unspecified was the working code at intake.",
    "Diagnosis: F41.1 generalized anxiety disorder, replacing F41.9. F41.9 is no longer used.",
])
def test_an_unspecified_code_named_again_after_it_was_replaced_is_not_the_diagnosis(dx):
    assert "diagnosis_unspecified" not in names(dx + "\n" + _GAD)


@pytest.mark.parametrize("dx", [
    "Dx: F41.9 Anxiety disorder, unspecified",
    "Dx: F41.9 anxiety, tension noted, grounding was used",
    "Dx: F41.9 Anxiety disorder, unspecified - was reviewed and kept today; F41.9 stays on the claim.",
])
def test_an_unspecified_code_that_is_the_diagnosis_is_still_flagged(dx):
    assert "diagnosis_unspecified" in names(dx + "\n" + _GAD)


# --- family-systems techniques ---------------------------------------------------------------------------------------
_FAMILY = ("Date: 11/02/2026   4:00-4:55 pm (55 min)   CPT 90847   POS 11\nPresent: client (15), mother, father.\n"
           "Dx: F32.1 Major depressive disorder, single episode, moderate\n{line}\n"
           "Response: the parents agreed on one rule; PHQ-A 14 (17 at intake).\nRisk: ASQ negative.\n"
           "Family plan 09/29/2026, review 12/29/2026: weekly x 16; PHQ-A below 10.\n" + SIGNED)


@pytest.mark.parametrize("line", [
    "Process: Satir experiential family therapy - a family sculpt of the morning rush, then a debrief.",
    "Each person took a turn in a re-sculpt of the bedtime fight, then named one feeling in position.",
    "Circular questions about who notices first when Jo is low; boundary-making around the parents' arguments.",
])
def test_family_systems_work_named_by_its_techniques_is_an_intervention(line):
    assert "interventions_missing" not in names(_FAMILY.format(line=line))


@pytest.mark.parametrize("line", [
    "Client took a sculpting class at the rec center this month and liked it.",
    "The family discussed their strategic plan for the move.",
    "Mother reported the school's structural changes to the schedule.",
])
def test_words_that_only_look_like_family_techniques_are_no_intervention(line):
    assert "interventions_missing" in names(_FAMILY.format(line=line))


# --- Hausa dates ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, english", [
    ("Kwanan wata / Date: Alhamis, 5 ga Nuwamba, 2026", "November 5, 2026"),
    ("Ranar haihuwa / DOB: 14 ga Maris 1987", "March 14, 1987"),
    ("Kwanan wata: 3 ga Satumba, 2026 (Litinin)", "September 3, 2026"),
])
def test_a_hausa_date_is_read_as_the_english_date(text, english):
    assert english in english_dates(text) and dates_in(english_dates(text))


@pytest.mark.parametrize("text", ["Ga shi nan: the worksheet", "Maris was her late husband's name", "Mayu 5 kids"])
def test_hausa_words_without_a_full_date_are_unchanged(text):
    assert english_dates(text) == text


def test_a_note_dated_in_hausa_has_a_date_of_service():
    note = ("BAYANIN ZAMAN JINYA / SESSION NOTE\nKwanan wata / Date: Talata, 10 ga Nuwamba, 2026\n" + BODY + SIGNED)
    assert "date_of_service_missing" not in names(note)
    assert "date_of_service_missing" in names(note.replace("10 ga Nuwamba, 2026", "Nuwamba"))


# --- a record's keys naming a rating scale; a count under a key naming what it counts ---------------------------------
@pytest.mark.parametrize("doc, line", [
    ('{"dos": "2026-10-01", "phq9": 14, "phq9Intake": 19}', "PHQ-9 Intake: 19"),
    ('{"measures": {"gad7_today": 9, "gad7_baseline": 15}}', "GAD-7 today: 9"),
    ("db> db.n.find()\n{ dos: '2026-10-01', ybocs: 22, ybocsIntake: 30 }", "Y-BOCS Intake: 30"),
    ('{"plan": {"frequency": "weekly", "sessions": 16}}', "Sessions: 16 sessions"),
    ('{"plan": {"frequency": "biweekly", "visits": 8, "weeks": 16}}', "Weeks: 16 weeks"),
])
def test_a_records_scale_keys_read_as_the_scale_and_counts_keep_what_they_count(doc, line):
    assert line in plain_note(doc).split("\n")


@pytest.mark.parametrize("doc, line", [
    ('{"dos": "2026-10-01", "scared": "of the dark, less than before"}', "Scared: of the dark, less than before"),
    ('{"dos": "2026-10-01", "minutes": 50, "isolation": "eats alone"}', "Minutes: 50"),
    ('{"dos": "2026-10-01", "sessions": "weekly, ongoing"}', "Sessions: weekly, ongoing"),
])
def test_other_keys_and_values_read_as_before(doc, line):
    assert line in plain_note(doc).split("\n")
