"""Tables inside a note: Markdown pipes, tab-separated and comma-separated (CSV) exports and columns aligned with
spaces, read into rows keyed by their header.

A run of table-shaped lines is a table only when it has a header row and at least one data row (a date or a
time point in its first cell, or a number in a cell) or a Markdown separator row; identity lines such as
"Client: X | DOB: Y" are fields, not tables. Ragged rows keep the cells they have; a missing cell is ''.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.letters.aligned_cells import aligned_cells as _aligned_cells, aligned_spans, column_cut
from assistant.letters.csv_cells import csv_cells as _csv_cells, is_csv as _is_csv
from assistant.letters.patterns.base import PLACEHOLDER

_PIPE_SEPARATOR = re.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)++\|?\s*+$")


class _Separator:
    """A table's rule line: Markdown "|---|---|", or a line made only of -, = and + ("+-----+----+", "=== ===").
    Read by counting characters: a regex that splits a long run of dashes into groups backtracks without end
    on a rule line with text after it (a grid table's border wrapped onto a sentence)."""

    @staticmethod
    def match(line: str) -> bool:
        body = line.strip()
        return bool(_PIPE_SEPARATOR.match(line)) or bool(body) and not body.strip("-=+ \t") and sum(c in "-=+" for c in body) >= 6


_SEPARATOR = _Separator()
# (a redacted name, place or organisation is no date: "<PERSON_4>  17  3" is a row labelled by a word the redaction took)
_DATE_CELL = re.compile(r"^(?:(?!<(?:PERSON|ORGANIZATION|ORG|LOCATION|ADDRESS|EMAIL|PHONE|FAX|URL|NRP|ID|MRN|MEMBER_ID|SSN|LICENSE)_)%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}/\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?)?$" % PLACEHOLDER)  # a time after the date
# A time point written as a word: "Intake", "Week 6", "Admission <DATE_3>", "Session 4".
_TIME_CELL = re.compile(r"^(?:intake|baseline|admission|discharge|pre|post|mid|initial|current|latest|follow[- ]?up|"
                        r"(?:week|wk|session|month|day|visit)\s*#?\s*\d+)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A month as the row's time point: "Aug", "Sept 2026", "Nov (so far)", "March '26".
MONTH_CELL = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+['\u2019]?\d{2,4})?(?:\s*\([^()]{0,20}\))?$", re.I)
NUMBER_CELL = re.compile(r"^[<>~\u2248]?\s*-?\d+(?:\.\d+)?\s*(?:/\s*\d+(?:\.\d+)?)?\s*(?:%|kg|lbs?|ng/mL|mEq/L|mmol/L|bpm|s|sec|ms)?$", re.I)
_EMPTY_CELL = re.compile(r"^(?:|-+|\u2013|\u2014|n/?a|\.+|\*)$", re.I)
_FIELD_CELL = re.compile(r"^\W*[A-Za-z][\w .#/()'-]{0,30}:\W*\s+\S")  # "DOB: 01/02/2003", "**Resident:** X"


@dataclass(frozen=True)
class Row:
    """One data row: its verbatim line and its cells keyed by the table's header."""
    text: str
    cells: tuple[tuple[str, str], ...]

    def get(self, header: str) -> str:
        """The cell under this header, '' when the row has none."""
        return next((value for head, value in self.cells if head == header), "")


@dataclass(frozen=True)
class Table:
    """A table read from a note: the header cells and the data rows."""
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    text: str  # the verbatim header line
    first_line: int  # index of the header line in the note's lines
    last_line: int  # index of the last line the table spans


# An HL7 v2 segment ("OBX|2|NM|...", "PID|1||..."): a record of its own, read field by field (record_scores.py),
# never a table row.
HL7_SEGMENT = re.compile(r"^\s*(?:MSH|PID|PV1|PV2|OBR|OBX|NTE|DG1|IN1|IN2|ORC|EVN|NK1|AL1|FT1|GT1|PD1|ZPI|Z[A-Z0-9]{2})\|")


def _style(line: str) -> str:
    body = line.strip()
    if HL7_SEGMENT.match(body):
        return ""
    if body.count("|") >= 2 and (body.startswith("|") or body.endswith("|") or body.count("|") >= 3
                                  or len(re.findall(r"\s\|\s", re.sub(r"\[[^\]]*\]|\([^)]*\)", "", body))) >= 2):  # "12/02 | phone | IOP day 4 ...": no outer bars (bars in a bracket part its items)
        return "pipe"
    if re.search(r"\S\t+\S", body) or (body.count("\t") and "\t" in line.strip(" ")):
        return "tab"
    if _is_csv(body):
        return "csv"
    if re.search(r"\S {2,}\S", body):
        return "aligned"
    return ""


def _spans(line: str, style: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell."""
    if style == "pipe":
        body = line.strip()
        lead = line.find(body)
        parts, pos, out = body.split("|"), lead, []
        for i, part in enumerate(parts):
            if not ((i == 0 or i == len(parts) - 1) and not part.strip()):
                out.append((pos, pos + len(part), part.strip()))
            pos += len(part) + 1
        return out
    if style == "csv":
        out, pos = [], 0
        for cell in _csv_cells(line):
            at = line.find(cell, pos) if cell else pos
            at = pos if at < 0 else at
            out.append((at, at + len(cell), cell))
            pos = at + len(cell)
        return out
    if style == "tab":
        out, pos = [], 0
        for part in line.rstrip("\n").split("\t"):
            out.append((pos, pos + len(part), part.strip()))
            pos += len(part) + 1
        while out and not out[0][2] and line.startswith(" "):
            out.pop(0)
        return out
    return aligned_spans(line)


def _cells_text(line: str, style: str) -> list[str]:
    return [c for _, _, c in _spans(line, style)]


def _is_data(cells: Sequence[str]) -> bool:
    if len(cells) < 2 or any(_FIELD_CELL.match(c) for c in cells):
        return False
    first = cells[0].strip("*_ ")
    if all(_YEAR.fullmatch(c) for c in cells if NUMBER_CELL.match(c)) and _YEAR.fullmatch(first):
        return False  # a header of years: "2025  2026  change"
    if _DATE_CELL.match(first) or _TIME_CELL.match(first) or MONTH_CELL.match(first):
        return True
    return any(NUMBER_CELL.match(c.strip("*_ ")) for c in cells[1:])


def _only_dates(cells: Sequence[str]) -> bool:
    return bool(cells) and all(_DATE_CELL.match(c.strip("*_ ")) for c in cells)


def _only_points(cells: Sequence[str]) -> bool:
    """Only time points: dates, months ("Jan 2026") or named points ("Intake", "Week 6")."""
    return bool(cells) and all(_DATE_CELL.match(c.strip("*_ ")) or MONTH_CELL.match(c.strip("*_ ")) or _TIME_CELL.match(c.strip("*_ "))
                               for c in cells)


def _is_header(cells: Sequence[str]) -> bool:
    """Column names; one may be a number when most are words ("911 | nurse line | ER visits", "Q1 | 2025 | notes")."""
    numbers = sum(bool(NUMBER_CELL.match(c)) and not _YEAR.fullmatch(c) and not _DATE_CELL.match(c) for c in cells)  # a year or day heads a column
    return (len(cells) >= 2 and not any(_FIELD_CELL.match(c) for c in cells) and all(len(c) <= 60 for c in cells)
            and (not numbers or _only_dates(cells) or numbers == 1 and len(cells) >= 3) and bool(cells[0] or cells[1])
            and sum(bool(_SCORED_CELL.match(c)) and not _TIME_CELL.match(c) for c in cells) < 2)  # "total 41   anxiety 12": scores


_SCORED_CELL = re.compile(r"^(?!(?i:time|week|wk|session|sess|visit|month|mo|day|phase|trial|round|block|period|cycle|wave|grade|"
                          r"level|step|module|part|item|q|question|group|class|unit|room|bed|form|test)\s*\d)[A-Za-z][A-Za-z ()/'-]*[a-z)](?:\s*[:=]\s*|\s+)\d{1,3}(?:\.\d+)?$")


def _row(line: str, style: str, header: list[tuple[int, int, str]]) -> Row:
    if style == "aligned":
        cells = _cells_text(line, style)
        if len(cells) == len(header):  # one cell per column: by order, so a placeholder that is shorter or longer
            return Row(line.strip(), tuple((h, c) for (_, _, h), c in zip(header, cells)))  # than its date shifts nothing
        return Row(line.strip(), tuple(_aligned_cells(line, header)))
    cells = _cells_text(line, style)
    if style == "pipe" and line.lstrip().startswith("|") and header and header[0][0] < line.find("|"):
        cells = [""] + cells  # "    |  wrapped text |": the first column is empty, its pipe is a border between cells
    names = [h for _, _, h in header] + ["column %d" % (i + 1) for i in range(len(header), len(cells))]
    padded = cells + [""] * (len(header) - len(cells))
    return Row(line.strip(), tuple((names[i], padded[i]) for i in range(len(padded))))


def _wraps(row: Row, first: Row) -> bool:
    """A row that may carry on the row above (text wrapped onto the next line): no date or number in it (an empty first
    cell with dates or scores is a ditto row), its first cell empty or a cell in lower case under capitalised rows."""
    values = [v for _, v in row.cells]
    written = [v for v in values if v]
    if not written or any(is_number(v) or is_date(v) for v in values):
        return False
    lead = first.cells[0][1] if first.cells else ""
    return not values[0] or (lead[:1].isupper() or lead[:1].isdigit()) and any(v[:1].islower() for v in written)


def _carries_on(above: Row, below: Row) -> bool:
    """`below` carries on `above`: its first cell empty or in lower case, or every written cell (in lower case, or the
    cell above breaks off mid-phrase: a comma, a hyphen, a conjunction at its end)."""
    upper = dict(above.cells)
    if below.cells and (not below.cells[0][1] or below.cells[0][1][:1].islower()):
        return True  # no label of its own, or the label carries on in lower case ("F41.1 Generalized" / "anxiety disorder")
    return all(v[:1].islower() or re.search(r"(?:[,;:/&+-]|\b(?:and|or|with|of|to|the|a))$", upper.get(h, "")) for h, v in below.cells if v)


def _joined(above: Row, below: Row) -> Row:
    """Two lines of one row as one: each cell's text run on ("decatastroph-" + "izing" -> "decatastrophizing")."""
    more = dict(below.cells)
    cells = []
    for head, value in above.cells:
        extra = more.get(head, "")
        if value.endswith("-") and extra[:1].islower():
            value = value[:-1] + extra
        elif extra:
            value = (value + " " + extra).strip()
        cells.append((head, value))
    if "|" in above.text or "\t" in above.text:
        return Row(above.text + " " + below.text.strip(), tuple(cells))
    # columns aligned with spaces: the two lines run on would interleave the columns' words, so the row reads cell by cell
    # ("C-SSRS (since last); 10/16 active SI with method, no plan; 11/20 wish to be dead only")
    return Row("; ".join(f"{h} {v}" if _DATE_CELL.match(h) or _TIME_CELL.match(h) else v for h, v in cells if v), tuple(cells))


def _table_in_run(lines: Sequence[str], first: int, last: int, style: str) -> Table | None:
    """The table in lines[first..last] (one style): its header is the line before the first data row."""
    cells = {i: _cells_text(lines[i], style) for i in range(first, last + 1)}
    separators = [i for i in range(first, last + 1) if _SEPARATOR.match(lines[i])]
    data = [i for i in range(first, last + 1) if i not in separators and _is_data(cells[i])]
    dates_row = None
    if len(data) > 1 and (_only_points(cells[data[0]]) or _only_points(cells[data[0]][1:]) and not _only_points(cells[data[1]][1:])) \
            and not _only_points(cells[data[1]][:1]):
        dates_row, data = data[0], data[1:]  # a row of dates ("Instrument | 11/09 | 11/16") over rows of "PHQ-9  23  19  16": the header
    start_data = min(data) if data else (separators[0] + 1 if separators else None)
    # the rule under the header row starts the data: rows before the first number ("| ASRS Part A | 5 of 6 ... |") too
    ruled = next((i for i in separators if first < i and i - 1 not in separators and _is_header(cells[i - 1])), None)
    if data and ruled is not None and ruled < start_data:
        start_data = ruled + 1
    if start_data is None or start_data > last:
        return None  # a border line closes the run: no data row after it
    head_at = dates_row if dates_row is not None and dates_row < start_data else \
        next((i for i in range(start_data - 1, first - 1, -1) if i not in separators), None)  # rows of text may lie between
    if head_at is None or not _is_header(cells[head_at]) or (not data and not separators):
        return None
    header = _spans(lines[head_at], style)
    header = header[1:] if style == "aligned" and len(header) > 2 and re.fullmatch(r"[A-Za-z]{1,12}:", header[0][2]) else header  # "A:  measure ..."
    first_cell = _spans(lines[start_data], style)[:1]
    cut = column_cut(lines[start_data], header[0][0], header[0][1]) if header and first_cell else None
    if style == "aligned" and header and first_cell and first_cell[0][0] < header[0][0] - 1 and (first_cell[0][1] < header[0][0] or cut):
        # the row labels' column has no header of its own; a label may run into the first value ("PCL-5, past month 61")
        end = first_cell[0][1] if first_cell[0][1] < header[0][0] else cut - 1
        label = "Measure" if re.search(r"[A-Za-z]", lines[start_data][first_cell[0][0]:end]) else "#"  # a data frame's index
        header = [(0, end if end == first_cell[0][1] else cut - 2, label)] + header
    rows, end = [], head_at
    for i in range(head_at + 1, last + 1):
        if i in separators:
            end = i
            continue
        if not cells[i] or all(_EMPTY_CELL.match(c) for c in cells[i]) and style != "aligned":
            break
        row = _row(lines[i], style, header)
        rows[-1:] = [_joined(rows[-1], row)] if rows and _wraps(row, rows[0]) and _carries_on(rows[-1], row) else rows[-1:] + [row]
        end = i
    return Table(tuple(h for _, _, h in header), tuple(rows), lines[head_at].strip(), head_at, end) if rows else None


def _wrapped_cell(line: str, above: str) -> bool:
    """An aligned table's last column wrapped onto a line of its own: one cell, indented to about where the last cell
    of the line above starts ("08/26  141  New OB. Tearful ..." / "          "I need to be put to sleep.""). About: a
    placeholder put in by the redaction is shorter or longer than the name or date it replaced."""
    at = len(line) - len(line.lstrip(" "))
    cells = [start for start, _, _ in aligned_spans(above)]
    # ... or a middle column wrapped, its words starting right under that column's ("11/24/25  Door knock  Mail piled
    # ... Kitchen:" / "                    spoiled milk, crackers only.")
    return at >= 8 and bool(line.strip()) and not _style(line) and bool(cells) and (
        abs(cells[-1] - at) <= 12 < at or any(c >= 8 and abs(c - at) <= 2 for c in
                                               (cells[2:-1] if cells[0] < 8 else cells[:-1])))  # a row's third cell on, or a wrap's


def find_tables(lines: Sequence[str]) -> list[Table]:
    """Every table in a note's lines, in order; lines outside tables are left to the prose reader."""
    out, i = [], 0
    while i < len(lines):
        style = _style(lines[i])
        if not style:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (_style(lines[j + 1]) == style or (style != "aligned" and _SEPARATOR.match(lines[j + 1]))
                                      or style == "aligned" and _wrapped_cell(lines[j + 1], lines[j])):
            j += 1
        table = _table_in_run(lines, i, j, style) if j > i else None
        if table is not None:
            out.append(table)
            i = table.last_line + 1
        else:
            i = j + 1
    return out


def is_row(text: str) -> bool:
    """A line that is a table row (pipes, tabs, commas or aligned columns between cells), never quoted as a sentence."""
    return _style(text) in ("pipe", "tab", "csv") or len(_COLUMN_GAP.findall(text.strip())) >= 3


# Columns aligned with spaces: three gaps of two spaces or more that no sentence's punctuation ends ("412 <DATE_3>
# 21     34     4  passive"); "Denies SI.  Sleeps 6 h.  Eats." is prose typed with two spaces after its stops.
_COLUMN_GAP = re.compile(r"(?<=[^\s.!?:;,])[ ]{2,}(?=\S)")


def is_number(cell: str) -> bool:
    """A cell holding a number (with a unit or an "/N" denominator at most)."""
    return bool(NUMBER_CELL.match(cell.strip("*_ ")))


def is_date(cell: str) -> bool:
    """A cell holding a date or a date placeholder."""
    return bool(_DATE_CELL.match(cell.strip("*_ ")))
