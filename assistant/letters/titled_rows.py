"""Score rows under an instrument's own heading: the heading names the instrument once ("SCAS-P (parent report)")
and each row below gives a part and its scores ("total ...... 8/26: 51   11/18: 34", "GAD subscale: 12 -> 8").
Each row is read as if it named the instrument; the evidence stays the row as the note writes it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters.catalog import catalog
from assistant.letters.patterns import Segment

# "total:", "GAD subscale:", "Separation anxiety (parent):", and a dated row: "<DATE_1>: 3.8", "11/26: 3.8"
_ROW = re.compile(r"^\W*(?:[A-Za-z][\w /&'()-]{0,40}?|<DATE_\d+>|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*:")
_MAX_ROWS = 12
# A sentence that goes on with the parts of the instrument the sentence before named: "Subscales: public speaking 29, ..."
_PARTS_LABEL = re.compile(r"^\W*(?:sub-?scales?(?: scores)?|parts|domains?|factors?|index scores|sub-?tests?)\s*:", re.I)


def _one_instrument(text: str, hits: list | None = None) -> str:
    """The instrument a heading names when it names exactly one and gives no score ("SCAS-P (parent report)"), or ''.
    `hits`: the names already found in `text`, when the caller has them."""
    hits = list(catalog().names_in(text)) if hits is None else hits
    # its abbreviation in brackets ("Pediatric Symptom Checklist-17 (PSC-17), parent:") names it again: no score
    rest = re.sub(r"\([^()]*\)", lambda b: "" if hits and any(h.instrument is hits[0].instrument and not re.search(r"\d", b.group(0).replace(h.surface, ""))
                                                             for h in catalog().find(b.group(0))) else b.group(0), text[hits[-1].end:]) if hits else ""
    ok = len({h.instrument.name for h in hits}) == 1 and not re.search(r"\d", re.sub(r"<[A-Z_]+_\d+>|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b", "", rest)) \
        and len(text.split()) <= 8
    return text[hits[0].start:hits[0].end] if ok else ""


def _row(text: str, hits: list | None = None) -> bool:
    return bool(_ROW.match(text) and re.search(r"\d", text)) and not (hits if hits is not None else any(True for _ in catalog().names_in(text)))


def titled_rows(segs: Sequence[Segment], blocks: Sequence = ()) -> list[tuple[Segment, Segment]]:
    """(row as read with its instrument named, the row as written) for each score row under an instrument heading:
    a heading block ("RCADS-P" over "Total Anxiety: ..." fields) or a line of its own above the rows."""
    out: list[tuple[Segment, Segment]] = []
    for b in blocks:
        title = _one_instrument(b.section) if b.kind in ("field", "item", "prose") and b.section else ""
        if title and _row(b.text):
            row = Segment(b.note_index, b.text.strip(), "", b.date, b.kind)
            out.append((replace(row, text=f"{title} {row.text}"), row))
    title, rows, last = None, 0, None
    for seg in segs:
        parts = _PARTS_LABEL.match(seg.text)
        if parts and last and last[0] == seg.note_index:  # "PRCA-24: total 96. Subscales: public speaking 29, ..."
            out.append((replace(seg, text=f"{last[1]} {seg.text[parts.end():].strip()}"), seg))
        hits = list(catalog().names_in(seg.text))
        last = (seg.note_index, seg.text[hits[-1].start:hits[-1].end]) if hits else last if parts else None
        if name := _one_instrument(seg.text, hits):
            title, rows = (seg.note_index, name), 0
            continue
        if title and seg.note_index == title[0] and rows < _MAX_ROWS and _row(seg.text, hits):
            out.append((replace(seg, text=f"{title[1]} {seg.text.strip()}"), seg))
            rows += 1
            continue
        title = None
    return out
