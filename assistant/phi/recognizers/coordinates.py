"""A place written as decimal coordinates, with its sign: a GPS track's point ('<trkpt lat="43.07412"
lon="-89.38106">'), a survey export's location columns ("44.9731,-93.2665"), a map link's "@41.8781,-87.6298" or a
field ("Lat: 43.07412  Long: -89.38106"). A coordinate of three decimals or more places a person to a street; the sign
is part of it (west and south are negative)."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_AXIS = r"-?\d{1,3}\.\d{3,8}"
# after a latitude's or a longitude's key, in an attribute, a JSON field or a label
_KEYED = re.compile(rf"(?i)\b(?:lat|lon|lng|long|latitude|longitude)[\"']?[ \t]*[=:][ \t]*[\"']?({_AXIS})(?![\d.])")
# a pair: latitude, comma, longitude (one of them signed, or both with four decimals)
_PAIR = re.compile(rf"(?<![\w.-])(-?\d{{1,2}}\.\d{{3,8}})[ \t]*,[ \t]*(-?\d{{1,3}}\.\d{{3,8}})(?![\d.])")


def find_coordinates(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of decimal coordinates."""
    spans = [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.85, "coordinates") for m in _KEYED.finditer(text)]
    for m in _PAIR.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2))
        if abs(lat) <= 90 and abs(lon) <= 180 and ("-" in m.group() or min(len(m.group(1)), len(m.group(2))) >= 7):
            spans.append(PhiSpan(m.start(1), m.end(2), "ADDRESS", 0.85, "coordinates"))
    return spans
