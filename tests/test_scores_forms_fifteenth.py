"""An item table under an instrument's title, one column per administration and a total or average row at the
bottom, gives the instrument's score on each date (examples written here, three layouts)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note, expected", [
    ("DLA-20 scoring summary\n #  Domain                 04/08/2025  09/16/2025  comment\n 1  Health practices           3          4       ok\n"
     " 2  Housing                    2          4\n 3  Communication              4          4\n    AVERAGE                   3.0        3.8",
     [("DLA-20", 3.0, "04/08/2025"), ("DLA-20", 3.8, "09/16/2025")]),
    ("PHQ-9 by item\nItem        01/05/2025   02/05/2025\n1 Interest      2          1\n2 Mood          3          1\nTOTAL          19         11",
     [("PHQ-9", 19, "01/05/2025"), ("PHQ-9", 11, "02/05/2025")]),
    ("SCARED (parent) items\n| # | item | 3/1/2025 | 4/12/2025 |\n|---|---|---|---|\n| 1 | worry | 2 | 1 |\n| | Total | 41 | 28 |",
     [("SCARED", 41, "3/1/2025"), ("SCARED", 28, "4/12/2025")]),
])
def test_a_total_row_under_a_titled_item_table(note, expected):
    assert [(m.instrument, m.score, m.date) for m in extract_facts([note]).measures] == expected
    assert extract_facts([note]).trends


def test_an_item_table_without_a_total_row_gives_no_total():
    note = "PHQ-9 by item\nItem        01/05/2025   02/05/2025\n1 Interest      2          1\n2 Mood          3          1"
    assert not [m for m in extract_facts([note]).measures if m.instrument == "PHQ-9" and m.score in (5, 2)]
