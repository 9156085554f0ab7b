"""A pasted list of dated items (a folder listing, a roster, a table of plans or authorizations) set against an age
limit a source states ("no older than one year before the date of service") and the service dates the asker gives:
which items are too old for those dates."""

from __future__ import annotations

import re
from datetime import date

from assistant.criteria.dates import add_window, dated, find_window, spoken

# a source sentence that limits how old a document may be on the day of service
_AGE_LIMIT = re.compile(r"\b(?:no older than|not older than|dated within)\s+((?:\w+\s+){0,2}?(?:years?|months?|days?))"
                        r"[^.;]{0,30}\b(?:before|of|prior to)\s+(?:the )?(?:date of )?(?:service|visit|session)", re.I)
# the asker's service dates: "sessions next week (12/8-12/11)", "DOS 3/4", "visits on 5/1 and 5/8"
_SERVICE = re.compile(r"\b(?:sessions?|services?|visits?|appointments?|appts?|DOS|dates? of service)\b[^.?!\n]{0,30}?"
                      r"\b(\d{1,2})/(\d{1,2})(?:\s*(?:-|–|to|through|and)\s*(?:(\d{1,2})/)?(\d{1,2}))?(?!/?\d)", re.I)


def _service_day(text: str, year: int) -> date | None:
    """The last service day the asker names, its year taken from the listing when left out."""
    m = _SERVICE.search(text)
    if not m:
        return None
    month, day = (m.group(3) or m.group(1), m.group(4)) if m.group(4) else (m.group(1), m.group(2))
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None


def _items(text: str) -> list[tuple[str, date]]:
    """(item, its earliest date) for each line of a listing: three or more lines that each carry a date."""
    out = []
    for line in text.splitlines():
        days = [d for _, d in dated(line.replace("_", " "))]  # a date inside a file name: "plan_signed_2025-11-20.pdf"
        if days:
            out.append((line.split()[-1] if len(line.split()) > 3 else line.strip(), min(days)))
    return out if len(out) >= 3 else []


def _limit(sentences: list[tuple[str, int]]) -> tuple[tuple[int, str], int] | None:
    """The age limit the first limiting sentence states, and that sentence's citation number."""
    for sentence, n in sentences:
        if m := _AGE_LIMIT.search(sentence):
            found = find_window(m.group(1)) or ((1, "years") if re.match(r"a\s+year", m.group(1), re.I) else None)
            if found:
                return found, n
    return None


def too_old_line(text: str, sentences: list[tuple[str, int]]) -> str:
    """'Older than 1 year before the service on ...: DF_plan.pdf (November 20, 2025) [2].' or "" when the text
    lists no dated items, names no service date, or no sentence limits a document's age."""
    items, rule = _items(text), _limit(sentences)
    service = _service_day(text, max(d.year for _, d in items)) if items and rule else None
    if not service:
        return ""
    (n, unit), cite = rule
    oldest, _ = add_window(service, -n, unit)
    span = f"{n} {unit.rstrip('s') if n == 1 else unit}"
    old = [f"{name} ({spoken(d)})" for name, d in items if d < oldest]
    if not old:
        return f"Every dated item in your list is within {span} of the service on {spoken(service)} [{cite}]."
    return (f"Older than {span} before the service on {spoken(service)} (dated before {spoken(oldest)}), so it will "
            f"not support it: {'; '.join(old)} [{cite}].")
