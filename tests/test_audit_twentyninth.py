"""The documentation audit on a twenty-ninth set of note shapes, examples written here (three or more per class, and
three the rule must not fire on where it could over-fire): minutes and clock times written the way other languages
write them, plan names and review words in other languages, goals under a heading dated in brackets, creative-arts
credentials, an activity grid's Purpose column, mentalization-based treatment's moves, a deferred diagnosis, a
modality set off by a dash or named by a field's label, a pasted commit's diff, Markdown tables without outer pipes, a
rating scale's informant, a listing of other visits' codes and ADHD presentation told by symptom counts."""
from __future__ import annotations

import pytest

from assistant.audit.durations import durations
from assistant.audit.hour_letter import hour_letter_clocks
from assistant.audit.patch_text import patch_as_note
from assistant.audit.time_forms import table_cells
from assistant.audit.visit_rows import other_visit_lines
from audit_notes import fires, names

SIGNED = "Signed: Ottilie Vanterpool, LCSW"
DX = "Dx: F41.1 Generalized anxiety disorder\n"
BODY = ("Interventions: cognitive restructuring; paced breathing.\nResponse: worry 7/10 -> 4/10 by the end.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- minutes written in the language of a bilingual form -------------------------------------------------------
@pytest.mark.parametrize("length", ["Durata / Duration: 45 minuti", "Dauer / Duration: 45 Minuten",
                                    "Süre / Duration: 45 dakika", "Duur / Duration: 45 minuten"])
def test_a_total_in_another_language_s_minutes_is_the_session_length(length):
    note = _note("DOS 03/02/2026   CPT 90834   office (POS 11)\n" + length)
    found = names(note, payer="Medicare")
    assert "minutes_missing" not in found and "start_stop_times_missing" in found


@pytest.mark.parametrize("text", ["the minutiae of the week", "Minute book reviewed", "dk what to say"])
def test_words_that_only_begin_like_a_minute_unit_are_no_length(text):
    assert durations(text) == []


# --- clock times with the letter h ---------------------------------------------------------------------------------
@pytest.mark.parametrize("written, read", [
    ("Début : 14h00     Fin : 14h53", "Début : 14:00     Fin : 14:53"),
    ("séance de 9h30 à 10h20", "séance de 9:30 à 10:20"),
    ("Inizio 16 h 00 - Fine 16 h 50", "Inizio 16:00 - Fine 16:50"),
])
def test_a_clock_time_with_the_letter_h_reads_as_hours_and_minutes(written, read):
    assert hour_letter_clocks(written) == read


@pytest.mark.parametrize("text", ["dort 5 h 5 nuits sur 7", "groups 3 h/day", "session length 1h 05m", "room 4H12",
                                  "sleeps 4-5 h"])
def test_hours_counted_or_a_room_number_stay_as_written(text):
    assert hour_letter_clocks(text) == text


@pytest.mark.parametrize("head", ["Date / DOS : 04/02/2026   Début / Start : 14h00   Fin / End : 14h56   CPT 90837",
                                  "DOS 04/02/2026   de 14h00 à 14h56   CPT 90837",
                                  "DOS 04/02/2026   Inizio / Start: 14 h 00   Fine / End: 14 h 56   CPT 90837"])
def test_start_and_end_with_the_letter_h_are_clock_times(head):
    found = names(_note(head), payer="Medicare")
    assert not {"minutes_missing", "start_stop_times_missing", "minutes_code_mismatch"} & found


@pytest.mark.parametrize("length", ["Durée : 56 min", "Dauer: 56 Min.", "Süre: 56 dk"])
def test_an_unglossed_length_label_gives_the_session_length(length):
    assert "minutes_missing" not in names(_note("DOS 04/02/2026   CPT 90837   POS 11\n" + length))


# --- plan names and review words in other languages --------------------------------------------------------------
PLANLESS = BODY.replace("Treatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n", "{}\n")
HEAD = "DOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11"


@pytest.mark.parametrize("plan", [
    "Plan (plan de traitement du 10/11/2025) : hebdomadaire.\n  Objectifs / Goals : GAD-7 < 8 ; dormir 6 h.",
    "Piano di trattamento del 06/01/2026: settimanale. Obiettivi / Goals: GAD-7 < 8.",
    "Plano de tratamento (revisado em 02/02/2026): semanal. Metas / Goals: GAD-7 < 8.",
    "Plan: weekly (révisé le 07/01/2026). Goals: GAD-7 < 8; back at choir twice a month.",
])
def test_a_plan_dated_in_another_language_is_dated(plan):
    assert "plan_review_date_missing" not in names(_note(HEAD, PLANLESS.format(plan)))


@pytest.mark.parametrize("plan", [
    "Piano di trattamento: settimanale. Obiettivi / Goals: GAD-7 < 8.",
    "Plan de traitement : hebdomadaire. Objectifs / Goals : GAD-7 < 8.",
    "Plano de tratamento: semanal. Metas / Goals: GAD-7 < 8; volta ao coral.",
])
def test_a_plan_named_in_another_language_without_a_date_still_lacks_one(plan):
    assert "plan_review_date_missing" in names(_note(HEAD, PLANLESS.format(plan)))


# --- goals under a heading that dates them in brackets -------------------------------------------------------------
@pytest.mark.parametrize("heading", [
    "Recommendation (IOP referral 01/23/2026): adult IOP 3 days/week, about 4-6 weeks.",
    "Step-down recommendation (agreed 03/02/2026): every other week.",
    "Disposition (03/02/2026, with her mother): PHP at Cedar Ridge.",
])
def test_goals_indented_under_a_heading_dated_in_brackets_are_dated(heading):
    plan = heading + "\n  Goals: GAD-7 < 8; no missed workdays for 4 weeks."
    assert "plan_review_date_missing" not in names(_note(HEAD, PLANLESS.format(plan)))


@pytest.mark.parametrize("plan", [
    "Session (03/02/2026): reviewed the week.\n  Goals: GAD-7 < 8; no missed workdays.",
    "Recommendation (IOP referral 01/23/2026): adult IOP.\nGoals: GAD-7 < 8; no missed workdays.",
    "Recommendation (IOP referral): adult IOP 3 days/week.\n  Goals: GAD-7 < 8; no missed workdays.",
])
def test_a_visit_heading_an_unindented_goal_or_an_undated_heading_dates_nothing(plan):
    assert "plan_review_date_missing" in names(_note(HEAD, PLANLESS.format(plan)))


# --- creative-arts therapists' credentials --------------------------------------------------------------------------
@pytest.mark.parametrize("signed", ["Signed: R. Quon, RDT, LCAT", "Signed: Mina Castellane, ATR-BC",
                                    "Signed: Jules Park, MT-BC", "Signed: Lena Ortiz, BC-DMT"])
def test_a_creative_arts_credential_is_a_credential(signed):
    assert "credentials_missing" not in names(_note(HEAD, signed=signed))


@pytest.mark.parametrize("signed", ["Signed: Lcat Moreno", "Signed: Art Atrides", "Signed: Dana Whitcomb"])
def test_a_name_that_looks_like_a_credential_is_still_no_credential(signed):
    assert "credentials_missing" in names(_note(HEAD, signed=signed))


# --- an activity grid's Purpose column ---------------------------------------------------------------------------
GRID = ("| Activity | {} |\n|---|---|\n| Warm-up: mirroring | engagement / body awareness |\n"
        "| Role rehearsal: calling his brother | improved confidence with family |\n")
NO_RESPONSE = "Techniques: role rehearsal, role reversal.\nRisk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026.\n"


@pytest.mark.parametrize("column", ["Purpose", "Aim", "Rationale"])
def test_what_an_activity_was_for_is_no_response(column):
    assert "progress_missing" in names(_note(HEAD, GRID.format(column) + NO_RESPONSE))


@pytest.mark.parametrize("column, extra", [
    ("Client response", ""),
    ("Purpose", "Response: rehearsed the call twice and said it felt doable.\n"),
    ("Outcome", ""),
])
def test_a_response_column_or_a_response_line_is_still_progress(column, extra):
    assert "progress_missing" not in names(_note(HEAD, GRID.format(column) + NO_RESPONSE + extra))


# --- mentalization-based treatment's moves ------------------------------------------------------------------------
PLAIN = "Response: calmer by the end.\nRisk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026.\n"


@pytest.mark.parametrize("line", [
    "Planned hour: mentalizing the relationship (how she imagines I see her lateness).",
    "Worked the argument with her sister through stop-and-rewind on the 9 pm texts.",
    "Affect focus on the shame in the room; named the pretend mode when it came.",
    "Crisis plan revised with her: pharmacy trigger added.",
])
def test_mentalization_moves_are_interventions(line):
    assert "interventions_missing" not in names(_note(HEAD, line + "\n" + PLAIN))


@pytest.mark.parametrize("line", [
    "Talked about her week at the Lakeview Mentalization Program.",
    "Content: sister's visit went ok; applied to two jobs.",
    "She wants a crisis plan some day.",
])
def test_a_program_name_or_a_talk_about_the_week_names_no_intervention(line):
    assert "interventions_missing" in names(_note(HEAD, line + "\n" + PLAIN))


# --- a deferred diagnosis ------------------------------------------------------------------------------------------
PLAIN_BODY = BODY.replace("GAD-7", "anxiety 3/10")


@pytest.mark.parametrize("dx", ["Impression: diagnosis deferred - full assessment next visit.\n", "Dx: to be determined\n",
                                "Diagnosis: Dx deferred pending school records\n"])
def test_a_diagnosis_field_that_defers_the_diagnosis_names_none(dx):
    assert "diagnosis_missing" in names(_note(HEAD, PLAIN_BODY, dx=dx))


@pytest.mark.parametrize("dx", ["Dx: F41.1 GAD (R/O PTSD deferred)\n", "Impression: generalized anxiety disorder\n",
                                "Diagnosis: social anxiety disorder; personality dx deferred\n"])
def test_a_diagnosis_beside_a_deferred_one_is_still_a_diagnosis(dx):
    assert "diagnosis_missing" not in names(_note(HEAD, PLAIN_BODY, dx=dx))


# --- the modality set off by a dash or named by a field's label -----------------------------------------------------
TELE = ("Client location: at home, Erie PA\nTelehealth consent: verbal, documented today\n")


@pytest.mark.parametrize("head", [
    "FOLLOW-UP VISIT - TELEPHONE (video link failed)\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834-95   POS 10",
    "Counseling note\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834-95   POS 10\nVisit type: telephone",
    "Weekly session, week 4 of 12 - phone\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834-95   POS 10",
])
def test_a_phone_session_named_by_a_dash_or_a_label_needs_the_audio_modifier(head):
    assert "audio_only_modifier_missing" in names(_note(head, TELE + BODY))


@pytest.mark.parametrize("head", [
    "Group: adult DBT skills, week 9 of 24 - video (clinic platform)\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11",
    "Counseling note\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11\nmode: video - client at home; snow day",
    "Session 7 - Zoom\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11",
])
def test_a_video_session_named_by_a_dash_or_a_label_needs_the_telehealth_codes(head):
    assert "telehealth_pos_modifier_missing" in names(_note(head, BODY))


@pytest.mark.parametrize("head", [
    "Follow-up visit - in person\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11",
    "Harbor Counseling - Phone 555-0147\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11",
    "Counseling note\nDOS 03/02/2026   Start 2:00 pm   End 2:50 pm   CPT 90834   POS 11\nPreferred contact: phone",
])
def test_a_phone_number_an_in_person_title_or_a_contact_preference_is_no_modality(head):
    found = names(_note(head, BODY))
    assert not {"audio_only_modifier_missing", "telehealth_pos_modifier_missing"} & found


# --- a pasted commit's diff ----------------------------------------------------------------------------------------
COMMIT = ("commit 1f07b9a43ce2d58e0a6b7c914d2f3e8a5b6c7d90\nAuthor: Jo Rand <jo@example.org>\n\n    session 4\n\n"
          "diff --git a/notes/2026-03-02.md b/notes/2026-03-02.md\nindex 0000000..43ce2d5\n--- a/notes/2026-03-02.md\n"
          "+++ b/notes/2026-03-02.md\n@@ -1,3 +1,4 @@\n {}\n")


def test_a_diff_s_added_and_context_lines_are_read_without_their_marks():
    text = COMMIT.format("DOS 03/02/2026\n-Signed: draft\n+Signed: Jo Rand, LPC\n+CPT 90834")
    assert patch_as_note(text).splitlines()[-3:] == ["DOS 03/02/2026", "Signed: Jo Rand, LPC", "CPT 90834"]
    assert "index 0000000..43ce2d5" not in patch_as_note(text) and "Signed: draft" not in patch_as_note(text)


@pytest.mark.parametrize("text", ["- item one\n+ item two\n--- divider", "Plan:\n+ weekly CBT\n- no meds",
                                  "@@ not a hunk @@\n+x"])
def test_text_without_a_hunk_header_stays_as_written(text):
    assert patch_as_note(text) == text


@pytest.mark.parametrize("signed", ["Signed: Jo Rand, LPC", "Signed-off-by: Jo Rand, LPC", "Electronically signed: Jo Rand, LPC"])
def test_a_note_added_by_a_commit_is_checked_as_the_note(signed):
    lines = _note(HEAD, signed=signed).splitlines()
    note = COMMIT.format(lines[0]) + "\n".join("+" + ln for ln in lines[1:])
    assert not {"signature_missing", "credentials_missing", "minutes_missing"} & names(note)


# --- Markdown tables without outer pipes -----------------------------------------------------------------------------
@pytest.mark.parametrize("table", [
    "Date       | Start | End   | Min | CPT\n-----------|-------|-------|-----|------\n03/02/2026 | 10:05 | 10:37 | 32  | 90832",
    "Date | Begin | End | Code\n:---|:---:|---:|---\n03/02/2026 | 10:05 | 10:37 | 90832",
    "DOS | Start | End\n--- | --- | ---\n03/02/2026 | 10:05 AM | 10:37 AM",
])
def test_a_pipe_table_without_outer_pipes_gives_its_row_s_times(table):
    rows = table_cells(table.splitlines())
    assert len(rows) == 1 and "10:05" in " ".join(rows[0][0].values())
    body = BODY.replace("Treatment plan", "CPT 90832. Treatment plan")
    assert "minutes_missing" not in names(_note("Service log\n" + table, body))


@pytest.mark.parametrize("lines", [
    ["Client: A. Lee | DOS 03/02/2026 | video", "Dx: F41.1 | GAD-7 12 | plan weekly"],
    ["a | b | c", "not a delimiter row"],
    ["Mood | Sleep | Appetite", "- fair", "- poor"],
])
def test_pipes_without_a_delimiter_row_are_no_table(lines):
    assert table_cells(lines) == []


# --- a rating scale's informant --------------------------------------------------------------------------------------
IC_HEAD = "DOS 03/02/2026   Start 3:00 pm   End 3:50 pm   CPT 90834, 90785   POS 11\n"


@pytest.mark.parametrize("line", ["Vanderbilt (teacher) inattentive items 6/9 on 02/26/2026.",
                                  "Conners 3 teacher form: T = 71.", "Teacher-rated SNAP-IV total 38 last week."])
def test_the_teacher_who_filled_in_a_rating_is_no_party_in_the_session(line):
    note = IC_HEAD + DX + "Mother and an interpreter joined for the last 10 minutes.\n" + line + "\n" + BODY + SIGNED
    assert "interactive_complexity_reason_missing" in names(note)


@pytest.mark.parametrize("line", ["His teacher joined by phone to agree on the classroom plan.",
                                  "The parents argued over the point chart and I had to stop the session twice.",
                                  "The school counselor attended to report the incident."])
def test_a_party_in_the_session_still_supports_interactive_complexity(line):
    note = IC_HEAD + DX + line + "\n" + BODY + SIGNED
    assert "interactive_complexity_reason_missing" not in names(note)


# --- a listing of other visits' codes above the note ------------------------------------------------------------
LISTING = ("Notes awaiting signature:\n  Client | DOS        | Service\n  W.E.   | 01/06/2026 | 90791 Intake\n"
           "  W.E.   | 01/13/2026 | 90834 Psychotherapy\n")


@pytest.mark.parametrize("own", ["DOS: 01/06/2026    9:00-10:05 AM    90791 Diagnostic evaluation",
                                 "Date of service: 01/06/2026   CPT 90791   9:00-10:05 AM",
                                 "DOS 2026-01-06   9:00-10:05 AM   90791"])
def test_a_code_on_a_row_dated_another_day_is_another_visit_s(own):
    note = LISTING + own + "\n" + DX + BODY + SIGNED
    assert "minutes_code_mismatch" not in names(note)
    assert any("01/13/2026" in ln for ln in other_visit_lines(note))


@pytest.mark.parametrize("note", [
    "DOS: 01/06/2026  CPT 90834  9:00-10:05 AM\nClaim submitted 01/08/2026",
    "Visits: 01/06/2026 90834; 01/13/2026 90834\nTime 9:00-10:05 AM",
    "DOS: 01/06/2026\n01/06/2026 | 90834 | 9:00-10:05 AM\n01/13/2026 | 90834 | 9:00-9:50 AM",
])
def test_codes_are_kept_with_one_dated_line_no_date_of_service_or_a_row_of_the_note_s_own_date(note):
    assert fires("minutes_code_mismatch", note + "\n" + DX + BODY + SIGNED)


# --- ADHD presentation told by its symptom counts -------------------------------------------------------------------
ADHD = "Dx: F90.9 Attention-deficit hyperactivity disorder, unspecified type\n"


@pytest.mark.parametrize("line", [
    "Vanderbilt parent - inattentive 7/9, hyperactive-impulsive 7/9.",
    "DSM-5 count: inattention 6 of 9; hyperactivity/impulsivity 2 of 9.",
    "Hyperactive-impulsive symptoms 6/9 and inattentive symptoms 4/9 at home and school.",
])
def test_symptom_counts_in_both_domains_are_the_detail_for_the_presentation(line):
    assert "diagnosis_unspecified" in names(_note(HEAD, line + "\n" + BODY, dx=ADHD))


@pytest.mark.parametrize("line, dx", [
    ("Vanderbilt parent - inattentive 7/9.", ADHD),
    ("Inattentive symptoms noted; hyperactivity not assessed yet.", ADHD),
    ("Vanderbilt parent - inattentive 7/9, hyperactive-impulsive 7/9.", "Dx: F90.2 ADHD, combined presentation\n"),
])
def test_one_domain_or_a_specific_code_raises_no_unspecified_finding(line, dx):
    assert "diagnosis_unspecified" not in names(_note(HEAD, line + "\n" + BODY, dx=dx))


# --- the client's place ending in a town and state ------------------------------------------------------------------
VIDEO_HEAD = "DOS 03/02/2026   VIDEO - {}\nStart 2:00 pm   End 2:50 pm   CPT 90834-95   POS 10\nTelehealth consent on file.\n"


@pytest.mark.parametrize("place", ["client in the station 4 bunk room, Redding, CA (door closed)",
                                   "patient at the Lakeview shelter's quiet room, Gary, Indiana",
                                   "client from the night-shift break area, Sioux Falls, SD"])
def test_a_place_that_ends_in_a_town_and_state_is_the_client_s_location(place):
    assert "telehealth_location_missing" not in names(VIDEO_HEAD.format(place) + DX + BODY + SIGNED)


@pytest.mark.parametrize("place", ["client in 2019 moved to Fresno, CA", "clinician in the office, Redding, CA",
                                   "secure platform"])
def test_a_year_the_clinician_s_place_or_a_platform_is_no_client_location(place):
    assert "telehealth_location_missing" in names(VIDEO_HEAD.format(place) + DX + BODY + SIGNED)
