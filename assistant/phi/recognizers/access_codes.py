"""Codes that open a place or name a rented space: "gate code 40417", "keypad PIN #2580", "storage unit B-207",
"spaces D-31 and D-32", "parking stall 114"; the number printed on a badge or a card a person wears.

A number after one of these cue words identifies the renter or lets a stranger in; a bare room count or a size
("10x20") is not one, so a value must carry three digits or a letter prefix."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# The value of a rented space: "B-207", "C12", "0417", "114A"; a size such as "10x20" has no such shape.
_SPACE_VALUE = r"(?:[A-Z]{1,2}-?\d{2,4}[A-Z]?|\d{3,4}[A-Z]?)(?![\w%-]|x\d)"
_SPACE = re.compile(
    r"\b(?i:(?:storage|self-storage|parking|boat|RV)[ \t]+(?:units?|spaces?|stalls?|lockers?|slips?)|"
    r"spaces?(?:\(s\))?|stalls?|bays?|units?(?:\(s\))?(?=[ \t]*[:#]))"
    r"[ \t]*(?:#|[Nn]o\.?|number)?[ \t]*[:#]?[ \t]*(" + _SPACE_VALUE + r")")
# Further values after the first: "C-14 (10x30 drive-up) and C-15", "D-31/D-32".
_MORE_SPACES = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:/|,|&|and)[ \t]*(" + _SPACE_VALUE + r")")
# A code that opens a gate, a door or a box: "gate code 40417", "door code is #2580", "lockbox combo 7731".
_ACCESS = re.compile(
    r"\b(?:gate|door|front door|keypad|entry|access|alarm|lock ?box|key ?safe|garage|building|lobby|padlock)"
    r"[ \t]+(?:code|PIN|combo|combination|passcode)s?\b[ \t]*(?:is|was|=|:|#|-|[ \t])*[ \t]*([#*]?\d{3,8}[#*]?)(?![\w/.-]\w)",
    re.I)

# What a badge, a card or a tag worn at work has printed on it, quoted: 'employee badge "ACME FOODS - J. DOE - 20417"',
# 'ID card reads "Metro Transit / Op. 7781"'. A number of three or more digits there is the wearer's own, never a
# count; a year alone ("Class of 2019") is not one.
_WORN_TEXT = re.compile(r"\b(?i:badge|ID card|ID badge|name ?tag|lanyard|access card|staff card|work card|key ?card)\b"
                        r"[^\n\"“]{0,20}?[\"“]([^\"”\n]{1,80})[\"”]")
_WORN_NUMBER = re.compile(r"(?<![\w.,/-])#?[A-Z]{0,2}-?\d{3,8}(?![\w.,/-]|[.,]\d)")


def _worn_numbers(text: str) -> list[PhiSpan]:
    return [PhiSpan(m.start(1) + n.start(), m.start(1) + n.end(), "OTHER_ID", 0.8, "badge") for m in _WORN_TEXT.finditer(text)
            for n in _WORN_NUMBER.finditer(m.group(1)) if not re.fullmatch(r"(?:19|20)\d{2}", n.group())]


def find_access_codes(text: str) -> list[PhiSpan]:
    """Text -> spans of rented-space numbers and access codes (OTHER_ID)."""
    spans = [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.85, "access_code") for m in _ACCESS.finditer(text)] + _worn_numbers(text)
    for m in _SPACE.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.8, "rented_space"))
        end = m.end(1)
        while more := _MORE_SPACES.match(text, end):
            spans.append(PhiSpan(more.start(1), more.end(1), "OTHER_ID", 0.8, "rented_space"))
            end = more.end(1)
    return spans
