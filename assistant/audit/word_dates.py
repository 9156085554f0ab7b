"""Dates written in words the audit's date pattern does not read, written as the English date before the rules read
the note: another language's month name ("09 Nobiembre 2026", "9 de noviembre de 2026", "Oktubre 12, 2026") and a
day written as an ordinal ("Tuesday the 3rd of November, 2026", "the twenty-first of October 2026", "November the
third, 2026"). Each becomes "November 9, 2026"; a month name without its day and year, and any other text, stays as
written. The month names, the ordinal words and the joining words are data (dates.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from assistant.audit.catalog import HERE

_ENGLISH = ("January February March April May June July August September October November December").split()
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], str]:
    data = yaml.safe_load((HERE / "dates.yaml").read_text(encoding="utf-8"))
    months = {name.lower(): int(k) for k, names in data["month_names"].items() for name in names}
    months.update({name.lower(): i + 1 for i, name in enumerate(_ENGLISH)})
    months.update({name[:3].lower(): i + 1 for i, name in enumerate(_ENGLISH)})
    months["sept"] = 9
    ordinals = {word: i + 1 for i, word in enumerate(data["ordinal_days"])}
    return months, ordinals, "|".join(map(re.escape, data["joiners"]))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months, ordinals, joiners = _tables()
    month = "(?P<month>%s)" % "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    ordinal = r"(?P<word>%s)" % "|".join(re.escape(w) for w in sorted(ordinals, key=len, reverse=True))
    numbered = r"(?P<day>%s)(?P<suffix>st|nd|rd|th|º|°|er|o)?" % _DAY
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    join = r"(?:(?:%s)\s+)?" % joiners
    # "the 3rd of November, 2026", "the third of November 2026", "ika-9 ng Nobyembre 2026", "9 de noviembre de 2026"
    day_first = re.compile(r"(?<![\w/.-])(?:the\s+)?(?:(?:ma)?ika-?)?(?:%s|%s)\s+(?:day\s+)?(?:of\s+)?%s%s\.?,?\s+%s%s"
                           % (numbered, ordinal, join, month, join, year), re.I)
    # "Oktubre 12, 2026", "November the third, 2026", "November twenty-first 2026"
    month_first = re.compile(r"(?<![^\W\d_])%s\.?\s+(?:the\s+)?(?:%s|%s)(?![\w-]),?\s+%s" % (month, numbered, ordinal, year), re.I)
    return day_first, month_first, re.compile(month, re.I)


def _english(m: re.Match[str]) -> str:
    """A matched date -> "November 9, 2026"; a day-first date with a bare English month ("9 November 2026") is one the
    date pattern reads already and stays as written."""
    months, ordinals, _ = _tables()
    day = int(m.group("day")) if m.group("day") else ordinals[m.group("word").lower()]
    month = months[m.group("month").lower().rstrip(".")]
    return f"{_ENGLISH[month - 1]} {day}, {m.group('year')}"


def _read_already(m: re.Match[str]) -> bool:
    """An English month with a numbered day and nothing else ("9 Nov 2026", "Nov 9, 2026") the date pattern reads."""
    english = m.group("month").lower() in {n.lower() for n in _ENGLISH} | {n[:3].lower() for n in _ENGLISH} | {"sept"}
    return english and bool(m.group("day")) and not re.search(r"\b(?:the|of|day)\b", m.group(0), re.I)


def english_dates(text: str) -> str:
    """A note -> the same with each date written in another language's month or with an ordinal day written as the
    English date ("November 9, 2026"); other text unchanged."""
    day_first, month_first, month = _patterns()
    if not month.search(text):
        return text
    for rx in (day_first, month_first):
        text = rx.sub(lambda m: m.group(0) if _read_already(m) else _english(m), text)
    return text
