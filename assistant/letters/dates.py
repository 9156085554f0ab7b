"""Dates as sortable keys, so a series of scores runs from the earliest administration to the latest even when a
table lists the newest row first. Redacted notes carry date placeholders; the letter flow hands the stage their
order (from the local vault), never the dates themselves in any text."""
from __future__ import annotations

import re
from typing import Mapping

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_ISO = re.compile(r"^\s*((?:19|20)\d\d)-(\d{1,2})(?:-(\d{1,2}))?\s*$")
_US = re.compile(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\s*$")
_DOTTED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$")  # "01.10.2025": day first, as Europe writes it
_WORDS = re.compile(r"^\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?\s*(?:(\d{1,2})(?:st|nd|rd|th)?,?\s*)?((?:19|20)\d\d)\s*$")


def date_key(text: str) -> tuple[int, int, int] | None:
    """'2025-04-08', '04/08/2025', '4/8/25', '08.04.2025', 'April 8th, 2025', 'March 2025' -> (year, month, day); None when the
    text is not a date with a year (a day of 0 means the month only)."""
    if m := _ISO.match(text):
        return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if m := _US.match(text):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        return year, int(m.group(1)), int(m.group(2))
    if (m := _DOTTED.match(text)) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
        return int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0), int(m.group(2)), int(m.group(1))
    if (m := _WORDS.match(text)) and m.group(2)[:3].lower() in _MONTHS:
        return int(m.group(4)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1) or m.group(3) or 0)
    return None


_MONTH_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})\s*$")
_MONTH_ONLY = re.compile(r"^\s*(?:(?:in|since|early|mid|late)[ -])?([A-Za-z]{3,9})\.?\s*$", re.I)


def chronology(pairs: Mapping[str, str] | list[tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    """(date placeholder, original date) pairs -> placeholder -> sortable key, for the dates that parse. A date
    written without its year ("09/16" beside "09/23/2025") takes the year that puts it on or before the case's
    latest full date."""
    items = [(ph, value) for ph, value in (pairs.items() if isinstance(pairs, Mapping) else pairs) if ph.startswith("<DATE_")]
    out = {ph: key for ph, value in items if (key := date_key(value)) is not None}
    if out:
        latest = max(out.values())
        for ph, value in items:
            m = _MONTH_DAY.match(value)
            if ph not in out and m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
                month, day = int(m.group(1)), int(m.group(2))
                out[ph] = (latest[0] if (month, day) <= latest[1:] else latest[0] - 1, month, day)
            elif ph not in out and (name := _MONTH_ONLY.match(value)) and name.group(1)[:3].lower() in _MONTHS:
                month = _MONTHS[name.group(1)[:3].lower()]  # "since October": the last October on or before the latest date
                out[ph] = (latest[0] if month <= latest[1] else latest[0] - 1, month, 0)
    return out
