"""Units and rooms told without a street: the flat a neighbour lives in ("the woman in 4B", "the guy upstairs in 12F",
"the neighbor from 207") and a resident's room in brackets after their name, as a card or a care home's list writes it
("Walt (rm 14B)", "Mrs. Ochoa (room 302)"). Only the unit's number is the place; the person and the word stay."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# a unit names a floor and a door ("4B", "12F", "B7"); a door of three digits alone counts after one person (a
# plural may be a plan's or a programme's number: "kids in 504"), never before a unit of measure; four digits are a year
_END = r"(?![\w/:%-]|[.,]\d)"
_LETTERED = rf"(?:\d{{1,3}}[A-Z]|[A-Z]-?\d{{1,3}}){_END}"
_DIGITS = rf"\d{{3}}{_END}(?![ \t]*(?i:percent|mg|lbs?|pounds|feet|ft|yards|miles|dollars|plans?))"
_PEOPLE = r"kids|neighbou?rs|tenants|family|couple|people|folks"
_PERSON = r"man|woman|lady|guy|girl|boy|kid|neighbou?r|tenant|dude|someone|somebody|resident|owner|landlord"
_WHERE = r"[ \t]+(?:(?:upstairs|downstairs|next door|across the hall|below|above)[ \t]+)?(?:in|from|at)[ \t]+" \
         r"(?:(?:apt\.?|apartment|unit|flat|#)[ \t]*)?"
_NEIGHBOUR_UNIT = re.compile(rf"\b(?i:(?:{_PERSON}|{_PEOPLE}){_WHERE})({_LETTERED})|\b(?i:(?:{_PERSON}){_WHERE})({_DIGITS})")
_ROOM = re.compile(r"[ \t]*\((?i:rm\.?|room)[ \t]*#?[ \t]*(\d{1,4}[A-Z]?|[A-Z]-?\d{1,3})\)")
# the word before a room in brackets is a person's name, not a meeting's or a service's word
_NAME_BEFORE = re.compile(r"\b(?!(?:Group|Therapy|Session|Meeting|Class|Conference|Office|Clinic|Visit|Exam|Lab|"
                          r"Intake|Interview|Call|Lunch|Training|Orientation)\b)[A-Z][a-z'’-]+\.?$")


def find_dwelling_units(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of a neighbour's unit and a resident's room told after a name."""
    spans = [PhiSpan(m.start(g), m.end(g), "ADDRESS", 0.75, "street")
             for m in _NEIGHBOUR_UNIT.finditer(text) for g in (1, 2) if m.group(g)]
    for m in _ROOM.finditer(text):
        if _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "street"))
    return spans
