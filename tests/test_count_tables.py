"""Tables of counts by month, pasted by a family or kept by the clinician: a column named by a number ("911",
"988") is still a column, the header row never becomes a sentence, a month in the first column is the row's
time point (never an instrument named "Aug"), and the redaction never reads "Aug      1" across the column gap
as a date (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.reading import segments
from assistant.letters.tables import find_tables

TABLES = [
    ("               911    crisis line    ER visits\nAug             1         3            1\nSep             2         5            1",
     ("911", "crisis line", "ER visits")),
    ("Month      988 texts    missed school days\nOct        4            6\nNov (so far)  2        3",
     ("988 texts", "missed school days")),
    ("            2025    2026    change\nJan         7       3       -4\nFeb         6       2       -4",
     ("2025", "2026", "change")),
]


@pytest.mark.parametrize("table, heads", TABLES)
def test_a_header_with_a_number_column_is_a_header(table, heads):
    found = find_tables(table.split("\n"))
    assert len(found) == 1
    assert all(h in found[0].header for h in heads)
    assert all(r.text.split()[0][:3] in ("Aug", "Sep", "Oct", "Nov", "Jan", "Feb") for r in found[0].rows)


@pytest.mark.parametrize("table, heads", TABLES)
def test_the_header_row_is_not_a_sentence(table, heads):
    note = "Counts from the family:\n" + table + "\nShe has stopped driving since the summer."
    texts = [s.text for s in segments([note])]
    assert not any(heads[-1] in t for t in texts)


@pytest.mark.parametrize("table, heads", TABLES)
def test_no_instrument_is_named_by_a_month_or_a_number(table, heads):
    facts = extract_facts(["Counts:\n" + table])
    names = {m.instrument for m in facts.measures}
    assert not names & {"Aug", "Sep", "Oct", "Nov (so far)", "Jan", "Feb", "911", "2025", "2026"}, names


@pytest.mark.parametrize("table", [
    "Week of     Steps/day   Stand hrs   Falls detected\nAug 17        4,210         9        0\nSep 14        3,380         8        0\n",
    "Month      calls to crisis line    ER visits\nOct        4                       1\nNov        2                       0\n",
    "Date     nights awake    meltdowns\n10/02    3               5\n10/09    2               4\n",
])
def test_a_table_with_no_instrument_gives_no_scores(table):
    assert not extract_facts(["Family's log:\n" + table]).measures


def test_a_count_column_beside_an_instrument_is_kept():
    table = "Date     PHQ-9    panic attacks\n10/02    18       5\n10/30    12       2\n"
    got = {(m.instrument, m.score) for m in extract_facts([table]).measures}
    assert {("PHQ-9", 18), ("PHQ-9", 12)} <= got and ("panic attacks", 2) in got, got


@pytest.mark.parametrize("text, dates", [
    ("SCAS-P total: <DATE_3>: 51     <DATE_4>: 34", ["<DATE_3>", "<DATE_4>"]),
    ("ECBI Intensity 150 on <DATE_1>, 132 on <DATE_2>", ["<DATE_1>", "<DATE_2>"]),
    ("SCAS-P GAD: <DATE_5>: 12, <DATE_6>: 8", ["<DATE_5>", "<DATE_6>"]),
])
def test_each_part_score_in_a_series_keeps_its_own_date(text, dates):
    assert [m.date for m in extract_facts([text]).measures] == dates


@pytest.mark.parametrize("row, value", [
    ("ECBI Intensity      182          151          (clinical cutoff 131)", 151),
    ("ECBI Problem        24           17           (cutoff 15)", 17),
    ("CGSQ global (Mom)   3.9          3.2          (1-5)", 3.2),
])
def test_a_remark_after_the_last_score_column_leaves_the_score(row, value):
    table = "Measures            <DATE_1>   <DATE_2>\n" + row + "\n"
    scores = [m.score for m in extract_facts(["Scores:\n" + table]).measures]
    assert value in scores and len(scores) == 2, scores
