"""Letter and table classes found at the start of the twenty-eighth session (the twenty-seventh set's second case
batch), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.tables import find_tables


def _scores(text):
    return [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures]


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


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
