"""Letter and table classes found at the start of the twenty-eighth session (the twenty-seventh set's second case
batch), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.tables import find_tables
from letter_facts import scores as _scores, status as _status


# -- an aligned table whose last column wraps onto indented lines of its own --------------------------------------
WRAPPED = [
    ("Date        Wt    BP       Notes\n"
     "03/02/2026  61    118/70   Tired, skipping lunch at work.\n"
     "                             Says the new shift is the reason.\n"
     "03/16/2026  60    116/72   Missed two shifts this week.\n"
     "03/30/2026  62    120/74   Back to full days.\n", 3),
    ("Visit       Dose     Side effects   Comment\n"
     "01/05/2026  50 mg    none           Started sertraline; agreed to keep\n"
     "                                     a sleep diary.\n"
     "01/19/2026  100 mg   nausea         Nausea in the first week, then\n"
     "                                     settled. Sleep 6 h.\n", 2),
    ("When        PHQ-9   GAD-7   Remarks\n"
     "02/03/2026  18      14      Hard week; argued with his brother\n"
     "                            twice and left work early.\n"
     "02/17/2026  15      12      Better; walked the dog daily.\n", 2),
]


@pytest.mark.parametrize("text,rows", WRAPPED)
def test_an_aligned_tables_wrapped_last_column_stays_in_its_row(text, rows):
    tables = find_tables(text.split("\n"))
    assert len(tables) == 1 and len(tables[0].rows) == rows
    last = tables[0].header[-1]
    assert all(not r.text.startswith(" ") for r in tables[0].rows)
    assert any(len(r.get(last).split()) >= 6 for r in tables[0].rows)  # the wrapped words joined their row's cell


def test_scores_in_a_table_with_wrapped_remarks_keep_their_dates():
    assert ("PHQ-9", 15, "02/17/2026") in _scores(WRAPPED[2][0])
    assert ("GAD-7", 14, "02/03/2026") in _scores(WRAPPED[2][0])


@pytest.mark.parametrize("text", [
    "Date        PHQ-9   Notes\n02/03/2026  18      Hard week.\n\nPlan: continue weekly CBT.",
    "Date        PHQ-9   Notes\n02/03/2026  18      Hard week.\n    (scores self-reported)",
    "Date        PHQ-9   Notes\n02/03/2026  18      Hard week.\nSeen with her mother today.",
])
def test_a_line_after_the_table_that_is_not_under_its_last_column_is_not_a_wrap(text):
    table = find_tables(text.split("\n"))[0]
    assert len(table.rows) == 1 and table.rows[0].get("Notes") == "Hard week."


# -- a remark cell of a dated row is dated by the row ---------------------------------------------------------------
@pytest.mark.parametrize("text,score,date", [
    ("Date        BP       Comments\n04/02/2026  118/70   Seen. EPDS 14 today, tearful.\n", ("EPDS", 14), "04/02/2026"),
    ("Date        Wt    Note\n05/11/2026  58    PHQ-9 of 17; sleeping 4 h a night.\n", ("PHQ-9", 17), "05/11/2026"),
    ("Date        Pulse   Remarks\n06/20/2026  88      GAD-7 12, worried about the move.\n", ("GAD-7", 12), "06/20/2026"),
])
def test_a_score_in_a_dated_rows_remark_gets_the_rows_date(text, score, date):
    assert (score[0], score[1], date) in _scores(text)


# -- a prenatal flowsheet's readings of the baby are not the client's scores ------------------------------------------
@pytest.mark.parametrize("header,cells", [
    ("Date        GA      FHR   FH(cm)   Comments", "03/10/2026  22w1d   148   21       Anxious about the scan."),
    ("Visit date  Gest age   FHT    Fundal height   Note", "03/10/2026  28w      150    27              Calmer."),
    ("Date        EFW    Fetal heart rate   Comments", "03/10/2026  1100   142                Slept better this week."),
])
def test_fetal_readings_in_a_flowsheet_are_no_scores(header, cells):
    names = {name.lower() for name, _, _ in _scores(header + "\n" + cells + "\n")}
    assert not names & {"fhr", "fht", "fh(cm)", "fundal height", "efw", "fetal heart rate", "ga", "gest age"}


# -- a Markdown table's header is the line above its rule, even when its first rows hold no number ---------------------
@pytest.mark.parametrize("text,expected", [
    ("| Measure | Date | Result |\n|---|---|---|\n| ASRS Part A | 2026-02-01 | 4 of 6 positive |\n"
     "| PHQ-9 | 2026-02-01 | 12 |\n", ("PHQ-9", 12, "2026-02-01")),
    ("| Scale | When | Score |\n|--------|------|-------|\n| C-SSRS | 03/04/2026 | negative |\n| GAD-7 | 03/04/2026 | 16 |\n",
     ("GAD-7", 16, "03/04/2026")),
    ("| Instrument | Date | Value |\n| :-- | :-- | --: |\n| AUDIT-C | 01/09/2026 | see note |\n| AUDIT | 01/09/2026 | 21 |\n"
     "| PCL-5 | 01/09/2026 | 44 (of 80) |\n", ("PCL-5", 44, "01/09/2026")),
])
def test_a_markdown_tables_header_is_the_line_above_its_rule(text, expected):
    tables = find_tables(text.split("\n"))
    assert tables and tables[0].header[0] in ("Measure", "Scale", "Instrument")
    assert expected in _scores(text)


# -- a row of dates heads a table whose first rows are text that wraps ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("                     02/01/2026     03/01/2026     04/01/2026\n"
     "C-SSRS               active SI,     passive        none\n"
     "                     no plan        only\n"
     "PHQ-A                19             15             11\n", [("PHQ-A", 15, "03/01/2026"), ("PHQ-A", 11, "04/01/2026")]),
    ("                  10/05/2025     11/02/2025     12/07/2025\n"
     "Mood (client)     low, flat      a bit          better most\n"
     "                                 brighter       days\n"
     "PHQ-9             21             17             12\n"
     "GAD-7             15             13             9\n", [("PHQ-9", 17, "11/02/2025"), ("GAD-7", 9, "12/07/2025")]),
    ("                     Jan 2026       Feb 2026\n"
     "Sleep               4-5 h,         6 h, fewer\n"
     "                    wakes often    wakings\n"
     "PCL-5               52             41\n", [("PCL-5", 41, None)]),
])
def test_a_row_of_dates_over_wrapped_text_rows_is_the_header(text, expected):
    got = _scores(text)
    for instrument, score, date in expected:
        assert any(i == instrument and s == score and (date is None or d == date) for i, s, d in got), got


# -- a label that runs into the first value with one space is split at the column --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("                      09/01/2026   10/01/2026\nPHQ-9 (self-report) 18            12\n", [("PHQ-9", 18, "09/01/2026")]),
    ("                        Intake   Week 6   Week 12\nGAD-7 total, past 2 wk 17       12       8\n", [("GAD-7", 17, None)]),
    ("                         01/10/2026   02/10/2026\nPCL-5, past month total 61           47\n", [("PCL-5", 61, "01/10/2026")]),
])
def test_a_row_label_run_into_its_first_value_is_split(text, expected):
    got = _scores(text)
    for instrument, score, date in expected:
        assert any(i == instrument and s == score and (date is None or d == date) for i, s, d in got), got


# -- the Wijma fear-of-childbirth questionnaire is in the catalog ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "W-DEQ A (fear of childbirth): 97 on 03/02/2026",
    "Scores 03/02/2026: W-DEQ-A 97, EPDS 11",
    "Wijma Delivery Expectancy Questionnaire 97 (03/02/2026)",
])
def test_the_w_deq_is_read(text):
    assert any(i == "W-DEQ" and s == 97 for i, s, _ in _scores(text))


# -- a session count in a sentence that opens with the sessions' frequency is the plan's length ------------------------
@pytest.mark.parametrize("text", [
    "Plan: CBT-I.\nTwice a week, 50-minute sessions, from 03/02 to the end of April - roughly 16 sessions.",
    "Plan: exposure work.\nWeekly, 60 minutes, in the office and then at the mall, about 12 sessions.",
    "Plan: DBT skills.\nEvery week, Tuesday evenings, 24 sessions.",
])
def test_a_count_of_sessions_in_a_sentence_opening_with_the_schedule_is_the_duration(text):
    assert _status(text, "frequency_duration").status == "met"


@pytest.mark.parametrize("text", [
    "Plan: CBT-I.\nTwice a week since January, 16 sessions attended so far.",
    "Plan: exposure work.\nWeekly since 02/2026; she has had 12 sessions to date.",
    "Plan: DBT skills.\nEvery week, 24 sessions completed.",
])
def test_a_count_of_sessions_held_is_no_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


# -- a timesheet's or leave record's hours are no scores ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "DATE     PUNCH IN  PUNCH OUT  HOURS  UPT USED\n03/02    08:58     17:01      8.0    0.0\n03/03    09:40     17:00      7.3    0.7\n",
    "Date        Shift      PTO taken   Sick hrs\n02/02/2026  day        4.0         0\n02/09/2026  day        8.0         2.5\n",
    "Week of      OT   Leave balance   FMLA used\n01/05/2026   2    31.5            6\n01/12/2026   0    25.5            12\n",
])
def test_a_timesheets_hours_are_no_scores(text):
    assert _scores(text) == []
    assert _status(text, "measure_trend").status == "missing"


@pytest.mark.parametrize("text,name", [
    ("Date        SMQ   Hours slept\n03/02/2026  14    5\n03/16/2026  9     7\n", "SMQ"),
    ("Date        Worry Index   PHQ-9\n03/02/2026  30            14\n03/16/2026  24            11\n", "Worry Index"),
    ("Date        BDEFS   Shift\n03/02/2026  61      day\n03/16/2026  55      night\n", "BDEFS-SF"),
])
def test_an_unknown_scale_beside_schedule_columns_is_still_read(text, name):
    assert any(i == name for i, _, _ in _scores(text))


# -- AsciiDoc notes: section titles, attributes and tables whose cells sit one per line --------------------------------
ADOC = [
    "= Review\n:client: A\n:payer: Medicaid\n\n== Scores\n\n[cols=\"2,1,1\",options=\"header\"]\n|===\n|Scale |03/01/2026 |04/01/2026\n\n"
    "|PHQ-9\n|19\n|12\n|===\n",
    "== Intake\nText.\n\n== Measures\n|===\n|Measure |Baseline |Week 8\n\n|GAD-7 (self-report)\n|16\n|9\n\n|PHQ-9\n|14\n|8\n|===\n",
    "[cols=\"1,1,1\"]\n|===\n|Date |PCL-5 |ISI\n\n|02/02/2026\n|55\n|20\n\n|03/02/2026\n|41\n|14\n|===\n",
]


@pytest.mark.parametrize("text,expected", [
    (ADOC[0], ("PHQ-9", 12)), (ADOC[1], ("GAD-7", 9)), (ADOC[2], ("PCL-5", 41)),
])
def test_an_asciidoc_table_with_a_cell_per_line_is_read(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


def test_asciidoc_titles_and_attributes_are_headings_and_fields():
    from assistant.letters.asciidoc import plain_asciidoc
    plain = plain_asciidoc("= Plan review\n:client: X\n:next-review: 05/01\n\n== Safety\nDenies SI.\n\n== Plan\nWeekly.\n")
    assert "Safety:" in plain and "Next review: 05/01" in plain and "== " not in plain


@pytest.mark.parametrize("text", [
    "Plain note.\n== not a title, one only\nText.",
    "Ratio 3:1 noted.\n:smile: once",
    "| a | b |\n|---|---|\n| 1 | 2 |",
])
def test_a_note_that_is_not_asciidoc_is_left_as_it_is(text):
    from assistant.letters.asciidoc import plain_asciidoc
    assert plain_asciidoc(text) == text


# -- a data frame printed by a notebook: an unnamed index column, numbers set flush right -----------------------------
@pytest.mark.parametrize("text,expected", [
    ("          date  phq9  gad7\n3 2026-01-05    18    15\n7 2026-02-02    12     9\n", [("PHQ-9", 12, "2026-02-02"), ("GAD-7", 15, "2026-01-05")]),
    ("        when  pcl5\n0 01/10/2026    52\n1 02/07/2026    40\n", [("PCL-5", 40, "02/07/2026")]),
    ("           date  madrs  ymrs\n12 2025-11-03     30     6\n19 2025-11-17     22     4\n", [("MADRS", 22, "2025-11-17")]),
])
def test_a_printed_data_frame_is_read_with_its_dates_and_no_index_scores(text, expected):
    got = _scores(text)
    for item in expected:
        assert item in got, got
    assert not any(i in ("Measure", "#") for i, _, _ in got)


# -- a screen's or scale's name written as a code column ("qids_sr16", "cssrs_screen") ---------------------------------
def test_snake_case_instrument_columns_are_kept_by_redaction():
    from assistant.phi.instruments import patterns
    always = patterns()[0]
    for name in ("qids_sr16", "cssrs_screen", "phq_9"):
        assert always.search(f'cols = ["date", "{name}"]'), name


# -- a denial of thoughts or plans to hurt others is a screen, not a plan still to come --------------------------------
@pytest.mark.parametrize("text", [
    "He denies thoughts of killing himself, and denies thoughts or plans to hurt anyone.",
    "Denies SI; no plans to hurt others.",
    "She denies wanting to be dead.",
])
def test_a_denial_of_plans_to_hurt_is_a_risk_screen(text):
    assert _status(text, "risk_assessment").status == "met"


@pytest.mark.parametrize("text", [
    "Plans to complete the C-SSRS at the next session.",
    "She says she wants to die some days.",
    "Will do a full risk assessment next week.",
])
def test_a_screen_still_to_come_or_a_wish_alone_is_no_screen(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- how often a substance is used, or a deadline to get something done, is no treatment schedule ----------------------
@pytest.mark.parametrize("text", [
    "Relapse potential: very high - daily use despite three overdoses; 12 weeks on probation.",
    "Plan: weekly sessions. Obtain a substance use evaluation within 30 days.",
    "Plan: weekly sessions; submit the court form within 10 days.",
])
def test_substance_use_frequency_or_a_task_deadline_is_no_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT, complete the protocol within 16 weeks.",
    "Weekly use of the workbook and DBT skills group for 16 weeks.",
    "Plan: weekly sessions within 12 weeks.",
])
def test_a_plan_length_told_with_within_or_use_of_still_counts(text):
    assert _status(text, "frequency_duration").status == "met"


# -- a placement still being sought makes an appeal pre-service ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bed search: Harbor House - next bed ~05/02; needs pre-cert.\nDenied residential on 04/20.",
    "Placement log: holding the bed to 05/02 if auth obtained.\nAppeal of the denial of residential.",
    "Pre-admission review: referred to PHP 04/12; payer denied PHP on 04/14.",
])
def test_a_placement_still_sought_is_a_pre_service_appeal(text):
    assert _status(text, "measure_trend", "appeal", "residential").status == "not_applicable"


def test_an_appeal_for_care_under_way_keeps_its_trend():
    text = "Residential day 30. PHQ-9 22 on 03/01/2026, 15 on 03/29/2026. Appeal of the concurrent denial."
    assert _status(text, "measure_trend", "appeal", "residential").status == "met"


# -- a hope for life and a signature are no treatment goals ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Protective: close to her grandmother, future goal of becoming a vet.",
    "Strengths: funny, loyal; his goal is to join the army someday.",
    "Reasons for living - her kids; career goal of nursing school.",
])
def test_a_hope_named_among_strengths_is_no_goal(text):
    assert extract_facts([text]).goals == ()


@pytest.mark.parametrize("text", [
    "Goals:\n- PHQ-9 below 10\n- back at work 4 days a week\nM. Ortiz, LCSW",
    "Goals:\n1. no self-harm for 30 days\n2. GAD-7 under 8\nJ. Park, PhD (primary therapist)",
    "Treatment goals:\n- 3 exposures a week\nDr. Lena Moss, PsyD",
])
def test_a_signature_under_the_goals_is_no_goal(text):
    goals = [g.text for g in extract_facts([text]).goals]
    assert goals and not any("LCSW" in g or "PhD" in g or "PsyD" in g for g in goals)


# -- when a session falls is not part of the approach's name; care of an earlier life stage is past ---------------------
@pytest.mark.parametrize("text,name", [
    ("Next art therapy session 07/10.", "art therapy"),
    ("Last narrative therapy session went well.", "narrative therapy"),
    ("Upcoming equine therapy on Friday.", "equine therapy"),
])
def test_a_sessions_timing_word_is_not_part_of_the_approach(text, name):
    from assistant.letters.approaches import modalities
    assert [s for _, s in modalities(extract_facts([text]))] == [name]


@pytest.mark.parametrize("text", [
    "Outpatient play therapy from age 7.",
    "She had art therapy as a child.",
    "EMDR in 2023 that he did not finish.",
])
def test_an_approach_of_an_earlier_life_stage_is_past(text):
    assert _status(text, "treatment_modality").status == "missing"


# -- the checklist quotes the catalog's instruments before columns it does not know -----------------------------------
def test_known_instruments_are_quoted_before_unknown_columns():
    text = ("| Date | PIM | RPQ |\n|---|---|---|\n| 03/01/2026 | 12 | 17 |\n| 04/01/2026 | 25 | 12 |\n")
    item = _status(text, "measure_trend")
    assert item.status == "met" and "RPQ" in str(item.signals)


# -- an aligned table's row is a row, not a sentence to quote --------------------------------------------------------
@pytest.mark.parametrize("text,row", [
    ("412 2025-10-06         21     34     4  passive_no_plan", True),
    ("03/02/2026  61    118/70   Tired, skipping lunch", True),
    ("Denies SI.  Sleeps 6 h.  Eats twice a day.  Walks.", False),
])
def test_an_aligned_row_is_a_row(text, row):
    from assistant.letters.tables import is_row
    assert is_row(text) is row


# -- a form drawn with box characters is read like one drawn with ASCII ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\u250c" + "\u2500" * 40 + "\u2510\n\u2502 6. Measures   Date         Score    \u2502\n\u2502    PHQ-9      03/02/2026   17       \u2502\n"
     "\u2502    PHQ-9      04/02/2026   11       \u2502\n\u2514" + "\u2500" * 40 + "\u2518\n", ("PHQ-9", 11, "04/02/2026")),
    ("\u2554" + "\u2550" * 40 + "\u2557\n\u2551 Scale      Date         Score     \u2551\n\u2551 GAD-7      01/05/2026   15        \u2551\n"
     "\u2551 GAD-7      02/05/2026   10        \u2551\n\u255a" + "\u2550" * 40 + "\u255d\n", ("GAD-7", 10, "02/05/2026")),
    ("\u250c" + "\u2500" * 30 + "\u2510\n\u2502 Measure   Date        Score \u2502\n\u251c" + "\u2500" * 30 + "\u2524\n"
     "\u2502 PCL-5     05/01/2026  44    \u2502\n\u2502 PCL-5     06/01/2026  31    \u2502\n\u2514" + "\u2500" * 30 + "\u2518\n", ("PCL-5", 31, "06/01/2026")),
])
def test_a_box_drawn_form_is_read(text, expected):
    assert expected in _scores(text)


# -- a name spelled out in brackets after the notes' own abbreviation keeps the abbreviation --------------------------
@pytest.mark.parametrize("text,surface", [
    ("CALIS-P (Child Anxiety Life Interference Scale, parent): 24", "CALIS-P"),
    ("PDSS (Panic Disorder Severity Scale): 17", "PDSS"),
    ("SSS-8 (Somatic Symptom Scale-8): 14", "SSS-8"),
])
def test_the_notes_own_abbreviation_is_the_surface(text, surface):
    assert [m.surface for m in extract_facts([text]).measures] == [surface]


# -- a percentage instrument with its percent sign after the value ----------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("Today (10/13/2026): %mBMI 81%.", 81), ("%EBW: 86 % at intake", 86), ("mBMI 79% on 03/02/2026", 79),
])
def test_a_percent_instrument_written_with_its_sign_after_the_value(text, value):
    assert any(s == value for _, s, _ in _scores(text))


# -- a lab series told with an arrow, a bracketed date with a word, and "today" ------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Weight: 52.3 kg (03/2026 well visit) -> 46.1 kg today (10/13/2026).", [("weight", 52.3, "03/2026"), ("weight", 46.1, "10/13/2026")]),
    ("Weight 61.0 kg (01/05/2026 intake) -> 63.2 kg now (02/02/2026).", [("weight", 63.2, "02/02/2026")]),
    ("Weight 98 lb (02/2026 clinic) -> 104 lb today (03/2026).", [("weight", 104, "03/2026")]),
])
def test_a_lab_series_with_an_arrow_keeps_both_readings(text, expected):
    got = _scores(text)
    for item in expected:
        assert item in got, got


# -- a dot leader of one dot after a long label --------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("  PDSS ........................................ 17\n  SDS - alcohol (Severity of Dependence Scale) . 9\n", ("SDS-dependence", 9)),
    ("  AUDIT ....................................... 21\n  Patient Health Questionnaire-9 (self-report) . 14\n", ("PHQ-9", 14)),
    ("  GAD-7 ....................................... 12\n  Penn State Worry Questionnaire (abbreviated) . 9\n", ("GAD-7", 12)),
])
def test_a_one_dot_leader_after_a_long_label(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


# -- a food record's and a day's intake are no scores -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Date        Meal        Est. kcal\n10/09/2026  breakfast   70\n10/09/2026  lunch       150\n",
    "Day         Calories   Servings\n10/09/2026  900        3\n10/10/2026  1100       4\n",
    "Date        Food         Grams\n10/09/2026  rice         40\n10/10/2026  pasta        55\n",
])
def test_a_food_records_intake_is_no_score(text):
    assert _scores(text) == []


@pytest.mark.parametrize("text", [
    "Estimated needs for weight restoration: 2,600-2,800 kcal/day",
    "Weight goal reached by eating 3,000 kcal a day.",
    "PHQ-9 item bank: 1,200 respondents in the norm sample.",
])
def test_a_number_with_a_thousands_separator_is_no_score(text):
    assert _scores(text) == []


# -- a coping step taken in place of the old behaviour is progress -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Twice this week she went to staff when the voices got loud instead of leaving the unit.",
    "Now calls his sponsor instead of drinking when the cravings hit.",
    "Used the ice-cube skill instead of cutting on three occasions.",
])
def test_a_coping_step_instead_of_the_old_behaviour_is_progress(text):
    assert _status(text, "progress").status == "met"


@pytest.mark.parametrize("text", [
    "He wants to call his mom instead of leaving, but has not yet.",
    "Went to the store instead of the gym.",
    "Chose pasta instead of rice.",
])
def test_a_wish_or_a_choice_of_errand_is_no_progress(text):
    assert _status(text, "progress").status == "missing"


# -- the payer's words quoted after a review named without "denied" are not the client's progress ---------------------
@pytest.mark.parametrize("text", [
    'Carelon concurrent review 03/02: PHP "no longer medically necessary; member can be managed at the IOP level."',
    'UR call 04/11 - reviewer: "symptoms improved, does not meet criteria for continued stay."',
    'Peer review outcome: "member is stable and can be served with outpatient care; no longer meets criteria."',
])
def test_a_reviewers_quoted_words_are_no_progress(text):
    assert _status(text, "progress").status == "missing"


def test_a_relatives_quoted_words_can_still_be_progress():
    assert _status('Mom says "she is calmer now and no longer hides in her room."', "progress").status == "met"


# -- an impression that leaves the diagnosis for later names none ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Impression: high distress on the K10 and poor sleep; full diagnostic evaluation to be completed.",
    "Impression: low mood since the move; diagnosis deferred pending testing.",
    "Impression: worry and poor sleep since the layoff; no formal diagnosis given yet.",
])
def test_an_impression_that_defers_the_diagnosis_names_none(text):
    assert _status(text, "diagnosis").status == "missing"


@pytest.mark.parametrize("text", [
    "Impression: adjustment disorder with anxiety.",
    "Impression: complicated grief; full diagnostic evaluation to be completed for PTSD.",
    "Assessment: F41.1 generalized anxiety disorder.",
])
def test_an_impression_that_names_a_diagnosis_still_counts(text):
    assert _status(text, "diagnosis").status == "met"


# -- co-parenting sessions are a named intervention --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: co-parenting sessions with both parents every other week.",
    "Co-parenting counseling, 6 sessions, ordered by the court.",
    "Weekly co-parenting work on handoffs and bedtime routines.",
])
def test_co_parenting_sessions_are_an_approach(text):
    assert _status(text, "treatment_modality").status == "met"


def test_a_co_parenting_app_is_no_approach():
    assert _status("Parents share a co-parenting app for the calendar.", "treatment_modality").status == "missing"


# -- a quotation or bracket the sentence opened is quoted to its close --------------------------------------------------
@pytest.mark.parametrize("sentence,note,expected", [
    ('He saw an EAP counselor 4 times ("we just talked',
     'He saw an EAP counselor 4 times ("we just talked; it didn\'t help"). Then nothing.', '("we just talked; it didn\'t help")'),
    ("Tried sertraline (stopped after 3 weeks",
     "Tried sertraline (stopped after 3 weeks; nausea). Now on nothing.", "(stopped after 3 weeks; nausea)"),
    ('Mom: "she cries every morning',
     'Mom: "she cries every morning; won\'t get in the car." School called twice.', '"she cries every morning; won\'t get in the car."'),
])
def test_a_quote_the_sentence_opened_is_read_to_its_close(sentence, note, expected):
    from assistant.letters.closers import with_closers
    assert with_closers(sentence, note).endswith(expected)


def test_a_bracket_closed_only_in_another_paragraph_is_left():
    from assistant.letters.closers import with_closers
    note = "Tried sertraline (stopped early\n\nPlan: weekly CBT (12 sessions)."
    assert with_closers("Tried sertraline (stopped early", note) == "Tried sertraline (stopped early"


# -- a vital sign's change is written as a trend only beside the diagnoses it follows -----------------------------------
def test_a_heart_rate_change_is_no_trend_beside_ptsd():
    from assistant.letters.score_lines import trends
    text = ("Dx: F43.12 PTSD, chronic.\nPCL-5 58 on 05/01/2026, 41 on 07/01/2026.\n"
            "Sleep study 04/22/2026: awakening from REM, HR 64 -> 118.")
    lines = trends(extract_facts([text]))
    assert any(line.startswith("PCL-5") for line in lines) and not any("heart" in line.lower() or line.startswith("HR") for line in lines)


def test_a_weight_change_is_a_trend_beside_an_eating_disorder():
    from assistant.letters.score_lines import trends
    text = "Dx: F50.01 anorexia nervosa, restricting.\nWeight 41.2 kg on 06/01/2026, 44.0 kg on 07/01/2026."
    assert any("weight" in line.lower() for line in trends(extract_facts([text])))


# -- a form's question under a section number asks, it documents nothing ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Section C - Did anyone in your household have access to your card?",
    "Part 2: Has the member been hospitalized in the past year?",
    "Q4) Is the applicant able to work full time?",
])
def test_a_forms_numbered_question_asks(text):
    from assistant.letters.patterns import asks
    assert asks(text)


# -- a form's furniture is paperwork, never the clinical narrative ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yes [ ] No If yes, explain: my son may have used it.", True),
    ("Member signature: J. Doe Date: 08/25/2026", True),
    ("FOR OFFICE USE ONLY ---------- 09/03 member called", True),
    ("She said yes to the plan and signed the release.", False),
    ("No self-harm since the last visit.", False),
    ("Mom checks [her phone] nightly.", False),
])
def test_a_forms_furniture_is_paperwork(text, expected):
    from assistant.letters.record_lines import paperwork
    assert paperwork(text) is expected


# -- this program's attendance count is no earlier care ----------------------------------------------------------------
@pytest.mark.parametrize("text,prior", [
    ("- Attended 11 of 12 program days (missed one for the dentist).", False),
    ("Made 9 out of 10 scheduled groups this month.", False),
    ("Attends all 5 IOP days; quiet in process group.", False),
    ("IOP 04-06/2025: attended 5 of 24 sessions, discharged for non-attendance.", True),
    ("Attended all 8 sessions of a DBT group in 2023.", True),
    ("She saw a counselor for 6 months in 2021.", True),
])
def test_this_programs_attendance_is_no_prior_treatment(text, prior):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.patterns import Segment
    assert bool(CHECKS["prior_treatment"](Segment(0, text, "", "", ""))) is prior


# -- a count of more sessions with no unit of its own, after the sessions it counts ---------------------------------------
@pytest.mark.parametrize("text,status", [
    ("Plan: weekly video sessions around his long-haul breaks, 12 more.", "met"),
    ("Plan: weekly sessions on Mondays, about 6 more.", "met"),
    ("Plan: sessions twice a week until the move, 8 more.", "met"),
    ("Plan: weekly sessions; 12 more minutes of homework a day.", "missing"),
    ("Weekly sessions so far, 3 more than last month.", "missing"),
])
def test_a_bare_count_of_more_sessions_is_the_duration(text, status):
    assert _status(text, "frequency_duration").status == status


# -- an abbreviation in brackets right after a name is that name, not another instrument ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Acrophobia Questionnaire (AQ) anxiety 68 on 09/29/2026", ("Acrophobia Questionnaire anxiety", 68)),
    ("Patient Health Questionnaire (PHQ-9): 14", ("PHQ-9", 14)),
    ("Generalized Anxiety Disorder scale (GAD-7) 12", ("GAD-7", 12)),
])
def test_an_abbreviation_in_brackets_after_a_name_is_the_same_name(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


# -- a workplace report's metrics are no scores --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "| Wk ending | Sched hrs | Adh % | Conf % | AUX min | Escal. |\n|---|---|---|---|---|---|\n| 08/02/25 | 40 | 83.1 | 91.0 | 62 | 4 |\n"
    "| 08/09/25 | 40 | 79.4 | 88.2 | 85 | 6 |\n",
    "Week      Calls   AHT min   QA avg\n09/06/25  310     7.2       71\n09/13/25  295     6.9       74\n",
    "Date        Tickets   SLA %   Events\n10/01/2025  41        92      3\n10/08/2025  38        95      2\n",
])
def test_a_workplace_reports_metrics_are_no_scores(text):
    assert _scores(text) == []


# -- an instrument's parts on indented lines under its name, the name written with its abbreviation ----------------------
@pytest.mark.parametrize("text,expected", [
    ("  Pediatric Symptom Checklist-17 (PSC-17), parent:\n     Internalizing ....... 7\n     Attention ....... 2\n", ("PSC-17 attention", 2)),
    ("Scores today:\n  Personal Report of Communication Apprehension (PRCA-24):\n     Public speaking ..... 27\n     Meetings ..... 19\n",
     ("PRCA-24 meetings", 19)),
    ("Pediatric Symptom Checklist-17 (PSC-17), teacher:\n   Externalizing ....... 9\n   Total ....... 15\n", ("PSC-17 externalizing", 9)),
])
def test_parts_under_an_instrument_named_with_its_abbreviation(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


# -- "Subscales:" after the sentence that named the instrument ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("PRCA-24 (today): total 96. Subscales: public speaking 29, meetings 24.", ("PRCA-24 meetings", 24)),
    ("SCARED parent report: total 41. Subscales: panic 9, separation 12.", ("SCARED Separation", 12)),
    ("PSC-17 today 15. Subscale scores: internalizing 6, attention 5.", ("PSC-17 attention", 5)),
])
def test_subscales_after_the_sentence_naming_the_instrument(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


def test_subscales_with_no_instrument_before_are_not_scores():
    assert _scores("Mood is low. Subscales: 3 of them were elevated.") == []


# -- a digit inside a name is no goal's number ------------------------------------------------------------------------
@pytest.mark.parametrize("goal,measurable", [
    ("Get back to 4-H", False), ("Drive on I-95 alone", False), ("Finish the K-12 forms", False),
    ("Back at 4-H meetings 2 times a month", True), ("PHQ-9 below 10", True), ("Walk 3 days a week", True),
])
def test_a_digit_inside_a_name_is_no_goals_number(goal, measurable):
    from assistant.letters.goals import is_measurable
    assert is_measurable(goal) is measurable


# -- catalog: PRCA-24, DAR-5, SAAI ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("PRCA-24 total 88 on 03/02/2026", "PRCA-24"), ("DAR-5: 18 on 03/02/2026", "DAR-5"),
    ("SAAI-P (parent) ..... 30 / 48 on 03/02/2026", "SAAI"),
])
def test_new_catalog_entries_are_read(text, name):
    assert any(i == name for i, _, _ in _scores(text))


# -- a title naming a pre-service appeal; money columns are no scores ----------------------------------------------------
def test_a_pre_service_title_and_a_fare_history_make_no_trend():
    text = ("DATE        TIME   LOCATION           TYPE     AMOUNT  BALANCE\n10/27/2025  08:02  Bus Rt 22          Tap on   -1.00   18.50\n"
            "10/28/2025  23:41  Orange Line        Tap on   -1.00   17.50\n\nIOP REQUEST -- PRE-SERVICE APPEAL WORKSHEET\nDenied IOP 11/06.")
    assert _status(text, "measure_trend", "appeal", "IOP").status == "not_applicable"
    assert _scores(text) == []


@pytest.mark.parametrize("text", [
    "Date        Item           Amount   Balance\n03/01/2026  groceries      42.10    310.00\n03/04/2026  pharmacy       12.00    298.00\n",
    "Week       Fare    Payments\n03/01/2026  2.50    1\n03/08/2026  5.00    2\n",
    "Date        Deposit   Withdrawal\n03/01/2026  200       40\n03/02/2026  0         60\n",
])
def test_money_columns_are_no_scores(text):
    assert _scores(text) == []


# -- earlier care told as "back then" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ('First episode in 1983 when the plant closed; he went to the Vet Center counselor "a handful of times" back then.', "met"),
    ("In those days she saw a church counselor every week.", "met"),
    ("Back then the school psychologist saw him weekly.", "met"),
    ("Back then he was fine and working.", "missing"),
])
def test_earlier_care_told_as_back_then(text, status):
    assert _status(text, "prior_treatment").status == status


# -- a labelled paragraph ends a heading's section that has no colon -------------------------------------------------------
def test_a_labelled_paragraph_ends_the_diagnoses_heading():
    text = ("Diagnoses\n  F33.1 Major depressive disorder, recurrent, moderate\n\n"
            "When he came in (June): stopped going to the retirees' breakfast; skipping meals; lets the phone ring out.")
    assert _status(text, "functional_impairment").status == "met"


# -- "Before this:" heads earlier care; a noun "plan" in quotes is no current care --------------------------------------
@pytest.mark.parametrize("text", [
    'Before this: met weekly with the school counselor from September to December 2025 and made a "morning plan."',
    "Help before: two sessions with a pastor last spring.",
    "Before this: saw a counselor at the old school in 2024, about 6 times.",
])
def test_before_this_heads_earlier_care(text):
    assert _status(text, "prior_treatment").status == "met"


# -- a label that ends by asking for the conditions names the step-down criteria ---------------------------------------
@pytest.mark.parametrize("text,status", [
    ("Step-down to PHP when: self-harm urges are handled with skills; the written safety agreement holds.", "met"),
    ("Discharge once: she manages mornings alone and attends school all week.", "met"),
    ("Step down when: TBD at the team meeting.", "missing"),
])
def test_a_label_ending_in_when_names_the_criteria(text, status):
    assert _status(text, "discharge_criteria", level="residential").status == status


# -- "tx:" is the plan's label --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "- tx: 12-wk CBT anger group -- relaxation, time-out. 90 min weekly, started 9/9.",
    "Tx: ERP weekly, 16 sessions.",
    "TX: DBT skills group weekly for 24 weeks.",
])
def test_tx_labels_the_plan(text):
    assert _status(text, "frequency_duration").status == "met"


# -- a row that ends in its value is finished; the lower-case line under it starts anew ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("dar-5 (anger):\n   8/26    22\n   9/23    19\n  10/21    15\nbuss-perry total (8/26): 104\n", ("DAR-5", 15)),
    ("PHQ-9:\n  09/01    18\n  10/01    12\nmood better per mom.\n", ("PHQ-9", 12)),
    ("GAD-7:\n  01/05    15\n  02/02    9\nsleep still poor.\n", ("GAD-7", 9)),
])
def test_a_row_ending_in_its_value_does_not_run_on(text, expected):
    assert any((i, s) == expected for i, s, _ in _scores(text))


# -- a denial quoted in a contact log's row is the denial an appeal answers ------------------------------------------
@pytest.mark.parametrize("note,payer", [
    ("BED SEARCH LOG\n10/21\tRiverbend\twaitlist\tnext bed 11/03\n10/24\tMagellan UM\tDENIED\t\"does not meet criteria for 3.5; can be treated at IOP\"\n",
     "Magellan"),
    ("| Date | Who | Outcome | Notes |\n|---|---|---|---|\n| 03/02 | Optum UR | denied | \"no longer meets criteria for PHP\" |\n", "Optum"),
    ("CALL LOG\n04/11  Carelon  DENIED  \"member can be served at a lower level of care\"\n04/12  Dr. Lee  p2p requested  pending\n", "Carelon"),
])
def test_a_denial_quoted_in_a_log_row_is_the_denial(note, payer):
    from assistant.letters.sections import denial_statements
    assert any("criteria" in s or "lower level" in s for s in denial_statements([note], payer))


def test_a_bare_denied_status_in_a_row_is_not_quoted_as_the_denial():
    from assistant.letters.sections import denial_statements
    note = "| Date | Claim | Status |\n|---|---|---|\n| 03/02 | 90837 | denied |\n| 03/09 | 90837 | paid |\n"
    assert denial_statements([note], "Aetna") == []


# -- a stretch longer than N days is no plan length -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: ASAM 3.5 with CBT; no stretch without use longer than 9 days since 2022.",
    "Plan: weekly CBT; nothing has kept him sober for more than 9 days.",
    "Plan: IOP; she has not gone fewer than 3 days between binges.",
])
def test_a_stretch_longer_than_n_days_is_no_duration(text):
    assert _status(text, "frequency_duration", level="IOP").status == "missing"


# -- a supervisor's or adviser's counseling is no treatment approach; CBT-E is its own --------------------------------
@pytest.mark.parametrize("text", [
    "DA FORM 4856 DEVELOPMENTAL COUNSELING FORM. Follow-up counseling 10/01.",
    "Career counseling at the college; academic counseling for the schedule.",
    "Debt counseling through the credit union; unit counseling by the squad leader.",
])
def test_a_supervisors_or_advisers_counseling_is_no_approach(text):
    from assistant.letters.approaches import modalities
    assert modalities(extract_facts([text])) == []


def test_cbt_e_is_named_and_backed_for_an_eating_disorder():
    from assistant.letters.approaches import evidence_base, modalities
    facts = extract_facts(["Dx: F50.02 anorexia nervosa, binge-purge type. Program: CBT-E 3x/week, DBT skills group daily."])
    assert ("CBT-E", "CBT-E") in modalities(facts)
    assert any(line.startswith("CBT-E") for line in evidence_base(facts))


# -- a name in the bracket after a coded diagnosis describes it; "atypical" is no other diagnosis ----------------------
@pytest.mark.parametrize("text,names", [
    ("Diagnosis: F50.89 Other specified feeding or eating disorder (atypical anorexia nervosa, with purging).",
     ["Other specified feeding or eating disorder"]),
    ("Dx: F43.10 PTSD (with panic attacks); generalized anxiety disorder.", ["PTSD", "generalized anxiety disorder"]),
    ("Dx: F32.1 MDD (recurrent, with anxious distress).", ["MDD"]),
])
def test_a_name_in_the_bracket_after_a_coded_diagnosis_is_no_other_diagnosis(text, names):
    assert [d.name for d in extract_facts([text]).diagnoses] == names


@pytest.mark.parametrize("text,status", [
    ("Voices: still daily, quieter.", "met"), ("Says the urges are quieter this week.", "met"),
    ("Session held in the quieter room.", "missing"), ("The unit was quieter tonight.", "missing"),
])
def test_quieter_is_progress_only_of_a_symptom(text, status):
    assert _status(text, "progress").status == status


# -- a lab's acronym that is also a word or a name is kept by redaction only before its value ---------------------------
def test_a_lab_acronym_that_is_a_word_is_kept_only_before_its_value():
    from assistant.phi.instruments import patterns
    always, _, scored = patterns()
    assert not always.search("her husband is still in Cap-Haitien") and not always.search("Ahi and her sister")
    assert scored.search("CAP 296 dB/m") and scored.search("AHI 3.2 /h")


# -- a full name with its abbreviation in brackets keeps both readings; the surface is the notes' short name -------------
@pytest.mark.parametrize("text,expected", [
    ("Spence Children's Anxiety Scale - Parent (SCAS-P) total: 52 on 05/20/2025", ("SCAS", "SCAS-P", 52)),
    ("Selective Mutism Questionnaire (SMQ), parent\n   School 0 of 18  |  Home 14 of 18  |  Total 16 of 51\n", ("SMQ", "SMQ", 16)),
    ("CALIS-P (Child Anxiety Life Interference Scale, parent): 24", ("CALIS", "CALIS-P", 24)),
])
def test_a_name_with_its_abbreviation_reads_the_score_under_the_short_name(text, expected):
    assert expected in [(m.instrument, m.surface, m.score) for m in extract_facts([text]).measures]


# -- a field with its own label or leader inside an aligned table's run is one cell -------------------------------------
def test_a_labelled_leader_line_after_an_aligned_table_keeps_its_score():
    text = ("Testing 10/06/2026\n  index                standard score   %ile   qualitative\n"
            "  Immediate Memory          78            7     borderline\n  TOTAL SCALE               79            8     borderline\n"
            "GDS-15 ........ 11   (10/06/2026)\nCaregiver: Zarit Burden Interview-12 (daughter) .... 22  (moderate-severe)\n")
    assert ("ZBI-12", 22) in [(i, s) for i, s, _ in _scores(text)]


def test_a_short_name_with_a_qualifier_before_the_spelled_out_name_is_kept():
    text = "Scores (10/20/2025)\n  PDSS ............... 17\n  SDS - alcohol (Severity of Dependence Scale) . 9\n  AUDIT-C ..... 6\n"
    assert ("SDS-dependence", "SDS - alcohol", 9) in [(m.instrument, m.surface, m.score) for m in extract_facts([text]).measures]
