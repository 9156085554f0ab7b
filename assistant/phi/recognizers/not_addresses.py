"""Shapes the address rules read as a street or a box that are clinical or clock notation, dropped from their hits.

- A vital sign: "RR 16" is a respiratory rate and "HC 34" a head circumference when the line also gives another
  vital sign ("BP 104/62  HR 118  RR 16  SpO2 97%"); a rural route is written with its box or its town instead.
- A clock time's minutes and its time zone: "10:15-10:52 CT", "Submitted 21:36 ET": a street number never starts
  inside a time of day, and "CT" there is Central Time, not a court.
- A "town, state" that is a job title, a name field's label or a capitals sentence: "Licensed Psychologist, Idaho
  license", "(Last, First, MI)", "A CLAIM, SUIT, OR BOARD COMPLAINT" ("OR" and "IN" are words there).
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import JOB_TITLES, RELATIONS
from assistant.records import PhiSpan

_RATE = re.compile(r"(?:RR|HC)[ \t]*\d{1,3}")
_OTHER_VITAL = re.compile(r"(?<![\w/])(?:BP|B/P|HR|SpO2|SaO2|O2[ \t]?sat|Temp|Pulse|GCS|BGL|CGM|MAP|EtCO2)(?![\w/])", re.I)
_IN_CLOCK = re.compile(r"\d{1,2}:$")
_NAME_PARTS = {"first", "last", "middle", "given", "family", "surname", "maiden", "suffix"}
_PROFESSIONS = {w.lower() for w in JOB_TITLES + RELATIONS} | {"psychologist", "psychiatrist", "therapist", "counselor",
                                                              "counsellor", "worker", "physician", "nurse", "examiner"}
# a state code that is also an English word, then another word in capitals: "SUIT, OR BOARD", "ADMITTED, IN CARE"
# (after a form's wide gap the capitals are the next field's label: "TOLEDO, OR     DATE: ...")
_WORD_STATE = re.compile(r",[ \t]*(?:OR|IN|ME|OK|HI|DE|ID|OH|MA|PA|MD|CO)[ \t][A-Z]{2,}")


def _line(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def not_an_address(text: str, sp: PhiSpan) -> bool:
    """True for an ADDRESS hit that is a vital sign's rate or a clock time's minutes."""
    if sp.entity_type != "ADDRESS":
        return False
    value = text[sp.start:sp.end]
    if _RATE.fullmatch(value) and _OTHER_VITAL.search(_line(text, sp.start)):
        return True
    if value[:1].isdigit():
        return _IN_CLOCK.search(text[max(0, sp.start - 3):sp.start]) is not None
    if sp.source != "city_state":
        return False
    words = value.lower().split()
    return (words[-1] in _PROFESSIONS or len(words) == 1 and words[0] in _NAME_PARTS
            or value.isupper() and _WORD_STATE.match(text, sp.end) is not None)


def drop_not_addresses(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans -> the same less vital signs and clock times read as addresses."""
    return [sp for sp in spans if not not_an_address(text, sp)]
