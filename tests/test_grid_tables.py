"""Grid tables drawn with + - | (Word, psql and EHR text exports): their rule lines, even when a border is wrapped
onto the sentence after it, are read in linear time, and the rows between them are read by their header."""

from __future__ import annotations

import signal

import pytest

from assistant.letters.tables import find_tables

GRID = """Exposure hierarchy (ERP), built 03/02:
+------+----------------------------------------------------------+------------+
| Step | Exposure                                                 | SUDS       |
+------+----------------------------------------------------------+------------+
| 1    | Touch the kitchen doorknob, no washing for 10 minutes    | 40         |
| 2    | Touch the bathroom doorknob, no washing for 30 minutes   | 60         |
+------+----------------------------------------------------------+------------+{tail}
Plan: weekly ERP."""


@pytest.fixture
def deadline():
    def fail(*_):
        raise TimeoutError("table reading did not finish")
    signal.signal(signal.SIGALRM, fail)
    signal.alarm(5)
    yield
    signal.alarm(0)


@pytest.mark.parametrize("tail", [
    "",
    " Steps 1-2 were done in session; step 3 is homework.",
    "\n" + "=" * 300 + " Page 2 of 3 - CONFIDENTIAL",
    "\n" + "-+" * 150 + " end of export",
])
def test_a_grid_table_is_read_whatever_follows_its_border(deadline, tail):
    tables = find_tables(GRID.format(tail=tail).split("\n"))
    assert len(tables) == 1
    rows = tables[0].rows
    assert [r.get("SUDS") for r in rows] == ["40", "60"]
    assert rows[0].get("Step") == "1"
