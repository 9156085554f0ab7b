"""A day's appointment sheet printed above a note: the rows of the clinician's other clients are not this note's.

A practice-management system prints the day's schedule ("TIME  CLIENT  TYPE  CPT  DX  STATUS  NOTE" over one row per
appointment) and the clinician pastes it with the client's note under it. Every row carries a code, a status and a
"signed" flag, so another client's row would be read as this note's code or this note's signature. A row is another
client's when its client cell stands for someone else ("[other client]", "(another patient)", "***"), or, when some
row names the client the rest of the note names, when it names someone the note never does. Those rows are left out;
the client's own row is read as "Header: cell" fields, a cell wrapped onto the next line ("90834, 90839," over
"90840") joined to it. A sheet with no other client's row, and any other note, comes back unchanged. The column
names and the stand-ins are data (labels.yaml, "schedule").
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from assistant.audit.catalog import HERE

# A cell: words parted by single spaces; two spaces, a tab or a pipe end it ("Checked out" is one cell).
_CELL = re.compile(r"[^\s|]+(?: [^\s|]+)*")
_RULE = re.compile(r"^\s*[-=_+|]{5,}\s*$")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))["schedule"]
    return (frozenset(x.lower() for x in data["client_columns"]), frozenset(x.lower() for x in data["columns"]),
            re.compile("|".join(f"(?:{x})" for x in data["someone_else"]), re.I))


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)]


def _header(line: str) -> int | None:
    """The index of the client column when the line is a schedule's header row, else None."""
    clients, columns, _ = _vocabulary()
    names = [c.lower() for _, c in _cells(line)]
    at = next((i for i, n in enumerate(names) if n in clients), None)
    unknown = sum(n not in columns and n not in clients for n in names)
    if at is None or len(names) < 4 or unknown > max(1, len(names) // 4):
        return None
    return at


def _column(start: int, starts: list[int]) -> int:
    """The header column a cell starting at `start` sits under (a cell may start a character or two early)."""
    return max((i for i, s in enumerate(starts) if s <= start + 2), default=0)


def _positions(line: str, piped: bool) -> list[tuple[int, str]]:
    """The line's cells with where each starts: its column position, or, in a table parted by pipes or tabs (whose
    cells need not line up), three times its order, so that the nth cell falls under the nth column."""
    cells = _cells(line)
    return [(3 * i, text) for i, (_, text) in enumerate(cells)] if piped else cells


def _rows(lines: list[str], at: int, starts: list[int], piped: bool) -> tuple[list[dict[int, str]], int]:
    """The rows under the header line `at` (a wrapped cell joined to its row) and the index of the line after them."""
    rows: list[dict[int, str]] = []
    i = at + 1
    while i < len(lines):
        line = lines[i]
        if not line.strip() or (_RULE.match(line) and rows):
            break
        if _RULE.match(line):
            i += 1
            continue
        cells = _positions(line, piped)
        if len(cells) < 2 and not (rows and cells and _column(cells[0][0], starts) > 1):
            break
        if rows and _column(cells[0][0], starts) > 1:  # nothing under the first two columns: the row above, wrapped
            for start, text in cells:
                col = _column(start, starts)
                rows[-1][col] = f"{rows[-1].get(col, '')} {text}".strip()
        else:
            row: dict[int, str] = {}
            for start, text in cells:
                col = _column(start, starts)
                row[col] = f"{row.get(col, '')} {text}".strip()
            rows.append(row)
        i += 1
    return rows, i


def schedule_as_fields(text: str) -> str:
    """A note under a day's appointment sheet -> the note with only its client's row, read as "Header: cell" fields;
    any other note unchanged."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        client = _header(line)
        if client is None:
            continue
        piped = "|" in line or "\t" in line
        header = _positions(line, piped)
        starts = [s for s, _ in header]
        rows, end = _rows(lines, at, starts, piped)
        outside = {w.lower() for ln in lines[:at] + lines[end:] for w in _NAME_WORD.findall(ln)}
        ours = [_ours(row.get(client, ""), outside) for row in rows]
        if True in ours:  # the note names its client: a row naming anyone else (or no one) is not the client's
            ours = [o is True for o in ours]
        if False not in ours:
            return text
        kept = ["   ".join(f"{header[c][1]}: {cell}" for c, cell in sorted(row.items()) if cell)
                for row, mine in zip(rows, ours) if mine is not False]
        return "\n".join(lines[:at] + kept + lines[end:])
    return text


def _ours(cell: str, outside: set[str]) -> bool | None:
    """False for a row of someone else (a stand-in, or a name the note never uses), True for the client's, None when
    the note does not tell."""
    if _vocabulary()[2].fullmatch(cell.strip()):
        return False
    words = [w.lower() for w in _NAME_WORD.findall(cell)]
    if words and any(w in outside for w in words):
        return True
    return None
