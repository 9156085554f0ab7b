"""Dates written with slashes the way a reader reads them: a two-digit year ("6/12/26") is a year of this century, and a
text whose slashed dates are written day first ("14/10/2026", which no month-first reading allows) has every slashed
date read day first ("03/11/2026" is 3 November there). Each such date is put the English way ("June 12, 2026"), so
the deadline reader counts from it; a date with a four-digit year in a month-first text stays as written."""

from __future__ import annotations

import calendar
import re
from datetime import date

# day/month/year or month/day/year; no part of a longer number, path, score series or version ("1/2/3/4", "v2/10/26")
_SLASHED = re.compile(r"(?<![\w/.:-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\w/]|[.,]\d)")


def _day_first(found: list[re.Match]) -> bool:
    """Whether the text writes its slashed dates day first: one of them reads only that way ("14/10/2026"), and none
    reads only month first ("10/14/2026")."""
    only_day = any(int(m.group(1)) > 12 and int(m.group(2)) <= 12 for m in found)
    only_month = any(int(m.group(2)) > 12 and int(m.group(1)) <= 12 for m in found)
    return only_day and not only_month


def _spoken(m: re.Match, day_first: bool) -> str:
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if len(year) == 4 and not day_first:
        return m.group(0)  # the month-first reading every date reader already makes
    day, month = (a, b) if day_first else (b, a)
    full = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        date(full, month, day)
    except ValueError:
        return m.group(0)
    return f"{calendar.month_name[month]} {day}, {full}"


def spelled_dates(text: str) -> str:
    """Text with its two-digit-year and day-first slashed dates put the English way; other text unchanged."""
    found = list(_SLASHED.finditer(text))
    if not found:
        return text
    day_first = _day_first(found)
    return _SLASHED.sub(lambda m: _spoken(m, day_first), text)
