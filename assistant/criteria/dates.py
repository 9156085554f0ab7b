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
# "3 days/week", "2 days a week" are a frequency and "a 34-year-old" an age: no time limit
_WINDOW = re.compile(rf"\b({_NUM})(?:\s*\(\d+\))?[\s-]+(calendar |business |working )?(days?|months?|years?)\b"
                     r"(?!\s*(?:/|\ba\b|\ban\b|\bper\b|\beach\b|\bevery\b)\s*(?:wk|week|month|mo|yr|year)s?\b|[\s-]*old\b)", re.I)


def _full_dates(text: str) -> list[date]:
    """Every valid date written with its year, in order ("March 10, 2026", "10 March 2026", "03/10/2026")."""
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


# A day written without its year ("notice dated 11/27", "since Oct 19"), read only where the text also dates something
# in full: that date gives the year. A month's name only as a capitalised word ("May 5", never "may 5"); digits only
# right after a word that introduces a day ("dated 11/27", "effective 1/1", "Monday 11/30"), so a score ("9/27"), a
# fraction ("1/2 dose") or a ratio ("24/7") is no date.
_DAY_CUE = re.compile(r"\b(?:dated|on|since|effective|eff|through|thru|until|till|by|from|before|after|mailed|received|sent|"
                      r"came|arrived|postmarked|starting|started|ending|ended|due|date|[A-Z][a-z]{2,5}day|Mon|Tue|Tues|Wed|"
                      r"Thu|Thurs|Fri|Sat|Sun)\W{0,3}$", re.I)
_NO_YEAR = re.compile(r"(?<![\d/.-])(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/]|\.\d)|"
                      r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\.?\s+([12]\d|3[01]|0?[1-9])"
                      r"(?:st|nd|rd|th)?\b(?!,?\s*\d{4}|[:.]\d|\s*(?:%|percent|days?|hours?|minutes?|weeks?|months?))")


def _with_year(month: int, day: int, anchor: date) -> date | None:
    """A month and day in the year that puts them nearest the anchor date (a "1/15" in a December text is January)."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


_WEEKDAY = re.compile(r"\b(?:(Mon)(?:day)?|(Tue)(?:s|sday)?|(Wed)(?:nesday)?|(Thu)(?:rs?|rsday)?|(Fri)(?:day)?|(Sat)(?:urday)?|"
                      r"(Sun)(?:day)?)\.?,?\s*$", re.I)


def _weekday_pinned(text: str, today: date) -> list[tuple[int, int, date]]:
    """(start, end, date) for each day written without its year but beside its weekday ("Tuesday 11/24", "Mon Aug 10"):
    the weekday pins the year among last year, this year and next (a day's weekday differs in each of the three), read
    only in the half-year before today or the two months after, where a message about a notice or a deadline lives."""
    out = []
    for m in _NO_YEAR.finditer(text):
        day = _WEEKDAY.search(text[max(0, m.start() - 12):m.start()])
        month = int(m.group(1)) if m.group(1) else _MONTHS.get((m.group(3) or "").lower()[:3], 0)
        if not day or not month:
            continue
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                found = date(year, month, int(m.group(2) or m.group(4)))
            except ValueError:
                continue
            recent = -200 <= (found - today).days <= 60
            if recent and found.weekday() == next(i for i, g in enumerate(day.groups()) if g):
                out.append((m.start(), m.end(), found))
    return out


def dated(text: str, today: date | None = None) -> list[tuple[int, date]]:
    """(offset, date) for every valid date written in the text, in order; a day written without its year takes the
    year that puts it nearest the closest full date of the text, or when no date is written in full, the closest day
    its weekday pins to a year."""
    full = []
    for m in _DATE.finditer(text):
        found = _full_dates(m.group(0))
        if found:
            full.append((m.start(), m.end(), found[0]))
    full = full or _weekday_pinned(text, today or date.today())
    out = [(start, d) for start, _, d in full]
    for m in _NO_YEAR.finditer(text) if full else ():
        inside = any(a <= m.start() < b for a, b, _ in full)
        if inside or (m.group(1) and not _DAY_CUE.search(text[max(0, m.start() - 12):m.start()])):
            continue
        # a month's name or abbreviation, not a word that only starts like one ("Marsh 3", "Decker 4")
        month = int(m.group(1)) if m.group(1) else _MONTHS.get(m.group(3).lower(), 0)
        anchor = min(full, key=lambda f: abs(f[0] - m.start()))[2]
        if month and (d := _with_year(month, int(m.group(2) or m.group(4)), anchor)):
            out.append((m.start(), d))
    return sorted(out)


def find_dates(text: str) -> list[date]:
    """Every valid date written in the text, in order ("March 10, 2026", "10 March 2026", "03/10/2026", and "11/27"
    or "Nov 27" when another date of the text gives the year)."""
    return [d for _, d in dated(text)]


def find_window(text: str) -> tuple[int, str] | None:
    """The first time limit written in the text: (number, 'days' | 'business days' | 'months' | 'years'). A presumption
    of receipt ("presumed received 5 days after the date printed on it") dates the start of a window; it is none."""
    m = next((m for m in _WINDOW.finditer(text) if not _PRESUMES.search(text, max(0, m.start() - 40), m.start())), None)
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
    from assistant.criteria.vocab import vocabulary

    foreign = vocabulary()["foreign_notice"]  # "Karta di plano (...) data 14/10/2026": another language's letter
    for start, found in dated(text):
        if (_NOTICE_CUE.search(text[:start]) or foreign.search(text[:start])) and found != today:
            return found
    rest = [d for d in dates if d != today]
    return rest[-1] if rest else None


_PRESUMES = re.compile(r"\bpresum\w*\b[^.;]{0,30}$", re.I)  # read up to a time span: "presumed received "
_PRESUMED = re.compile(r"\bpresum\w*\b[^.]{0,60}\b(?:5|five) days\b", re.I)
# the asker saying when the notice reached them: "it came in the mail Monday 11/30", "we got the letter on May 2"
_ARRIVED = re.compile(r"\b(?:received|receiv\w+ (?:it|the \w+)|came|arrived|got (?:it|the \w+)|in the mail|"
                      r"showed up|reached (?:us|me|her|him|them))\b[^.?!\n]{0,25}$", re.I)


# a window whose sentence names the day it counts from other than receipt: "after the plan sends its notice", "of the
# date on the notice", "from the date the notice is mailed"
_OWN_START = re.compile(r"\b(?:after|from|of)\s+(?:the\s+)?(?:date\s+)?(?:the\s+)?(?:plan|agency|state|payer|insurer|issuer)\s+"
                        r"(?:sends|mails|issues|sent|mailed|issued)\b|\b(?:of|from)\s+the\s+date\s+(?:on|of|printed on)\s+the\s+"
                        r"(?:notice|letter|decision)\b|\bfrom the date (?:the|a) notice is (?:mailed|sent)\b", re.I)


def _counts_from_receipt(window: tuple[int, str], source: str, document: list[str], alongside: list[str] = ()) -> bool:
    """Whether the window is counted from receipt of the notice: the sentence says so, its own document gives the
    same window "of receiving" the notice beside the 5-day presumption, or another sentence chosen for the answer
    gives the same window "after receiving" (the rule's own statement beside a summary that leaves the start out)."""
    if re.search(r"\breceiv", source, re.I):
        return True
    if _OWN_START.search(source):  # "10 calendar days after the plan sends its notice": it names its own start
        return False
    same = re.compile(rf"\b{window[0]}[\s-]+(?:calendar )?{window[1].rstrip('s')}s?\b[^.;]{{0,30}}\breceiv", re.I)
    return any(_PRESUMED.search(text) and same.search(text) for text in document) or any(same.search(t) for t in alongside)


def receipt_start(text: str, start: date, window: tuple[int, str], source: str, document: list[str],
                  alongside: list[str] = ()) -> tuple[date, str]:
    """The day a window counted from receipt starts -> (day, a note saying why): the day the asker says the notice
    arrived when that is earlier than the presumed receipt, else the notice date plus the 5 days a source presumes;
    (start, "") when the window is not counted from receipt."""
    if not source or not _counts_from_receipt(window, source, document, alongside):
        return start, ""
    presumed = any(_PRESUMED.search(t) for t in document + [source])
    # within two weeks of its date: a later delivery is the asker's own filing reaching the plan, not the notice
    arrived = [d for pos, d in dated(text) if 0 <= (d - start).days <= 14 and _ARRIVED.search(text[max(0, pos - 60):pos])]
    if arrived and (not presumed or arrived[0] <= start + timedelta(days=5)):  # on the presumed day, too
        return arrived[0], " (the day you say the notice arrived)"
    if presumed and not re.search(r"\breceiv\w*\b", text, re.I):
        return start + timedelta(days=5), " (the notice is presumed received 5 days after its date)"
    return start, ""
