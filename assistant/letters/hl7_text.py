"""HL7 v2 text results made plain: an MDM or ORU message carries a note's narrative in OBX (or NTE) segments of type
TX, FT or ST, its line breaks written as escape sequences ("...Risk: denies SI.\\.br\\Plan: weekly CBT, 16 sessions").
Each such segment becomes its label and its text, one line per escaped break, so the narrative's own labels (Plan:,
Risk:, Goals:) head lines as they would in a typed note. Numeric results (NM) stay segments: record_scores.py reads them.
"""
from __future__ import annotations

import re

_TEXT_SEGMENT = re.compile(r"^[ \t]*(?:OBX\|[^|\n]*\|(?:TX|FT|ST)\||NTE\|[^|\n]*\|[^|\n]*\|)([^\n]*)$", re.M)
_ESCAPES = {".BR": "\n", "X0D": "", "X0A": "\n", "T": "&", "S": "^", "F": "|", "R": "~", "E": "\\"}
_ESCAPE = re.compile(r"\\(\.br|X0D|X0A|T|S|F|R|E)\\", re.I)
# Highlighting and formatting escapes that carry no text: \H\ \N\ \.sp\ \.in+4\ \.ti-2\ \.ce\ \.fi\ \.nf\
_FORMAT = re.compile(r"\\(?:H|N|\.sp\d*|\.in[+-]?\d+|\.ti[+-]?\d+|\.ce|\.fi|\.nf|\.sk\d*)\\", re.I)


def unescape(value: str) -> str:
    """An HL7 v2 field's text with its escapes decoded (line breaks, delimiters) and formatting escapes dropped."""
    value = _FORMAT.sub("", value)
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group(1).upper()], value)


def _segment_text(m: re.Match[str]) -> str:
    fields = m.group(1).split("|")
    if m.group(0).lstrip().startswith("NTE"):
        label, value = "", fields[0]
    else:  # OBX|n|TX|code^Label^system|sub-id|value|...
        parts = fields[0].split("^")
        label = parts[1] if len(parts) > 1 else ""
        value = fields[2] if len(fields) > 2 else ""
    text = unescape(value).strip()
    if not text:
        return m.group(0)
    return (f"{label}:\n" if label else "") + text


def plain_hl7_text(note: str) -> str:
    """A note holding HL7 text segments -> the same with each one's narrative as plain lines; other notes unchanged."""
    if "|" not in note or not _TEXT_SEGMENT.search(note):
        return note
    return _TEXT_SEGMENT.sub(_segment_text, note)
