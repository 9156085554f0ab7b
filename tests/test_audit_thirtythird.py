"""The documentation audit on a thirty-third set of note shapes, examples written here (three or more per class, and
examples each change must leave alone): a note kept as a Protocol Buffers text-format message or as a notes tool's
Lisp forms, minutes in brackets
after a technique in an interventions field, dates and clock times in another script's digits, a length whose English
unit is a bracketed gloss after its own script's word, a bilingual label whose English half the label list lacks, a
goal's status reported as progress, a plan that schedules parent-only sessions, a walk-in header, a replaced code told
with when it was replaced, a text editor's screen copied whole, and a lower-case note signed with a name alone."""
from __future__ import annotations

import pytest

from assistant.audit.bilingual_labels import english_labels
from assistant.audit.durations import durations
from assistant.audit.editor_screen import without_editor_chrome
from assistant.audit.plain_text import ascii_digits, plain_note
from assistant.audit.sexp_fields import sexp_as_fields
from assistant.audit.signing import lowercase_name_signoff
from assistant.audit.textproto_fields import textproto_as_fields
from audit_notes import names, rules

SIGNED = "Signed: Ottilie Vanterpool, LCSW"
DX = "Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
BODY = ("Interventions: behavioral activation; activity scheduling.\nResponse: planned two walks, mood lifted a little.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 12.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- a note kept as a textproto message ---------------------------------------------------------------------------------
_VISIT = '''# proto-message: clinic.v2.Visit
visit_id: "v-0193"
service_date { year: 2026 month: 3 day: 9 }
session_minutes: 47
cpt_codes: "90834"
diagnosis { code: "F33.1" text: "Major depressive disorder, recurrent, moderate" }
interventions: "behavioral activation"
interventions: "activity scheduling"
response: "Planned two walks; mood 4/10 -> 6/10."
risk { screen: "PHQ-9 item 9" result: "0, denies SI/HI" }
plan { dated { year: 2026 month: 1 day: 12 } goal: "PHQ-9 below 10 by 2026-06-30" }
clinician { name: "Teodora Vasquez-Lind" credential: "LCSW" }
'''
_ENCOUNTER = '''encounter {
  when < year: 2026 month: 11 day: 2 hour: 15 minute: 5 >
  kind: TELEHEALTH_VIDEO
  billing { cpt: ["90837"] pos: "10" modifier: "95" }
}
duration_min: 55
narrative: "Discussed the move; grief work on her father's death."
author { signer: "Kofi Mensah-Brandt" license: "PsyD" signed: true }
'''
_INTAKE = '''note_type: INTAKE
date_of_service {
  year: 2026
  month: 7
  day: 21
}
provider {
  full_name: "Ines Okonkwo-Hale"
  credentials: "LMFT"
}
codes: "90791"
summary: "First visit; panic attacks 3 a week since spring."
'''


@pytest.mark.parametrize("message, lines", [
    (_VISIT, ["Service date: 2026-03-09", "Session: 47 minutes", "Interventions: behavioral activation; activity scheduling",
              "Clinician: Teodora Vasquez-Lind; credential LCSW"]),
    (_ENCOUNTER, ["Encounter:", "When: 2026-11-02 15:05", "Kind: telehealth video", "Duration: 55 min",
                  "Author: Kofi Mensah-Brandt; license PsyD; signed yes"]),
    (_INTAKE, ["Note type: intake", "Date of service: 2026-07-21", "Provider: Ines Okonkwo-Hale; credentials LMFT"]),
])
def test_a_textproto_message_is_read_as_labelled_fields(message, lines):
    text = textproto_as_fields(message)
    for line in lines:
        assert line in text.split("\n")
    assert "{" not in text and "proto-message" not in text


@pytest.mark.parametrize("message, line", [
    ('measures { instrument: "GAD-7" total: 13 }', "Measures: GAD-7 total 13"),
    ('diagnosis { icd10: "F41.1" label: "Generalized anxiety disorder" rank: PRIMARY }',
     "Diagnosis: F41.1 Generalized anxiety disorder; rank primary"),
    ('plan { goal: "PHQ-9 below 10" frequency: "weekly" planned_sessions: 12 }',
     "Plan: frequency weekly; 12 sessions planned; goal PHQ-9 below 10"),
])
def test_a_message_of_plain_values_is_one_line_a_thing_beside_its_number(message, line):
    text = textproto_as_fields('visit_id: "v-1"\ncpt: "90834"\nnote: "seen"\n' + message)
    assert text.split("\n")[-1] == line


@pytest.mark.parametrize("message", [_VISIT, _ENCOUNTER, _INTAKE])
def test_a_textproto_note_has_its_date_and_signature(message):
    found = names(message)
    assert not {"date_of_service_missing", "signature_missing", "minutes_missing"} & found


def test_a_textproto_note_without_a_length_is_missing_its_minutes():
    found = names(_VISIT.replace("session_minutes: 47\n", ""))
    assert "minutes_missing" in found and "minutes_code_mismatch" not in found


@pytest.mark.parametrize("text", [
    "Date: 03/09/2026\nPlan {weekly} as agreed\nDx: F33.1",            # a brace in prose
    'date: "2026-03-09"\nclient: "A. Lee"\ncpt: "90834"\nnote: "walked twice"\n',  # YAML with quoted values
    "service_date { year: 2026 month: 3 day: 9\ncpt: \"90834\"\nnote: \"x\"\nmore: \"y\"\n",  # a message never closed
])
def test_text_that_is_not_a_whole_textproto_message_is_unchanged(text):
    assert textproto_as_fields(text) == text


# --- a note kept as a notes tool's Lisp forms -----------------------------------------------------------------------------
_FORM = (';;; visits.el export -- one form per visit\n'
         '(visit\n :date "2026-03-09" :start "14:00" :stop "14:47" :minutes 47\n'
         ' :cpt ("90834") :dx (("F33.1" . "Major depressive disorder, recurrent, moderate"))\n'
         ' :scores ((:tool "PHQ-9" :total 14 :on "2026-03-09") (:tool "PHQ-9" :total 19 :on "2026-01-12"))\n'
         ' :did ("behavioral activation" "activity scheduling")\n'
         ' :response "Planned two walks; mood 4/10 -> 6/10."\n :risk "Denies SI/HI."\n'
         ' :plan (:goals ("PHQ-9 below 10 by 2026-06-30") :dated "2026-01-12" :weeks 12)\n'
         ' :signed (:by "Teodora Vasquez-Lind" :cred "LCSW"))')
_PAIRS = ('(note :when "2026-11-02" :cpt "90837" :length 55 :mode video :where "home, Ohio"\n'
          '      :text "Grief work on her father\'s death." :author (:name "Kofi Mensah-Brandt" :license "PsyD") :cosign nil)')
_TWO = (';; two visits\n(session :dos "2026-07-21" :codes ("90791") :by "Ines Okonkwo-Hale, LMFT")\n'
        '(session :dos nil :codes ("90834") :by "Ines Okonkwo-Hale, LMFT")')


@pytest.mark.parametrize("forms, lines", [
    (_FORM, ["Date: 2026-03-09", "Minutes: 47", "CPT: 90834", "DX: F33.1 Major depressive disorder, recurrent, moderate",
             "Scores: PHQ-9 total 14; on 2026-03-09", "Did: behavioral activation; activity scheduling",
             "Plan: dated 2026-01-12; 12 weeks; goals PHQ-9 below 10 by 2026-06-30",
             "Signed: Teodora Vasquez-Lind; cred LCSW"]),
    (_PAIRS, ["When: 2026-11-02", "Length: 55", "Mode: video", "Text: Grief work on her father's death.",
              "Author: Kofi Mensah-Brandt; license PsyD"]),
    (_TWO, ["DOS: 2026-07-21", "Codes: 90791", "By: Ines Okonkwo-Hale, LMFT", "", "Codes: 90834"]),
])
def test_a_note_kept_as_lisp_forms_is_read_as_labelled_fields(forms, lines):
    text = sexp_as_fields(forms).split("\n")
    assert all(line in text for line in lines)
    assert not any(ln.startswith(("Cosign", ";", "(")) for ln in text)  # nil records nothing; comments are dropped


def test_lisp_forms_are_audited_as_the_note_they_hold():
    assert not {"date_of_service_missing", "signature_missing", "minutes_missing", "diagnosis_missing"} & names(_FORM)
    undated = '(session :dos nil :start "14:00" :end "14:50" :cpt ("90834") :dx "F41.1" :by "A. Lee, LCSW")'
    assert "date_of_service_missing" in names(undated) and "minutes_missing" not in names(undated)


@pytest.mark.parametrize("text", [
    "(Client arrived late: bus.) Date: 03/09/2026, 2:00-2:50 pm",        # a bracketed aside, not a form
    '(session :dos "2026-03-09" :cpt ("90834")',                          # a form never closed
    ";; scratch\nDate: 03/09/2026\n(see attached: consent form)",        # prose under a comment line
])
def test_text_that_is_not_lisp_forms_is_unchanged(text):
    assert sexp_as_fields(text) == text


# --- minutes in brackets after a technique in an interventions field ---------------------------------------------------
@pytest.mark.parametrize("interventions", [
    "Interventions: exposure hierarchy step 3 (20 min in session); thought record",
    "Interventions: mindfulness of breath (5 min), then cognitive restructuring",
    "Techniques: worry postponement (10 minutes at 6 pm daily); problem-solving",
])
def test_minutes_timing_a_technique_are_not_the_session_s_length(interventions):
    note = _note("Date: 03/09/2026   CPT 90834   office (POS 11)", BODY.replace(
        "Interventions: behavioral activation; activity scheduling.", interventions))
    found = names(note)
    assert "minutes_missing" in found and "minutes_code_mismatch" not in found


@pytest.mark.parametrize("interventions, minutes", [
    ("Interventions: CBT session (45 min): thought record, behavioral experiment", 45),
    ("Interventions: psychotherapy (50 min) - exposure and response prevention", 50),
])
def test_minutes_in_brackets_after_the_session_are_its_length(interventions, minutes):
    note = _note("Date: 03/09/2026   CPT 90834   office (POS 11)", BODY.replace(
        "Interventions: behavioral activation; activity scheduling.", interventions))
    assert "minutes_missing" not in names(note) and "minutes_code_mismatch" not in names(note)


# --- another script's digits ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, ascii_text", [
    ("ရက်စွဲ / Date: ၁၂.၀၃.၂၀၂၆  ၂:၀၀-၂:၅၀", "ရက်စွဲ / Date: 12.03.2026  2:00-2:50"),
    ("तारीख / Date: ०९/०३/२०२६, समय १४:००-१४:४७", "तारीख / Date: 09/03/2026, समय 14:00-14:47"),
    ("التاريخ / Date: ٠٩/٠٣/٢٠٢٦ — ٤٥ min", "التاريخ / Date: 09/03/2026 — 45 min"),
    ("তারিখ / Date: ০৯/০৩/২০২৬", "তারিখ / Date: 09/03/2026"),
])
def test_another_script_s_digits_are_read_as_ascii(text, ascii_text):
    assert ascii_digits(text) == ascii_text


@pytest.mark.parametrize("text", ["PHQ-9 went from 14 to 9", "area 3 m² of the room", "ጥቅሲ ፩ and ፪ (Ethiopic numerals)"])
def test_text_without_another_script_s_decimal_digits_is_unchanged(text):
    assert ascii_digits(text) == text


@pytest.mark.parametrize("plan", [
    "Plan: treatment plan ၁၂.၀၁.၂၀၂၆ (review ၁၂.၀၄.၂၀၂၆); goals PHQ-9 below 10.",
    "Plan: treatment plan written ०५/०१/२०२६, next review ०५/०४/२०२६; goals PHQ-9 below 10.",
    "Plan: treatment plan dated ٠٥/٠١/٢٠٢٦; goals PHQ-9 below 10 by ٣٠/٠٦/٢٠٢٦.",
])
def test_a_plan_dated_in_another_script_s_digits_is_dated(plan):
    note = _note("Date: 03/09/2026   CPT 90834   2:00-2:50 pm   office (POS 11)",
                 BODY.replace("Treatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 12.", plan))
    assert "plan_review_date_missing" not in names(note)


# --- a length whose English unit glosses its own script's word in brackets ---------------------------------------------
@pytest.mark.parametrize("length, minutes", [("Duration: 45 ደቒቕ (min)", 45),
                                             ("Length: 50 分钟 (minutes)", 50),
                                             ("Time: 40 ནང (mins)", 40)])
def test_a_unit_in_another_script_glossed_in_brackets_is_minutes(length, minutes):
    assert [m for _, m in durations(length)] == [minutes]


@pytest.mark.parametrize("text", ["Walked 20 (min) each morning", "45 ደቒቕ (minimum)", "Ran 3 km (min pace 6:10)"])
def test_a_bracketed_min_after_a_latin_word_or_another_word_is_no_length(text):
    assert durations(text) == []


@pytest.mark.parametrize("length", ["ዝወሰዶ ግዜ / Duration: 45 ደቒቕ (min)", "持续时间 / Duration: 50 分钟 (minutes)",
                                    "ระยะเวลา / Duration: 45 นาที (min)"])
def test_a_glossed_length_for_medicaid_asks_for_start_and_stop(length):
    found = names(_note("Date: 12/11/2026   CPT 90834   office (POS 11)\n" + length), payer="Medicaid")
    assert "minutes_missing" not in found and "start_stop_times_missing" in found


# --- a bilingual label whose English half the label list lacks --------------------------------------------------------
@pytest.mark.parametrize("label, english", [
    ("တက်ရောက်သူများ / Attendees: Ko Ko (client); his mother", "Attendees: Ko Ko (client); his mother"),
    ("ሓበሬታ / What happened: argued with her sister", "What happened: argued with her sister"),
    ("出席者 / Attendees: client and both parents", "Attendees: client and both parents"),
])
def test_the_english_half_of_a_label_in_another_script_is_read(label, english):
    assert english_labels(label) == english


@pytest.mark.parametrize("label", ["ሰምሃር ተስፋይ / Semhar Tesfay: present",      # a name, not English words
                                   "Mood / affect: euthymic",                       # two English labels
                                   "Abitabiriye / Attendees: mama na se"])          # Latin letters: the list decides
def test_a_pair_that_is_not_another_script_s_label_and_an_english_one_stays(label):
    assert english_labels(label) == label


@pytest.mark.parametrize("label", ["တက်ရောက်သူများ / Attendees: Ko Ko (client); his mother, Daw Mya",
                                   "ተሳተፍቲ / Attendees: Selam (client), mother, grandmother",
                                   "參加者 / Attendees: Wei (client), his father, his aunt"])
def test_a_family_note_s_attendees_under_another_script_s_label_say_who_came(label):
    note = _note(f"Date: 03/09/2026   CPT 90847   4:00-4:55 pm   office (POS 11)\n{label}")
    assert "family_attendance_missing" not in names(note)


# --- a goal's status reported as progress ------------------------------------------------------------------------------
_PLANNED = _note("Date: 03/02/2026   CPT 90834   2:00-2:50 pm   office (POS 11)",
                 BODY.replace("Treatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 12.",
                              "Treatment plan (carried over): weekly. Goals: PHQ-9 below 10; sleep 7 hours."))


@pytest.mark.parametrize("status", ['Response: sleep goal met for week 2; "I wake up rested."',
                                    "Progress: panic goal on track; two attacks, both under 5 minutes.",
                                    "Response: the SUDS goal partially met - 60 at the top step; proud of it."])
def test_a_goal_s_status_states_no_goal(status):
    later = _note("Date: 03/16/2026   CPT 90834   2:00-2:50 pm   office (POS 11)",
                  BODY.replace("Response: planned two walks, mood lifted a little.", status)
                  .replace("Treatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 12.\n", ""))
    found = rules(_PLANNED, later)
    assert ("plan_review_date_missing", 0) in found and ("plan_review_date_missing", 1) not in found


def test_a_goal_stated_after_another_s_status_is_a_goal():
    from assistant.audit.rules_plan import _inline_goals
    assert _inline_goals("goal 1 met; goal 2: attend 4 of 5 school days") == ["attend 4 of 5 school days"]
    assert _inline_goals("Goals: PHQ-9 below 10; sleep 7 h") == ["PHQ-9 below 10; sleep 7 h"]


# --- a plan that schedules parent-only sessions ---------------------------------------------------------------------------
@pytest.mark.parametrize("plan", [
    "Plan (treatment plan 09/01/2026, review 12/01/2026): weekly sessions alternating family and parent-only x 14.",
    "Plan: parent-only sessions every other week; next family session 10/20/2026 per plan of 09/01/2026.",
    "Goals: bedtime 8:30 on 6 of 7 nights; mother alone to run the point chart by 12/01/2026.",
])
def test_a_plan_s_parent_only_sessions_say_nothing_of_who_came_today(plan):
    note = _note("DOS 10/06/2026   5:00-5:55 pm   POS 11   CPT 90847\nPresent: Kai (client); mother; father", plan + "\n")
    assert "family_presence_mismatch" not in names(note)


@pytest.mark.parametrize("said", ["Parents only today; Kai at soccer practice.",
                                  "Session held without the client (he refused to come in).",
                                  "Kai (client) did not attend; met with mother and father."])
def test_the_client_absent_today_is_still_a_mismatch_for_90847(said):
    note = _note("DOS 10/06/2026   5:00-5:55 pm   POS 11   CPT 90847\nPresent: mother; father\n" + said,
                 "Plan: weekly family sessions per plan of 09/01/2026.\n")
    assert "family_presence_mismatch" in names(note)


# --- a walk-in visit's header -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("head, story", [
    ("URGENT SESSION (walk-in, same day)   Office, POS 11", "a late video call with her ex ended in shouting"),
    ("After-hours WALK-IN -- crisis counseling", "his brother's video call from the base upset him"),
    ("DOS 03/09/2026   Walk-in   POS 11", "she saw the news on a video call with her cousin"),
])
def test_a_walk_in_visit_is_in_person_whatever_video_call_the_story_tells(head, story):
    note = _note(f"{head}\nDate: 03/09/2026   CPT 90834   2:00-2:50 pm", dx=DX + f"What happened: {story}.\n")
    found = names(note)
    assert "telehealth_pos_modifier_missing" not in found and "telehealth_consent_missing" not in found


@pytest.mark.parametrize("head", ["DOS 03/09/2026   Session via Zoom video   CPT 90834   2:00-2:50 pm",
                                  "DOS 03/09/2026   video visit (walk-in hours closed)   CPT 90834   2:00-2:50 pm",
                                  "DOS 03/09/2026   Telehealth session   CPT 90834   2:00-2:50 pm"])
def test_a_video_session_without_a_walk_in_header_is_still_telehealth(head):
    found = names(_note(head + "\nClient at home in Ohio; consent on file.\nNext: walk-in clinic if worse."))
    assert "telehealth_pos_modifier_missing" in found


# --- a replaced code told with when it was replaced ---------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Dx: F43.23 Adjustment disorder with mixed anxiety and depressed mood (recoded today from F43.20)",
    "Dx: F41.1 GAD (changed at this visit from F41.9 after the full history)",
    "Dx: F33.1 MDD, recurrent, moderate (updated on 03/02 from F32.9: second episode)",
])
def test_a_code_replaced_today_is_not_this_note_s_diagnosis(line):
    note = _note("DOS 03/09/2026   2:00-2:50 pm   CPT 90834", dx=line + "\nWorries about many things for years; "
                 "with mixed anxiety and depressed mood; recurrent episodes.\n")
    assert "diagnosis_unspecified" not in names(note)


def test_an_unspecified_code_still_coded_is_flagged():
    note = _note("DOS 03/09/2026   2:00-2:50 pm   CPT 90834",
                 dx="Dx: F43.20 Adjustment disorder, with mixed anxiety and depressed mood since the move\n")
    assert "diagnosis_unspecified" in names(note)


# --- a text editor's screen copied whole -------------------------------------------------------------------------------
_LOWER_BODY = ("date of service: 2026-03-09   2:00-2:50 pm   90834   office (pos 11)\ndx: f41.1 gad\n"
               "i: cognitive restructuring; worry postponement.\nr: worry 7/10 -> 4/10.\nrisk: denies si/hi.\n"
               "plan: treatment plan 2026-01-12, review 2026-04-12; gad-7 below 8 by 2026-06-30.\n")


@pytest.mark.parametrize("screen, last", [
    ("  GNU nano 6.2        2026-03-09_lee.txt        Modified  \n\n" + _LOWER_BODY + "\n- ana lee, lcsw\n\n\n"
     "                                [ Wrote 9 lines ]\n^G Help       ^O Write Out  ^W Where Is   ^K Cut\n"
     "^X Exit       ^R Read File  ^\\ Replace    ^U Paste", "- ana lee, lcsw"),
    ("  UW PICO 5.09        File: lee_0309.txt\n" + _LOWER_BODY + "\n- ana lee, lcsw\n"
     "^G Get Help  ^O WriteOut  ^R Read File ^Y Prev Pg   ^K Cut Text  ^C Cur Pos", "- ana lee, lcsw"),
    (_LOWER_BODY + "\n- ana lee, lcsw\n~\n~\n~\n\"2026-03-09_lee.txt\" 9L, 412B written", "- ana lee, lcsw"),
    (_LOWER_BODY + "\n- ana lee, lcsw\n-UUU:----F1  2026-03-09_lee.txt   All L9     (Text) ------", "2026-03-09_lee.txt"),
])
def test_an_editor_s_lines_are_dropped_and_the_note_signed(screen, last):
    text = without_editor_chrome(screen)
    assert text.rstrip().split("\n")[-1] == last and "^" not in text and "nano" not in text
    assert "signature_missing" not in names(screen)


@pytest.mark.parametrize("text", ["[ Read 3 chapters ] of the workbook this week",
                                  "Homework: ^ arrows on the chart mark good days\n~ approx. 3 per week",
                                  "Plan: nano-goals per week (tiny steps)"])
def test_a_note_without_an_editor_s_lines_is_unchanged(text):
    assert without_editor_chrome(text) == text


# --- a lower-case note signed with a name alone after a dash ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["- jonah pereira-lind", "— mara ellison", "~ t. okafor-reyes"])
def test_a_lower_case_name_alone_after_a_dash_signs_without_credentials(name):
    note = _LOWER_BODY + "\n" + name
    assert lowercase_name_signoff(note) == name
    found = names(note)
    assert "signature_missing" not in found and "credentials_missing" in found


@pytest.mark.parametrize("note", [
    _LOWER_BODY + "\n- went well overall",                        # everyday words
    _LOWER_BODY + "- sleep hygiene\n- call pcp\n\n- dana kim",     # the last of a dashed list
    _LOWER_BODY + "- dana kim",                                    # not set apart by a blank line
    "Date of service: 03/09/2026\nDx: F41.1 GAD\nUsed cognitive restructuring.\n\n- dana kim",  # usual case
])
def test_a_closing_line_that_is_no_lower_case_sign_off_signs_nothing(note):
    assert lowercase_name_signoff(note) == ""


def test_the_plain_note_reads_an_editor_screen_and_another_script_s_digits_together():
    text = plain_note("  GNU nano 7.2     note.txt\n\nရက်စွဲ / Date: ၁၂.၀၃.၂၀၂၆\n\n^G Help  ^O Write Out  ^W Where Is  ^K Cut")
    assert text.strip() == "note.txt\n\nDate: 12.03.2026"
