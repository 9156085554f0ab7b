"""A letter photographed with a phone scanner app and exported as OCR text: the app's own lines are dropped before the
letter is read. They are its title block ("Document: Scan Sep 4 2026 at 10.14", "Exported from ... OCR"), the
watermark it stamps on every page ("Scanned with ..."), its page markers ("---- page 2 ----") and the specks OCR reads
at a page's edge (a lone "I" far to the right of a line, a line holding only "i" or ":."). The scan's date is the
photo's, not the notice's, and a speck at a line's end makes a wrapped sentence look like a table row. Text that is
not such an export is returned as it is."""
from __future__ import annotations

import re

_WATERMARK = re.compile(r"^[ \t]*(?:scanned|created|made|digiti[sz]ed|converted)[ \t]+(?:with|by|using)[ \t]+\S[^\n]{0,40}$",
                        re.I)
_TITLE = re.compile(r"^[ \t]*(?:(?:document|file|title|name)[ \t]*:[ \t]*(?:new[ \t]+)?(?:scan|scanned|doc(?:ument)?|img|image)\b|"
                    r"(?:exported|generated|created)[ \t]+(?:from|by|with|in)[ \t]+[^\n]*\b(?:scan\w*|OCR)\b)", re.I)
_PAGE_MARK = re.compile(r"^[ \t]*[-=_*#]{2,}[ \t]*page[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?[ \t]*[-=_*#]{2,}[ \t]*$", re.I)
# a speck: one letter or one or two marks, no digit (a table's last column may end on a number)
_SPECK = r"(?:[^\w\s]{1,2}|[^\W\d_][^\w\s]?|[^\w\s][^\W\d_])"
_EDGE_SPECK = re.compile(rf"[ \t]{{12,}}{_SPECK}[ \t]*$")
_SPECK_LINE = re.compile(rf"^[ \t]*{_SPECK}[ \t]*$")


def is_scan_export(text: str) -> bool:
    """A watermark on two or more pages, or the app's title block in the first lines."""
    lines = text.split("\n")
    return sum(bool(_WATERMARK.match(ln)) for ln in lines) >= 2 or any(_TITLE.match(ln) for ln in lines[:3])


def without_scan_marks(text: str) -> str:
    """A scanner app's export -> the letter's own lines (the app's lines and OCR specks dropped); other text unchanged."""
    if not is_scan_export(text):
        return text
    out = []
    for i, line in enumerate(text.split("\n")):
        if _WATERMARK.match(line) or _PAGE_MARK.match(line) or _SPECK_LINE.match(line) or i < 3 and _TITLE.match(line):
            continue
        out.append(_EDGE_SPECK.sub("", line))
    return "\n".join(out)
