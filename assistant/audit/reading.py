"""Reading the notes of one case for the audit: sentences (the letters' note reading), codes, session time.

Every rule works on these views; each view keeps the note's own text, so any evidence a rule quotes is a
verbatim piece of the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from assistant.audit.bilingual_labels import glossary, with_glossary
from assistant.audit.billing import Billing, LineCodes, billing_for_note, read_note_codes
from assistant.audit.catalog import DATE, PayerMatch, cue
from assistant.audit.exports import toml_as_fields
from assistant.audit.plain_text import plain_note
from assistant.audit.ratings import rating_spans
from assistant.audit.timing import SessionTime, session_time
from assistant.letters.patterns import Segment
from assistant.letters.note_text import plain_form_keys
from assistant.letters.reading import read_notes, segments_of, table_text

DATE_RE = re.compile(DATE, re.IGNORECASE)
# A contact or letterhead line: a phone number, an e-mail or web address, a business suffix, a mail header
# ("Northfield Counseling | 555-0147"): never a clinician's typed name, never an intervention. An "@" joining a date to
# its time in a hospital record's header ("OCT 07, 2026@10:02", "2026@1002") is a timestamp, not an e-mail address.
CONTACT_LINE = re.compile(r"\b\d{3}[-.\s]\d{4}\b|(?<!\d)@|@(?!\d{1,2}:?\d{2}\b)|\bwww\.|https?://|\b(?:LLC|PLLC|Inc|Suite|Ste)\b|^\s*(?:from|to|cc|subject)\s*:|"
                          # a header field naming the practice: "Practice: Lakeshore Counseling Collaborative"
                          r"^\s*(?:practice|clinic|agency|organi[sz]ation|facility|program name|provider group)\s*:",
                          re.I)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a note, the line it sits on, and the kind of section it is under (goals, plan...)."""

    text: str
    line: str
    kind: str
    form: str = "prose"  # "table": a cell of a table row, its kind from the column header


@dataclass(frozen=True, eq=False)
class NoteView:
    """One note as the rules see it (hashed by identity, so rules can memoise what they read from it)."""

    index: int
    text: str
    sentences: tuple[Sentence, ...]
    billing: Billing
    time: SessionTime
    unknown_codes: tuple[str, ...] = ()

    @property
    def lines(self) -> list[str]:
        """The note's non-empty lines, stripped."""
        return [ln.strip() for ln in self.text.splitlines() if ln.strip()]

    @property
    def first_line(self) -> str:
        return self.lines[0][:200] if self.lines else ""

    def find(self, name: str, kinds_out: Sequence[str] = ()) -> Sentence | None:
        """The first sentence where the cue `name` matches (outside sections of kinds_out)."""
        rx = cue(name)
        return next((s for s in self.sentences if s.kind not in kinds_out and rx.search(s.text)), None)

    def all(self, name: str, kinds_out: Sequence[str] = ()) -> list[Sentence]:
        """Every sentence where the cue `name` matches."""
        rx = cue(name)
        return [s for s in self.sentences if s.kind not in kinds_out and rx.search(s.text)]

    def has_line(self, name: str) -> str:
        """The first line where the cue `name` matches (for label cues written with ^), or ''."""
        rx = cue(name)
        return next((ln for ln in self.lines if rx.search(ln)), "")

    def has_field(self, name: str) -> str:
        """The first line, or field of a line laid out in columns, where the label cue `name` matches, or ''."""
        rx = cue(name)
        return next((f for ln in self.lines for f in (ln, *line_fields(ln)[1:]) if rx.search(f)), "")


@dataclass(frozen=True)
class CaseView:
    """All notes of one case, with what applies to every note (payer group, the line's codes)."""

    notes: tuple[NoteView, ...]
    payer: PayerMatch
    line_codes: LineCodes = field(default_factory=lambda: LineCodes(Billing(), ()))

    def earlier(self, note: NoteView) -> Iterator[NoteView]:
        return (n for n in self.notes if n.index < note.index)


def _sentences(note: str, segs: Sequence[Segment]) -> tuple[Sentence, ...]:
    """Segments of one note paired with the line each sits on (segments are verbatim pieces of lines)."""
    lines = note.splitlines()
    out, li = [], 0
    for seg in segs:
        while li < len(lines) and seg.text not in lines[li]:
            li += 1
        if li >= len(lines):  # a table cell read after the prose, or a segment spanning lines: from the start
            li = next((i for i, ln in enumerate(lines) if seg.text in ln), len(lines))
        line = lines[li] if li < len(lines) else seg.text
        if li >= len(lines):
            li = 0
        out.append(Sentence(seg.text, line.strip(), seg.kind, seg.form))
    return tuple(out)


# "Q: Progress/response?  A:" with nothing after the answer label: the question documents nothing.
_BLANK_ANSWER = re.compile(r"^\W*Q\s*[:.)]\s*.+?\bA\s*[:.)]\s*(?:_+|\[\s*\]|n/?a|-+)?\s*$", re.I)


def read_case(notes: Sequence[str], payer: PayerMatch, line_codes: LineCodes) -> CaseView:
    """Notes (empty ones included, to keep indexes) -> a CaseView; empty notes get no sentences."""
    views = []
    # "txtStartTime: 09:00 AM" -> "Start Time: 09:00 AM"; an RTF export or "â€“" read as the words it holds; a note
    # kept as a TOML file read as its labelled fields (the rules only: the checklist reads the note as pasted)
    labels = glossary(notes)  # "Leej twg tuaj (Who came):" in one note: "Leej twg tuaj:" in the others is the same field
    notes = [plain_form_keys(toml_as_fields(with_glossary(plain_note(n), labels))) for n in notes]
    blocks = read_notes(list(notes))
    all_segments = segments_of(blocks) + table_text(blocks)
    for i, note in enumerate(notes):
        own, unknown = read_note_codes(note)
        billing = billing_for_note(line_codes.billing, own)
        sentences = tuple(s for s in _sentences(note, [s for s in all_segments if s.note_index == i])
                          if not _BLANK_ANSWER.match(s.line))
        time = session_time([(s.line, s.text) for s in sentences], note.splitlines())
        views.append(NoteView(i, note, sentences, billing, time, unknown))
    return CaseView(tuple(views), payer, line_codes)


# Fields laid side by side on one header line: "Client: A. Lee        Present: A. Lee and her father", "DOS ... | video".
_FIELD_BREAK = re.compile(r"\s{3,}|\t|\s+\|\s+|\s+::\s+")


def line_fields(line: str) -> list[str]:
    """A line -> its fields when laid out in columns (three or more spaces, a tab, " | "), else [line]."""
    return [f.strip() for f in _FIELD_BREAK.split(line) if f.strip()] or [line]


def dates_in(text: str) -> list[re.Match[str]]:
    """Every written date in a text; an underscore parts words as a space does ("Welliver_K_DOS-2026-01-08_progress")."""
    text = re.sub(r"_|(?<=[A-Za-z])-(?=\d)", " ", text)  # and "DOS-2026-01-08" as "DOS 2026-01-08"
    found = list(DATE_RE.finditer(text))
    ratings = rating_spans(text, found)  # "worry 7/10 -> 4/10" is a score on its scale, not July 10
    return [m for m in found if m.start() not in ratings]


# A whole line in square brackets written as words: a transcriber's or scribe's remark about the page, not the note
# ("[p. 113 -- the entry sits between two dated entries]", "[Typed from the clinician's journal, p. 61]"); a bracketed
# date stamp ("[10/05/2026]") or a file name ("[File: Lee_DOS-2026-01-08.docx]") is not one.
_BRACKETED = re.compile(r"^\s*\[([^\[\]]*)\]\s*$")


def editorial(line: str) -> bool:
    """True for a transcriber's remark in brackets (five or more words), which says nothing of the session."""
    m = _BRACKETED.match(line)
    return bool(m) and sum(bool(re.fullmatch(r"[A-Za-z'\u2019-]{2,}[,;.]?", w)) for w in m.group(1).split()) >= 5
