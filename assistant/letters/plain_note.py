"""A note made plain before it is read: every form a pasted note comes in (HL7 text segments, one-row spreadsheet
exports, LaTeX, TOML, inline Markdown, XML, dictated punctuation, dotted leaders, PDF form keys, HTML, page furniture,
grid borders, fields run together on a line) is turned into plain lines of text, in this order."""
from __future__ import annotations

import re

from assistant.letters.hl7_text import plain_hl7_text
from assistant.letters.markup import plain_markup
from assistant.letters.note_text import (border_apart, leader_fields, one_field_per_line, plain_form_keys, plain_html,
                                         spoken_punctuation, without_page_furniture)
from assistant.letters.one_row_tables import one_row_fields
from assistant.letters.patterns.segments import label_kind
from assistant.letters.xml_fields import plain_xml


# A run-in heading closed by a full stop, as a letter writes its paragraphs: "Goals. BDD-YBOCS under 16; ...",
# "Plan. Twice weekly for another 8 weeks ...". Read as the field it names ("Goals: ..."), when its words name one.
_RUN_IN = re.compile(r"^([ \t]*)([A-Z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,3})\.[ \t]+(?=[A-Z0-9\"'(])", re.M)


def run_in_headings(note: str) -> str:
    return _RUN_IN.sub(lambda m: f"{m.group(1)}{m.group(2)}: " if label_kind(m.group(2)) else m.group(0), note)


def plain_note(note: str) -> str:
    note = run_in_headings(plain_markup(one_row_fields(plain_hl7_text(note))))
    note = border_apart(without_page_furniture(plain_html(plain_form_keys(leader_fields(spoken_punctuation(plain_xml(note)))))))
    return "\n".join(one_field_per_line(line) for line in note.split("\n"))
