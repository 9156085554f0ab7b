"""The documentation audit on a thirty-fourth set of note shapes, examples written here (three or more per class, and
examples each change must leave alone): notes kept as BibTeX entries, as R's glimpse() rows or as a TaskPaper outline
with tags; dates written with another language's month names, with ordinal days or as day-Mon-year; a day's
appointment sheet with other clients' rows above the note; a treatment plan (or another paper) signed on a date; a
plan still to be written at a later session; goals wrapped onto the next line; a length whose unit is a word of a
script with vowel signs; the client named absent after a dash; an experiential-dynamic therapy told by its moves; a
count under a key naming what it counts."""
from __future__ import annotations

import pytest

from assistant.audit.durations import durations
from assistant.audit.entry_exports import bibtex_as_fields, glimpse_as_fields, taskpaper_as_fields
from assistant.audit.exports import field_line, label
from assistant.audit.plain_text import plain_note
from assistant.audit.reading import dates_in
from assistant.audit.schedule_rows import schedule_as_fields
from assistant.audit.word_dates import english_dates
from audit_notes import names, rules

SIGNED = "Signed: Philippa Oduya-Strand, LMHC"
DX = "Dx: F41.1 Generalized anxiety disorder\n"
BODY = ("Interventions: worry exposure; cognitive restructuring.\nResponse: worry 8/10 -> 5/10; kept her log 6 of 7 days.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 08/03/2026: GAD-7 below 8 by 01/31/2027; weekly x 16.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- key = {value} / $ key <type> value / @tag(value): exports read as fields ---------------------------------------------
_BIB_VIDEO = """% visits.bib (Zotero export)
@misc{Aldana_2026-10-05,
  date           = {2026-10-05},
  starttime      = {10:00},
  endtime        = {10:51},
  modality       = {video visit (VSee)},
  clientlocation = {home, Tucson, AZ},
  pos            = {11},
  modifier       = {},
  cpt            = {90834},
  diagnosis      = {F41.1 Generalized anxiety disorder},
  interventions  = {worry exposure; cognitive restructuring of
                    "if I stop worrying I will miss something"},
  response       = {worry 8/10 -> 5/10},
  risk           = {denies SI/HI},
  plan           = {Treatment plan 2026-08-03, review 2026-11-03},
  author         = {Philippa Oduya-Strand, LMHC}
}"""
_BIB_QUOTED = """@visit{Brandt2026,
  dos = "2026-09-14", cpt = "90837", pos = "11",
  start = "14:00", end = "14:56",
  author = "Idris Vance-Mahler, PsyD"
}"""
_BIB_TWO = """@session{a1, date = {2026-03-02}, cpt = {90832}, memberid = {XJ 1188}}
@session{a2, date = {2026-03-09}, cpt = {90832}, note = {}}"""


@pytest.mark.parametrize("entry, lines", [
    (_BIB_VIDEO, ["Start time: 10:00", "End time: 10:51", "Client location: home, Tucson, AZ", "POS: 11",
                  'Interventions: worry exposure; cognitive restructuring of "if I stop worrying I will miss something"']),
    (_BIB_QUOTED, ["DOS: 2026-09-14", "CPT: 90837", "Start: 14:00", "Author: Idris Vance-Mahler, PsyD"]),
    (_BIB_TWO, ["Date: 2026-03-02", "Member ID: XJ 1188", "Date: 2026-03-09"]),
])
def test_a_bibtex_entry_is_read_as_labelled_fields(entry, lines):
    text = bibtex_as_fields(entry)
    for line in lines:
        assert line in text.split("\n")
    assert "@" not in text and "{" not in text and "Modifier" not in text and "Note:" not in text


def test_a_bibtex_video_visit_coded_as_office_is_flagged_and_its_times_read():
    found = names(_BIB_VIDEO)
    assert "telehealth_pos_modifier_missing" in found
    assert not found & {"minutes_missing", "minutes_code_mismatch", "signature_missing", "date_of_service_missing"}


@pytest.mark.parametrize("text", ["Emailed the plan to dana@example.org {confirmed}", "@home today, note below",
                                  "@session{unfinished, date = {2026-01-01}"])
def test_text_that_is_not_a_bibtex_file_is_unchanged(text):
    assert bibtex_as_fields(text) == text


_GLIMPSE = """> glimpse(visits[4, ])
Rows: 1
Columns: 9
$ dos       <date> 2026-10-19
$ cpt       <chr> "90834"
$ start     <time> 15:00:00
$ end       <time> 15:47:00
$ dx        <chr> "F43.10 Post-traumatic stress disorder, unspecified"
$ supervisor <chr> NA
$ signed    <chr> "Odalys Frei-Mensah, LCSW"
> cat(visits$note[4])
Interventions: prolonged exposure, imaginal, 40 min.
>"""
_GLIMPSE_PLAN = """$ client_id <chr> "QX77"
$ written   <date> NA
$ review    <date> NA
$ goals     <list> <"CAPS-5 < 20", "drives past the intersection 3x/week">
$ sessions  <int> 14"""
_GLIMPSE_DOTTED = """$ visit.date <date> 2026-02-02
$ time.in   <chr> "9:00"
$ time.out  <chr> "9:53"
$ code      <chr> "90837\""""


@pytest.mark.parametrize("printed, lines", [
    (_GLIMPSE, ["DOS: 2026-10-19", "CPT: 90834", "Start: 15:00", "End: 15:47", "Signed: Odalys Frei-Mensah, LCSW",
                "Interventions: prolonged exposure, imaginal, 40 min."]),
    (_GLIMPSE_PLAN, ["Goals: CAPS-5 < 20, drives past the intersection 3x/week", "Sessions: 14 sessions"]),
    (_GLIMPSE_DOTTED, ["Visit date: 2026-02-02", "Time in: 9:00", "Time out: 9:53"]),
])
def test_glimpse_rows_are_read_as_labelled_fields(printed, lines):
    text = glimpse_as_fields(printed)
    for line in lines:
        assert line in text.split("\n")
    assert "<chr>" not in text and "Rows:" not in text and "glimpse(" not in text
    assert "Written" not in text and "Supervisor" not in text  # NA records nothing


def test_a_glimpse_note_s_times_are_read_and_an_undated_plan_is_flagged():
    assert "minutes_missing" not in names(_GLIMPSE)
    assert ("plan_review_date_missing", 1) in rules(_GLIMPSE, _GLIMPSE_PLAN)


@pytest.mark.parametrize("text", ["Copay: $ 20 <cash> paid", "> She said: 'I tried'\n$ 40 fee waived",
                                  "Rows: 3\n$ a <int> 1\n$ b <int> 2"])
def test_text_that_is_not_a_glimpse_printout_is_unchanged(text):
    assert glimpse_as_fields(text) == text


_TASKS = """Caseload:
\tIvo Marchetti-Lund:
\t\tVisit 2026-05-11 @cpt(90837) @pos(11) @start(13:00) @end(13:55):
\t\t\t- exposure hierarchy built @done
\t\t\tSigned: Ana Gruber-Osei, LPC @signed(2026-05-11)"""
_TASKS_PROJECT = """Week of 10/06:
- Lena session @date(2026-10-07) @code(90834) @minutes(48)
\t- reviewed thought records @today"""
_TASKS_FLAGS = """- note @dos(2026-04-02) @cpt(90832) @flag"""


@pytest.mark.parametrize("outline, lines", [
    (_TASKS, ["\t\tVisit 2026-05-11:", "\t\t\tCPT: 90837", "\t\t\tStart: 13:00", "\t\t\tEnd: 13:55",
              "\t\t\t- exposure hierarchy built", "\t\t\tSigned: Ana Gruber-Osei, LPC"]),
    (_TASKS_PROJECT, ["- Lena session", "\tDate: 2026-10-07", "\tCode: 90834", "\tMinutes: 48", "\t- reviewed thought records"]),
    (_TASKS_FLAGS, ["- note", "\tDOS: 2026-04-02", "\tCPT: 90832"]),
])
def test_a_taskpaper_outline_s_tags_are_read_as_fields(outline, lines):
    text = taskpaper_as_fields(outline)
    for line in lines:
        assert line in text.split("\n")
    assert "@" not in text


def test_a_tagged_session_has_its_times_and_date():
    found = names(_TASKS.replace("\t\t\t- exposure", "\t\t\tDx: F40.10 Social anxiety disorder\n\t\t\t- exposure"))
    assert not found & {"minutes_missing", "date_of_service_missing", "signature_missing"}


@pytest.mark.parametrize("text", ["Wrote to @dr_lee about the referral", "- breathing @done\n- log @today",
                                  "email: k.ong@clinic.org (cc @scheduling)"])
def test_text_without_two_valued_tags_is_unchanged(text):
    assert taskpaper_as_fields(text) == text


@pytest.mark.parametrize("key, written", [("starttime", "Start time"), ("clientlocation", "Client location"),
                                          ("memberid", "Member ID"), ("therapist", "Therapist"), ("timestamp", "Timestamp")])
def test_a_key_of_label_words_run_together_is_read_as_its_words(key, written):
    assert label(key) == written


@pytest.mark.parametrize("key, value, line", [("sessions", "12", "Sessions: 12 sessions"),
                                              ("planned_visits", "8", "Planned visits: 8 visits"),
                                              ("weeks", "16", "Weeks: 16 weeks")])
def test_a_count_under_a_key_naming_what_it_counts_is_read_with_it(key, value, line):
    assert field_line(key, value) == line


@pytest.mark.parametrize("key, value", [("sessions", "weekly"), ("session", "4"), ("weeks", "2026-01-01")])
def test_a_value_that_is_no_bare_count_keeps_its_label_alone(key, value):
    assert field_line(key, value) == f"{label(key)}: {value}"


# --- dates in another language's month names, with ordinal days, or day-Mon-year -----------------------------------------
@pytest.mark.parametrize("written, english", [
    ("Petsa: 14 Disiembre 2026", "Petsa: December 14, 2026"),                    # Ilocano
    ("Fecha: 3 de marzo de 2026", "Fecha: March 3, 2026"),                       # Spanish
    ("Tanggal: 21 Agustus 2026", "Tanggal: August 21, 2026"),                    # Indonesian
    ("Petsa: Setyembre 8, 2026", "Petsa: September 8, 2026"),                    # Tagalog, month first
    ("Date: Friday the 2nd of October, 2026", "Date: Friday October 2, 2026"),
    ("Seen on the twenty-second of June 2026.", "Seen on June 22, 2026."),
    ("Date: January the fifth, 2027", "Date: January 5, 2027"),
])
def test_a_date_in_words_is_written_as_the_english_date(written, english):
    assert english_dates(written) == english


@pytest.mark.parametrize("text", ["In May she moved in with her aunt.", "the second of three sessions",
                                  "Date: 9 November 2026", "Nov 9, 2026", "Abril was her sister's name; 12 cousins came",
                                  "mars bar at 3"])
def test_text_without_a_date_in_words_is_unchanged(text):
    assert english_dates(text) == text


@pytest.mark.parametrize("text, found", [("VISIT -- 07-Oct-2026", "07-Oct 2026"), ("Plan (02-MAR-2026)", "02-MAR 2026"),
                                         ("seen 1-Dec-2025 in clinic", "1-Dec 2025")])
def test_a_day_month_year_joined_by_hyphens_is_a_date(text, found):
    assert [m.group(0) for m in dates_in(text)] == [found]


@pytest.mark.parametrize("text", ["code 90-MAY-2026", "scored 12-may 30 times", "on 3-Mar-26 she"])
def test_hyphens_around_a_month_without_a_day_and_a_full_year_are_no_date(text):
    assert dates_in(text) == []


@pytest.mark.parametrize("date", ["Petsa / Date: 16 Nobiembre 2026", "Date: Monday the 14th of December, 2026",
                                  "PSYCHIATRY FOLLOW-UP -- 16-Nov-2026", "Fecha / Date: 16 de noviembre de 2026"])
def test_a_note_dated_in_words_has_its_date_of_service(date):
    assert "date_of_service_missing" not in names(_note(date + "\nCPT 90834   office (POS 11)   2:00-2:48 pm"))


@pytest.mark.parametrize("plan", ["Plano: tx plan 12 Oktubre 2026, review 12 Enero 2027 -- weekly x 16.",
                                  "Treatment plan (25-NOV-2026; review 25-FEB-2027): weekly x 16.",
                                  "Plan written the 1st of September, 2026; next review the 1st of December, 2026."])
def test_a_plan_dated_in_words_is_dated(plan):
    body = BODY.replace("Treatment plan dated 08/03/2026: GAD-7 below 8 by 01/31/2027; weekly x 16.", plan)
    assert "plan_review_date_missing" not in names(_note("Date: 12/07/2026   CPT 90834   2:00-2:48 pm", body))


# --- rows of other clients on a schedule printout -------------------------------------------------------------------------
_SHEET_STANDINS = """NORTHGATE BEHAVIORAL -- PROVIDER DAY SHEET     Tue 03/10/26
 TIME    CLIENT               SERVICE      CPT     STATUS       NOTE
 08:00   [another client]     Individual   90837   Arrived      signed
 10:00   VANCE, ORLA          Individual   90834   Arrived      signed
 13:00   (other patient)      Intake       90791   No show      --
---------------------------------------------------------------------
NOTE FOR VANCE, ORLA    DOS 03/10/26    10:00-10:46 AM    office (POS 11)    CPT 90834"""
_SHEET_NAMES = """| Time | Client | CPT | Status |
| 09:00 | Ruiz, Pedro | 90837 | signed |
| 11:00 | Holm, Greta | 90834 | signed |
| 15:00 | Abara, Chidi | 90846 | pending |

Client: Greta Holm   DOS 04/14/2026   11:00-11:49 AM   CPT 90834   office (POS 11)"""
_SHEET_TABS = ("Appt\tPatient\tType\tCode\tStatus\n8:00\t***\tIndividual\t90832\tsigned\n"
               "9:00\tLIND, MARA\tIndividual\t90834\tsigned\n\nNote -- Mara Lind -- DOS 05/05/2026 9:00-9:45 AM, POS 11, 90834")


@pytest.mark.parametrize("sheet, gone, kept", [
    (_SHEET_STANDINS, ["[another client]", "(other patient)", "90837", "90791"], "CLIENT: VANCE, ORLA"),
    (_SHEET_NAMES, ["Ruiz", "Abara", "90837", "90846"], "Client: Holm, Greta"),
    (_SHEET_TABS, ["***", "90832"], "Patient: LIND, MARA"),
])
def test_other_clients_rows_on_a_day_sheet_are_left_out(sheet, gone, kept):
    text = schedule_as_fields(sheet)
    assert all(g not in text for g in gone)
    assert kept in text


@pytest.mark.parametrize("sheet", [_SHEET_STANDINS, _SHEET_NAMES, _SHEET_TABS])
def test_a_note_under_a_day_sheet_is_audited_on_its_own_row(sheet):
    found = names(_note(sheet))
    assert not found & {"minutes_code_mismatch", "signature_missing", "family_attendance_missing"}


_HISTORY = """ DATE        CLIENT            CPT     MIN   STATUS
 03/02/26    OKAFOR, LINA      90834   45    signed
 03/09/26    OKAFOR, LINA      90834   47    signed
Client: Lina Okafor"""
_NO_CLIENT_COLUMN = """ TIME    SERVICE      CPT     STATUS
 08:00   Individual   90837   signed
 10:00   Individual   90834   signed"""


@pytest.mark.parametrize("text", [_HISTORY, _NO_CLIENT_COLUMN, "Client: Ana Ruiz\nCPT 90834   Time 10:00-10:50"])
def test_a_table_without_another_client_s_row_is_unchanged(text):
    assert schedule_as_fields(text) == text


@pytest.mark.parametrize("status", ["NOTE: signed", "Chart status: signed", "E-sign: signed"])
def test_a_field_whose_value_is_signed_is_no_empty_signature(status):
    note = _note("DOS 03/10/2026   10:00-10:46 AM   CPT 90834", signed=f"{status}\n{SIGNED}")
    assert "signature_missing" not in names(note)


@pytest.mark.parametrize("blank", ["Signed:", "Clinician signature: ________", "Signature"])
def test_an_empty_signature_field_is_still_unsigned(blank):
    assert "signature_missing" in names(_note("DOS 03/10/2026   10:00-10:46 AM   CPT 90834", signed=blank))


# --- another paper signed on a date is not the note's signature -----------------------------------------------------------
@pytest.mark.parametrize("paper", ["Plan -- treatment plan signed 09/16/2026, next review 12/16/2026:",
                                   "Care plan signed 10/01/2026 by client and guardian.",
                                   "ISP signed 08/01/2026; goals unchanged."])
def test_a_plan_signed_on_a_date_leaves_the_note_s_own_signature(paper):
    note = _note("DOS 10/28/2026   CPT 90834   4:00-4:50 pm", BODY + paper + "\n", signed="e-signed: Rafferty Oyelaran, LPC")
    assert "credentials_missing" not in names(note)


@pytest.mark.parametrize("signed", ["Signed 10/28/2026 Rafferty Oyelaran", "Signed: Rafferty Oyelaran",
                                    "Treatment plan reviewed today.\nSigned 10/28/2026 R. Oyelaran"])
def test_a_note_signed_without_credentials_is_still_flagged(signed):
    assert "credentials_missing" in names(_note("DOS 10/28/2026   CPT 90834   4:00-4:50 pm", signed=signed))


# --- a plan still to be written at a later session ------------------------------------------------------------------------
_NO_PLAN_BODY = "Interventions: psychoeducation on panic.\nResponse: relieved.\nRisk: denies SI/HI.\n"


@pytest.mark.parametrize("later", ["Next: write the treatment plan together at session 2.",
                                   "Plan: develop goals with him at the next visit.",
                                   "We will draft the service plan next week."])
def test_a_plan_to_be_written_later_is_no_plan_yet(later):
    found = names(_note("DOS 11/09/2026   CPT 90834   9:00-9:48", _NO_PLAN_BODY + later + "\n"))
    assert "plan_review_date_missing" not in found and "treatment_plan_missing" in found


@pytest.mark.parametrize("written", ["Wrote the treatment plan together today; review 02/09/2027.",
                                     "Developed the treatment plan at session 2 (11/09/2026); next review 02/09/2027.",
                                     "Reviewed the treatment plan of 09/12/2026; next review 12/12/2026."])
def test_a_plan_written_or_reviewed_is_a_plan(written):
    found = names(_note("DOS 11/09/2026   CPT 90834   9:00-9:48", _NO_PLAN_BODY + written + "\n"))
    assert "treatment_plan_missing" not in found and "plan_review_date_missing" not in found


# --- goals wrapped onto the next line --------------------------------------------------------------------------------------
@pytest.mark.parametrize("goals", ["Plan: weekly x 16. Goals: GAD-7\n< 8 by 01/31/2027; 0 missed workdays a month.",
                                   "Plan: weekly x 16. Goals: GAD-7 below 8 by\n01/31/2027; sleeps 7 h on 5 of 7 nights.",
                                   "Goals: panic attacks down from 4 a week to\n1 or fewer a week by March 2027."])
def test_a_goal_wrapped_onto_the_next_line_keeps_its_target(goals):
    body = BODY.replace("Treatment plan dated 08/03/2026: GAD-7 below 8 by 01/31/2027; weekly x 16.\n", goals + "\n")
    assert not names(_note("Date: 12/07/2026   CPT 90834   2:00-2:48 pm", body)) & {"goals_not_measurable",
                                                                                        "plan_review_date_missing"}


@pytest.mark.parametrize("goals", ["Goals: feel better\nInterventions: support.", "Goals: feel calmer.\n2 sessions were cancelled in May.",
                                   "Goals: be happier\n\nresponse was good"])
def test_the_line_after_a_goal_that_is_not_its_continuation_is_no_target(goals):
    body = BODY.replace("Treatment plan dated 08/03/2026: GAD-7 below 8 by 01/31/2027; weekly x 16.\n", goals + "\n")
    assert "goals_not_measurable" in names(_note("Date: 12/07/2026   CPT 90834   2:00-2:48 pm", body))


# --- a unit written in a script with vowel signs, glossed in English ---------------------------------------------------------
@pytest.mark.parametrize("length, minutes", [("Duration: 40 ນາທີ / min", 40), ("Length: 45 דַּקּוֹת / min", 45),
                                             ("Time: 50 دَقِيقَة / min", 50)])
def test_a_unit_with_vowel_signs_glossed_in_english_is_minutes(length, minutes):
    assert [m for _, m in durations(length)] == [minutes]


@pytest.mark.parametrize("text", ["Walked 20 (min) each morning", "Rated 40 ນາທີ / minimum", "Ran 5 km / min pace 6"])
def test_a_gloss_that_is_no_minute_unit_is_no_length(text):
    assert durations(text) == []


def test_a_length_with_a_lao_unit_for_medicaid_asks_for_start_and_stop():
    found = names(_note("ວັນທີ / Date: 09/11/2026\nCPT: 90834\nໄລຍະເວລາ / Duration: 40 ນາທີ / min"), payer="Medicaid")
    assert "minutes_missing" not in found and "start_stop_times_missing" in found


# --- the client named absent after a dash ----------------------------------------------------------------------------------
_FAMILY = "Client: {name} Obi-Laird\nDate: 10/19/2026   Start: 17:00   End: 17:52\nCPT: 90847\n"


@pytest.mark.parametrize("name, said", [
    ("Adaeze", "Present: her mother and father. Adaeze abịaghị -- she did not come; at a debate tournament."),
    ("Tomasz", "Present: both parents. Tomasz \u2014 he did not attend today, stayed at his grandmother's."),
    ("Kiri", "Attendance: mom, dad. Kiri (ʻaʻole) -- they refused to come in from the car."),
])
def test_the_client_named_absent_after_a_dash_is_a_mismatch_for_90847(name, said):
    note = _note(_FAMILY.format(name=name) + said)
    assert "family_presence_mismatch" in names(note, codes=["90847"])


@pytest.mark.parametrize("said", ["Present: Adaeze, her mother -- her father did not come (work).",
                                  "Present: Adaeze and both parents -- Dad did not attend last week.",
                                  "Present: Adaeze and her mother; her brother stayed home."])
def test_someone_else_absent_after_a_dash_is_no_mismatch(said):
    note = _note(_FAMILY.format(name="Adaeze") + said)
    assert "family_presence_mismatch" not in names(note, codes=["90847"])


# --- an experiential-dynamic therapy told by its moves -------------------------------------------------------------------
@pytest.mark.parametrize("moves", [
    "pressure .......... toward the feeling at her manager\nchallenge ......... to the defence of vagueness",
    "Head-on collision with the resistance; portrait of the impulse toward her ex-husband.",
    "State 3: metaprocessing of the change; undoing aloneness with the therapist present.",
])
def test_a_dynamic_therapy_s_moves_are_interventions(moves):
    body = "Response: anger felt without the migraine.\nRisk: denies SI/HI.\nPlan: continue weekly per plan of 08/03/2026, review 11/03/2026.\n"
    assert "interventions_missing" not in names(_note("Date: 10/20/2026   10:00-10:55   CPT 90837", moves + "\n" + body))


@pytest.mark.parametrize("told", ["Under pressure at work toward the deadline.", "A challenge to the schedule at home.",
                                  "She felt pressure from her mother to move."])
def test_pressure_and_challenge_in_the_story_are_no_interventions(told):
    body = "Response: tired.\nRisk: denies SI/HI.\nPlan: continue weekly per plan of 08/03/2026, review 11/03/2026.\n"
    assert "interventions_missing" in names(_note("Date: 10/20/2026   10:00-10:55   CPT 90837", told + "\n" + body))


def test_plain_note_reads_the_new_shapes_in_one_pass():
    text = plain_note(_SHEET_STANDINS + "\nDate: Tuesday the 10th of March, 2026")
    assert "[another client]" not in text and "March 10, 2026" in text
