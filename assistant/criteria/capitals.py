"""A message typed in capitals -> the same words in ordinary case, and a telegram's spoken punctuation as marks.

A telegram writes its full stops as "STOP" and its question marks as "QUERY" ("NOTICE MAILED NOV 20 STOP LAST DAY TO
ASK FOR FAIR HEARING QUERY STOP"): read as it stands it asks nothing. A line typed all in capitals hides what case
tells a reader: "NOV 20" is a date only as "Nov 20", "MEDICAID" is the program "Medicaid", while "MCO" and "ERISA" stay
the abbreviations they are. Both are read as an ordinary typed message.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from assistant.criteria.vocab import vocabulary

# "... NOT MCO STOP STATE ...": STOP between two words in capitals (or at a line's end), the telegraph's full stop;
# a single "STOP 3:00" on a time sheet or a retro's "STOP" heading is no telegram
_STOP = re.compile(r"(?<=[A-Z0-9)'\"]) +STOP\b(?= +[A-Z0-9]| *$)", re.M)
_QUERY = re.compile(r" +QUERY(?: +STOP)?\b")
_COMMA = re.compile(r" +COMMA\b(?= +[A-Z0-9])")
_FULL_STOP = re.compile(r" +STOP\b")


def is_telegram(text: str) -> bool:
    """Whether a text writes its sentence ends as "STOP" and its questions as "QUERY", three marks or more in all."""
    stops = len(_STOP.findall(text))
    return stops >= 1 and stops + len(_QUERY.findall(text)) >= 3


def telegram_text(text: str) -> str:
    """A telegram with "QUERY" as "?", "COMMA" as "," and "STOP" as "."; any other text unchanged."""
    if not is_telegram(text):
        return text
    return _FULL_STOP.sub(".", _COMMA.sub(",", _QUERY.sub("?", text)))


_MONTH_NAMES = [m for m in calendar.month_name if m]
_DAY_NAMES = list(calendar.day_name)
# a month's or a weekday's short form only before a day's number ("NOV 20", "MON 11/30"): "MAY", "SAT" alone are words
_SHORT = re.compile(r"\b(%s)\b(?=\.?\s+\d)" % "|".join(
    [m[:3] for m in _MONTH_NAMES] + ["Sept"] + [d[:3] for d in _DAY_NAMES] + ["Tues", "Thur", "Thurs"]), re.I)
_FULL = re.compile(r"\b(%s)\b" % "|".join([m for m in _MONTH_NAMES if m != "May"] + _DAY_NAMES), re.I)
_MAY = re.compile(r"\bmay\b(?=\s+\d)", re.I)
_WORD = re.compile(r"[A-Z][A-Z'\u2019]*")
_SENTENCE_START = re.compile(r"(^|[.?!]\s+)([a-z])")


@lru_cache(maxsize=1)
def _kept() -> frozenset[str]:
    """Words that stay in capitals: the question vocabulary's abbreviations and its list of capital words."""
    vocab = vocabulary()
    return frozenset(vocab["abbreviations"]) | vocab["capital_words"]


def _shouted(line: str) -> bool:
    """Whether a line is typed in capitals: eight words or more, thirty letters or more, none of them lower case."""
    letters = [c for c in line if c.isalpha() and c.isascii()]
    return len(line.split()) >= 8 and len(letters) >= 30 and not any(c.islower() for c in letters)


def _recased(line: str) -> str:
    """A line typed in capitals -> lower case, with abbreviations kept, names and dates capitalised as written
    elsewhere, and each sentence's first letter and "I" in capitals."""
    kept = _kept()
    # a letter alone ("PART B", "PLAN A") stays a capital; "A" the article does not
    line = _WORD.sub(lambda m: m.group(0) if m.group(0).lower() in kept or (len(m.group(0)) == 1 and m.group(0) != "A")
                     else m.group(0).lower(), line)
    vocab = vocabulary()
    for group in ("programs", "payers", "states", "abroad", "proper_names"):
        for name, rx in vocab[group]:
            if not name.isupper():  # a name in capitals ("UHC", "CHIP") was kept above when it is a kept word
                line = rx.sub(name, line)
    line = _FULL.sub(lambda m: m.group(1).capitalize(), _SHORT.sub(lambda m: m.group(1).capitalize(), line))
    line = _MAY.sub("May", line)
    line = re.sub(r"\bi\b", "I", line)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), line)


def ordinary_case(text: str) -> str:
    """A text whose lines are typed in capitals (a telegram, a shouted message) with those lines in ordinary case; a
    text with no such line comes back unchanged."""
    text = telegram_text(text)
    if not any(_shouted(line) for line in text.split("\n")):
        return text
    return "\n".join(_recased(line) if _shouted(line) else line for line in text.split("\n"))
