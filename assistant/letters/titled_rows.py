"""Score rows under an instrument's own heading: the heading names the instrument once ("SCAS-P (parent report)")
and each row below gives a part and its scores ("total ...... 8/26: 51   11/18: 34", "GAD subscale: 12 -> 8").
Each row is read as if it named the instrument; the evidence stays the row as the note writes it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters.catalog import catalog
from assistant.letters import patterns as P
from assistant.letters.patterns import Segment

# "total:", "GAD subscale:", "Separation anxiety (parent):", and a dated row: "<DATE_1>: 3.8", "11/26: 3.8"
_ROW = re.compile(r"^\W*(?:(?:[A-Za-z][\w /&'()-]{0,40}?|<DATE_\d+>|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*:|"
                  r"[A-Za-z][\w /&'()-]{0,40}?\s*\.{3,}\s*(?=\d+(?:\.\d+)?(?![\d.]*:)))")  # "TOTAL ........ 55", never a time
_MAX_ROWS = 12
# A sentence that goes on with the parts of the instrument the sentence before named: "Subscales: public speaking 29, ..."
_PARTS_LABEL = re.compile(r"^\W*(?:sub-?scales?(?: scores)?|parts|domains?|factors?|index scores|sub-?tests?)\s*:", re.I)

# An item grid under the heading: a line of column names ("Motor   Phonic") or a row of one number per column
# ("Number: 3   2", "subtotal ..... 15   12"); the rows after it ("Total Tic Score: 27") are still the instrument's.
# ... or the items in pairs across the line ("Somatic concern   2      Anxiety   5"); never its total.
_ITEM_GRID = re.compile(r"^\s*(?:(?:[A-Z][a-z]+|<[A-Z]+_\d+>)(?:[ \t]{2,}(?:[A-Z][a-z]+|<[A-Z]+_\d+>)){1,5}|[A-Za-z][\w /-]{0,30}:\s*\d+(?:\.\d+)?(?:[ \t]{2,}\d+(?:\.\d+)?)+|"
                        r"(?!(?:total|sum|score|raw|average|mean)\b)(?:[A-Za-z][\w /'-]{1,40}?[ \t]{2,}\d{1,2}(?:\.\d+)?[ \t]*){2,})\s*$", re.I)
# The grid's column names ("Motor   Phonic", "Obsessions   Compulsions") and its sum row with one number per column
# ("subtotal ..... 15   12", "Total: 14  11"): each column's sum is a part's score.
_COLUMNS = re.compile(r"^\s*([A-Z][a-z]+(?:[ \t]{2,}[A-Z][a-z]+){1,5})\s*$")
_SUM_ROW = re.compile(r"^\W*((?:sub-?)?totals?|sums?|raw(?: score)?|(?:sub-?)?scores?|total score)\s*(?:\.{2,}|:)?\s*"
                      r"(\d+(?:\.\d+)?(?:[ \t]+\d+(?:\.\d+)?){1,5})\s*$", re.I)
# A bracket that describes the form ("(18-item, 1-7 scale)", "(short form)") names no score.
_FORM_BRACKET = re.compile(r"\([^()]*\b(?:items?|scale|point|version|form|short|long|rated|range|likert)\b[^()]*\)", re.I)


def _one_instrument(text: str, hits: list | None = None) -> str:
    """The instrument a heading names when it names exactly one and gives no score ("SCAS-P (parent report)"), or ''.
    `hits`: the names already found in `text`, when the caller has them. A bracketed rating key after the name
    ("LCM (1 = total dependence ... 7 = complete independence)", "(0-2 per item)") gives no score."""
    if _KEY_BRACKET.search(text):
        text, hits = _KEY_BRACKET.sub("", text), None
    hits = list(catalog().names_in(text)) if hits is None else hits
    # its abbreviation in brackets ("Pediatric Symptom Checklist-17 (PSC-17), parent:") names it again: no score
    rest = re.sub(r"\([^()]*\)", lambda b: "" if hits and any(h.instrument is hits[0].instrument and not re.search(r"\d", b.group(0).replace(h.surface, ""))
                                                             for h in catalog().find(b.group(0))) else b.group(0), text[hits[-1].end:]) if hits else ""
    rest = _FORM_BRACKET.sub("", rest)
    ok = len({h.instrument.name for h in hits}) == 1 and not re.search(r"\d", re.sub(r"<[A-Z_]+_\d+>|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b", "", rest)) \
        and len(text.split()) <= 8
    return text[hits[0].start:hits[0].end] if ok else ""


_KEY_BRACKET = re.compile(r"\s*\((?=[^()]*(?:\d\s*=\s*[A-Za-z]|\d\s*[-\u2013]\s*\d+\s*(?:per item|scale|points?|each)\b))[^()]*\)")


def _row(text: str, hits: list | None = None) -> bool:
    return bool(_ROW.match(text) and re.search(r"\d", text)) and not (hits if hits is not None else any(True for _ in catalog().names_in(text))) \
        and len(_KEY_PAIR.findall(text)) < 2  # "Ratings: 0 = no evidence · 1 = watch": the rating key, no score


_KEY_PAIR = re.compile(r"(?<![\w.])\d{1,2}\s*=\s*[A-Za-z]")


def titled_rows(segs: Sequence[Segment], blocks: Sequence = ()) -> list[tuple[Segment, Segment]]:
    """(row as read with its instrument named, the row as written) for each score row under an instrument heading:
    a heading block ("RCADS-P" over "Total Anxiety: ..." fields) or a line of its own above the rows."""
    out: list[tuple[Segment, Segment]] = []
    for b in blocks:
        title = _one_instrument(b.section) if b.kind in ("field", "item", "prose") and b.section else ""
        if title and _row(b.text) and not _ITEM_GRID.match(b.text):
            row = Segment(b.note_index, b.text.strip(), "", b.date, b.kind)
            out.append((replace(row, text=f"{title} {row.text}"), row))
    title, rows, last, title_date, columns = None, 0, None, None, []
    for seg in segs:
        parts = _PARTS_LABEL.match(seg.text)
        if parts and last and last[0] == seg.note_index:  # "PRCA-24: total 96. Subscales: public speaking 29, ..."
            out.append((replace(seg, text=f"{last[1]} {seg.text[parts.end():].strip()}"), seg))
        hits = list(catalog().names_in(seg.text))
        last = (seg.note_index, seg.text[hits[-1].start:hits[-1].end]) if hits else last if parts else None
        if name := _one_instrument(seg.text, hits):
            dated = P.DATE.search(seg.text)  # "YGTSS - clinician-rated, past week (11/18/2025)": the rows' date
            title, rows, title_date, columns = (seg.note_index, name), 0, dated.group(0) if dated else None, []
            continue
        if title and seg.note_index == title[0] and not hits and (cols := _COLUMNS.match(seg.text)):
            columns = cols.group(1).split()
            continue
        if title and seg.note_index == title[0] and columns and (sums := _SUM_ROW.match(seg.text)) and \
                len(values := sums.group(2).split()) == len(columns):
            out += [(replace(seg, text=f"{title[1]} {col.lower()} {sums.group(1).lower()} {value}", date=seg.date or title_date), seg)
                    for col, value in zip(columns, values)]
            continue
        if title and seg.note_index == title[0] and not hits and _ITEM_GRID.match(seg.text):
            continue  # the instrument's item grid ("Motor   Phonic" over "Number: 3   2"): neither a score nor the end
        if title and seg.note_index == title[0] and rows < _MAX_ROWS and _row(seg.text, hits):
            out.append((replace(seg, text=f"{title[1]} {seg.text.strip()}", date=seg.date or title_date), seg))
            rows += 1
            continue
        title = None
    return out
