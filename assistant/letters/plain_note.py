"""A note made plain before it is read: every form a pasted note comes in (HL7 text segments, one-row spreadsheet
exports, LaTeX, TOML, inline Markdown, XML, dictated punctuation, dotted leaders, PDF form keys, HTML, page furniture,
grid borders, fields run together on a line) is turned into plain lines of text, in this order."""
from __future__ import annotations

from assistant.letters.hl7_text import plain_hl7_text
from assistant.letters.markup import plain_markup
from assistant.letters.note_text import (border_apart, leader_fields, one_field_per_line, plain_form_keys, plain_html,
                                         spoken_punctuation, without_page_furniture)
from assistant.letters.one_row_tables import one_row_fields
from assistant.letters.xml_fields import plain_xml


def plain_note(note: str) -> str:
    note = plain_markup(one_row_fields(plain_hl7_text(note)))
    note = border_apart(without_page_furniture(plain_html(plain_form_keys(leader_fields(spoken_punctuation(plain_xml(note)))))))
    return "\n".join(one_field_per_line(line) for line in note.split("\n"))
