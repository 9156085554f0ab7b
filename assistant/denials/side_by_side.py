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


def _rewrapped(cell: list[str]) -> list[str]:
    """A cell that quotes a passage ('"We used: LOCUS and Acme' / 'Behavioral Policy BH-7."') -> its lines run on
    until one ends a sentence: the cell's width broke them, not the letter, so a label line's value and a name that
    wraps stay whole. Other cells (a letterhead's lines, a gloss) keep their lines."""
    if not cell or not _QUOTE_OPEN.match(cell[0]):
        return cell
    out = [cell[0]]
    for line in cell[1:]:
        if _ENDS_SENTENCE.search(out[-1]):
            out.append(line)
        else:
            out[-1] += " " + line
    return out


_QUOTE_OPEN = re.compile(r"^[\"\u201c\u201e']")
_ENDS_SENTENCE = re.compile(r"[.!?;][\"\u201d')]*$")


def _row_text(rows: list[str], col: int) -> list[str]:
    """One row's lines -> its left cell's lines, a blank line, its right cell's lines, a blank line."""
    left = _rewrapped([x for x in (ln[:ln.index("|")].strip() for ln in rows) if x])
    right = _rewrapped([x for x in (ln[ln.index("|") + 1:].strip() for ln in rows) if x])
    return left + [""] + right + [""]


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
