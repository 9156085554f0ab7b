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


def _body_text(markup: str) -> str:
    """Web markup of a note's body -> its text, one block per line (our placeholders kept)."""
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
    if _WEB_BLOCK.search(note) and not _PROLOGUE.search(note):
        note = _body_text(note)  # the note is itself a web page's markup: "<p><b>DOS:</b> ...</p><p>A. Name, LPC</p>"
    return note


_WEB_BLOCK = re.compile(r"(?i)<(?:p|div|br|li|tr|h[1-6])\b[^<>]*>")
