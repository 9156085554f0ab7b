"""A notice that arrives inside markup, read as the words it says: speech markup (SSML) written for the audio version of
a letter ("<s>We denied this request.</s>", "<say-as interpret-as="cardinal">60</say-as>", "<break time="600ms"/>"), or
a web page's or an e-mail's HTML body ("<p>", "<br>", "<td>"). Paragraph tags part paragraphs and line-break tags lines,
sentences of a paragraph run on as they would be printed, a spoken alias stands for the abbreviation it replaces, and
comments, the XML declaration and every other tag go."""
from __future__ import annotations

import html
import re

# an element as markup writes it; "<PERSON_1>" is a redaction placeholder, never a tag
_TAG = re.compile(r"(?!</?[A-Z]+(?:_[A-Z]+)*_\d+>)</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DECLARATION = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.I)
# blocks of the page or of the spoken text: each is a paragraph; a line break or a table row ends a line. Markup, like
# the page it draws, ignores the line breaks of its source, so the text between them is run together.
_PARAGRAPH = re.compile(r"</?(?:speak|p|paragraph|div|h[1-6]|table|ul|ol|body|html)\b[^<>]*>", re.I)
_LINE = re.compile(r"<br\b[^<>]*>|</?(?:li|tr)\b[^<>]*>", re.I)
# a sentence's or a cell's edge keeps a space between its words and the next; any other tag sits inside a word's run
_SENTENCE = re.compile(r"</?(?:s|sentence|td|th|break)\b[^<>]*>", re.I)
# "<sub alias="an intensive outpatient program">I O P</sub>": what the voice says for the printed letters
_ALIAS = re.compile(r"<sub\s[^<>]*\balias\s*=\s*\"([^\"]*)\"[^<>]*>.*?</sub>", re.I | re.S)
# the root of speech markup, or a page's own tags: enough to tell markup from a letter that mentions a bracket
_ROOT = re.compile(r"<(?:speak|html|body)\b|<(?:p|s|div|br|td)\b[^<>]*>", re.I)


def is_markup(text: str) -> bool:
    """Whether the text is a notice carried in markup: a speech or page root, and tags on many of its lines."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    tagged = sum(bool(_TAG.search(ln)) for ln in lines)
    return bool(_ROOT.search(text)) and tagged >= 5 and tagged * 3 >= len(lines)


def unmarked(text: str) -> str:
    """A notice in speech markup or HTML -> its text, paragraphs parted by a blank line; any other text unchanged."""
    if "<" not in text or not is_markup(text):
        return text
    text = _ALIAS.sub(lambda m: m.group(1), _DECLARATION.sub("", _COMMENT.sub("", text)))
    text = _TAG.sub("", _SENTENCE.sub(" ", _LINE.sub("\x01", _PARAGRAPH.sub("\x02", text))))
    paragraphs = ("\n".join(" ".join(html.unescape(ln).split()) for ln in p.split("\x01")) for p in text.split("\x02"))
    return re.sub(r"\n[ \n]*\n", "\n\n", "\n\n".join(p.strip() for p in paragraphs if p.strip()))
