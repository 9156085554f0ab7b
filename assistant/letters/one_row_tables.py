"""A table of one record: a header row and a single data row, as a spreadsheet row exported to TSV or pasted from a
tracker ("DOS<TAB>Dx<TAB>Plan ..." then "08/04/2026<TAB>F31.81<TAB>tx plan ..."). With one row there is no series to
read down a column; each cell is a field of the note, so it is written as "Header: value" on its own line and the
labels (Plan, Risk, Meds, Measures) tell the extractors what each cell is about. Tables of two rows or more are left to
tables.py.
"""
from __future__ import annotations

import re

_MIN_CELLS = 4


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _is_header(cells: list[str]) -> bool:
    """Short labels, almost none of them numbers or dates."""
    filled = [c for c in cells if c]
    return len(filled) >= _MIN_CELLS and all(len(c) <= 40 for c in filled) and \
        sum(bool(re.search(r"\d", c)) for c in filled) <= len(filled) // 4


def one_row_fields(note: str) -> str:
    """A note holding tab-separated one-row tables -> each as "Header: value" lines; any other note unchanged."""
    if "\t" not in note:
        return note
    lines = note.split("\n")
    out, i = [], 0
    while i < len(lines):
        head = _cells(lines[i]) if "\t" in lines[i] else []
        row = _cells(lines[i + 1]) if i + 1 < len(lines) and "\t" in lines[i + 1] else []
        after = _cells(lines[i + 2]) if i + 2 < len(lines) and "\t" in lines[i + 2] else []
        if head and _is_header(head) and len(row) == len(head) and len(after) != len(head):
            out.extend(f"{h}: {v}" for h, v in zip(head, row) if h and v)
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
