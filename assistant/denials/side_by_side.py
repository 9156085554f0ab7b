"""A two-column table ruled with one "|" per line: a letter quoted on one side, someone's gloss on the other (a parent
partner's "what it says | what it means" sheet, a trainer's "notice text | comment" grid, a translator's "original |
plain English" page). Each cell wraps over several lines, so read line by line the two sides interleave mid-sentence
("Your needs can | of the 3-day program.") and neither side's sentences are whole. Each row is read as its left
cell's paragraph, then its right cell's: the sentences come back whole and stay in the row they belong to."""

from __future__ import annotations

import re

_RULE = re.compile(r"^[ \t]*[-=_+|~. \t]{10,}$")   # a row's border: "-----", "=====", "--+--"
_MIN_ROWS = 6                                     # lines with the same gutter before the page is read as a table


def _gutter_at(line: str) -> int | None:
    """Where the one inner '|' of a line sits, else None (no bar, several bars, or a bar at the edge)."""
    if line.count("|") != 1 or _RULE.match(line):
        return None
    at = line.index("|")
    return at if line[:at].strip() else None   # "| cell" opens a Markdown-style row, not two columns


def _blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, gutter) of each run of lines that shares one gutter column (borders and blank lines may sit
    between its rows) and holds at least _MIN_ROWS bar lines."""
    out, start, col, count, last = [], None, None, 0, None
    for i, ln in enumerate(lines + [""]):
        at = _gutter_at(ln) if i < len(lines) else None
        if at is not None and (col is None or abs(at - col) <= 1):
            start, col, count, last = (i if start is None else start), (at if col is None else col), count + 1, i
        elif at is None and (not ln.strip() or _RULE.match(ln)) and start is not None and i < len(lines):
            continue
        else:
            if start is not None and count >= _MIN_ROWS:
                out.append((start, last, col))
            start, col, count, last = (i, at, 1, i) if at is not None else (None, None, 0, None)
    return out


def _row_text(rows: list[str], col: int) -> list[str]:
    """One row's lines -> its left cell's lines, a blank line, its right cell's lines, a blank line."""
    left = [ln[:ln.index("|")].strip() for ln in rows]
    right = [ln[ln.index("|") + 1:].strip() for ln in rows]
    return [x for x in left if x] + [""] + [x for x in right if x] + [""]


def side_by_side(text: str) -> str:
    """A page holding a two-column table ruled with '|' -> each row as its left cell, then its right cell, as
    paragraphs; text around the table, and text with no such table, unchanged."""
    lines = text.split("\n")
    blocks = _blocks(lines)
    if not blocks:
        return text
    out, pos = [], 0
    for first, last, col in blocks:
        out += lines[pos:first]
        row: list[str] = []
        for ln in lines[first:last + 1]:
            if _gutter_at(ln) is not None:
                row.append(ln)
                continue
            if row:
                out += _row_text(row, col)
                row = []
            out.append("" if not ln.strip() or _RULE.match(ln) else ln)
        if row:
            out += _row_text(row, col)
        pos = last + 1
    return "\n".join(out + lines[pos:])
