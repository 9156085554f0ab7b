"""Dates and time limits written in questions and knowledge text, and the arithmetic of a filing deadline."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|" \
         r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b|\b(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}})\b|"
                   r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b", re.I)
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORDS.update({"fifteen": 15, "thirty": 30, "forty-five": 45, "sixty": 60, "sixty-five": 65, "ninety": 90,
               "one hundred twenty": 120, "one hundred and twenty": 120, "one hundred eighty": 180,
               "one hundred and eighty": 180})
_NUM = r"\d{1,3}|" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_WINDOW = re.compile(rf"\b({_NUM})(?:\s*\(\d+\))?[\s-]+(calendar |business |working )?(days?|months?|years?)\b", re.I)


def find_dates(text: str) -> list[date]:
    """Every valid date written in the text, in order ("March 10, 2026", "10 March 2026", "03/10/2026")."""
    out = []
    for m in _DATE.finditer(text):
        g = m.groups()
        try:
            if g[0]:
                out.append(date(int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1])))
            elif g[3]:
                out.append(date(int(g[5]), _MONTHS[g[4].lower().rstrip(".")], int(g[3])))
            elif g[6]:
                out.append(date(int(g[8]), int(g[6]), int(g[7])))
            else:
                out.append(date(int(g[9]), int(g[10]), int(g[11])))
        except (ValueError, KeyError):
            continue
    return out


def dated(text: str) -> list[tuple[int, date]]:
    """(offset, date) for every valid date written in the text, in order."""
    out = []
    for m in _DATE.finditer(text):
        found = find_dates(m.group(0))
        if found:
            out.append((m.start(), found[0]))
    return out


def find_window(text: str) -> tuple[int, str] | None:
    """The first time limit written in the text: (number, 'days' | 'business days' | 'months' | 'years')."""
    m = _WINDOW.search(text)
    if not m:
        return None
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else _WORDS[raw]
    unit = m.group(3).lower().rstrip("s") + "s"
    return n, ("business days" if (m.group(2) or "").strip().lower() in ("business", "working") else unit)


def add_months(start: date, months: int) -> tuple[date, bool]:
    """start + months; (date, rolled) where a missing day (Feb 31) rolls to the 1st of the next month."""
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        return date(year, month, start.day), False
    return (date(year, month, last) + timedelta(days=1)), True


def add_window(start: date, n: int, unit: str) -> tuple[date, bool]:
    """A time limit counted from `start` -> (last day, whether a missing day rolled forward)."""
    if unit == "months":
        return add_months(start, n)
    if unit == "years":
        return add_months(start, 12 * n)
    if unit == "business days":
        day, left = start, n
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5
        return day, False
    return start + timedelta(days=n), False


def spoken(d: date) -> str:
    """date(2026, 5, 14) -> 'May 14, 2026'."""
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


_TODAY = re.compile(rf"\b(?:today(?:['\u2019]s date)? is|it['\u2019]s now|now it['\u2019]s|it is now|as of(?: today,?)?)\s+(?:\w+day,?\s+)?"
                    rf"(?:{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?|(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?)\b", re.I)
_NOTICE_CUE = re.compile(r"\b(?:dated|notice|letter|decision|denial|denied|EOB|received|issued|sent)\b[^.?!]{0,40}$", re.I)


def today_in(text: str, dates: list[date]) -> date | None:
    """The day the asker says it is ("Today is April 20"), its year taken from the other dates when left out."""
    m = _TODAY.search(text)
    if not m:
        return None
    month, day, year = ((m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6)))
    year = int(year) if year else (dates[0].year if dates else date.today().year)
    try:
        return date(year, int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def notice_date(text: str, dates: list[date], today: date | None) -> date | None:
    """The date the window counts from: the one written after "dated", "notice", "letter" ... else the last one that
    is not today."""
    for m in _DATE.finditer(text):
        if _NOTICE_CUE.search(text[:m.start()]):
            found = find_dates(m.group(0))
            if found and found[0] != today:
                return found[0]
    rest = [d for d in dates if d != today]
    return rest[-1] if rest else None
