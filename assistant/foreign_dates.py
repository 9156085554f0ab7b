"""Dates written in another language's words or order ("13 de fevereiro de 2026", "18.11.2026", "2026年3月9日") put
the English way, and a notice's own date label read as the English label. Both a denial notice and a payer question
pasted from a foreign plan need this, so it sits below both; the month names and labels are data, kept with the
notice glossary (assistant/denials/tables/notice_glossary.yaml)."""
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


# "18.11.2026": a date with dots is written day first wherever it is used (Europe); read as the English date
_DOTTED_DATE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)")


def _dotted(m: re.Match) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    return f"{_ENGLISH_MONTHS[month - 1]} {day}, {m.group(3)}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


def english_dates(text: str) -> str:
    """Text with dates written in another language's words or order put the English way ("April 14, 2026"), and the
    label of the notice's own date ("Data deste aviso:", "日期：") as the English label."""
    text = _date_label().sub(r"\1Date of this notice:", text)
    day_first, month_first, month = _foreign_date()
    text = day_first.sub(lambda m: f"{_ENGLISH_MONTHS[month[m.group(2).lower()] - 1]} {int(m.group(1))}, {m.group(3)}", text)
    text = month_first.sub(lambda m: f"{_ENGLISH_MONTHS[month[m.group(1).lower()] - 1]} {int(m.group(2))}, {m.group(3)}", text)
    text = _DOTTED_DATE.sub(_dotted, text)
    return _CJK_DATE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}"
                         if 1 <= int(m.group(2)) <= 12 else m.group(0), text)
