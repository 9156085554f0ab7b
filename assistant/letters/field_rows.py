"""Two-column field tables: an EHR export that prints each field as "Label | value" (or label<TAB>value), one per
line. Such a run is a list of labelled fields, not a data table: "Frequency | Weekly, 16 sessions" is the plan's
frequency and "Goal 1 | GAD-7 of 9 or less" a goal, as "Frequency: ..." and "Goal 1: ..." would be."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.catalog import catalog
from assistant.letters.patterns.segments import label_kind

_LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z0-9 /&().,#'\u2019_-]{0,59}$")  # "Why a lower level isn't enough"
_NOT_LABEL = re.compile(r"^(?:week|wk|session|month|day|visit)\s*#?\s*\d+$|^\d", re.I)  # "Week 3 | 14" is a data row
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _field(line: str) -> tuple[str, int] | None:
    """(label, where the value starts) when the line is one "label | value" or "label<TAB>value" row."""
    body = line.rstrip()
    inner = body.strip()
    sep = "\t" if "\t" in inner and "|" not in inner else "|"
    if sep == "|":
        inner = inner.strip("|")
    parts = inner.split(sep)
    if len(parts) != 2 or not parts[1].strip():
        return None
    label = parts[0].strip()
    if not _LABEL_CELL.match(label) or len(label.split()) > 9 or _NOT_LABEL.match(label):
        return None
    at = body.index(parts[1]) if sep == "\t" else body.index(sep, body.index(label) + len(label)) + 1
    return label, at + len(body[at:]) - len(body[at:].lstrip())


def field_rows(lines: Sequence[str]) -> dict[int, tuple[str, int]]:
    """Line index -> (label, value start) for runs of three or more field rows, two or more of whose labels name
    a clinical field (risk, goals, frequency, medication ...); a run of "PHQ-9 | 19" rows is a score table."""
    out: dict[int, tuple[str, int]] = {}
    run: dict[int, tuple[str, int]] = {}
    for i, line in enumerate(list(lines) + [""]):
        row = _field(line) if line.strip() else None
        if row is not None:
            run[i] = row
            continue
        if run and (_SEPARATOR.match(line) or _GRID_BORDER.match(line)) and line.strip():
            continue
        if len(run) >= 3 and _fields_not_scores([label for label, _ in run.values()]):
            out.update(run)
        run = {}
    return out


_GRID_BORDER = re.compile(r"^\s*\+[-=+]+\+\s*$")  # a box-drawn table's rule between rows: "+------+------+"


def _fields_not_scores(labels: Sequence[str]) -> bool:
    """Two or more labels name a clinical field; or one does and no label names an instrument (a visit's header grid:
    "Client | ...", "Time | ...", "Dx | F63.3 ..."), where a run of "PHQ-9 | 19" rows is a score table."""
    clinical = sum(bool(label_kind(label)) for label in labels)
    return clinical >= 2 or clinical == 1 and not any(catalog().find(label) for label in labels)


# "frequency,weekly 60-minute sessions": a key-value export line (the key in snake case or one word, no space after
# the comma); three or more in a row are fields.
KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*),(?=\S)")


def key_value_lines(lines: Sequence[str]) -> dict[int, str]:
    """Line index -> its key, for runs of three or more key-value lines."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if KEY_VALUE.match(line):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update({j: KEY_VALUE.match(lines[j]).group(1).replace("_", " ") for j in run})
        run = []
    return out
