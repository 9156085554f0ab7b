"""Calendar dates written in a text (numeric, ISO, "March 4, 2025", "4 March 2025", "March 2025"), compared loosely.

A date in a letter is supported by a date in a source when they name the same day, or when either gives only
a month (and year) that the other falls in; a source without a year matches any year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<mon>%s|(?:%s)\.?)" % ("|".join(_MONTHS), "|".join([m[:3] for m in _MONTHS if m != "may"] + ["sept"]))
_PATTERNS = (
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"),
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?!\d)"),
    re.compile(r"\b%s[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]+(?P<y>\d{4}))?(?!\d)" % _MONTH, re.I),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?%s(?:,?[ \t]+(?P<y>\d{4}))?(?!\d)" % _MONTH, re.I),
    re.compile(r"\b%s(?:[ \t]+of)?,?[ \t]+(?P<y>\d{4})(?!\d)" % _MONTH, re.I),
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
)


@dataclass(frozen=True)
class Date:
    """One date as written: its text, where it starts, and its parts (None where the text does not say)."""

    text: str
    start: int
    year: int | None
    month: int
    day: int | None


def _month(m: re.Match) -> int | None:
    if m.groupdict().get("mon"):
        name = m.group("mon").lower().rstrip(".")
        return next(i + 1 for i, full in enumerate(_MONTHS) if full.startswith(name[:3]))
    value = int(m.group("m"))
    return value if 1 <= value <= 12 else None


def find_dates(text: str) -> list[Date]:
    """Text -> the calendar dates in it, first pattern winning where two overlap."""
    taken: list[tuple[int, int]] = []
    out = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            month, groups = _month(m), m.groupdict()
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if month is None or (day is not None and not 1 <= day <= 31):
                continue
            if year is not None and year < 100:
                year += 2000
            if groups.get("mon") and day is None and year is None:
                continue  # a month name alone ("May") is not a date
            taken.append(m.span())
            out.append(Date(m.group(), m.start(), year, month, day))
    return sorted(out, key=lambda d: d.start)


def date_supported(date: Date, known: Iterable[Date]) -> bool:
    """True when a known date names the same day, or the same month where either gives no day."""
    for k in known:
        if k.month != date.month or (k.year and date.year and k.year != date.year):
            continue
        if k.day is None or date.day is None or k.day == date.day:
            if date.day is not None and k.day is None:
                continue  # a day the sources never give is invented
            return True
    return False


# "on" before a month without a day reads wrong once a date placeholder is put back: "58 on mid-September",
# "12 on June 2026", "19 on 06/2026" -> "in ...".
_ON_MONTH = re.compile(r"\bon (?=(?:(?:early|mid|late)[- ])?(?:%s)\b(?![ \t]+\d{1,2}\b(?![ \t]*\d{3})))|\bon (?=\d{1,2}/\d{4}\b)"
                       % "|".join(m.capitalize() for m in _MONTHS) + r"|\bon (?=(?:early|mid|late)[- ]\w)", re.I)


def in_months(text: str) -> str:
    """ "on" before a month, a month and year or a part of a month becomes "in"; "on June 4" stays."""
    return _ON_MONTH.sub("in ", text)
