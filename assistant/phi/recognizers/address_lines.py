"""The rest of an address line after a street found: the suburb, the town, the region and the postcode of any country,
as a letterhead or a form writes them ("27 Princes Street, Ōtāhuhu, Auckland 1062 · Waea ...", "9 Tūī Crescent, Māngere
East, Auckland 2022", "14 High St, Ashby, Leics LE65 1AB"). The street rules stop at the first comma, and a town
written with a macron or an accent on its capital ("Ōtāhuhu", "Élancourt") is no capitalised word to them.

A part after a comma is a few capitalised words (small words of a name between them: "Baile na hAbhann", "Stoke on
Trent"), a postcode or both. The run of parts counts only when it ends the line or the field (a line end, " · ", "|",
a gap of two spaces, a bracket, a full stop) or ends in a postcode: "400 Main St, Dr. Patel and I" is prose. A state or
a country closes the run and stays. The towns found (no digits, four letters or more) are spread over the case as
places (propagate.py), so "Auckland" in the line names the place when the note writes "(Auckland)" again."""

from __future__ import annotations

import re

from assistant.phi.lexicon import COUNTRIES, STATES
from assistant.phi.world_words import world_words
from assistant.records import PhiSpan

# postcodes: digits (NZ, AU, most of Europe), "10-001" (PL), "1012 AB" (NL), "H91 R2X6" (Eircode), "LE65 1AB" (UK),
# "K1A 0B1" (CA), "100-0001" (JP), "01310-100" (BR)
_POSTCODE = re.compile(r"\d{3,6}|\d{2,3}-\d{3,4}|\d{5}-\d{3}|\d{4}[ ][A-Z]{2}|[A-Z]\d{2}[ ][A-Z0-9]{4}|"
                       r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d")
_NUMBER = re.compile(r"(?:\d{1,2}[A-Za-z]?|\d{1,4}[A-Za-z])(?![\w-])")
_UNIT_NUMBER = re.compile(r"#?\d{1,6}[A-Za-z]?(?![\w-])")
_UNITS = {"apt", "apartment", "unit", "suite", "ste", "level", "floor", "flat", "room", "rm", "lot", "site", "box", "no",
          "bldg", "building", "shop"}  # no "Fl": "FL 33870" is Florida's ZIP
_SMALL = {"na", "an", "de", "la", "le", "les", "du", "des", "del", "da", "do", "di", "y", "o", "of", "the", "upon", "on",
          "en", "sur", "am", "im", "bei", "an der", "a'", "van", "von", "der"}
_WORD = re.compile(r"[A-Z][a-z]{0,2}\.(?= \S)|[^\W\d_][\w'’-]*")  # "Co. na Gaillimhe", "St. Albans"; "Springfield." ends
_MUTATED = re.compile(r"(?:bh|[bdgmnth]-?)[A-ZÀ-ÞĀ-Ž]")  # "hAbhann", "nGaillimh" (Irish)
_COMMA = re.compile(r",[ \t]*")
# what closes an address line: its end, a letterhead's separator, a column gap, a bracket, a sentence's full stop
_LINE_END = re.compile(r"[ \t]*(?:$|\n|[·•|;(]|[ \t]{2}|\t|\.(?:\s|$))", re.M)
_STARTS = {"street", "street_named"}
_MAX_PARTS, _MAX_WORDS = 4, 4


def _closes(words: list[str]) -> bool:
    """A state ("MA", "Utah") or a country ("Éire"), which is no PHI and closes the line."""
    value = " ".join(words).rstrip(".")
    return value in STATES or value in STATES.values() or value.lower() in COUNTRIES or value.lower() in world_words()[0]


def _part(text: str, at: int) -> tuple[int, list[tuple[int, int, str]]] | None:
    """The address part from at -> (its end, [(start, end, "town" | "postcode")]), or None when none stands there."""
    pieces, pos, words = [], at, 0
    while words < _MAX_WORDS:
        unit = bool(pieces) and text[pieces[-1][0]:pieces[-1][1]].rstrip(".").lower() in _UNITS
        if not unit and (code := _POSTCODE.match(text, pos)) and not re.match(r"[\w-]", text[code.end():code.end() + 1]):
            pieces.append((code.start(), code.end(), "postcode"))
        elif number := (_UNIT_NUMBER if unit else _NUMBER).match(text, pos):  # "Apt 3", "Level 2", "Suite 200"
            pieces.append((number.start(), number.end(), "number"))
        elif (word := _WORD.match(text, pos)) and (word.group()[0].isupper() or _MUTATED.match(word.group())):
            pieces.append((word.start(), word.end(), "town"))
        elif (word := _WORD.match(text, pos)) and word.group().lower() in _SMALL and pieces:
            pieces.append((word.start(), word.end(), "small"))
        else:
            break
        pos, words = pieces[-1][1], words + 1
        if not re.match(r" (?=\S)", text[pos:pos + 2]):
            break
        pos += 1
    while pieces and pieces[-1][2] == "small":  # "Stoke on" ends in a small word: the part ends before it
        pieces.pop()
    if not pieces:
        return None
    return pieces[-1][1], pieces


def _line_after(text: str, end: int) -> list[PhiSpan]:
    """The parts after a street that ends at end, when they run to the end of the line or to a postcode."""
    out: list[PhiSpan] = []
    for _ in range(_MAX_PARTS):
        comma = _COMMA.match(text, end)
        found = _part(text, comma.end()) if comma else None
        if found is None:
            return out if _LINE_END.match(text, end) else []
        part_end, pieces = found
        if _closes([text[s:e] for s, e, kind in pieces if kind != "postcode"]) and pieces[-1][2] != "postcode":
            return out
        out += _spans(text, pieces)
        end = part_end
        if pieces[-1][2] == "postcode":
            return out
    return out if _LINE_END.match(text, end) else []


def _spans(text: str, pieces: list[tuple[int, int, str]]) -> list[PhiSpan]:
    """A part's pieces -> its town (the words between postcodes) and its postcodes; a state before a ZIP stays."""
    out, words = [], [p for p in pieces if p[2] != "postcode"]
    if words and not _closes([text[s:e] for s, e, _ in words]):
        value = text[words[0][0]:words[-1][1]]
        source = "address_line" if len(re.sub(r"\W", "", value)) >= 4 and not re.search(r"\d", value) else "address_part"
        out.append(PhiSpan(words[0][0], words[-1][1], "ADDRESS", 0.8, source))
    # a postcode that reads as a year ("Auckland 2022") is the line's postcode, never a year: firm like a ZIP
    out += [PhiSpan(s, e, "ADDRESS", 0.85, "zip") for s, e, kind in pieces if kind == "postcode"]
    return out


def find_address_lines(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans found so far -> ADDRESS spans for the suburb, town and postcode after each street address."""
    out = []
    for sp in spans:
        if sp.entity_type == "ADDRESS" and sp.source in _STARTS and "\n" not in text[sp.start:sp.end]:
            out += _line_after(text, sp.end)
    return out
