"""How long a request has waited, told as two days: the day it went in ("I put in the prior auth on Monday 11/23",
"faxed it Nov 2") and today ("still pending today, Mon 12/7", "today is December 7"). The days between them are the
time waited, set against the time limit the sources give like a wait the asker counts ("it's been 14 days")."""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
# a day with or without its weekday and year: "Mon 12/7", "Monday 11/23", "12/07/2026", "Dec 7", "December 7, 2026"
_DAY = (r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])|"
        r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b)")
# "today, Mon 12/7", "today (12/7)", "today is December 7", "as of today, 12/7"
_TODAY = re.compile(rf"\btoday\b(?:['\u2019]s date)?[\s,:(\u2014-]{{1,4}}(?:is\s+|it['\u2019]?s\s+)?{_DAY}", re.I)
# the request going in: "submitted it on 11/23", "I put in the prior auth ... on Monday 11/23", "faxed Nov 2"
_SENT = re.compile(rf"\b(?:submitted|sent|faxed|uploaded|filed|requested|mailed|put (?:it |them |this |that )?in)\b"
                   rf"[^.?!\n]{{0,60}}?\b(?:on\s+)?{_DAY}", re.I)


def _day(groups: tuple, year: int) -> tuple[int, int, int] | None:
    """(year, month, day) from a matched day; its year when written, else `year`."""
    if groups[0]:
        month, day, written = int(groups[0]), int(groups[1]), groups[2]
    else:
        month, day, written = _MONTHS.get(groups[3].lower()[:3], 0), int(groups[4]), groups[5]
        if groups[3].lower() not in {m.lower() for m in calendar.month_name if m} | set(_MONTHS) | {"sept"}:
            return None  # "the IRO 5": a word, no month
    if written:
        year = int(written) + (2000 if len(written) == 2 else 0)
    return (year, month, day) if 1 <= month <= 12 else None


def days_waited(text: str) -> int:
    """The days from the day a request went in to today, both told in the text; 0 when either is missing, or today
    comes first. A day without its year is read in a leap year (so February 29 is a day), and today's day before the
    sending day in the calendar means the year turned between them."""
    today, sent = _TODAY.search(text), _SENT.search(text)
    if not today or not sent or sent.start() > today.start() and sent.start() < today.end():
        return 0
    now, then = _day(today.groups()[:6], 2000), _day(sent.groups()[:6], 2000)
    if not now or not then:
        return 0
    try:
        start, end = date(*then), date(*now)
    except ValueError:
        return 0
    if end < start and not (today.group(3) or today.group(6)):
        end = end.replace(year=end.year + 1)
    return (end - start).days if end > start else 0
