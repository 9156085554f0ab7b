"""Scores kept as records of a structured export: a YAML or JSON list of measures, one record per administration, or
HL7 v2 result segments (OBX).

    measures:
      - instrument: PCL-5
        date: 2025-03-10
        total: 52

Each record is a run of `key: value` fields that starts with a list dash (or a one-line `{...}` object); the record
says which instrument, which score and which date by its keys, so no sentence is needed. An instrument the catalog
does not know, or an empty one (`instrument: ""`), gives no score: it is carried by the other readers or asked about.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from assistant.letters.item_columns import item_column_measures
from assistant.letters.catalog import catalog, key_name, parse_score
from assistant.letters.facts import Measure
from assistant.letters.reading import Block

# White space is taken whole (possessive) and the value's trailing comma is cut in code, so a line padded with a long
# run of spaces is read in one pass.
_FIELD = re.compile(r"^\s*+(?:-\s+)?[\"']?([A-Za-z][\w ]{0,30}?)[\"']?\s*+:\s*+(.*)$")
_OBJECT = re.compile(r"\{([^{}]*)\}")
_PAIR = re.compile(r"[\"']?([A-Za-z][\w ]{0,30}?)[\"']?\s*:\s*(\"[^\"]*\"|'[^']*'|[^,}]+)")
_INSTRUMENT_KEYS = re.compile(r"^(?:instrument|measure|scale|test|tool|assessment|screen(?:er|ing)?|questionnaire|name)$", re.I)
_SCORE_KEYS = re.compile(r"^(?:total|total[ _]score|score|raw(?:[ _]score)?|value|result)$", re.I)
_DATE_KEYS = re.compile(r"^(?:date|dos|administered|date[ _]administered|admin[ _]date|completed|on)$", re.I)


def _field_value(raw: str) -> str:
    """A record field's value without its trailing comma, white space and quotes."""
    value = raw.rstrip()
    return (value[:-1] if value.endswith(",") else value).strip().strip("\"'")


def _records(blocks: Sequence[Block]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """(note index, first line, {key: value}) for each record of the blocks."""
    current: dict[str, str] = {}
    note, first = -1, ""
    for b in blocks:
        for obj in _OBJECT.finditer(b.text):  # a one-line JSON object
            pairs = {k.strip().lower(): v.strip().strip("\"'") for k, v in _PAIR.findall(obj.group(1))}
            if pairs:
                yield b.note_index, b.text, pairs
        m = _FIELD.match(b.text) if "\n" not in b.text else None
        starts = b.text.lstrip().startswith("- ")
        if m is None or starts or b.note_index != note:
            if current:
                yield note, first, current
            current, note, first = {}, b.note_index, b.text
        if m is not None and (starts or current):
            current[m.group(1).strip().lower()] = _field_value(m.group(2))
    if current:
        yield note, first, current


# An HL7 v2 result segment: OBX|set id|value type|code^text^system||value|units|range|flag|||status|||date.
_OBX = re.compile(r"^\s*OBX\|")


def _hl7_date(value: str) -> str | None:
    m = re.match(r"((?:19|20)\d\d)(\d\d)(\d\d)", value)
    return "%s/%s/%s" % (m.group(2), m.group(3), m.group(1)) if m else (value or None)


def hl7_measures(blocks: Sequence[Block]) -> list[Measure]:
    """Scores from HL7 v2 OBX result segments: the instrument from the observation's text or code, its value,
    and the observation date (field 14)."""
    out, order = [], None
    for b in blocks:
        if re.match(r"^\s*OBR\|", b.text):  # the order names the instrument its results are parts of
            code = (b.text.strip().split("|") + [""] * 5)[4]
            order = next((i for i in map(_known, [c for c in code.split("^") if c][:2]) if i), None)
        if not _OBX.match(b.text):
            continue
        fields = b.text.strip().split("|")
        if len(fields) < 6:
            continue
        names = [c for c in fields[3].split("^") if c][:2]
        names = [re.sub(r"\s+(?:total(?: score)?|score)$", "", n, flags=re.I) for n in names[::-1]]  # the text first
        # "OBX|1|NM|YGTSS-MTR^Motor tic severity^L||18": a part of the coded (or ordered) instrument, named by the text
        code = names[-1] if names and "-" in names[-1] else ""
        base = (_known(code.rsplit("-", 1)[0]) or _known(code.split("-")[0]) if code else None) or order
        part = _part_named(base, names[0]) if base is not None and names and not _known(names[0]) else ""
        inst = base if part else next((i for i in map(_known, names) if i), None)
        num = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)", fields[5].strip())
        if inst is None or num is None:
            continue
        date = _hl7_date(fields[14].strip()) if len(fields) > 14 else None
        out.append(Measure(key_name(inst, part), parse_score(num.group(1), None, inst), date, b.note_index, b.text.strip(),
                           surface=names[0], part=part))
    return out


def _known(name: str):
    return catalog().get(re.sub(r"\s*\(.*\)\s*$", "", name)) or catalog().get(name)


def _part_named(inst, text: str) -> str:
    """The instrument's part a result's text names ("Motor tic severity" -> "motor"), the longest first."""
    words = " " + re.sub(r"[^a-z]+", " ", text.lower()) + " "
    found = [(words.find(f" {p.lower()} "), -len(p), p) for p in inst.parts or () if f" {p.lower()} " in words]
    return min(found)[2] if found else ""  # the part the text opens with: "Motor tic severity" is the motor part


def record_measures(blocks: Sequence[Block]) -> list[Measure]:
    """Scores from measure records (see the module docstring), HL7 result segments and an instrument's item grid in
    dated columns (item_columns.py)."""
    out = hl7_measures(blocks) + item_column_measures(blocks)
    for note, first, fields in _records(blocks):
        name = next((v for k, v in fields.items() if _INSTRUMENT_KEYS.match(k)), "")
        raw = next((v for k, v in fields.items() if _SCORE_KEYS.match(k)), "")
        inst = catalog().get(re.sub(r"\s*\(.*\)\s*$", "", name)) if name else None
        num = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)(?:\s*/\s*(\d{1,3}))?", raw)
        if inst is None or num is None:
            continue
        score = parse_score(num.group(1), num.group(2), inst)
        date = next((v for k, v in fields.items() if _DATE_KEYS.match(k) and v), None)
        out.append(Measure(key_name(inst), score, date, note, first.strip(), surface=name))
    return out
