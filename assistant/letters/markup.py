"""Markup a note may be pasted in, made plain before it is read: LaTeX source (latex.py) and TOML-style files
(toml_notes.py). HTML and XML are read in note_text.py and xml_fields.py."""
from __future__ import annotations

from assistant.letters.latex import plain_latex
from assistant.letters.toml_notes import plain_toml


def plain_markup(note: str) -> str:
    """A note in LaTeX or TOML -> its text; any other note unchanged."""
    return plain_toml(plain_latex(note))
