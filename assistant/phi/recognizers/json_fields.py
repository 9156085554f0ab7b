"""Values of a JSON export typed by their key: "address", "city", "email", "phone" as the key says, and the "name"
of a place in a location record (an object that also holds an "address" or coordinates), which names a business or a
home the person went to (a location history, a check-in, a ride receipt). An address is cut at its commas and keeps
no state or country: "1190 Main St, Alanson Mills, MI 49706, USA" gives the street, the town and the ZIP."""

from __future__ import annotations

import re

from assistant.phi.lexicon import COUNTRIES, STATES
from assistant.phi.recognizers.tables import kind_of_key
from assistant.records import PhiSpan

_FIELD = re.compile(r'"([A-Za-z][\w-]{0,40})"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,200})"')
# a location record's own keys near a "name": the name is a place's
_PLACE_KEYS = re.compile(r'"(?:address|formattedAddress|latitudeE7|longitudeE7|lat|lng|latitude|longitude|placeId)"')
_NOT_LOCAL = {s.lower() for s in STATES} | {s.lower() for s in STATES.values()} | set(COUNTRIES)
_STATE_ZIP = re.compile(r"(?:%s)[ \t]+(?=\d{5})" % "|".join(STATES))


def _pieces(value: str, start: int) -> list[PhiSpan]:
    """An address value -> one span per comma-separated piece, less states and countries."""
    out, pos = [], start
    for piece in value.split(","):
        lead = len(piece) - len(piece.lstrip())
        a, text = pos + lead, piece.strip()
        if (m := _STATE_ZIP.match(text)) is not None:
            a, text = a + m.end(), text[m.end():]
        if text and text.lower() not in _NOT_LOCAL:
            out.append(PhiSpan(a, a + len(text), "ADDRESS", 0.8, "structured"))
        pos += len(piece) + 1
    return out


def _place_name(text: str, m: re.Match) -> bool:
    """A "name" key inside an object that also holds an address or coordinates."""
    start = text.rfind("{", 0, m.start())
    end = text.find("}", m.end())
    return m.group(1) == "name" and start >= 0 and _PLACE_KEYS.search(text, start, end if end >= 0 else len(text)) is not None


def find_json_fields(text: str) -> list[PhiSpan]:
    """Text -> spans of identifying values under typed keys of a JSON export."""
    if '":' not in text.replace('" :', '":'):
        return []
    out = []
    for m in _FIELD.finditer(text):
        kind = kind_of_key(m.group(1))
        if kind == "ADDRESS":
            out += _pieces(m.group(2), m.start(2))
        elif kind:
            out.append(PhiSpan(m.start(2), m.end(2), kind, 0.8, "structured"))
        elif _place_name(text, m):
            out.append(PhiSpan(m.start(2), m.end(2), "ORGANIZATION_LINKED", 0.8, "structured"))
    return out
