"""Values in a GEDCOM family-tree file, typed by the tag on their line: "1 NAME Ann Marie /de Winter/" (the surname
between slashes), "2 NICK Annie", "2 _MARNM Lowell", "2 PLAC Akron, Summit, Ohio, USA", "3 CITY Akron", "3 POST 44301".
A genealogy export is the one place a whole family is listed person by person, so each value is typed by its tag and
not by how it reads ("Strand" or "Joy" as a surname reads as a word)."""

from __future__ import annotations

import re

from assistant.phi.lexicon import COUNTRIES, STATES
from assistant.records import PhiSpan

# A GEDCOM line: level, an optional cross-reference id ("@I4@"), a tag, a value.
_LINE = re.compile(r"^[ \t]*\d{1,2}[ \t]+(?:@[^@\s]+@[ \t]+)?(_?[A-Z][A-Z0-9_]{1,14})[ \t]+([^\n]*\S)[ \t]*$", re.M)
_HEAD = re.compile(r"^[ \t]*0[ \t]+(?:HEAD|@[^@\s]+@[ \t]+INDI)[ \t]*$", re.M)
_NAME_TAGS = {"NAME", "GIVN", "SURN", "NICK", "_MARNM", "_AKA", "_BIRN", "SPFX"}
_PLACE_TAGS = {"PLAC"}  # jurisdictions in a list, smallest first: "town, county, state, country"
_ADDRESS_TAGS = {"ADDR", "ADR1", "ADR2", "ADR3", "CITY", "POST"}
_STATE_WORDS = {s.lower() for s in STATES} | {s.lower() for s in STATES.values()}


def _place_parts(value: str, offset: int) -> list[PhiSpan]:
    """ "Dayton, Montgomery, Ohio, USA" -> the town and the county; a state or a country names no one."""
    out = []
    for part in re.finditer(r"[^,]+", value):
        word = part.group().strip()
        if not word or word.lower() in _STATE_WORDS or word.lower() in COUNTRIES or not re.search(r"[^\W\d_]", word):
            continue
        start = offset + part.start() + (len(part.group()) - len(part.group().lstrip()))
        out.append(PhiSpan(start, start + len(word), "ADDRESS", 0.9, "gedcom"))
    return out


def find_gedcom(text: str) -> list[PhiSpan]:
    """Text -> NAME and ADDRESS spans of the tagged lines of a GEDCOM file (nothing when the text is no such file)."""
    if not _HEAD.search(text):
        return []
    out = []
    for m in _LINE.finditer(text):
        tag, start, end = m.group(1), m.start(2), m.end(2)
        if tag in _NAME_TAGS and re.search(r"[^\W\d_]", m.group(2)):
            out.append(PhiSpan(start, end, "NAME", 0.9, "gedcom"))
        elif tag in _PLACE_TAGS:
            out += _place_parts(m.group(2), start)
        elif tag in _ADDRESS_TAGS and m.group(2).lower() not in _STATE_WORDS | COUNTRIES:
            out.append(PhiSpan(start, end, "ADDRESS", 0.9, "gedcom"))
    return out
