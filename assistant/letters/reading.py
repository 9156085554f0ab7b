"""Stage: notes read as documents -> blocks (headings, `Label:` fields, list items, tables, prose) and the
labelled sentences (segments) every fact finder works over.

Deterministic and local. A heading governs the blocks under it (a Markdown or capitals heading until the
next heading; a "Label:" heading line until a blank line), a field's label says what its sentence is about,
and a table is parsed into rows keyed by its header, so a score in a row is a dated score. Table rows never
become prose segments: their numbers are read through the measure catalog, and they are never quoted.
Every block and segment text is a verbatim substring of its note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from assistant.letters.patterns.base import DATE, PLACEHOLDER
from assistant.letters.patterns.segments import LABEL, SPEAKER, Segment, label_kind, transcript_speakers
from assistant.letters.note_text import (border_apart, plain_form_keys, plain_html as _unhtml, one_field_per_line as _unrun,
                                         without_page_furniture)
from assistant.letters.headings import BULLET, RULE_LINE, heading, list_title, mostly_capitals, standalone_label
from assistant.letters.tables import Table, find_tables

PLACEHOLDER_RE = re.compile(PLACEHOLDER)
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Za-z0-9<(\"'\[-])")
_HASHTAG = re.compile(r"^\s*#([A-Za-z][\w-]{1,20})\b(?=\s+\S)")
_LEADER = re.compile(r"(?:\s\.{3,}|\.{4,}|(?:\. ){2,}\.)$")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|approx|etc|No|e\.g|i\.e|ref|pt|wk|wks|yrs|hrs|min|a\.m|p\.m|[A-Za-z])\.)$", re.I)
# The first heading of a note that names the document ("PSYCHOTHERAPY INTAKE & TREATMENT PLAN") is its title:
# it governs no section.
_TITLE = re.compile(r"\b(?:note|notes|intake|assessment|evaluation|summary|review|report|export|letter|record|consult\w*|"
                    r"history|plan of care|treatment plan|admission|referral|dictation|transcript|management|follow-?up|"
                    r"visit|session|encounter|appointment|update)\b", re.I)
# A note's header block under its title: who, when, which payer ("Date of service ...", "Patient: ...", "DOS: ...").
_HEADER_FIELD = re.compile(r"^\s*(?:date|dos|d\.o\.s|patient|client|member|pt|name|provider|clinician|therapist|program|"
                           r"session|visit|time)\b", re.I)
# Export residue ("_3 rows. Source: tablet forms._") and a whole line in square brackets, a scanner's or transcriber's
# remark about the record ("[Scanned fax, 2 pages expected]", "[recording resumes after a pause]"): never quoted.
_FOOTNOTE = re.compile(r"^\s*(?:[_*]+[^_*]+[_*]+|\[[^\[\]\n]{4,}\])\s*$|^\s*Commented \[[A-Za-z]{1,4}\d*\]:")  # Word's comments too


@dataclass(frozen=True)
class Block:
    """One block of a note: a heading, a labelled field, a list item, a table or a prose line."""
    note_index: int
    kind: str  # heading | field | item | table | prose | residue
    text: str  # verbatim (a table: its header line)
    section: str  # the heading this block sits under, '' when none
    label: str  # a field's or item's label ("Risk"), '' when none
    date: str | None  # a date written in the governing heading or label
    table: Table | None = None
    start: int = 0  # offset of the text in its note


# "frequency,weekly 60-minute sessions": a key-value export line (the key in snake case or one word, no space after
# the comma); three or more in a row are fields.
KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*),(?=\S)")


def _key_value_lines(lines: Sequence[str]) -> dict[int, str]:
    """Line index -> its key, for runs of three or more key-value lines."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if KEY_VALUE.match(line):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update({j: KEY_VALUE.match(lines[j]).group(1).replace("_", " ") for j in run})
        run = []
    return out


_LINE_DATE = re.compile(r"^\W*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|<DATE_\d+>)\s*(?:[;:,|\u2013\u2014]|-\s)")


def _first_date(text: str) -> str | None:
    """The first date (or date placeholder) in a heading or label; a name placeholder is not a date."""
    return next((m.group(0) for m in DATE.finditer(text) if not m.group(0).startswith("<") or m.group(0).startswith("<DATE")), None)


def read_note(note: str, note_index: int = 0) -> tuple[Block, ...]:
    """One note -> its blocks, in order."""
    note = border_apart(without_page_furniture(_unhtml(plain_form_keys(note))))
    note = "\n".join(_unrun(line) for line in note.split("\n"))
    lines = note.splitlines()
    offsets = [m.start() for m in re.finditer(r"^", note, re.M)][:len(lines)]
    tables = {t.first_line: t for t in find_tables(lines)}
    keyed = _key_value_lines(lines)
    capitals = mostly_capitals(note)
    lower = not any(c.isupper() for c in PLACEHOLDER_RE.sub("", note))  # an all-lowercase note: lines are its sentences
    speakers = transcript_speakers(lines)
    out: list[Block] = []
    section, date, sticky, i = "", None, False, 0
    while i < len(lines):
        line = lines[i]
        if i in tables:
            t = tables[i]
            out.append(Block(note_index, "table", t.text, section, "", date, t))
            i = t.last_line + 1
            continue
        i += 1
        if not line.strip():
            if not sticky:
                section, date = "", None
            continue
        head = heading(line, capitals)
        if RULE_LINE.match(line):  # "-----": what follows a rule is no longer under the heading above it
            section, date, sticky = "", None, False
            continue
        if head is None or not label_kind(head):  # a sentence over a list that names goals heads a goals section
            head = list_title(line, next((x for x in lines[i:] if x.strip()), "")) or head
        if head is None and standalone_label(line, lines[i - 2] if i >= 2 else ""):
            head = line.strip()  # "Plan" alone on its line after a blank line, the plan under it
        if head is not None:
            following = next((x for x in lines[i:] if x.strip()), "")
            if not out and (_TITLE.search(head) or _HEADER_FIELD.match(following)):
                out.append(Block(note_index, "heading", line.strip(), "", "", _first_date(head)))
                continue
            section, date, sticky = head, _first_date(head), not line.strip().endswith(":")
            out.append(Block(note_index, "heading", line.strip(), section, "", date))
            continue
        if _FOOTNOTE.match(line):
            out.append(Block(note_index, "residue", line.strip(), section, "", date))
            continue
        start = offsets[i - 1] + len(line) - len(line.lstrip())
        if i - 1 in keyed:
            key = keyed[i - 1]
            out.append(Block(note_index, "field", line.strip(), section, key, _first_date(key) or date, None, start))
            continue
        if not lower and _continues(out, lines[i - 2] if i >= 2 else "", line):
            prev = out[-1]
            out[-1] = Block(prev.note_index, prev.kind, note[prev.start:offsets[i - 1] + len(line.rstrip())], prev.section,
                            prev.label, prev.date, None, prev.start)
            continue
        label = LABEL.match(BULLET.sub("", line)) or _HASHTAG.match(line)  # "#dx F41.9 ...": a tag labels its line
        if (turn := SPEAKER.match(line)) and turn.group(1) in speakers:  # a speaker's turn in a transcript: what follows
            label = LABEL.match(line[turn.end() - 1:])  # the tag labels the line ("MFH: The plan we agreed: ...")
        kind = "item" if BULLET.match(line) else "field" if label else "prose"
        text = line.strip()
        opening = _LINE_DATE.match(line)  # a log line that opens with its date: "08/11/2025; session 6; PCL-5 46"
        out.append(Block(note_index, kind, text, section, label.group(1).strip() if label else "",
                         (_first_date(label.group(1)) if label else None) or (_first_date(opening.group(0)) if opening else None)
                         or date, None, start))
    return tuple(out)


def _continues(out: list[Block], previous: str, line: str) -> bool:
    """A line starting in lower case right under an unfinished text line continues its sentence (a line break
    left inside a sentence: 'can't finish a conversation"' / 'without her shutting down.')."""
    if not out or out[-1].kind not in ("prose", "field", "item") or not previous.strip() or not line.strip()[:1].islower():
        return False
    if re.match(r"^\s*[a-z][a-z0-9_]*:(?:\s|$)", line):
        return False  # an export's own field ("progress: ...", "risk:") starts in lower case too
    return not re.search(r"[.!?;][\"')\]]*$", previous.strip())


def read_notes(notes: Sequence[str]) -> tuple[Block, ...]:
    """Notes -> every block of every note."""
    return tuple(b for i, note in enumerate(notes) for b in read_note(note, i))


# The date a note was written for: "DOS 10/14/2025", "Date of service: ...", "Session date - ..." (never a birth date).
_SERVICE_CUE = re.compile(r"\b(?:DOS|D\.O\.S\.?|date of (?:service|session|visit|encounter)|(?:service|session|visit|"
                          r"encounter|appointment|note) date|date(?!\s*of\s*birth))\s*[:#=\-\u2013]?\s*$", re.I)


_NUMBERED = re.compile(r"\b(?:session|visit|note|encounter|appointment|week|wk|day)\s*#?\s*\d{1,3}\b", re.I)


def service_dates(blocks: Sequence[Block], head: int = 4) -> dict[int, str]:
    """Each note's date of service, when its header says it: a date after a date-of-service cue, or the date on
    the note's title or first line ("Follow-up 05/20/2025.", "09/08/2025 session: ..."). note index -> date."""
    out: dict[int, str] = {}
    seen: dict[int, int] = {}  # blocks read so far per note: only a note's first `head` blocks are its header
    for block in blocks:
        seen[block.note_index] = seen.get(block.note_index, 0) + 1
        if block.note_index in out or seen[block.note_index] > head:
            continue
        first = seen[block.note_index] == 1
        for m in DATE.finditer(block.text):
            if m.group(0).startswith("<") and not m.group(0).startswith("<DATE"):
                continue
            before = block.text[max(0, m.start() - 30):m.start()]
            if re.search(r"\b(?:DOB|D\.O\.B|birth|born|shared|exported|generated|printed|faxed|sent)\b", before, re.I):
                continue  # a birth date, or when a file was shared or printed
            if block.text[:m.start()].count('"') % 2 or block.text[:m.start()].count("\u201c") > block.text[:m.start()].count("\u201d"):
                continue  # inside a quoted title: 'Notes - "June C-W IOP referral"' names the file, not the session
            lead = block.text[:m.start()]
            day_line = len(block.text) <= 40 and re.fullmatch(r"\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*", lead, re.I)
            if _SERVICE_CUE.search(before) or day_line or (first and len(lead) <= 40 and not re.search(r"\d", _NUMBERED.sub("", lead))
                                                           and (_TITLE.search(lead) or not lead.strip(" \t#*-(["))):
                out[block.note_index] = m.group(0)
                break
    return out


def sentences(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of one line of text."""
    start = 0
    for m in _SENT_END.finditer(line):
        if _LEADER.search(line[:m.start() + 1]):
            continue  # "SDQ (parent) ...... Total Difficulties 25": dots that lead the eye to a value end nothing
        if not _ABBREV.search(line[start:m.start() + 1]) and len(line[start:m.start()].split()) > 1:
            yield start, m.start() + 1
            start = m.end()
    yield start, len(line)


def _block_segments(block: Block) -> Iterator[Segment]:
    line_kind = label_kind(block.label) if block.label else ""
    section_kind = label_kind(block.section) if block.section else ""
    for a, b in sentences(block.text):
        text = block.text[a:b].strip()
        if not text:
            continue
        own = LABEL.match(BULLET.sub("", text))
        own_kind = label_kind(own.group(1)) if own else ""
        yield Segment(block.note_index, text, own_kind or line_kind or section_kind, block.date, block.kind)


_QUESTION = re.compile(r"^\W*Q\d*\s*[:.)\-]\s*(.+?)\s*$", re.S)
_ANSWER = re.compile(r"^\W*A\d*\s*[:.)\-]\s*\S")


def segments_of(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """The labelled sentences of the text blocks (tables, headings and export residue are not sentences). In a
    question-and-answer record ("Q: Goals?" / "A: YMRS below 10 ..."), an answer is about what its question asks."""
    out: list[Segment] = []
    asked = ""
    for seg in (s for b in blocks if b.kind in ("field", "item", "prose") for s in _block_segments(b)):
        q = _QUESTION.match(seg.text)
        if q:
            asked = label_kind(" ".join(q.group(1).rstrip("?").split()[:7]))  # a question is a long label
        elif _ANSWER.match(seg.text) and asked and seg.kind in ("", "assessment"):
            seg = replace(seg, kind=asked)
        elif not _ANSWER.match(seg.text) and seg.text[:1].isupper() and asked and out and out[-1].note_index == seg.note_index \
                and _ANSWER.match(out[-1].text) and out[-1].kind == asked and seg.kind in ("", "assessment"):
            seg = replace(seg, kind=asked)  # the answer's next sentences
        out.append(seg)
    return tuple(out)


def table_text(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """The written cells of table rows (comments, diagnoses, notes), each as a sentence of its note: a diagnosis
    or a remark kept in a table column is still the clinician's text."""
    out = []
    for b in blocks:
        for row in b.table.rows if b.table is not None else ():
            for header, cell in row.cells:
                if len(cell.split()) >= 3 and re.search(r"[A-Za-z]{3}", cell):
                    out.append(Segment(b.note_index, cell, label_kind(header), b.date, "table"))
    return tuple(out)


def segments(notes: Sequence[str]) -> tuple[Segment, ...]:
    """Notes -> labelled sentences; every segment text is a verbatim substring of its note."""
    return segments_of(read_notes(notes))


def tables(blocks: Sequence[Block]) -> list[Block]:
    """The table blocks."""
    return [b for b in blocks if b.table is not None]
