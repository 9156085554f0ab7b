"""Booking codes told by the trip they belong to, without a label: "her flight is on Delta, GX4TQ2", "the Amtrak
trip (K7RWQ9) was rebooked".

An airline's or a railway's record locator is five to eight capitals and digits mixed; it finds one traveller's
booking. A flight number ("UA 1423", "DL2231", "AAL88") is two or three letters and digits only, and names no one; the day
printed with it ("AS1174/14NOV") is a date of the traveller's."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# At least one digit and three letters, within a short clause after the trip word.
_TRIP_CODE = re.compile(r"\b(?i:flights?|airlines?|airfare|plane ticket|boarding pass|e-?ticket|train|Amtrak|Greyhound|"
                        r"bus ticket|cruise|ferry)\b[^.;:\n\d]{0,30}?(?<![\w-])"
                        r"((?=[A-Z0-9]*\d)(?=(?:[A-Z0-9]*[A-Z]){3})[A-Z0-9]{5,8})(?![\w-])")
_FLIGHT_NUMBER = re.compile(r"[A-Z]{2,3}\d{1,4}|[A-Z]\d[A-Z]?\d{1,4}")
# The day a flight or a train left, written as airlines and railways print it, joined to the flight's number: "AS1174/14NOV",
# "UA 882/03JAN", "DL2231 / 28FEB26", "14NOV/AS1174" (a day and a month with no year are still the traveller's date).
_MON = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_DDMMM = rf"(?:0?[1-9]|[12]\d|3[01]){_MON}(?:\d{{2}}|\d{{4}})?"
_FLIGHT = r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{1,4}[A-Z]?"
_FLIGHT_DAY = re.compile(rf"(?<![\w/]){_FLIGHT}[ \t]*/[ \t]*({_DDMMM})(?![\w/])|(?<![\w/])({_DDMMM})[ \t]*/[ \t]*{_FLIGHT}(?![\w/])")


def find_trip_codes(text: str) -> list[PhiSpan]:
    """Text -> OTHER_ID spans of booking codes written after a flight, a train or a cruise, and DATE spans of the day
    written with a flight's number."""
    spans = [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.8, "trip_code") for m in _TRIP_CODE.finditer(text)
             if not _FLIGHT_NUMBER.fullmatch(m.group(1))]
    return spans + [PhiSpan(m.start(g), m.end(g), "DATE", 0.85, "flight_day") for m in _FLIGHT_DAY.finditer(text)
                    for g in (1, 2) if m.group(g)]
