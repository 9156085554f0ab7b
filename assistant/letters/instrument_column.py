"""A score table whose first header cell names the instrument ("PCL-5 | date | score"): its first column holds time
points ("intake", "session 4") or, further down, another instrument's name ("PHQ-9"), and a score column holds the
values. Read as a table of one administration per row whose names column says "Measure": a time point stands for the
instrument the header names, an instrument in the cell for itself."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.letters.patterns.base import DATE
from assistant.letters.catalog import read_header
from assistant.letters.tables import Row, Table

NAMES = "Measure"
_SCORE = re.compile(r"^\W*(?:total|total score|score|raw|raw score|value|result|t[- ]?score)\W*$", re.I)
_ITEM = re.compile(r"^(?:item|q|question|#)\s*\d+|^\d{1,2}[.)]?$", re.I)
_TIME_POINT = re.compile(r"\b(?:intake|baseline|admission|admit|discharge|pre|post|follow-?up|initial|current|latest|today|"
                         r"session|sess|visit|week|wk|wks|month|mo|day|time|t\d|review|mid-?point|end)\b|\d", re.I)
_SECTION = re.compile(r"\b(?:level|phase|step|stage|part|domain|scale|subscale|factor|section|module|milestone)s?\b", re.I)
_NUMBER = re.compile(r"^\W*-?\d+(?:\.\d+)?\W*$")


def instrument_headed(t: Table) -> Table:
    """The table with its first column renamed "Measure" and each time point there replaced by the instrument the
    header names; any other table unchanged."""
    first = t.header[0]
    reading = read_header(first)
    if reading.instrument is None or reading.part or not any(_SCORE.match(h) for h in t.header[1:]):
        return t
    labels = [r.get(first).strip() for r in t.rows]
    if not labels or any(_NUMBER.match(x) for x in labels if x):
        return t  # the first column holds the scores themselves: a column per instrument, not this shape
    if not any(_time_point(x) and read_header(x).instrument is None and not read_header(f"{first.strip()} {x}").part for x in labels):
        return t  # rows of parts, levels or other tests under a battery's title ("VB-MAPP SUMMARY"): read as a battery

    def row(r: Row) -> Row:
        label = r.get(first).strip()
        if read_header(label).instrument is not None:
            named = label
        elif read_header(f"{first.strip()} {label}").part:
            named = f"{first.strip()} {label}"  # "DASS-21 | score" over "Stress | 19": the instrument's part
        elif _time_point(label):
            named = first.strip()  # "intake", "CPT session 4", "6 wk": an administration of the instrument
        else:
            named = ""  # an item, a level or a row we cannot name ("Level 2" of a battery) is no score of it
        return Row(r.text, tuple((NAMES, named) if h == first else (h, v) for h, v in r.cells))
    return replace(t, header=(NAMES,) + t.header[1:], rows=tuple(row(r) for r in t.rows))


def _time_point(label: str) -> bool:
    return bool(_TIME_POINT.search(label)) and not _ITEM.match(label) and not _SECTION.search(label)


_DATE_IN = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d\d-\d\d\b|<DATE_\d+>")


def named_rows(t: Table, date_col: str | None) -> tuple[Table, list[tuple[str, str, str, str | None]]]:
    """A dated table less its rows whose date cell names an instrument instead ("AUDIT at admission (11/17/2025) | 27"
    under "date | PACS | ..."): a score line of its own, not a row of the table's columns. -> (the table, (row text,
    the instrument's words, its score cell, its date) for each such row)."""
    if date_col is None:
        return t, []
    keep, loose = [], []
    for r in t.rows:
        label = r.get(date_col).strip()
        values = [v for h, v in r.cells if h != date_col and _NUMBER.match(v)]
        if label and not _DATE_IN.fullmatch(label) and values and read_header(label).instrument is not None:
            date = _DATE_IN.search(label)
            loose.append((r.text, _DATE_IN.sub("", label).replace("()", "").strip(), values[0].strip(), date.group(0) if date else None))
        else:
            keep.append(r)
    return (replace(t, rows=tuple(keep)) if loose else t), loose


def part_columns(title: str, header: list[str]) -> list[str]:
    """The header cells that name parts of the instrument a table's title names ("Obsessions  Compulsions" under
    "CY-BOCS", "Motor  Phonic" under "YGTSS"): two or more, or none."""
    inst = read_header(title).instrument if title else None
    if inst is None or not inst.parts:
        return []
    named = [h for h in header if read_header(f"{title} {h.strip()}").part and h.strip().lower() not in ("total", "total score", "score")]
    return named if len(named) >= 2 else []


def long_columns(t: Table, names: str | None, score: str | None, date_col: str | None) -> tuple[str | None, str | None]:
    """The names and score columns of a row-per-administration table whose headers name neither in English: a header
    in two languages ("Instrumento / Instrument", "Puntaje / Score") or one the redaction replaced. With a date column,
    the names column is the one whose cells name instruments, the score column the only other one holding numbers."""
    if names is not None and score is not None or date_col is None:
        return names, score
    named = [h for h in t.header if sum(read_header(r.get(h)).instrument is not None for r in t.rows) * 2 > len(t.rows) >= 2]
    if not named:
        return names, score  # no column names instruments ("Lab ID | Date drawn | Lithium"): another layout
    names = names if names in named else named[0]
    numeric = [h for h in t.header if h not in (names, date_col)
               and sum(bool(re.match(r"\s*\d", r.get(h))) for r in t.rows) * 2 > len(t.rows)]
    return names, score or (numeric[0] if names and len(numeric) == 1 else None)


def with_part(label: str, header: str) -> str:
    """A row's instrument with the part its column names ("SCARED - parent report" under "Separation anxiety subscale"
    -> "SCARED - parent report Separation anxiety subscale"); the label alone for a time point or a total column."""
    head, row = header.strip(), read_header(label)
    if not head or DATE.search(head) or head.lower() in ("total", "total score", "score", "raw", "sum") \
            or row.instrument is None or row.part or not read_header(f"{label} {head}").part:
        return label
    return f"{label} {head}"
