"""Dates written in another language's words, order or calendar ("13 de fevereiro de 2026", "18.11.2026", "2026年3月9日",
"令和8年11月24日", "ngày 20 tháng 11 năm 2026") put the English way, and a notice's own date label read as the English
label. Both a denial notice and a payer question pasted from a foreign plan need this, so it sits below both; the month
names, eras and labels are data, kept with the notice glossary (assistant/denials/tables/notice_glossary.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_GLOSSARY = Path(__file__).with_name("denials") / "tables" / "notice_glossary.yaml"
_ENGLISH_MONTHS = ("January February March April May June July August September October November December").split()
# "2026年3月9日", "2026년 3월 9일": a date in Chinese, Japanese or Korean order
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


@lru_cache(maxsize=1)
def _foreign_date() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    glossary = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))
    month = {n.lower(): int(k) for k, ns in glossary["month_names"].items() for n in ns}
    alt = "|".join(sorted(map(re.escape, month), key=len, reverse=True))
    # the words a language puts before the month and the year ("de", Lao "ເດືອນ" month, "ປີ" year)
    before_month, before_year = ("|".join(map(re.escape, glossary["date_words"][k])) for k in ("before_month", "before_year"))
    # "13 de fevereiro de 2026", "6 de noviembre del 2025", "1er avril 2026", "14 aprile 2026", "25 ມັງກອນ 2027"
    day_first = re.compile(rf"(?<!\d)(\d{{1,2}})(?:º|°|er|o)?\s+(?:(?:{before_month})\s*)?({alt})\.?\s+(?:(?:{before_year})\s*)?"
                           rf"(\d{{4}})\b", re.I)
    # "Setyembre 22, 2025": a Tagalog (or Spanish-in-the-Philippines) date keeps the English order with its own month name
    month_first = re.compile(rf"(?<![^\W\d_])({alt})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
    return day_first, month_first, month


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    labels = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["date_labels"]
    # only a label that opens its line and is followed by a colon: "服務日期" (date of service) inside a line stays
    return re.compile(r"^([ \t]*)(?:%s)[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?[:\uff1a]" % "|".join(labels), re.M)


# full-width digits (a Japanese or Chinese form: "令和８年１１月２４日", "２か月以内") as the digits they are
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=1)
def _numbered() -> tuple[re.Pattern[str], dict[str, int], re.Pattern[str] | None]:
    glossary = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))
    eras = {name: int(year) for name, year in glossary["eras"].items()}
    # "令和8年11月24日", "平成元年1月8日" (元 = its first year), "民國115年3月9日": an era's year, then month and day
    era = re.compile(r"(%s)\s*(\d{1,3}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" % "|".join(map(re.escape, eras)))
    # "ngày 20 tháng 11 năm 2026": a word before each number (day, month, year)
    words = glossary["numbered_date_words"]
    spelled = re.compile("|".join(rf"(?<![^\W\d_]){re.escape(w['day'])}\s+(\d{{1,2}})\s+{re.escape(w['month'])}\s+(\d{{1,2}})\s+"
                                  rf"{re.escape(w['year'])}\s+(\d{{4}})\b" for w in words), re.I) if words else None
    return era, eras, spelled


def _era(m: re.Match, eras: dict[str, int]) -> str:
    year = eras[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    month, day = int(m.group(3)), int(m.group(4))
    return f"{_ENGLISH_MONTHS[month - 1]} {day}, {year}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


def _spelled(m: re.Match) -> str:
    day, month, year = (g for g in m.groups() if g)  # the words of whichever language matched
    return f"{_ENGLISH_MONTHS[int(month) - 1]} {int(day)}, {year}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else m.group(0)


# "18.11.2026": a date with dots is written day first wherever it is used (Europe); read as the English date
_DOTTED_DATE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)")


def _dotted(m: re.Match) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    return f"{_ENGLISH_MONTHS[month - 1]} {day}, {m.group(3)}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


def english_dates(text: str) -> str:
    """Text with dates written in another language's words or order put the English way ("April 14, 2026"), and the
    label of the notice's own date ("Data deste aviso:", "日期：") as the English label; full-width digits as digits and
    an era's year ("令和8年", Reiwa 8) as the Gregorian year."""
    text = _date_label().sub(r"\1Date of this notice:", text.translate(_FULL_WIDTH_DIGITS))
    era, eras, spelled = _numbered()
    text = era.sub(lambda m: _era(m, eras), text)
    text = spelled.sub(_spelled, text) if spelled else text
    day_first, month_first, month = _foreign_date()
    text = day_first.sub(lambda m: f"{_ENGLISH_MONTHS[month[m.group(2).lower()] - 1]} {int(m.group(1))}, {m.group(3)}", text)
    text = month_first.sub(lambda m: f"{_ENGLISH_MONTHS[month[m.group(1).lower()] - 1]} {int(m.group(2))}, {m.group(3)}", text)
    text = _DOTTED_DATE.sub(_dotted, text)
    return _CJK_DATE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}"
                         if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
