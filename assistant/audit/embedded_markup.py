"""A note's body kept as markup inside an export's XML, read as its text before the export's fields are.

Note apps and some EHRs export a note as an XML record whose body is a web page: a notes app puts it in a CDATA
section ("<content><![CDATA[<en-note><div><b>DOS:</b> 03/05/2026</div>...]]></content>"), others escape it
("<body>&lt;p&gt;&lt;b&gt;DOS:&lt;/b&gt; 03/05/2026&lt;/p&gt;</body>"). The body's blocks are the note's lines, so
its paragraphs, list items and line breaks become lines, the inline tags and the body's own wrapper go, and the
entities are read; the record around it is left for the XML reader. Other notes come back unchanged.
"""

from __future__ import annotations

import html
import re

from assistant.letters.note_text import plain_html

_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
# An element whose text is escaped web markup: "<body>&lt;p&gt;...&lt;/p&gt;</body>" (two escaped tags at least).
_ESCAPED_BODY = re.compile(r"(<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>)((?:[^<]*?&lt;/?[A-Za-z][^<]*?&gt;){2,}[^<]*)(</\2>)", re.S)
_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>")
# Our redaction placeholders look like tags ("<PERSON_1>") and stay.
_PLACEHOLDER = re.compile(r"<[A-Z]+(?:_[A-Z]+)*_\d+>")
# Block tags a note app uses beyond plain_html's own, each ending a line.
_BLOCK_END = re.compile(r"(?i)</(?:en-note|blockquote|section|article|pre|dd|dt)\s*>|<hr\s*/?>")


# What a saved web page holds besides its text: the head (title, style sheet, scripts) and any style or script.
_NOT_TEXT = re.compile(r"(?is)<(head|style|script)\b[^>]*>.*?</\1\s*>")
_TABLE_ROW = re.compile(r"(?is)<tr\b[^>]*>(.*?)</tr\s*>")
_CELL = re.compile(r"(?is)<(th|td)\b[^>]*>(.*?)</\1\s*>")


def _row_text(m: re.Match[str]) -> str:
    """A table row -> one line: header cells each before a data cell as "Label: value" fields parted by wide gaps
    ("<th>Start</th><td>13:00</td><th>End</th><td>14:04</td>" -> "Start: 13:00   End: 14:04"), any other row as a
    pipe table's row, which the time and column readers know."""
    cells = _CELL.findall(m.group(1))
    if not cells:
        return m.group(0)
    kinds = [k.lower() for k, _ in cells]
    text = [" ".join(v.split()) for _, v in cells]
    if len(cells) % 2 == 0 and kinds == ["th", "td"] * (len(cells) // 2):
        return "<tr>" + "   ".join(f"{text[i]}: {text[i + 1]}" for i in range(0, len(cells), 2)) + "</tr>"
    return "<tr>| " + " | ".join(text) + " |</tr>"


def _body_text(markup: str) -> str:
    """Web markup of a note's body -> its text, one block per line (our placeholders kept)."""
    markup = _TABLE_ROW.sub(_row_text, _NOT_TEXT.sub("", markup))
    markup = _BLOCK_END.sub("\n", _PROLOGUE.sub("", markup))
    text = plain_html(markup)
    if text == markup:
        text = html.unescape(text)  # no block or inline tag plain_html knows: its entities are read here
    kept = _ANY_TAG.sub(lambda m: m.group(0) if _PLACEHOLDER.fullmatch(m.group(0)) else "", text)
    return "\n".join(line.strip() for line in kept.split("\n") if line.strip())


def _has_markup(text: str) -> bool:
    return bool(re.search(r"<[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>", text))


def embedded_markup(note: str) -> str:
    """An export whose note body is markup in a CDATA section or escaped in an element -> the body as lines of text;
    a note without such a body unchanged."""
    if "<![CDATA[" in note:
        note = re.sub(r"(?im)^[ \t]*<!DOCTYPE[^>]*>[ \t]*\n?", "", note)  # the export's document type names no field
        note = _CDATA.sub(lambda m: "\n" + (_body_text(m.group(1)) if _has_markup(m.group(1)) else m.group(1)) + "\n", note)
    if "&lt;" in note and "<" in note.replace("&lt;", ""):
        note = _ESCAPED_BODY.sub(lambda m: f"{m.group(1)}\n{_body_text(html.unescape(m.group(3)))}\n{m.group(4)}", note)
    if _WEB_BLOCK.search(note) and (not _PROLOGUE.search(note) or _WEB_PAGE.search(note)):
        # the note is itself a web page's markup: "<p><b>DOS:</b> ...</p><p>A. Name, LPC</p>", or a saved page whole
        # ("<!DOCTYPE html><html><head>...</head><body>...")
        note = _body_text(note)
    return note


_WEB_BLOCK = re.compile(r"(?i)<(?:p|div|br|li|tr|h[1-6])\b[^<>]*>")
_WEB_PAGE = re.compile(r"(?i)<!DOCTYPE\s+html\b|<html\b")
