"""Markup a note may be pasted in, made plain before it is read: LaTeX source (latex.py) and TOML-style files
(toml_notes.py). HTML and XML are read in note_text.py and xml_fields.py. A table row quoted in the letter loses its
cell markup too."""
from __future__ import annotations

import re

from assistant.letters.latex import plain_latex
from assistant.letters.toml_notes import plain_toml


def plain_markup(note: str) -> str:
    """A note in LaTeX or TOML -> its text; any other note unchanged."""
    return plain_toml(plain_latex(note))


def row_as_phrase(text: str) -> str:
    """A table row's finding read as a phrase for a sentence of the letter: "Sertraline | 200 mg daily | Feb-June 2021"
    -> "Sertraline, 200 mg daily, Feb-June 2021" (a lone quotation mark the cell boundary cut is dropped)."""
    text = re.sub(r"\s*(?:\||\t)\s*", ", ", text).strip(" ,")
    return text.replace('"', "") if text.count('"') % 2 else text
