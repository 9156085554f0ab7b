"""Values in table cells, typed by their column header: an intake form laid out as a pipe or tab table
("| SSN (last 4) | ... |" over "| 4471 | ... |") gives no label beside the value, only above it."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# Header text -> type of the values below it. Headers that name people or places are left to the name
# and place rules, which read the cell's words themselves.
_HEADERS = [
    ("SSN", re.compile(r"\b(?:ssn|social security|ss#)", re.I)),
    ("ADDRESS", re.compile(r"\b(?:zip|postal|city|town|street|address|addr)\b", re.I)),
    ("DATE", re.compile(r"\b(?:dob|date of birth|birth ?date|born)\b", re.I)),
    ("AGE_OVER_89", re.compile(r"^\s*age\b", re.I)),
    ("MRN", re.compile(r"\b(?:mrn|chart|record|account|acct)\b", re.I)),
    ("HEALTH_PLAN_ID", re.compile(r"\b(?:member|subscriber id|group|policy|claim|auth)", re.I)),
    ("LICENSE", re.compile(r"\b(?:licen[cs]e|npi|dea|dl)\b", re.I)),
    ("PHONE", re.compile(r"\b(?:phone|cell|mobile|tel)\b", re.I)),
]
_EMPTY = re.compile(r"^(?:|-+|n/?a|none|self|same|unknown|yes|no|y|n|x|declined|negative|positive|—)$", re.I)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped content in a table row."""
    out, pos = [], 0
    for part in line.split(sep):
        stripped = part.strip()
        start = pos + (part.find(stripped) if stripped else 0)
        out.append((start, start + len(stripped)))
        pos += len(part) + len(sep)
    return out


def _kind(header: str) -> str | None:
    return next((kind for kind, pat in _HEADERS if pat.search(header)), None)


def find_table_values(text: str) -> list[PhiSpan]:
    """Text -> spans of cell values under identifying headers in pipe- or tab-separated tables."""
    spans: list[PhiSpan] = []
    lines, offsets, pos = text.split("\n"), [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    header: list[str | None] | None = None
    for line, off in zip(lines, offsets):
        sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else None
        if sep is None:
            header = None
            continue
        cells = _cells(line, sep)
        values = [line[s:e] for s, e in cells]
        if all(re.fullmatch(r"[-:= ]*", v) for v in values):
            continue  # the |---|---| rule under a header
        if header is None or len(header) != len(values):
            header = [_kind(v) for v in values]
            continue
        for (s, e), value, kind in zip(cells, values, header):
            if not kind or _EMPTY.match(value) or not any(c.isdigit() for c in value) and kind != "ADDRESS":
                continue
            if kind == "AGE_OVER_89" and not re.fullmatch(r"(?:9\d|1[01]\d)", value):
                continue
            if kind not in ("AGE_OVER_89", "DATE") and (re.fullmatch(r"\$?[\d,]*\.\d{2}", value)
                                                       or sum(c.isdigit() for c in value) < 4):
                continue  # amounts ("171.25") and short counts are no identifiers
            if kind == "ADDRESS" and not re.fullmatch(r"\d{5}(?:-\d{4})?", value):
                continue  # ZIP cells here; towns and streets are the place rules' job
            spans.append(PhiSpan(off + s, off + e, kind, 0.8, "table"))
    return spans
