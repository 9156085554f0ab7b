"""A database dump read by its own schema ("sqlite3 app.db .dump"): CREATE TABLE names the columns once, and each
"INSERT INTO clients VALUES(...)" row after it is typed by those columns ('Brunswick' under `town`, '04011' under
`zip`), as a row with its own column list is in structured.py. The statements' words (PRAGMA, CREATE TABLE,
INTEGER PRIMARY KEY, BEGIN TRANSACTION, COMMIT), the schema itself and a row's unquoted numbers (its row id, a
foreign key, a count of minutes) are the dump's machinery, never PHI.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.tables import kind_of_key
from assistant.records import PhiSpan

_CREATE = re.compile(r"CREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?[`\"\[]?(\w+)[`\"\]]?[ \t]*\(", re.I)
_INSERT = re.compile(r"INSERT[ \t]+INTO[ \t]+[`\"\[]?(\w+)[`\"\]]?[ \t]*VALUES[ \t]*\(", re.I)
_STATEMENT_LINE = re.compile(r"(?im)^[ \t]*(?:PRAGMA[ \t][^\n;]*;|BEGIN(?:[ \t]+TRANSACTION)?;|COMMIT;|END;|ROLLBACK;)")
_QUOTED_OR_BARE = re.compile(r"'((?:[^'\\]|\\.|'')*)'|([^,'\s)][^,')]*)")


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one opened just before start (quotes respected), or -1."""
    depth, quote = 1, False
    for i in range(start, min(len(text), start + 20_000)):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _schemas(text: str) -> dict[str, list[str]]:
    """CREATE TABLE statements -> {table: [column names]} (constraints such as PRIMARY KEY(...) left out)."""
    out = {}
    for m in _CREATE.finditer(text):
        end = _closing(text, m.end())
        if end < 0:
            continue
        columns = [c.strip().split()[0].strip("`\"[]") for c in re.split(r",(?![^()]*\))", text[m.end():end]) if c.strip()]
        out[m.group(1).lower()] = [c for c in columns if c.upper() not in {"PRIMARY", "FOREIGN", "UNIQUE", "CHECK",
                                                                          "CONSTRAINT"}]
    return out


def _is_dump(text: str) -> bool:
    return _CREATE.search(text) is not None and _INSERT.search(text) is not None


def find_dump_rows(text: str) -> list[PhiSpan]:
    """Text -> quoted values of INSERT rows typed by their table's CREATE TABLE columns."""
    if not _is_dump(text):
        return []
    schemas, out = _schemas(text), []
    for m in _INSERT.finditer(text):
        end = _closing(text, m.end())
        columns = schemas.get(m.group(1).lower())
        if end < 0 or not columns:
            continue
        for col, v in enumerate(_QUOTED_OR_BARE.finditer(text, m.end(), end)):
            kind = kind_of_key(columns[col]) if col < len(columns) else None
            if kind and v.group(1) is not None and v.group(1).strip():
                out.append(PhiSpan(v.start(1), v.end(1), kind, 0.8, "structured"))
    return out


def dump_machinery(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of a dump's statement words, its schema and its rows' unquoted numbers."""
    if not _is_dump(text):
        return []
    out = [(m.start(), m.end()) for m in _STATEMENT_LINE.finditer(text)]
    for m in _CREATE.finditer(text):
        end = _closing(text, m.end())
        if end > 0:
            out.append((m.start(), end + 1))
    schemas = _schemas(text)
    for m in _INSERT.finditer(text):
        out.append((m.start(), m.end()))
        end, columns = _closing(text, m.end()), schemas.get(m.group(1).lower(), [])
        for col, v in enumerate(_QUOTED_OR_BARE.finditer(text, m.end(), max(m.end(), end))):
            bare = (v.group(2) or "").strip()
            # a number under a typed column ("member_id", "phone") may be the value itself unless it is a short key
            typed = col < len(columns) and kind_of_key(columns[col]) is not None and len(bare) > 4
            if re.fullmatch(r"-?\d+(?:\.\d+)?|NULL|TRUE|FALSE", bare, re.I) and not typed:
                out.append((v.start(2), v.end(2)))
    return out
