"""Denial sentences written in another language (German, Korean, Russian, Bulgarian, Portuguese, Chinese, Tagalog, Arabic): an expat insurer's or a Medicare plan's decision in the
member's language, often beside English form titles and codes. Each sentence whose function words (or, for a language
with its own script, its letters) show the language is read through English cue words from a glossary kept as data
(tables/notice_glossary.yaml); English sentences and every quote stay as written."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

_GLOSSARY = Path(__file__).with_name("tables") / "notice_glossary.yaml"
_ENGLISH = frozenset("the is a an of to and for in my does do what how can with on it this that are be from have has will "
                     "would should or when which we you your our not was were".split())


# a word boundary for a language whose words stand alone; a language written in its own script glues endings and
# particles onto its words ("필요하지 않습니다"), so its phrases are matched anywhere
_BOUNDED = r"(?<![^\W\d_])(?:%s)(?![^\W\d_])"


def _spaced(spec: dict) -> bool:
    """Whether the language's phrases are matched as whole words: a Latin-script language, or one with its own script
    whose words stand apart (Russian); a script that glues particles onto words (Korean) is matched anywhere."""
    return not spec.get("script") or bool(spec.get("spaced_words"))


class _Language(NamedTuple):
    code: str
    function_words: frozenset[str]
    script: str                                   # a regex counting its words, or "" for a Latin-script language
    pairs: tuple[tuple[re.Pattern[str], str], ...]
    least: int                                    # function words that make a sentence the language's
    marks: re.Pattern[str] | None                 # vowel marks dropped before the phrases are read (Arabic)
    digits: dict[int, str]                        # the language's own digits as ASCII ones


@lru_cache(maxsize=1)
def _languages() -> tuple[_Language, ...]:
    raw = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    # a script written without spaces between words (Chinese) is counted by its characters, two or more making the sentence
    return tuple(_Language(code, frozenset(w.lower() for w in spec.get("function_words", ())),
                           spec.get("script", "") and (f"[{spec['script']}]" + ("" if spec.get("unspaced") else "[^\\W\\d_]*")),
                           tuple((re.compile((_BOUNDED if _spaced(spec) else "(?:%s)") % src, re.I), en)
                                 for src, en in spec["pairs"]), spec.get("min_function_words", 3),
                           re.compile(f"[{spec['strip']}]") if spec.get("strip") else None,
                           str.maketrans(spec.get("digits", ""), "0123456789"[:len(spec.get("digits", ""))]))
                 for code, spec in raw.items())


def sentence_language(sentence: str) -> str | None:
    """The glossary language a sentence is written in ('de', 'ko', 'ru'), or None (English, or a language without a glossary)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    english = sum(w in _ENGLISH for w in words)
    # the language whose words the sentence holds most of: Portuguese and Tagalog share a few short words ("na")
    best, most = None, english
    for lang in _languages():
        marks = sum(w in lang.function_words for w in words)
        own = len(re.findall(lang.script, " ".join(words))) if lang.script else marks
        if lang.script and lang.function_words:
            # two languages in one script (Russian, Bulgarian): the one with its own words in the sentence outranks the other
            own = own + marks if marks >= lang.least else 0
        if own >= (2 if lang.script else lang.least) and own > most:
            best, most = lang.code, own
    return best


def english_cues(sentence: str) -> str:
    """A sentence in a glossary language with its notice phrases put into English cue words; others unchanged."""
    code = sentence_language(sentence)
    if code is None:
        return sentence
    lang = next(lang for lang in _languages() if lang.code == code)
    out = " ".join(sentence.split())  # a phrase wrapped over two lines is still the phrase (the reader flattens it anyway)
    out = (lang.marks.sub("", out) if lang.marks else out).translate(lang.digits)
    for rx, en in lang.pairs:
        out = rx.sub(en, out)
    return " ".join(out.split())


_ENGLISH_MONTHS = ("January February March April May June July August September October November December").split()
# "2026年3月9日", "2026년 3월 9일": a date in Chinese, Japanese or Korean order
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


@lru_cache(maxsize=1)
def _foreign_date() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    names = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["month_names"]
    month = {n.lower(): int(k) for k, ns in names.items() for n in ns}
    alt = "|".join(sorted(map(re.escape, month), key=len, reverse=True))
    # "13 de fevereiro de 2026", "6 de noviembre del 2025", "1er avril 2026", "14 aprile 2026"
    day_first = re.compile(rf"(?<!\d)(\d{{1,2}})(?:º|°|er|o)?\s+(?:de\s+)?({alt})\.?\s+(?:de\s+|del\s+)?(\d{{4}})\b", re.I)
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
