"""A sentence taken from a note with the quote or bracket it opened closed again: the splitter cuts at a semicolon or a
full stop inside a quotation ('an EAP counselor 4 times ("we just talked; it didn't touch the nightmares")'), and a
letter must not quote half of it."""
from __future__ import annotations

import re

_REACH = 160  # how far on the note is read for the closing mark


def with_closers(text: str, note: str) -> str:
    """The sentence with the closing quotes or brackets the sentence splitter left behind; a bracket or quotation the
    sentence opened and did not close is read on to its close, when that comes within a short stretch of the same
    paragraph."""
    at = note.find(text)
    if at < 0:
        return text
    end = at + len(text)
    closing = ")" if text.count("(") > text.count(")") else '"' if text.count('"') % 2 else "\u201d" if text.count("\u201c") > text.count("\u201d") else ""
    if closing:
        close = note.find(closing, end)
        if 0 <= close - end <= _REACH and "\n\n" not in note[end:close]:
            text, end = text + note[end:close + 1], close + 1
    closers = re.match(r"[\"')\]\u201d]+", note[end:])
    return text + closers.group(0) if closers else text
