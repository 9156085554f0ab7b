"""A note's text made plain before it is read: HTML from an EHR's web page, and fields run together on one line."""

from __future__ import annotations

import html
import re


# An EHR export that runs its fields together on one line: "DOS 10/06 | Pt: ... | FHx: ... | Plan: ...".
_RUN_LABEL = re.compile(r"^[A-Z][\w /#&().'-]{0,30}:[ \t]")


def one_field_per_line(line: str) -> str:
    """A line of fields run together -> one field per line; any other line unchanged."""
    for sep, least in ((r"[ \t]+(?:\|\|?|\u00a6)[ \t]+", 2),):
        parts = re.split(sep, line)
        if len(parts) >= 3 and sum(bool(_RUN_LABEL.match(p)) for p in parts) >= least:
            return "\n".join(p.strip() for p in parts)
    return line


# Notes pasted from an EHR's web page keep its HTML: "<p><b>Goals:</b></p> <ol> <li>...</li>", "&nbsp;". Block tags
# become line breaks, list items become bullets, inline tags go and entities are read (our placeholders stay).
_HTML_BREAK = re.compile(r"(?i)<br\s*/?>|</(?:p|li|div|tr|h[1-6]|ol|ul|table)\s*>|<(?:p|div|ol|ul|table|tr|h[1-6])(?:\s[^>]*)?>")
_HTML_ITEM = re.compile(r"(?i)<li(?:\s[^>]*)?>")
_HTML_INLINE = re.compile(r"(?i)</?(?:b|i|u|em|strong|span|font|td|th|tbody|thead|small|sup|sub|a)(?:\s[^>]*)?>")


def plain_html(note: str) -> str:
    """A note with HTML markup -> its text, one block per line; a note without it unchanged."""
    if not re.search(r"(?i)</?(?:p|br|li|div|b|span|strong)\b[^>]*>|&nbsp;|&amp;", note):
        return note
    text = _HTML_INLINE.sub("", _HTML_ITEM.sub("\n- ", _HTML_BREAK.sub("\n", note)))
    text = html.unescape(text.replace("&nbsp;", " "))
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())  # tags leave empty lines behind


# A grid table's border with the next sentence run onto its line: "+------+------+ Steps 1-2 were done in session."
_BORDER_THEN_TEXT = re.compile(r"^(\s*[+|][-=+|]{8,}[+|])[ \t]+(\S.*)$", re.M)


def border_apart(note: str) -> str:
    """A border line with text after it -> the border, then the text on a line of its own."""
    return _BORDER_THEN_TEXT.sub(r"\1\n\2", note)
