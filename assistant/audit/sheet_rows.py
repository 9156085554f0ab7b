"""A note pasted from a spreadsheet or exported as delimited text: a header row of labels, then one row per session
whose cells may hold line breaks inside quotes (how Google Sheets and Excel copy a cell with several lines).

The rules read labelled fields ("CPT: 90837", "Start: 18:00", "Signed: ..."), so each row is written out as one
"Header: cell" line per filled cell; the text of a long cell keeps its own lines. A copied selection is tab-separated;
a practice-management export is separated by semicolons (where the decimal mark is a comma: "sleep_avg_h;...;5,5")
or commas, with quoted cells, often under a line naming the file. Other notes come back unchanged.
"""

from __future__ import annotations

import csv
import io
import re

_MIN_COLUMNS = 4
# A semicolon or comma export has more columns, and its header sits within the first lines (after a file name line);
# prose with a few semicolons ("mood low; sleep poor; appetite fine") is neither.
_MIN_EXPORT_COLUMNS = 6
_EXPORT_HEADER_WITHIN = 4
# A header cell is a short label ("Session #", "Running total (auth 20)", "dx_code"), never a date, a time or a number.
_LABEL = re.compile(r"[A-Za-z][\w #/().&'-]{0,39}")
_VALUE_LIKE = re.compile(r"\d{1,2}[/:]\d|^\d+$")


def _header_cells(line: str, delimiter: str) -> list[str]:
    """The cells of a delimited line, without the empty ones a copied selection leaves at its end."""
    cells = [c.strip() for c in line.split(delimiter)]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_header(cells: list[str], least: int) -> bool:
    return len(cells) >= least and all(c and _LABEL.fullmatch(c) and not _VALUE_LIKE.search(c) for c in cells)


def _header_at(lines: list[str], delimiter: str) -> int | None:
    """Index of the first line that reads as a header row, or None."""
    if delimiter == "\t":
        for i, line in enumerate(lines):
            cells = _header_cells(line, delimiter)
            if len(cells) < _MIN_COLUMNS:
                continue
            return i if _is_header(cells, _MIN_COLUMNS) else None  # the first tabbed line is data: no header
        return None
    for i, line in enumerate(lines[:_EXPORT_HEADER_WITHIN]):
        if _is_header(_header_cells(line, delimiter), _MIN_EXPORT_COLUMNS) and not re.search(r"\w\s+\w+\s+\w+\s+\w", line):
            return i  # an export's header: labels of a word or two each ("encounter_id;client;dob;...")
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


def _as_fields(text: str, delimiter: str) -> str | None:
    lines = text.split("\n")
    at = _header_at(lines, delimiter)
    if at is None:
        return None
    header = _header_cells(lines[at], delimiter)
    rows = list(csv.reader(io.StringIO("\n".join(lines[at + 1:])), delimiter=delimiter))
    data = [r for r in rows if any(c.strip() for c in r)]
    data = [r[:len(header)] if not any(c.strip() for c in r[len(header):]) else r for r in data]
    exact = delimiter != "\t"  # an export's rows have every column, empty ones included
    if not data or any(len(r) > len(header) or len(r) < _MIN_COLUMNS or (exact and len(r) != len(header)) for r in data):
        return None  # cells that do not line up with the header: leave the text as it was pasted
    out = lines[:at]
    for row in data:
        out += _row_lines(header, row) + [""]
    return "\n".join(out).rstrip("\n")


def sheet_as_fields(text: str) -> str:
    """A spreadsheet copy or a delimited export (header + rows) -> each row as "Header: cell" lines; other text
    unchanged."""
    for delimiter in ("\t", ";", ","):
        if delimiter in text and (read := _as_fields(text, delimiter)) is not None:
            return read
    return text
