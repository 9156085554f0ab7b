"""A note written in AsciiDoc (a wiki or docs-as-code export) made plain: section titles ("== Safety") as headings,
document attributes (":payer: Medicaid") as fields, and tables between "|===" lines, whose cells may each sit on a
line of their own, as pipe rows under their header."""
from __future__ import annotations

import re

_TABLE_FENCE = re.compile(r"^[ \t]*\|={3,}[ \t]*$")
_COLS = re.compile(r"^\[[^\]]*\bcols\s*=\s*\"?([^\"\],]+(?:,[^\"\],]+)*)\"?[^\]]*\]\s*$")
_HEADER_OPTION = re.compile(r"^\[[^\]]*\boptions\s*=\s*\"?[^\"\]]*\bheader\b")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]{1,80}\]\s*$")
_SECTION_TITLE = re.compile(r"^(={1,5})[ \t]+(\S.*?)[ \t]*$")
_ATTRIBUTE = re.compile(r"^:([A-Za-z][\w-]*):[ \t]+(\S.*)$")


def _column_count(spec: str) -> int:
    """'3,1,1' -> 3; '2*' or '3*' -> 2 or 3 (a repeat count); '1,3a' -> 2."""
    repeat = re.fullmatch(r"\s*(\d+)\s*\*.*", spec)
    return int(repeat.group(1)) if repeat else len(spec.split(","))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().split("|")[1:]]


def _table(lines: list[str], columns: int, header: bool) -> list[str]:
    """The lines between the fences -> pipe rows: cells read in order, a row every `columns` cells."""
    if not columns:
        first = next((ln for ln in lines if ln.strip().startswith("|")), "")
        columns = len(_cells(first))
    cells, rows, continued = [], [], False
    for line in lines:
        if not line.strip():
            continued = False
            continue
        if line.strip().startswith("|"):
            cells += _cells(line)
            continued = True
        elif continued and cells:
            cells[-1] = (cells[-1] + " " + line.strip()).strip()  # a cell's text wrapped onto the next line
    if columns < 2:
        return lines
    for i in range(0, len(cells) - len(cells) % columns, columns):
        rows.append("| " + " | ".join(cells[i:i + columns]) + " |")
        if i == 0 and header:
            rows.append("|" + "---|" * columns)
    return rows


def plain_asciidoc(note: str) -> str:
    """The note with its AsciiDoc markup read; a note with no table fence, no two section titles and no two
    attribute lines is returned as it is."""
    lines = note.split("\n")
    titles = sum(bool(_SECTION_TITLE.match(ln)) and ln.startswith("==") for ln in lines)
    attributes = sum(bool(_ATTRIBUTE.match(ln)) for ln in lines)
    fences = sum(bool(_TABLE_FENCE.match(ln)) for ln in lines)
    if fences < 2 and titles < 2 and attributes < 2:
        return note
    out, i, columns, header = [], 0, 0, False
    while i < len(lines):
        line = lines[i]
        if _TABLE_FENCE.match(line):
            end = next((j for j in range(i + 1, len(lines)) if _TABLE_FENCE.match(lines[j])), None)
            if end is not None:
                body = lines[i + 1:end]
                first = next((ln for ln in body if ln.strip()), "")
                # AsciiDoc's own rule: a first line holding every cell of a row, followed by a blank line, is the header
                implicit = bool(first) and len(body) > body.index(first) + 1 and not body[body.index(first) + 1].strip() \
                    and len(_cells(first)) > 1
                out += _table(body, columns, header or implicit)
                i, columns, header = end + 1, 0, False
                continue
        cols = _COLS.match(line.strip())
        if cols or _BLOCK_ATTRIBUTES.match(line.strip()):
            columns = _column_count(cols.group(1)) if cols else columns
            header = header or bool(_HEADER_OPTION.match(line.strip()))
            i += 1
            continue
        title = _SECTION_TITLE.match(line) if titles >= 2 else None
        attribute = _ATTRIBUTE.match(line) if attributes >= 2 else None
        if title:
            out.append(title.group(2) if len(title.group(1)) == 1 else title.group(2).rstrip(":") + ":")
        elif attribute:
            out.append(f"{attribute.group(1).replace('-', ' ').capitalize()}: {attribute.group(2)}")
        else:
            out.append(line)
        i += 1
    return "\n".join(out)
