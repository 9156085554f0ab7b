"""The header rows of a delimited export (a survey tool's CSV, a spreadsheet saved as text): the rows above the first
row of values name the columns ("StartDate,RecipientLastName,Q2_referral", "Start Date,Recipient Last Name,Who
referred you?") or describe them ('{"ImportId":"startDate","timeZone":"America/Chicago"}'), and name nobody. The
name rules read a column's name written in one word ("RecipientFirstName", "ImportId") as an unknown proper noun
and a title-cased one as an organisation; here every such cell is machinery.

A header row is a row of the block that comes before its first row holding a plain number, a date or an e-mail
address, with the same number of cells. A cell is a header when it is a code token (letters, digits and
underscores, as "PHQ9_total"), a description object whose keys and values are such tokens (or a time zone), or
words that are ordinary English or clinical vocabulary and no given name ("Recipient Last Name", "PHQ-9 total").
A header cell holding a person's name ("Maria Lopez" as a column of a roster) is none of these and stays.

An XML file's schema references ('xmlns="http://www.topografix.com/GPX/1/1"', 'xsi:schemaLocation="..."') name the
format the file is written in, the same in every file of its kind, and are machinery too.
"""

from __future__ import annotations

import json
import re

from assistant.phi.recognizers.tables import _csv_cells
from assistant.phi.vocabulary import Vocabulary

MIN_CELLS = 4  # cells a row needs before it is read as an export's row
MAX_HEADER_ROWS = 3  # survey tools write up to three (keys, questions, import ids)
_CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TIME_ZONE = re.compile(r"[A-Z][a-z]+/[A-Z][A-Za-z_]+")
_VALUE = re.compile(r"-?\d+(?:[.:]\d+)*|\d{4}-\d{2}-\d{2}(?:[ T][\d:]+)?|\d{1,2}/\d{1,2}/\d{2,4}|[^@\s]+@[^@\s]+\.\w+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SCHEMA = re.compile(r"\b(?:xmlns(?::[\w-]+)?|xsi:schemaLocation|xsi:noNamespaceSchemaLocation)[ \t]*=[ \t]*\"([^\"\n]{1,400})\"")


def _cells(line: str) -> list[tuple[int, int]]:
    return _csv_cells(line) if line.count(",") >= MIN_CELLS - 1 else []


def _has_values(line: str, cells: list[tuple[int, int]]) -> bool:
    return any(_VALUE.fullmatch(line[s:e].strip()) for s, e in cells)


def _description(cell: str) -> bool:
    """'{"ImportId":"QID2"}' (quotes doubled inside a CSV cell): keys and values are code tokens or a time zone."""
    try:
        data = json.loads(cell.replace('""', '"'))
    except ValueError:
        return False
    return isinstance(data, dict) and bool(data) and all(
        _CODE.fullmatch(str(k)) and isinstance(v, str) and (_CODE.fullmatch(v) or _TIME_ZONE.fullmatch(v))
        for k, v in data.items())


def _header_cell(cell: str, vocab: Vocabulary) -> bool:
    cell = cell.strip()
    if not cell:
        return False
    if _description(cell):
        return True
    if _CODE.fullmatch(cell):
        return _code_cell(cell, vocab)
    words = _WORD.findall(cell)
    return bool(words) and all((vocab.is_word(w) or w.lower() in vocab.clinical or vocab.frequency(w) >= 3.0
                                or w.isupper() and len(w) <= 6) and not vocab.is_first_name(w) for w in words)


def _code_cell(cell: str, vocab: Vocabulary) -> bool:
    """A one-word column name: its parts ("Recipient", "Last", "Name"; "PHQ9", "total") are words or codes, not a
    name's ("McKenna" is no column)."""
    parts = [p for p in re.split(r"_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", cell.strip()) if p]
    return all(not p.isalpha() or p.isupper() or vocab.is_word(p) or vocab.frequency(p) >= 3.0 or len(p) <= 2
               for p in parts)


def export_header_cells(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Text -> (start, end) of each header cell of a delimited export, never PHI."""
    out: list[tuple[int, int]] = []
    lines, pos, offsets = text.split("\n"), 0, []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if not cells or _has_values(lines[i], cells):
            i += 1
            continue
        heads = [i]
        while len(heads) < MAX_HEADER_ROWS and i + len(heads) < len(lines):
            nxt = _cells(lines[i + len(heads)])
            if len(nxt) != len(cells) or _has_values(lines[i + len(heads)], nxt):
                break
            heads.append(i + len(heads))
        data_at = i + len(heads)
        if data_at < len(lines) and len(_cells(lines[data_at])) == len(cells) and _has_values(lines[data_at], _cells(lines[data_at])):
            for row in heads:
                line = lines[row]
                for s, e in _cells(line):
                    if _header_cell(line[s:e], vocab):
                        out.append((offsets[row] + s, offsets[row] + e))
        i = data_at
    return out


def schema_references(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each XML schema reference's value (a URL the whole format shares), never PHI."""
    return [m.span(1) for m in _SCHEMA.finditer(text)]
