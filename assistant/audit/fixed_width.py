"""A fixed-width listing printed by a legacy system: a header row of column names over a ruler of dashes
("REC SEQ CLIENT-ID ... DOS      IN   OUT  MIN CPT" over "--- --- ---------- ... -------- ---- ---- --- -----"),
then rows whose cells sit under the dashes, and continuation records that carry the note's text after the record's
keys ("02  001 NARR: CLT SEEN IN OFFICE ...", "09  001 SIG: A. NAME      CRED: LPC").

The ruler gives each column's exact span, so a row is read as "Header: cell" lines (an empty cell, such as a blank
DOS, gives no line); a continuation record is read as its text without the keys, and the lines of one record
continued under the same label ("NARR: ... / NARR: ...") as one line. Other notes come back unchanged.
"""

from __future__ import annotations

import re

# A ruler: five or more runs of dashes (or equals signs) parted by single or double spaces.
_RULER = re.compile(r"^\s*[-=]{2,}(?:\s{1,2}[-=]{1,}){4,}\s*$")
_HEADER_CELL = re.compile(r"[A-Za-z][\w#/.&-]{0,20}")
_KEY = re.compile(r"\d{1,10}")
_RECORD_LABEL = re.compile(r"^([A-Z][A-Z0-9/ -]{1,15}):\s*")


def _columns(ruler: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[-=]+", ruler)]


def _cells(line: str, columns: list[tuple[int, int]]) -> tuple[list[str], int | None]:
    """The row's cells under each column, and the index of the first column whose text runs past its end (None when
    every word lies under a column)."""
    cells = []
    for i, (start, end) in enumerate(columns):
        nxt = columns[i + 1][0] if i + 1 < len(columns) else None
        if start > 0 and line[start - 1:start].strip():
            return cells, max(0, i - 1)  # a word runs into this column from the left
        if nxt is not None and line[end:nxt].strip():
            return cells, i  # a word in the gap after this column
        cells.append(line[start:end if nxt is not None else len(line)].strip())
    return cells, None


def _continued_text(line: str, columns: list[tuple[int, int]]) -> str:
    """A continuation record's text ("NARR: ...") after its keys (numbers under the first columns), or ''."""
    for start, end in columns:
        cell = line[start:end].strip()
        if _KEY.fullmatch(cell) and not line[end:end + 1].strip():
            continue
        text = line[start:].strip()
        return text if start > 0 and _RECORD_LABEL.match(text) else ""
    return ""


def _record_lines(lines: list[str], columns: list[tuple[int, int]], header: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        text = _continued_text(line, columns) if line.strip() else ""
        if text:
            label = _RECORD_LABEL.match(text)
            previous = _RECORD_LABEL.match(out[-1]) if out else None
            if previous and label.group(1) == previous.group(1):
                out[-1] = out[-1].rstrip() + " " + text[label.end():]  # the same record continued on the next line
            else:
                out.append(text)
            continue
        cells, spill = _cells(line, columns) if line.strip() else ([], 0)
        if spill is None:
            out.append("   ".join(f"{name}: {cell}" for name, cell in zip(header, cells) if cell))  # one row, one line
        else:
            out.append(line)  # not a row of the listing ("*** END OF RECORD SEQ 001 ***"): as printed
    return out


def listing_as_fields(text: str) -> str:
    """A fixed-width listing (a header over a ruler of dashes) -> its rows as "Header: cell" lines and its
    continuation records as their text; other text unchanged."""
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if i > 0 and _RULER.match(ln)), None)
    if at is None:
        return text
    columns = _columns(lines[at])
    header = [lines[at - 1][a:b + 1].strip() for a, b in columns]
    if not all(_HEADER_CELL.fullmatch(h) for h in header):
        return text
    return "\n".join(lines[:at - 1] + _record_lines(lines[at + 1:], columns, header))
