"""Reading what the user hands us: note files, stdin and JSON Lines, with clear refusals."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assistant.errors import InputError

# Form shapes every reader shares: an empty check box, and a field's value left blank ("Goals: ______",
# "Plan: [      ]").
EMPTY_BOX = r"\[\s?\]|[\u2610\u25a1]|\(\s\)"
BLANK_VALUE = r"_{3,}|\[[\s_./-]*\]|\([\s_./-]*\)"

MAX_BYTES = 20 * 1024 * 1024  # far beyond any note; stops an accidental upload of a disk image


@dataclass(frozen=True)
class TextInput:
    """Decoded text plus a warning when bytes had to be replaced."""

    text: str
    warning: str = ""


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and control / len(sample) > 0.1


def decode(data: bytes, name: str) -> TextInput:
    """Bytes of a note -> text; binary refused, invalid UTF-8 replaced with a warning naming the source."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into separate notes.")
    if _looks_binary(data):
        raise InputError(f"{name} looks like a binary file, not a text note. Save the note as plain text (.txt) and try again.")
    try:
        text = data.decode("utf-8-sig")
        warning = ""
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        warning = (f"{name} is not valid UTF-8; undecodable bytes were replaced with \ufffd. "
                   "Re-save the file as UTF-8 to keep every character.")
    if not text.strip():
        raise InputError(f"{name} is empty: there is no note text to work on.")
    return TextInput(text=text, warning=warning)


def read_note(source: str) -> TextInput:
    """A path, or '-' for standard input -> decoded note text."""
    if source == "-":
        return decode(sys.stdin.buffer.read(), "standard input")
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{source} does not exist or is not a file.")
    return decode(path.read_bytes(), str(path))


def read_jsonl(path: str) -> Iterator[tuple[int, dict | None, str]]:
    """JSON Lines file -> (line number, object or None, error message) for every non-blank line."""
    source = Path(path)
    if not source.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    with open(source, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                yield number, None, f"line {number} is not valid JSON"
                continue
            if not isinstance(obj, dict):
                yield number, None, f"line {number} is not a JSON object"
                continue
            yield number, obj, ""


# A line that starts a block of its own: a bullet (a dash, a star, a dot, a check box or an emoji, as phone-notes
# apps write them), a numbered item, a label, a heading in capitals, a time stamp ("7:40 PM - ..."), or nothing.
_LINE_START_BLOCK = re.compile(r"^\s*(?:[-*•>|!\u2013\u2014\u25aa\u25e6\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff]|\d+[.)]\s|"
                               r"\[[ xX>/*~-]?\]|"
                               r"\d{1,2}:\d{2}\b|[A-Za-z][\w /&()'-]{0,30}:|[A-Z0-9 /&()'-]{4,}$|$|"
                               # a form's field with its dotted leader: "Plan ................ continue weekly ..."
                               r"[A-Za-z][\w /&()'-]{0,30}?[ \t]*\.{3,}[ \t]*\S)")
# A table row (pipes, tabs, or columns aligned with runs of spaces) is never prose to re-join.
# CSV and key-value export lines ("date,instrument,total", "frequency,weekly") put no space after their commas.
_TABLE_ROW = re.compile(r"\||\S\t+\S|\S {3,}\S|^[^\s,]+,(?=\S)|\S,(?=\S)[^,]*,(?=\S)")
# A word hyphenated across the wrap ("dissocia-\ntive") is joined without a space.
_SPLIT_WORD = re.compile(r"[A-Za-z]-$")


def unwrap_lines(text: str) -> str:
    """Join prose that a copy-paste hard-wrapped ("missing 3 shifts in\\nFebruary at ..."), keeping lists,
    labelled lines, headings, table rows and short lines as they are. Only whitespace changes."""
    lines = text.split("\n")
    # a hard wrap has a width: a line far shorter than the note's longest prose line ended where its writer ended it
    # ("Dx: F42.2 Obsessive-compulsive disorder, mixed obsessional thoughts and acts" over a 150-character line)
    width = max((len(x.rstrip()) for x in lines if x.strip() and not _TABLE_ROW.search(x.strip())), default=0)
    out = [lines[0]] if lines else []
    last = lines[0] if lines else ""  # the previous physical line (out[-1] may hold several joined ones)
    for line in lines[1:]:
        prev = out[-1]
        wrapped = (len(last.rstrip()) >= max(60, width - 30) and not prev.rstrip().endswith((".", ":", "!", "?", ";", ")", '"'))
                   and line.strip() and not _LINE_START_BLOCK.match(line)
                   and not _TABLE_ROW.search(last.strip()) and not _TABLE_ROW.search(line.strip()))
        if wrapped:
            glue = "" if _SPLIT_WORD.search(prev.rstrip()) and line.lstrip()[:1].islower() else " "
            out[-1] = prev.rstrip() + glue + line.lstrip()
        else:
            out.append(line)
        last = line
    return "\n".join(out)
