"""Scores written as words: "a twenty-one on the PHQ-9", "PCL-5 today thirty-eight (fifty-seven at intake)"."""

from __future__ import annotations

import re

_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"zero": 0, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONE = dict(_UNITS, one=1)
_NUMBER = re.compile(r"\b(?:(?P<tens>%s)(?:[- ](?P<unit>%s))?|(?P<teen>%s)|(?P<single>%s))\b"
                     % ("|".join(_TENS), "|".join(_ONE), "|".join(_TEENS), "|".join(_UNITS)), re.I)


def _value(m: re.Match[str]) -> str:
    if m.group("tens"):
        return str(_TENS[m.group("tens").lower()] + (_ONE[m.group("unit").lower()] if m.group("unit") else 0))
    return str(_TEENS.get((m.group("teen") or "").lower(), _UNITS.get((m.group("single") or "").lower(), 0)))


def with_digits(text: str) -> str:
    """Number words from two to ninety-nine written as digits ("one" stays: it is too often not a number)."""
    return _NUMBER.sub(_value, text)
