"""A question pasted with a markup file around it (an XLIFF translation file, an HTML page, an XML export) -> the
file's text, one element's text a line, so its sentences can be read and searched like any other.

Tags, attribute values and character references ("d&#237;as") are no words of the question: searched as written they
outweigh what it asks, and a sentence split by a tag is never found whole. An element numbered by its id
(<trans-unit id="12">, <item id="3">) keeps its number as a label ("unit 12:"), since the asker points at it by
that number ("what should units 12 and 13 say?").
"""

from __future__ import annotations

import html
import re

# a closing tag: three or more make a markup file (a placeholder such as <PERSON_1> or an e-mail address has none)
_CLOSING = re.compile(r"</[A-Za-z][\w:.-]*\s*>")
_DECLARATION = re.compile(r"<\?.*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[|\]\]>", re.S | re.I)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))*)\s*(/?)>")
_NUMBERED = re.compile(r"\bid\s*=\s*[\"']?(\d{1,4})[\"']?")
# inline elements run on inside a sentence; every other element starts a line of its own
_INLINE = frozenset("a abbr b bdi cite code em font i kbd mark q s small span strong sub sup u var g x ph bpt ept it".split())


def _tag(m: re.Match) -> str:
    """One tag -> what stands in for it in the text: nothing inside a sentence, a line break between elements, and
    an element's number label where it opens."""
    closing, name, attrs = m.group(1), m.group(2), m.group(3)
    local = name.split(":")[-1].lower()
    if local in _INLINE:
        return ""
    numbered = _NUMBERED.search(attrs or "")
    if numbered and not closing:
        return f"\n{local.split('-')[-1]} {numbered.group(1)}: "
    return "\n"


def is_markup(text: str) -> bool:
    """Whether a question carries a markup file: three or more closing tags."""
    return len(_CLOSING.findall(text)) >= 3


def markup_text(text: str) -> str:
    """A text holding a markup file -> its words, one element's text a line, character references decoded; any other
    text comes back unchanged."""
    if not is_markup(text):
        return text
    out = _DECLARATION.sub("\n", text)
    out = _COMMENT.sub(lambda m: "\n" + m.group(1).strip() + "\n", out)
    out = html.unescape(_TAG.sub(_tag, out))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in out.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()
