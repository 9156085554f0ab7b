"""Dates written in other scripts and with their own digits: Burmese "၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၂၅ ရက်", Thai "วันที่ ๑๔
มีนาคม ๒๕๖๘", Khmer "ថ្ងៃទី ១៤ ខែមីនា", Hindi "१४ मार्च २०२५", Persian "۱۴ اسفند ۱۴۰۳", and dates counted with a
word after each number: Mongolian "2026 оны 11 сарын 30", "12-р сарын 30", Korean "2025년 11월 2일", Uzbek "2026-yil
2-dekabr", Basque "2025eko martxoaren 14a". The words are data
(data/script_dates.yaml); the orders (year first, day first, month first) are the rules. Every script's digits are
read as 0-9 first, one character for one, so each offset found is an offset of the text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "script_dates.yaml"
_DAY = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d|[:：]\d)"  # "dekabr, 18:10": the hour of a signature, no day
_MONTH_NUMBER = r"(?<!\d)(?:0?[1-9]|1[0-2])(?!\d)"
# the years a note gives: Gregorian, Solar Hijri and Hijri (13xx, 14xx), Thai Buddhist Era (25xx)
_YEAR = r"(?<!\d)(?:1[34]\d\d|19\d\d|20\d\d|25\d\d)(?!\d)"
_SEP = r"[ \t]*[,،၊、-]?[ \t]*"
# a date stands between spaces, digits and punctuation, never inside a longer word
_OPEN = r"(?<![^\s\d,،၊、.:;(\[/=|·—–-])"
_CLOSE_AT = re.compile(r"(?![^\s\d,،၊、.:;)\]/=|·—–-])")


def ascii_digits(text: str) -> str:
    """Text -> the same text with every script's decimal digits written 0-9 (same length, same offsets)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _optional(words, before: bool) -> str:
    """Words that may stand before (or after) a number, with a space or a hyphen or nothing between."""
    if not words:
        return ""
    return rf"(?:(?:{_alt(words)})[ \t]*)?" if before else rf"(?:[ \t-]*(?:{_alt(words)}))?"


@lru_cache(maxsize=1)
def _languages() -> list[dict]:
    return list(yaml.safe_load(_DATA.read_text(encoding="utf-8")).values())


@lru_cache(maxsize=1)
def script_months() -> tuple[frozenset[str], frozenset[str]]:
    """The month names of the data file written in scripts other than Latin: (those that are no other word, all)."""
    every = {m for lang in _languages() for m in lang.get("months") or [] if not m.isascii()}
    words = {m for lang in _languages() for m in lang.get("needs_year") or []}
    return frozenset(every - words), frozenset(every)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, re.Pattern, tuple[str, ...], bool]]:
    """(pattern, the words after it that make it a count, the words it may end in, whether its language writes some
    words in ASCII letters) per order per language of the data file."""
    out = []
    for lang in _languages():
        suffix = r"(?:-[^\W\d_]{1,4})?" if lang.get("suffixed") else ""
        day = _optional(lang.get("day_before"), True) + _DAY + suffix + _optional(lang.get("day_after"), False)
        year = _optional(lang.get("year_before"), True) + _YEAR + suffix + _optional(lang.get("year_after"), False)
        named = with_year = ""
        free = [m for m in lang.get("months") or [] if m not in (lang.get("needs_year") or [])]
        if free:
            named = _optional(lang.get("month_before"), True) + f"(?:{_alt(free)})" + _optional(lang.get("month_after"), False)
        if lang.get("months"):
            with_year = _optional(lang.get("month_before"), True) + f"(?:{_alt(lang['months'])})" + _optional(lang.get("month_after"), False)
        numbered = _MONTH_NUMBER + suffix + rf"[ \t-]*(?:{_alt(lang['month_after'])})" if lang.get("numbered") else ""
        month = "|".join(m for m in (named, numbered) if m)  # a month that counts with a day alone
        orders = [rf"(?:{month}){_SEP}{day}(?:{_SEP}{year})?"] if month else []
        orders += [rf"{year}{_SEP}(?:{m})(?:{_SEP}{day})?" for m in (with_year, numbered) if m]
        if named:
            orders += [rf"{day}{_SEP}(?:{named})(?:{_SEP}{year})?"]
        if with_year:  # a year first, then the day and the month: "2011-yil 4-mart", "2025eko martxoaren 14a"
            orders += [rf"{year}{_SEP}{day}{_SEP}(?:{with_year})"]
        if with_year:
            orders += [rf"(?:{with_year}){_SEP}{year}", rf"{day}{_SEP}(?:{with_year}){_SEP}{year}"]
        counts = re.compile(rf"[ \t]*(?:{_alt(lang.get('not_after') or [chr(0)])})")
        words = tuple(w for key in ("day_after", "year_after", "month_after") for w in lang.get(key) or [])
        ascii_words = any(w.isascii() for key in ("months", "year_after", "month_after") for w in lang.get(key) or [])
        out += [(re.compile(rf"{_OPEN}(?:{o})"), counts, words, ascii_words) for o in orders]
    return out


def _ends_well(view: str, m: re.Match, words: tuple[str, ...]) -> bool:
    """A date ends at a space, a digit or punctuation; after its last number or its day or year word a particle may be
    written on ("11월 30일에", "၂၅ ရက်နေ့မှာ"), never after a month's name ("มีนาคม" is no prefix of a longer word)."""
    return _CLOSE_AT.match(view, m.end()) is not None or m.group()[-1].isdigit() or m.group().endswith(words)


def find_script_dates(text: str) -> list[PhiSpan]:
    """Text -> DATE spans of dates in the scripts and counted forms of data/script_dates.yaml."""
    plain = text.isascii()  # only the languages written in Latin letters can date a text of ASCII alone
    view = ascii_digits(text)
    spans = []
    for pattern, counts, words, ascii_words in _patterns():
        if plain and not ascii_words:
            continue
        for m in pattern.finditer(view):
            if counts.match(view, m.end()) or not _ends_well(view, m, words):
                continue  # "3 сарын 2 удаа": twice in three months, a count
            spans.append(PhiSpan(m.start(), m.end(), "DATE", 0.85, "date"))
    return spans
