"""Streets and places a detector caught in part, grown over the rest of their own words:

- A compass word before a street's name: "W. 19th St", "East Alder Rd", "NW Quimby St" (the street rule starts at the
  name; the direction is part of the street's name on every sign).
- A geographic head word right after a place's name: "Allen" + "Island", "Tamarack" + "Lake", "Sutter" + "Creek": a
  named island, lake or creek is one place.
- A street written once with its house number and again without it: "2 Birchwood Ct" ... "Home: Birchwood Ct". The
  street alone still finds the home.
"""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_COMPASS_BEFORE = re.compile(r"(?<![\w.])(?:[NSEW]\.?|NE|NW|SE|SW|North|South|East|West)[ \t]$")
_STREET_START = re.compile(r"\d{1,3}(?:st|nd|rd|th)\b|[A-Z][a-z]")
_GEO_HEADS = ("Island", "Islands", "Isle", "Key", "Lake", "Creek", "River", "Bay", "Harbor", "Harbour", "Cove", "Point",
              "Peninsula", "Reservoir", "Pond", "Canyon", "Mountain", "Peak", "Valley", "Inlet", "Sound", "Ledge", "Reef")
_HEAD_AFTER = re.compile(r"[ \t](?:%s)\b" % "|".join(_GEO_HEADS))
# a house number, then the street's name and its street word: the part after the number is the street alone
_NUMBERED = re.compile(r"\d{1,6}[A-Z]?[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,3}(?:St|Ave|Rd|Ln|Dr|Ct|Cir|Pl|Blvd|Ter|Pkwy|Way|"
                       r"Street|Avenue|Road|Lane|Drive|Court|Circle|Place|Boulevard|Terrace|Parkway|Row|Trail|Loop)\.?)(?![\w])")


def _with_compass(text: str, sp: PhiSpan) -> PhiSpan:
    m = _COMPASS_BEFORE.search(text, max(0, sp.start - 7), sp.start)
    if m and _STREET_START.match(text, sp.start) and re.search(r"\b(?:St|Ave|Rd|Street|Avenue|Road|Blvd|Dr|Ln)\b\.?", text[sp.start:sp.end]):
        return PhiSpan(m.start(), sp.end, sp.entity_type, sp.score, sp.source)
    return sp


def _with_head(text: str, sp: PhiSpan) -> PhiSpan:
    m = _HEAD_AFTER.match(text, sp.end)
    if m and not _HEAD_AFTER.search(" " + text[sp.start:sp.end].split()[-1]):
        return PhiSpan(sp.start, m.end(), "ADDRESS", sp.score, sp.source)
    return sp


def _streets_again(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    names = {m.group(1) for sp in spans if sp.entity_type == "ADDRESS"
             for m in [_NUMBERED.search(text, sp.start, sp.end)] if m}
    return [PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "street_again") for name in names
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text)]


def with_street_parts(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> streets grown over their compass word, places over their head word, plus each numbered
    street's name wherever it is written again."""
    out = [_with_head(text, _with_compass(text, sp)) if sp.entity_type == "ADDRESS" else sp for sp in spans]
    return out + _streets_again(text, out)
