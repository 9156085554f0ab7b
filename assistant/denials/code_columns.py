"""A remittance grid whose adjustment codes stand bare in a column headed "CARC" (or "Reason code", "Adj code"):
" R.M.  09/15/2025  90832  Brennan, T   29   N211". A bare "29" says nothing on its own line; its header says it is a
claim adjustment reason code. Each such cell is written with its label ("CARC 29"), so the row reads as the code it
holds. Only codes the CARC table knows are labelled, and only in rows under the header, up to the table's end."""

from __future__ import annotations

import re

from assistant.denials import tables as T

# a column header naming the claim adjustment reason code; a remark (RARC) column is read by its codes' own shape
# (a payer's own "Reason" column may hold its own codes, keyed to a legend: only the X12 names are read here).
# A state Medicaid remittance heads it "ARC" (adjustment reason code) beside "RARC"; the lookbehind keeps RARC out.
_HEADER = re.compile(r"(?<![\w-])(?:CARCs?|ARCs?|ANSI(?: codes?)?|adj(?:ustment)?\.? ?(?:reason )?(?:code|cd)s?)(?![\w-])", re.I)
_GAP = re.compile(r"\S {2,}(?=\S)")
_CELL = re.compile(r"\S+")
_BARE = re.compile(r"^(?:\d{1,3}|[A-Z]\d)$")
_PADDED = re.compile(r"^0+(?=\d)")   # a mainframe pads its code cells to three digits: "018" is CARC 18
_END = re.compile(r"^[ \t]*(?:[-=_+.~ \t]{10,})?$")   # a blank line or a border closes the table


def _header_span(line: str) -> tuple[int, int] | None:
    """(start, end) of the reason-code heading when the line is a row of column headings (three gaps or more)."""
    if len(_GAP.findall(line)) < 3 or re.search(r"[.:;]\s*$", line):
        return None
    m = _HEADER.search(line)
    return (m.start(), m.end()) if m else None


def _labelled(line: str, span: tuple[int, int]) -> str:
    """A row with the bare code under the heading written as 'CARC <code>'."""
    lo, hi = span[0] - 2, span[1] + 2
    for cell in _CELL.finditer(line):
        code = _PADDED.sub("", cell.group())
        if cell.end() > lo and cell.start() < hi and _BARE.match(cell.group()) and code in T.CARC:
            return line[:cell.start()] + "CARC " + code + line[cell.end():]
    return line


def labelled_code_cells(text: str) -> str:
    """Text whose grids hold bare codes under a reason-code heading -> the codes labelled; other text unchanged."""
    if not _HEADER.search(text):
        return text
    out, span, under_header = [], None, False
    for line in text.split("\n"):
        if under_header and line.strip() and _END.match(line):
            under_header = False  # the rule drawn right under the headings underlines them; it does not end the table
        elif span is not None and _END.match(line):
            span = None
        elif (head := _header_span(line)) is not None:
            span, under_header = head, True  # a page's or a section's headings repeated start the table again
        elif span is not None:
            line, under_header = _labelled(line, span), False
        out.append(line)
    return "\n".join(out)
