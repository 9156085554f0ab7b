"""A note made plain before it is read: every form a pasted note comes in (AsciiDoc, HL7 text segments, one-row spreadsheet
exports, logfmt lines, LaTeX, TOML, inline Markdown, XML, dictated punctuation, dotted leaders, PDF form keys, HTML, page furniture,
grid borders, fields run together on a line) is turned into plain lines of text, in this order."""
from __future__ import annotations

import re

from assistant.letters.asciidoc import plain_asciidoc
from assistant.letters.catalog import catalog
from assistant.letters.glossary import glossed
from assistant.letters.hash_dumps import plain_hash_dump
from assistant.letters.hl7_text import plain_hl7_text
from assistant.letters.logfmt import plain_logfmt
from assistant.letters.markup import plain_markup
from assistant.letters.note_text import (border_apart, leader_fields, one_field_per_line, plain_form_keys, plain_html,
                                         spoken_punctuation, without_page_furniture)
from assistant.letters.one_row_tables import one_row_fields
from assistant.letters.topic_tables import drawn_columns, goal_rows, topic_rows
from assistant.letters.patterns.segments import label_kind
from assistant.letters.xml_fields import plain_xml


# A run-in heading closed by a full stop, as a letter writes its paragraphs: "Goals. BDD-YBOCS under 16; ...",
# "Plan. Twice weekly for another 8 weeks ...". Read as the field it names ("Goals: ..."), when its words name one.
# The heading is a section's own name, one or two words ("Denies SI/HI. No history ..." is a sentence, not a heading).
_RUN_IN = re.compile(r"^([ \t]*)((?=(?-i:[A-Z]))(?:Treatment |Discharge |Safety |Risk |Prior |Past |Current )?(?:Goals?|Plan|Safety|Risk|Diagnosis|Diagnoses|"
                     r"History|Assessment|Progress|Response|Interventions?|Medications?|Functioning|Impairment|Discharge|Criteria|"
                     r"Treatment|Frequency|Duration|Measures|Scores|Presentation))\.[ \t]+(?=(?-i:[A-Z0-9\"'(]))", re.M | re.I)


def run_in_headings(note: str) -> str:
    return _RUN_IN.sub(lambda m: f"{m.group(1)}{m.group(2)}: " if label_kind(m.group(2)) else m.group(0), note)


# An instrument named on a line of its own that ends in a colon, its scores on the indented line below:
# "YGTSS (clinician-rated, 09/16/2025):" / "  Motor 15  |  Phonic 12  |  Total Tic Severity 27".
# A list of rows under the name ("PHQ-9:" / "  Intake - 21" / "  Oct 30 - 14") is read by heading_scores.py instead.
_NAMED_THEN_SCORES = re.compile(r"^([^\n]{2,120}):[ \t]*\n([ \t]+[A-Za-z][^\n]*\d[^\n]*)$(?!\n[ \t]+\S[^\n]*\d)", re.M)


def scores_under_their_name(note: str) -> str:
    def joined(m: re.Match[str]) -> str:
        return f"{m.group(1)}: {m.group(2).strip()}" if catalog().find(m.group(1)) else m.group(0)
    return _NAMED_THEN_SCORES.sub(joined, note)


# A boxed form's framed line: "| Other concerns told by parent: fights at school ...   |", one cell between two
# frame bars (a line with a bar inside it is a table's row and stays). "+-----+" is the frame's border.
_FRAMED = re.compile(r"^([ \t]*)[|\u2502\u2503\u2551]([^|\u2502\u2503\u2551\n]*?)[ \t]*[|\u2502\u2503\u2551][ \t]*$", re.M)
# "+-----+", or drawn with box characters ("\u250c\u2500\u2500\u2510", "\u251c\u2500\u2500\u2524", "\u2554\u2550\u2550\u2557")
_FRAME_BORDER = re.compile(r"^[ \t]*(?:\+[-=+]{10,}\+?|[\u250c\u251c\u2514\u2554\u2560\u255a\u250f\u2523\u2517]"
                           r"[\u2500\u2501\u2550\u252c\u2534\u253c\u2566\u2569\u256c]{10,}[\u2510\u2524\u2518\u2557\u2563\u255d\u2513\u252b\u251b]?)[ \t]*$", re.M)


def unframed(note: str) -> str:
    """A box-drawn form (three or more framed lines and a "+---+" border) -> its lines without the frame bars; a
    wrapped line inside the frame ("|   Sept for throwing a chair ... |") goes on as the text it continues."""
    if len(_FRAMED.findall(note)) < 3 or not _FRAME_BORDER.search(note):
        return note
    return _FRAME_BORDER.sub("", _FRAMED.sub(lambda m: f"{m.group(1)}{m.group(2).rstrip()}", note))


# A tree or argument map drawn with a left rule: " |-- REASON 2: ...", " |     evidence: ...", "├── goals: ...", "`-- plan".
# The rule is drawing, not text: with it gone, "goals (updated 12/01): ..." is a field again. A line with a bar further
# on is a table's row and stays.
_TREE_PREFIX = re.compile(r"^[ \t]*(?:(?:[|\u2502\u2503\u251c\u2514\u2523\u2517](?:[-\u2500\u2501=>]+)?|[`+][-\u2500]+)[ \t]*)+"
                          r"(?=[^|\u2502\u2503\n]*$)(?=[\w\"'(\[<]|$)", re.M)  # text after it, never more rule ("+----+----")


def tree_drawn(note: str) -> str:
    """Three or more lines drawn as a tree -> the lines as list items, without the tree's rules and branches (each
    branch its own item: "REASON 4: plan" does not run on into the "goals: ..." line under it)."""
    if len(_TREE_PREFIX.findall(note)) < 3:
        return note
    return _TREE_PREFIX.sub(lambda m: "" if note[m.end():m.end() + 1] in ("\n", "") else "- ", note)


def plain_note(note: str) -> str:
    note = goal_rows(topic_rows(drawn_columns(plain_hash_dump(note))))
    note = scores_under_their_name(run_in_headings(plain_markup(one_row_fields(plain_hl7_text(glossed(tree_drawn(unframed(plain_asciidoc(plain_logfmt(note))))))))))
    note = border_apart(without_page_furniture(plain_html(plain_form_keys(leader_fields(spoken_punctuation(plain_xml(note)))))))
    return "\n".join(one_field_per_line(line) for line in note.split("\n"))
