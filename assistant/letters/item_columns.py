"""An instrument's items rated at dated time points, set out in aligned columns under the instrument's title, with
group names between the items:

    CANS - Child and Adolescent Needs and Strengths
    Item                          Admission 01/20/2026     30-day 02/19/2026
    Behavioral/Emotional Needs
      Conduct                              3                        2

Each item row gives one score per dated column, named "<instrument> <item>". A line with no number and a few words is
a group name and the rows go on under it; anything else ends the grid. The title must name one instrument only."""
from __future__ import annotations

import re
from typing import Any, Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog, key_name
from assistant.letters.facts import Measure

Block = Any  # assistant.letters.reading.Block (reading imports the letter readers)
_CELLS = re.compile(r"\s{2,}|\t")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_LOOK_BACK = 6  # blocks above the header in which the title may stand


def _title(blocks: Sequence[Block], at: int) -> Any:
    """The one instrument a line just above the header names (and no other)."""
    for b in reversed(blocks[max(0, at - _LOOK_BACK):at]):
        if b.note_index != blocks[at].note_index:
            return None
        names = {h.instrument.name: h.instrument for h in catalog().names_in(b.text)}
        if len(names) == 1:
            return next(iter(names.values()))
        if len(names) > 1:
            return None
    return None


def _rated_by_item(inst: Any) -> bool:
    """An instrument with no total score of its own (CANS, a needs rating): its items are what a letter reports. A scale
    with a total range (PHQ-9) reports its total, read from the grid's total row by the table readers."""
    return inst is not None and inst.high is None


def item_column_measures(blocks: Sequence[Block]) -> list[Measure]:
    """Dated item scores of grids as the module docstring shows them."""
    out: list[Measure] = []
    for i, b in enumerate(blocks):
        if b.table is not None:  # a grid with no group names between its rows is read as a table
            out += _table_grid(blocks, i)
            continue
        if "\n" in b.text:
            continue
        cells = [c for c in _CELLS.split(b.text.strip()) if c]
        dates = [P.DATE.search(c) for c in cells[1:]]
        if len(cells) < 3 or not all(dates):
            continue
        inst = _title(blocks, i)
        if not _rated_by_item(inst):
            continue
        for row in blocks[i + 1:]:
            if row.note_index != b.note_index or row.table is not None or "\n" in row.text:
                break
            parts = [c for c in _CELLS.split(row.text.strip()) if c]
            if not re.search(r"\d", row.text) and len(row.text.split()) <= 5:
                continue  # a group name ("Risk Behaviors")
            values = parts[-len(dates):]
            if len(parts) != len(dates) + 1 or not all(_NUMBER.match(v) for v in values):
                break
            name = re.sub(r"\s*\([^()]*\)", "", parts[0]).strip(" :")
            out += [Measure(f"{key_name(inst)} {name}", float(v) if "." in v else int(v), d.group(0), row.note_index,
                            row.text.strip(), part=name) for v, d in zip(values, dates)]
    return out


def _table_grid(blocks: Sequence[Block], at: int) -> list[Measure]:
    """The same grid found as a table: a first column of items, the others dated."""
    table = blocks[at].table
    dates = [P.DATE.search(h) for h in table.header[1:]]
    if len(table.header) < 3 or not all(dates):
        return []
    inst = _title(blocks, at)
    named = sum(any(h.start == 0 for h in catalog().names_in(r.get(table.header[0]))) for r in table.rows)
    if not _rated_by_item(inst) or named * 2 >= len(table.rows):
        return []  # rows named by instruments ("PANSS Positive | 31 | 27") are the score table's own reading
    out = []
    for row in table.rows:
        name, values = row.get(table.header[0]), [row.get(h) for h in table.header[1:]]
        if not name or not all(_NUMBER.match(v) for v in values):
            continue
        name = re.sub(r"\s*\([^()]*\)", "", name).strip(" :")
        out += [Measure(f"{key_name(inst)} {name}", float(v) if "." in v else int(v), d.group(0), blocks[at].note_index,
                        row.text.strip(), part=name) for v, d in zip(values, dates)]
    return out

