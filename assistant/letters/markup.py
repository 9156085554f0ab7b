"""Markup a note may be pasted in, made plain before it is read: LaTeX source (latex.py) and TOML-style files
(toml_notes.py). HTML and XML are read in note_text.py and xml_fields.py. A table row quoted in the letter loses its
cell markup too."""
from __future__ import annotations

import re

from assistant.letters.latex import plain_latex
from assistant.letters.toml_notes import plain_toml


# Markdown written inline by a notes app: bold or code around a value ("GAD-7 **15**", "`PHQ-9 12`"), a wiki link
# ("[[2026-09-23 Intake]]", "[[Treatment plan 2026-09-30|plan]]": the page's name, which carries the date) and a link ("[the plan](plan.md)"): the text stays, the marks go.
_BOLD = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
_WIKI = re.compile(r"\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[a-z]+:|/|#|\.{0,2}/?[\w-]+\.md)[^)\s]*\)")


def plain_inline_markdown(note: str) -> str:
    """Inline Markdown marks -> their text; a note without them unchanged."""
    if not re.search(r"\*\*|__|`|\[\[|\]\(", note):
        return note
    note = _WIKI.sub(lambda m: m.group(1), note)
    note = _LINK.sub(r"\1", note)
    return _CODE.sub(r"\1", _BOLD.sub(r"\2", note))


def plain_markup(note: str) -> str:
    """A note in LaTeX, TOML or with inline Markdown -> its text; any other note unchanged."""
    return plain_inline_markdown(plain_toml(plain_latex(note)))


def row_as_phrase(text: str) -> str:
    """A table row's finding read as a phrase for a sentence of the letter: "Sertraline | 200 mg daily | Feb-June 2021"
    -> "Sertraline, 200 mg daily, Feb-June 2021" (a lone quotation mark the cell boundary cut is dropped)."""
    text = re.sub(r"\s*(?:\||\t)\s*", ", ", text).strip(" ,")
    return text.replace('"', "") if text.count('"') % 2 else text
