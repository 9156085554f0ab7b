"""Stage: notes read as documents -> blocks (headings, `Label:` fields, list items, tables, prose) and the
labelled sentences (segments) every fact finder works over.

Deterministic and local. A heading governs the blocks under it (a Markdown or capitals heading until the next heading;
a "Label:" heading line until a blank line), a field's label says what its sentence is about, and a table is parsed
into rows keyed by its header, so a score in a row is a dated score. Table rows never become prose segments: their
numbers are read through the measure catalog and never quoted. Block and segment texts are verbatim substrings of the
note as made plain (markup such as HTML, XML, LaTeX or TOML read as text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from assistant.letters.patterns.base import DATE, PLACEHOLDER
from assistant.letters.patterns.elements import FREQUENCY, PLAN_HEADING, SCHEDULE_WORDS, TARGET_SIGN
from assistant.letters.patterns.segments import LABEL, SPEAKER, Segment, label_kind, transcript_speakers
from assistant.letters.plain_note import plain_note
from assistant.letters.headings import BULLET, FOOTNOTE, RULE_LINE, annotation, heading, list_title, mostly_capitals, standalone_label
from assistant.letters.field_rows import KEY_VALUE, field_rows, key_value_lines
from assistant.letters.tables import Table, find_tables, is_date
from assistant.letters.informants import relative_voice
from assistant.letters.qa_record import ANSWER, question_kind

_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[^\W_]|[<(\"'\[-])")  # the next sentence may open in any script ("Циљеви / Goals:")
_HASHTAG = re.compile(r"^\s*#([A-Za-z][\w-]{1,20})\b(?=\s+\S)")
_LEADER = re.compile(r"(?:\s\.{2,}|\.{4,}|(?:\. ){2,}\.)$")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|approx|etc|No|e\.g|i\.e|ref|pt|wk|wks|yrs|hrs|min|a\.m|p\.m|"
                    r"rev|est|incl|excl|cf|dept|inc|corp|ltd|[A-Za-z])\.)$", re.I)
# The first heading of a note that names the document ("PSYCHOTHERAPY INTAKE & TREATMENT PLAN") is its title: no section.
_TITLE = re.compile(r"\b(?:note|notes|intake|assessment|evaluation|summary|review|report|export|letter|record|consult\w*|"
                    r"history|plan of care|treatment plan|admission|referral|dictation|transcript|management|follow-?up|"
                    r"visit|session|encounter|appointment|update)\b", re.I)
_HEADER_FIELD = re.compile(r"^\s*(?:date|dos|d\.o\.s|patient|client|member|pt|name|provider|clinician|therapist|program|"  # a header block
                           r"session|visit|time)\b", re.I)
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

_LINE_DATE = re.compile(r"^\W*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|<DATE_\d+>)\s*(?:[;:,|\u2013\u2014]|-\s)")


def _first_date(text: str) -> str | None:
    """The first date (or date placeholder) in a heading or label; a name placeholder is not a date."""
    return next((m.group(0) for m in DATE.finditer(text) if not m.group(0).startswith("<") or m.group(0).startswith("<DATE")), None)


def read_note(note: str, note_index: int = 0) -> tuple[Block, ...]:
    """One note -> its blocks, in order."""
    note = plain_note(note)
    lines = note.splitlines()
    offsets = [m.start() for m in re.finditer(r"^", note, re.M)][:len(lines)]
    fields = field_rows(lines)  # "Label | value" rows are fields, not a data table
    tables = {t.first_line: t for t in find_tables(lines) if not fields.keys() & range(t.first_line, t.last_line + 1)}
    keyed = key_value_lines(lines)
    capitals = mostly_capitals(note)
    lower = not any(c.isupper() for c in re.sub(PLACEHOLDER, "", note))  # an all-lowercase note: lines are its sentences
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
        if i - 1 in fields:  # the row's label says what its value is about, as "Label:" would
            key = fields[i - 1][0]
            out.append(Block(note_index, "field", line.strip().rstrip("| "), section, key, _first_date(key) or date, None,
                             offsets[i - 1] + len(line) - len(line.lstrip())))
            continue
        head = heading(line, capitals)
        if RULE_LINE.match(line):  # "-----": what follows a rule is no longer under the heading above it
            section, date, sticky = "", None, False
            continue
        listed = None
        if head is None or not label_kind(head):  # a sentence over a list that names goals heads a goals section
            listed = list_title(line, next((x for x in lines[i:] if x.strip()), ""))
            head = listed or head
        if head is None and standalone_label(line, lines[i - 2] if i >= 2 else ""):
            head = line.strip()  # "Plan" alone on its line after a blank line, the plan under it
        if head is not None:
            following = next((x for x in lines[i:] if x.strip()), "")
            if not out and (_TITLE.search(head) or _HEADER_FIELD.match(following)):
                out.append(Block(note_index, "heading", line.strip(), "", "", _first_date(head)))
                continue
            section, date, sticky = head, _first_date(head), not line.strip().endswith(":") and not listed  # a list's title ends with it
            out.append(Block(note_index, "heading", line.strip(), section, "", date))
            continue
        if FOOTNOTE.match(line) and not annotation(line):
            out.append(Block(note_index, "residue", line.strip(), section, "", date))
            continue
        line = annotation(line) or line
        start = offsets[i - 1] + len(line) - len(line.lstrip())
        if i - 1 in keyed:
            key = keyed[i - 1]
            out.append(Block(note_index, "field", line.strip().rstrip("| "), section, key, _first_date(key) or date, None, start))
            continue
        if not lower and _continues(out, lines[i - 2] if i >= 2 else "", line):
            prev = out[-1]
            out[-1] = Block(prev.note_index, prev.kind, note[prev.start:offsets[i - 1] + len(line.rstrip())], prev.section,
                            prev.label, prev.date, None, prev.start)
            continue
        label = LABEL.match(BULLET.sub("", line)) or _HASHTAG.match(line)  # "#dx F41.9 ...": a tag labels its line
        if label and sticky and i >= 2 and not lines[i - 2].strip() and not BULLET.match(line):  # a labelled paragraph: own topic
            section, date, sticky = "", None, False
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
    left inside a sentence: 'can't finish a conversation"' / 'without her shutting down.'); a row ending in its value
    ("10/21    15") is finished."""
    if not out or out[-1].kind not in ("prose", "field", "item") or not previous.strip() or not line.strip()[:1].islower():
        return False
    if re.match(r"^\s*(?!(?:when|if|once|until|unless|after|before|and|or|but|with|because|then|while)\b)[a-z][a-z0-9_]*:(?:\s|$)", line):
        return False  # an export's own field ("progress: ...", "risk:") starts in lower case too (a "when:" goes on)
    if out[-1].kind == "item" and BULLET.match(previous) and _indent(line) <= _indent(previous):
        return False  # a line back at the list's margin after a numbered goal ("  weekly ERP x 16 sessions") is the plan's own
    return not re.search(r"[.!?;][\"')\]]*$|\S {2,}\d+(?:\.\d+)?$", previous.strip())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def read_notes(notes: Sequence[str]) -> tuple[Block, ...]:
    """Notes -> every block of every note."""
    from assistant.letters import entry_dates, field_lists  # each fixes what one note's blocks say about the others

    return tuple(b for i, note in enumerate(notes) for b in entry_dates.dated_entries(field_lists.numbered_under_field(read_note(note, i))))


# The date a note was written for: "DOS 10/14/2025", "Date of service: ...", "Session date - ..." (never a birth date).
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?"
_SERVICE_CUE = re.compile(r"\b(?:DOS|D\.O\.S\.?|date of (?:service|session|visit|encounter)|(?:service|session|visit|"
                          r"encounter|appointment|note) date|date(?!\s*of\s*birth))\s*[:#=\-\u2013]?\s*" + _WEEKDAY + "$", re.I)
# A field for the session itself, a weekday allowed: "Session: Thurs 11/20, 10:02", "Seen: Tue 05/06" (not "Next session:").
_SESSION_LABEL = re.compile(r"(?:^|\n|[|;])\s*(?:session|visit|encounter|appointment|seen)\s*[:#=]\s*" + _WEEKDAY + "$", re.I)
_CAPS_TITLE = re.compile(r"(?!.*\b(?:DATE|DOB|BIRTH|ADMI\w*|DISCHARGE|DUE|NEXT|EXPIR\w*|REVIEW)\b)[A-Z][A-Z &/'-]{3,58}\s*[-\u2013\u2014:|]\s*")  # "PRIMARY THERAPIST - CONTINUED STAY SUMMARY - "
_NUMBERED = re.compile(r"\b(?:session|visit|note|encounter|appointment|week|wk|day)\s*#?\s*\d{1,3}\b", re.I)


def service_dates(blocks: Sequence[Block], head: int = 4) -> dict[int, str]:
    """Each note's date of service, when its header says it: a date after a date-of-service cue, or the date on the
    note's title or first line ("Follow-up 05/20/2025.", "09/08/2025 session: ..."). note index -> date."""
    out: dict[int, str] = {}
    seen: dict[int, int] = {}  # blocks read so far per note: only a note's first `head` blocks are its header
    for block in blocks:
        seen[block.note_index] = seen.get(block.note_index, 0) + 1
        if block.note_index in out or seen[block.note_index] > 2 * head:
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
            labelled = _SESSION_LABEL.search(lead)  # "Session: Thurs <DATE_2>" may come later in a long header
            if not labelled and seen[block.note_index] > head:
                break
            day_line = len(block.text) <= 40 and re.fullmatch(r"\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*", lead, re.I)
            # a title line's date: "Follow-up 05/20/2025", "PSYCHIATRY WEEKLY - 09/23/2025 - L. Adeyemi, MD"
            if labelled or _SERVICE_CUE.search(before) or day_line or (first and len(lead) <= 40 and not re.search(r"\d", _NUMBERED.sub("", lead))
                                                           and (_TITLE.search(lead) or not lead.strip(" \t#*-([")
                                                                or _CAPS_TITLE.fullmatch(lead))) or (first and _CAPS_TITLE.fullmatch(lead)):
                out[block.note_index] = m.group(0)
                break
    return out


def _list_number(line: str, dot: int) -> bool:
    """"1. weight restoration  2. normalize eating": the "2." of a run-in numbered list is an item's number (the
    line already has the number before it), not the end of a sentence."""
    num = re.search(r"(?:^|\s)(\d{1,2})$", line[:dot])
    if num is None:
        return False
    n = int(num.group(1))
    return re.search(r"\s2\.\s", line[dot:]) is not None if n == 1 else re.search(r"(?:^|[\s:])%d\.\s" % (n - 1), line[:num.start()]) is not None


# Raw dictation with its punctuation spoken ("... a written warning period PHQ nine is fourteen today period") ends a sentence there.
_SPOKEN_END = re.compile(r"(?<!\s)\s++(?:(?:period|full stop)(?:\s+new (?:paragraph|line))?|new paragraph)\s+(?=\S)", re.I)


def sentences(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of one line of text."""
    start = 0
    if len(_SPOKEN_END.findall(line)) >= 3 and not _SENT_END.search(line):
        for m in _SPOKEN_END.finditer(line):
            if len(line[start:m.start()].split()) > 1:
                yield start, m.start()
                start = m.end()
        yield start, len(line)
        return
    for m in _SENT_END.finditer(line):
        if _LEADER.search(line[:m.start() + 1]) or _list_number(line, m.start()):
            continue  # "SDQ (parent) ...... Total Difficulties 25": dots that lead the eye to a value end nothing
        if line[m.start()] in "?!" and (line[m.end():m.end() + 1].islower() or line[m.end():m.end() + 2] == "->"):
            continue  # '"Will I throw up?" questions 3 or fewer a day', "under 65? -> under 60": the sentence goes on
        if not _ABBREV.search(line[start:m.start() + 1]) and len(line[start:m.start()].split()) > 1:
            yield start, m.start() + 1
            start = m.end()
    yield start, len(line)


def _block_segments(block: Block) -> Iterator[Segment]:
    line_kind, section_kind = (label_kind(block.label) if block.label else ""), (label_kind(block.section) if block.section else "")
    texts = [re.sub(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))\n[ \t]*", " ", block.text[a:b].strip()) for a, b in sentences(block.text)]
    owns = [LABEL.match(BULLET.sub("", t)) for t in texts]
    kinds = [label_kind(o.group(1)) if o else "" for o in owns]
    run_together = sum(map(bool, kinds)) >= 2  # "Dx: .. . Goal: .. . Plan: .. . <sentence>"
    for text, own, own_kind in zip(texts, owns, kinds):
        if not text:
            continue
        if run_together and own_kind not in ("", "goals"):
            line_kind = own_kind  # on a line of fields the nearest label before rules, but a goal is one sentence
        kind = own_kind or line_kind or section_kind
        if kind == "session":  # a "Session:" field holds what happened in it and, at times (right after it), the schedule
            start = own.end() if own else 0
            kind = "plan" if any((m := rx.search(text, start)) and m.start() <= start + 30 for rx in (SCHEDULE_WORDS, FREQUENCY)) else ""
        yield Segment(block.note_index, text, kind, block.date, block.kind)


def _plan_target(seg: Segment, block: Block) -> Segment:
    """A listed item under a treatment plan's heading that states a target ("1. PDSS <= 8.", "2. Rides light rail 2+
    stops alone 3x/week") is a goal; the plan's other items (sessions, medication) stay the plan."""
    if block.kind == "item" and seg.kind == "plan" and PLAN_HEADING.search(block.section) and re.search(TARGET_SIGN, seg.text) \
            and not SCHEDULE_WORDS.search(seg.text):
        return replace(seg, kind="goals")
    return seg


def segments_of(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """The labelled sentences of the text blocks (tables, headings and export residue are not sentences). In a
    question-and-answer record ("Q: Goals?" / "A: YMRS below 10 ..."), an answer is about what its question asks."""
    out: list[Segment] = []
    asked, answering = "", False
    for seg in (_plan_target(s, b) for b in blocks if b.kind in ("field", "item", "prose") for s in _block_segments(b)):
        kind = question_kind(seg.text)
        if kind is not None:
            asked, answering = kind, False
        elif ANSWER.match(seg.text) and asked and seg.kind in ("", "assessment"):  # an answer reads as an item under its kind
            seg, answering = replace(seg, kind=asked, form="item"), True
        elif answering and seg.text[:1].isupper() and out and out[-1].note_index == seg.note_index and out[-1].kind == asked \
                and seg.kind in ("", "assessment"):
            seg = replace(seg, kind=asked, form="item")  # the answer's next sentences
        else:
            answering = False
        out.append(seg)
    return tuple(out)


def table_text(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """The written cells of table rows (comments, diagnoses, notes), each as a sentence of its note: a diagnosis
    or a remark kept in a table column is still the clinician's text."""
    out = []
    for b in blocks:
        for row in b.table.rows if b.table is not None else ():
            when = next((c for _, c in row.cells[:1] if is_date(c)), None) or b.date  # a dated row's remark: on its date
            for header, cell in row.cells:
                if len(cell.split()) >= 3 and re.search(r"[A-Za-z]{3}", cell):
                    out.append(Segment(b.note_index, cell, label_kind(header), when, "table"))
    return tuple(out)


def segments(notes: Sequence[str]) -> tuple[Segment, ...]:
    """Notes -> labelled sentences; every segment text is a verbatim substring of its note."""
    return relative_voice(segments_of(read_notes(notes)), notes)


def tables(blocks: Sequence[Block]) -> list[Block]:  # the table blocks
    return [b for b in blocks if b.table is not None]
