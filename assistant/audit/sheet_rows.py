"""A note pasted from a spreadsheet: a tab-separated header row, then one row per session whose cells may hold
line breaks inside quotes (how Google Sheets and Excel copy a cell with several lines).

The rules read labelled fields ("CPT: 90837", "Start: 18:00", "Signed: ..."), so each row is written out as one
"Header: cell" line per filled cell; the text of a long cell keeps its own lines. Other notes come back unchanged.
"""

from __future__ import annotations

import csv
import io
import re

_MIN_COLUMNS = 4
# A header cell is a short label ("Session #", "Running total (auth 20)"), never a date, a time or a number.
_LABEL = re.compile(r"[A-Za-z][\w #/().&'-]{0,39}")
_VALUE_LIKE = re.compile(r"\d{1,2}[/:]\d|^\d+$")


def _header_cells(line: str) -> list[str]:
    """The cells of a tabbed line, without the empty ones a copied selection leaves at its end."""
    cells = [c.strip() for c in line.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _header_at(lines: list[str]) -> int | None:
    """Index of the first line that reads as a spreadsheet header row, or None."""
    for i, line in enumerate(lines):
        cells = _header_cells(line)
        if len(cells) < _MIN_COLUMNS:
            continue
        if all(c and _LABEL.fullmatch(c) and not _VALUE_LIKE.search(c) for c in cells):
            return i
        return None  # the first tabbed line is data: no header to name the cells
    return None


def _row_lines(header: list[str], row: list[str]) -> list[str]:
    out = []
    for name, cell in zip(header, row):
        cell = cell.strip()
        if cell:
            first, *rest = cell.splitlines()
            out.append(f"{name}: {first.strip()}")
            out += [ln.strip() for ln in rest if ln.strip()]
    return out


def sheet_as_fields(text: str) -> str:
    """A spreadsheet export (tab-separated header + rows) -> each row as "Header: cell" lines; other text unchanged."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    at = _header_at(lines)
    if at is None:
        return text
    header = _header_cells(lines[at])
    rows = list(csv.reader(io.StringIO("\n".join(lines[at + 1:])), delimiter="\t"))
    data = [r for r in rows if any(c.strip() for c in r)]
    data = [r[:len(header)] if not any(c.strip() for c in r[len(header):]) else r for r in data]
    if not data or any(len(r) > len(header) or len(r) < _MIN_COLUMNS for r in data):
        return text  # cells that do not line up with the header: leave the text as it was pasted
    out = lines[:at]
    for row in data:
        out += _row_lines(header, row) + [""]
    return "\n".join(out).rstrip("\n")
