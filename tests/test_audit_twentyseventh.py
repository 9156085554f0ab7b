"""The documentation audit on a twenty-seventh set of note shapes, examples written here (three or more per class):
an unspecified anxiety code is judged on detail nothing negates ("no panic attacks" is not the detail of a panic
disorder), and generalized worry told in plain words (worry about many things, worry that is hard to control, worry
on most days for months) is the detail that supports a specific anxiety code."""
from __future__ import annotations

import pytest

from assistant.audit.check import audit_case
from audit_notes import names

SIGNED = "Signed: Marisol Trent-Oyelaran, LPC"
HEAD = "DOS 05/11/2026   Start 10:00 AM   End 10:50 AM   CPT 90834   Office (POS 11)"
DX = "Dx: F41.9 Anxiety disorder, unspecified\n"
REST = ("Interventions: cognitive restructuring; paced breathing.\nResponse: practiced the breathing twice in session.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n" + SIGNED)


def _note(middle: str) -> str:
    return HEAD + "\n" + DX + middle + "\n" + REST


def _detail(note: str) -> str:
    found = [f for f in audit_case([note], "Aetna", []).findings if f.rule == "diagnosis_unspecified"]
    return found[0].detail if found else ""


@pytest.mark.parametrize("middle", [
    "Symptoms: no panic attacks, no compulsions.",
    "Denies panic attacks or agoraphobia.",
    "She has not had panic attacks since spring; no social anxiety either.",
])
def test_negated_detail_is_not_the_reason_for_a_specific_code(middle):
    assert "diagnosis_unspecified" not in names(_note(middle))


@pytest.mark.parametrize("middle, shown", [
    ('Presenting: worry "about everything" since January; no panic attacks.', "about everything"),
    ("Says the worrying is hard to control and jumps from topic to topic; denies panic attacks.", "hard to control"),
    ("Can't shut off the worry at night; restless, tense jaw.", "shut off"),
    ("Worries about money, the kids and her job most days for the past 8 months.", "most days"),
])
def test_generalized_worry_in_plain_words_is_the_detail_and_is_quoted(middle, shown):
    detail = _detail(_note(middle))
    assert shown in detail and "panic" not in detail


@pytest.mark.parametrize("middle", [
    "Worried about the driving test next week; otherwise settled.",
    "No worry reported this week.",
    "Denies excessive worry; sleep fine.",
])
def test_a_single_or_denied_worry_is_not_the_detail(middle):
    assert "diagnosis_unspecified" not in names(_note(middle))


# --- a database console's records (psql expanded display) are read as labelled fields ------------------------------
from assistant.audit.bilingual_labels import english_labels  # noqa: E402
from assistant.audit.db_records import psql_as_fields  # noqa: E402
from assistant.audit.form_choices import form_as_fields  # noqa: E402
from assistant.audit.plain_text import plain_note  # noqa: E402
from audit_notes import rules  # noqa: E402


def _psql(fields: list[tuple[str, str]]) -> str:
    body = "\n".join(f"{k:<14} | {v}" for k, v in fields)
    return f"clinic=# SELECT * FROM notes WHERE id = 7;\n-[ RECORD 1 ]--+------------------\n{body}\n\nclinic=# "


_PSQL_BASE = [("dos", "2026-03-02"), ("cpt", "90834"), ("start_time", "09:00:00"), ("end_time", "09:45:00"),
              ("dx_codes", "{F41.1}"), ("notes", "Practiced cognitive restructuring; she rated worry 6 -> 3 today.  +"),
              ("", "Plan reviewed 02/02/2026: GAD-7 under 8 by 06/30/2026."), ("risk", "denies SI/HI")]


@pytest.mark.parametrize("signer", [("signed_by", "Rhea Valdés-Moran, LMHC"), ("clinician", "Odell Pryce, LCSW"),
                                    ("author", "Tamsin Grieve, PsyD")])
def test_a_psql_record_names_its_date_code_minutes_and_signer(signer):
    note = _psql(_PSQL_BASE + [signer])
    text = psql_as_fields(note)
    assert "DOS: 2026-03-02" in text and "CPT: 90834" in text and "Dx codes: F41.1" in text.replace("DX", "Dx")
    found = {r for r, _ in rules(note, codes=["90834"])}
    assert not found & {"date_of_service_missing", "minutes_missing", "signature_missing", "diagnosis_missing"}


@pytest.mark.parametrize("empty", ["signed_by", "signer", "signature"])
def test_an_empty_signer_column_records_no_signature(empty):
    note = _psql(_PSQL_BASE + [(empty, ""), ("status", "in progress")])
    assert "signature_missing" in {r for r, _ in rules(note, codes=["90834"])}


@pytest.mark.parametrize("empty", [["start_time", "end_time", "duration_min"], ["duration_min"], ["minutes"]])
def test_empty_time_columns_record_no_minutes(empty):
    base = [(k, v) for k, v in _PSQL_BASE if k not in ("start_time", "end_time")]
    note = _psql(base + [(k, "") for k in empty] + [("signed_by", "Rhea Moran, LMHC")])
    assert "minutes_missing" in {r for r, _ in rules(note, codes=["90837"])}


@pytest.mark.parametrize("text", [
    "| Date | Code | Minutes |\n| 03/02 | 90834 | 45 |",
    "Client | Tomas R.\nDOS    | 03/02/2026",
    "-- RECORD of session --\nname | value",
])
def test_text_that_is_not_a_psql_record_is_left_as_written(text):
    assert psql_as_fields(text) == text


# --- a form's print view: the options chosen, the text boxes' text, paired labels split -----------------------------
_FORM = ("ACME TELETHERAPY - NOTE (print view)\n"
         "Client             Noor Haddad            DOB 01/02/1990\n"
         "Date of service    03/09/2026\n"
         "Start / End        {start} / {end}        Duration  {minutes} min\n"
         "CPT                90837\n"
         "Visit type         {visit}\n"
         "Place of service   {pos}\n"
         "Modifier           {modifier}\n"
         "Client location    [ {location} ]\n"
         "Diagnosis          [ F41.1 Generalized anxiety disorder ]\n"
         "Risk screen        \u25c9 No SI/HI   \u25cb Passive SI   \u25cb Active SI\n"
         "Interventions      \u2611 CBT   \u2610 DBT   \u2611 Exposure\n"
         "Client response    [ worry 7 -> 4 after the exposure ]\n"
         "Treatment plan     Dated [ 01/05/2026 ]   Goals [ GAD-7 under 8 by 06/30/2026 ]\n"
         "Signed             Idris Banerjee-Ode, LCSW    03/09/2026 6:20 PM\n")
_VIDEO = "\u25c9 Video   \u25cb Phone (audio only)   \u25cb In person"
_HOME = "\u25cb 02 Telehealth, not in home   \u25c9 10 Telehealth in patient's home   \u25cb 11 Office"
_OFFICE = "\u25cb 02 Telehealth, not in home   \u25cb 10 Telehealth in patient's home   \u25c9 11 Office"
_MOD95 = "\u2611 95   \u2610 93   \u2610 FQ   \u2610 None"
_NONE = "\u2610 95   \u2610 93   \u2610 FQ   \u2611 None"


def _form(**kw) -> str:
    values = dict(start="5:00 PM", end="5:55 PM", minutes="55", visit=_VIDEO, pos=_HOME, modifier=_MOD95,
                  location="Home - Tacoma, WA")
    values.update(kw)
    return _FORM.format(**values)


def test_a_print_view_reads_as_its_chosen_options():
    text = form_as_fields(_form())
    assert "Visit type: Video" in text and "Phone" not in text and "Active SI" not in text
    assert "Modifier: 95" in text and "Interventions: CBT, Exposure" in text
    assert "Start: 5:00 PM   End: 5:55 PM" in text and "Client location: Home - Tacoma, WA" in text


@pytest.mark.parametrize("kw, rule", [
    (dict(pos=_OFFICE, modifier=_NONE), "telehealth_pos_modifier_missing"),
    (dict(location="          ", pos=_OFFICE), "telehealth_location_missing"),
    (dict(start="5:00 PM", end="5:40 PM", minutes="40"), "minutes_code_mismatch"),
])
def test_what_a_print_view_chose_or_left_blank_is_checked(kw, rule):
    assert rule in {r for r, _ in rules(_form(**kw), codes=["90837"])}


def test_a_complete_print_view_has_no_telehealth_time_or_risk_finding():
    found = {r for r, _ in rules(_form(), codes=["90837"])}
    assert not found & {"telehealth_pos_modifier_missing", "telehealth_location_missing", "audio_only_modifier_missing",
                        "minutes_missing", "minutes_code_mismatch", "safety_plan_missing"}


@pytest.mark.parametrize("text", [
    "Plan:\n\u25cf weekly CBT\n\u25cf GAD-7 monthly",            # bullets, not buttons
    "Risk: SI [ ] yes [x] no\nInterventions: [x] CBT [ ] DBT",    # bracket boxes are read where they stand
    "Client: Noor Haddad\nDate of service: 03/09/2026\nPlan: weekly",
])
def test_notes_without_glyph_buttons_or_a_print_view_are_unchanged(text):
    assert form_as_fields(text) == text


# --- bilingual labels in a language spelled without accents -------------------------------------------------------
@pytest.mark.parametrize("line, english", [
    ("Saxiixa / Signature: Ayaan Warsame, LICSW", "Signature: Ayaan Warsame, LICSW"),
    ("Tarehe ya huduma / Date of service: 03/04/2026", "Date of service: 03/04/2026"),
    ("Waxa la sameeyay / Interventions: CPT worksheet", "Interventions: CPT worksheet"),
])
def test_a_label_in_words_english_does_not_use_reads_as_its_english_half(line, english):
    assert english_labels(line) == english


@pytest.mark.parametrize("line", ["Mood / affect: euthymic", "Date / time: 03/04/2026 10:00", "Hx / history: none",
                                  "Therapy / modality: CBT"])
def test_a_pair_of_english_labels_stays_as_written(line):
    assert english_labels(line) == line


# --- a word holding "signed" and a form signed at a line's end are no empty signature --------------------------------
@pytest.mark.parametrize("tail", ["Homework: thought records assigned", "Exposure ladder redesigned",
                                  "Consent: verbal today; telehealth consent form signed\n01/10/2026, in the chart"])
def test_a_line_ending_in_a_word_with_signed_is_not_a_blank_signature(tail):
    note = GOOD_NOTE.replace("{tail}", tail)
    assert "signature_missing" not in {r for r, _ in rules(note)}


@pytest.mark.parametrize("blank", ["Signed:", "Signature: ________", "Clinician signature:"])
def test_a_blank_signature_field_is_still_found(blank):
    note = GOOD_NOTE.replace("{tail}", "Homework: thought records assigned").replace(SIGNED, blank)
    assert "signature_missing" in {r for r, _ in rules(note)}


GOOD_NOTE = ("DOS 05/11/2026   Start 10:00 AM   End 10:50 AM   CPT 90834   Office (POS 11)\nDx: F41.1 Generalized anxiety\n"
             "Interventions: cognitive restructuring.\nResponse: worry 6 -> 3.\n{tail}\n" + REST.split("\n", 2)[2])


# --- dates written with dots and a two-digit year ------------------------------------------------------------------
@pytest.mark.parametrize("dated", ["TUE 09.29.26", "Session 29.09.26", "Seen 3.4.26 in the office"])
def test_a_dotted_date_with_a_two_digit_year_dates_the_session(dated):
    note = GOOD_NOTE.replace("DOS 05/11/2026   ", "").replace("{tail}", dated)
    assert "date_of_service_missing" not in {r for r, _ in rules(note)}


@pytest.mark.parametrize("text", ["app v1.2.26", "scores 2.5 and 3.5", "host 10.1.12.40"])
def test_version_numbers_and_decimals_are_no_dates(text):
    from assistant.audit.reading import dates_in
    assert dates_in(text) == []


# --- a code's own title gives no reason for a changed code ---------------------------------------------------------
@pytest.mark.parametrize("first, second", [
    ("F11.20 Opioid use disorder, severe", "F11.21 Opioid use disorder, severe, in early remission"),
    ("F10.20 Alcohol use disorder, moderate", "F10.21 Alcohol use disorder, moderate, in sustained remission"),
    ("F33.1 Major depressive disorder, recurrent, moderate", "F33.41 Major depressive disorder, recurrent, in partial remission"),
])
def test_a_remission_specifier_in_the_new_codes_title_is_no_reason(first, second):
    notes = [GOOD_NOTE.replace("F41.1 Generalized anxiety", first).replace("{tail}", ""),
             GOOD_NOTE.replace("F41.1 Generalized anxiety", second).replace("{tail}", "")]
    assert ("diagnosis_inconsistent", 1) in rules(*notes)


@pytest.mark.parametrize("reason", [
    "Diagnosis updated: no use for 4 months, so the remission specifier now applies.",
    "Recoded from F11.20 after today's reassessment.",
    "Dx now in early remission: no criteria met for 3+ months.",
])
def test_a_change_told_beside_the_new_code_is_still_a_reason(reason):
    notes = [GOOD_NOTE.replace("F41.1 Generalized anxiety", "F11.20 Opioid use disorder, severe").replace("{tail}", ""),
             GOOD_NOTE.replace("F41.1 Generalized anxiety", "F11.21 Opioid use disorder, severe, in early remission")
             .replace("{tail}", reason)]
    assert ("diagnosis_inconsistent", 1) not in rules(*notes)


# --- a diagnostic evaluation has no progress to report yet ----------------------------------------------------------
_INTAKE = ("Date: 03/02/2026   CPT {code}   9:00-10:05 AM   office\nPresenting: panic attacks since 2025, avoids driving.\n"
           "Dx: F41.0 Panic disorder\nRisk: denies SI/HI.\nPlan: CBT for panic weekly x 12; goal PDSS under 8 by 07/2026.\n"
           + SIGNED)


@pytest.mark.parametrize("code", ["90791", "90792", "96130"])
def test_an_evaluation_only_note_needs_no_progress(code):
    assert "progress_missing" not in names(_INTAKE.format(code=code), codes=[code])


@pytest.mark.parametrize("code", ["90834", "90837", "90791, 90834"])
def test_a_therapy_note_without_progress_is_still_found(code):
    assert "progress_missing" in names(_INTAKE.format(code=code), codes=[])


# --- a PTSD's duration in years with halves supports the chronic code ------------------------------------------------
@pytest.mark.parametrize("told", ["since the fire - about two and a half years, no break.",
                                  "Nightmares for a year and a half, worse in winter.",
                                  "Symptoms over the past 1.5 years since the assault."])
def test_years_and_a_half_of_ptsd_symptoms_are_the_detail(told):
    note = _note(told).replace("F41.9 Anxiety disorder, unspecified", "F43.10 Post-traumatic stress disorder")
    assert "diagnosis_unspecified" in names(note)


@pytest.mark.parametrize("told", ["Her son is 7 years old since March.", "Startle since the fire - 3 weeks.",
                                  "Married for two and a half years; no trauma symptoms reported."])
def test_other_years_are_not_the_ptsd_detail(told):
    note = _note(told).replace("F41.9 Anxiety disorder, unspecified", "F43.10 Post-traumatic stress disorder")
    assert "diagnosis_unspecified" not in names(note)


# --- one person named as seen alone says who attended a family session ----------------------------------------------
_FAMILY = ("DOS 04/06/2026   3:00-3:55 PM   CPT {code}   POS 11\nIdentified client: Marcus Lindqvist-Obi\nDx: F32.1\n"
           "{who}\nWorked on the pursue-withdraw cycle; reflected both positions.\nResponse: tearful, named the fear.\n"
           "Risk: denies SI/HI.\nPlan: weekly conjoint per 03/02/2026 plan; goal DAS-7 21+ by 07/2026.\n" + SIGNED)


@pytest.mark.parametrize("who", ["Marcus was stuck at work; met with Odile alone.", "Only Odile came today.",
                                 "Odile attended alone; he had a late shift."])
def test_the_partner_seen_alone_on_a_with_client_code_is_a_mismatch(who):
    found = names(_FAMILY.format(code="90847", who=who))
    assert "family_presence_mismatch" in found and "family_attendance_missing" not in found


@pytest.mark.parametrize("who", ["Met with Marcus alone while Odile was away.", "Only Marcus came today.",
                                 "Met with mother alone."])
def test_the_client_seen_alone_is_no_with_client_mismatch(who):
    found = names(_FAMILY.format(code="90847", who=who).replace("Identified client: Marcus", "Client: Marcus"))
    assert "family_attendance_missing" not in found
    if "Marcus" in who:
        assert "family_presence_mismatch" not in found


# --- a wrapped line's partial time range does not replace the header's session time ----------------------------------
@pytest.mark.parametrize("wrapped", ["and the vice principal\njoined 10:40-10:58 for the re-entry plan.",
                                     "and her aunt (foster carer)\ncame in 2:30-2:45 to hear the plan.",
                                     "with the interpreter, who\nwas on the line 10:15-10:25 only."])
def test_a_part_of_the_session_on_a_wrapped_line_is_not_its_length(wrapped):
    note = ("Date: 10/05/2026        Seen: Period 3 (10:12-10:58)        POS 03\nDx: F43.25\n"
            "Interventions: problem-solving with the caseworker " + wrapped + "\nResponse: calmer, agreed to the pass.\n"
            "Risk: denies SI/HI.\nPlan: weekly per 09/08/2026 plan; goal 1 referral a month by 05/2027.\n" + SIGNED)
    assert not names(note, codes=["90834"]) & {"minutes_code_mismatch", "minutes_missing"}


# --- a transcriber's bracketed remark is no title naming the therapy -----------------------------------------------
@pytest.mark.parametrize("remark", ["[Typed from the clinician's bullet journal, p. 12]",
                                    "[Transcribed from a handwritten journal page for the records request]",
                                    "[Copied from the paper chart; journal entry of the same day]"])
def test_a_bracketed_remark_names_no_intervention(remark):
    note = remark + "\nTUE 03.10.26  2:00-2:40  CPT 90834\nDx: F33.1\nBetter week; ate with his daughter.\n" \
        "Risk: denies SI.\nPlan: weekly per 02/02/2026 plan; goal GDS under 5 by 06/2026.\n" + SIGNED
    assert "interventions_missing" in names(note)


@pytest.mark.parametrize("title", ["EMDR SESSION RECORD", "CBT PROGRESS NOTE", "DBT INDIVIDUAL SESSION"])
def test_a_title_naming_the_therapy_still_counts(title):
    note = title + "\nTUE 03.10.26  2:00-2:40  CPT 90834\nDx: F33.1\nBetter week; ate with his daughter.\n" \
        "Risk: denies SI.\nPlan: weekly per 02/02/2026 plan; goal GDS under 5 by 06/2026.\n" + SIGNED
    assert "interventions_missing" not in names(note)


# --- a negation inside a closed bracket governs nothing after it ------------------------------------------------------
@pytest.mark.parametrize("told", ['Flashbacks since the crash ("it never stops") - so more than four years now.',
                                  "Startle and nightmares (not every night) for more than three years.",
                                  "Avoidance (no driving at first) over more than two years."])
def test_a_negated_aside_does_not_negate_the_duration_after_it(told):
    note = _note(told).replace("F41.9 Anxiety disorder, unspecified", "F43.10 Post-traumatic stress disorder")
    assert "diagnosis_unspecified" in names(note)


@pytest.mark.parametrize("told", ["Denies (passive or active) panic attacks.", "No (current) panic attacks.",
                                  "She has not had (any) panic attacks."])
def test_a_negation_before_an_aside_still_governs_after_it(told):
    assert "diagnosis_unspecified" not in names(_note(told))
