"""Durations as notes write them: minutes in digits or words ("53 min", "fifty-three minutes", "55m", "55'"),
hours ("1 hour 5 min", "an hour and a half"), hours and minutes ("Duration: 0:56") and a timer's minutes and seconds
("Total elapsed 58:12"). timing.py decides which of them is this session's length."""

from __future__ import annotations

import re
import unicodedata

from assistant.audit.catalog import cue

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUM = r"(?:(?:%s)(?:[- ](?:%s))?|%s)" % ("|".join(_TENS), "|".join(_UNITS[1:10]), "|".join(_UNITS[1:]))
_NUM = r"(\d{1,3}(?:\.\d+)?|%s)" % _WORD_NUM
# (the unit in another language, "45 minuti", "50 dakika", is a vocabulary of cues.yaml: minute_word). A bilingual form
# writes the unit twice, its own script's word first: "45 წთ / min", "50 мин. / min" (a word of non-Latin letters), or
# with the English unit as a gloss in brackets: "45 ደቒቕ (min)", "50 分钟 (minutes)".
# (a script's vowel signs and points are marks, not letters, to a regular expression: "นาที", "मिनट", Lao "ນາທີ", pointed
# Hebrew "דַּקּוֹת" are words of them too; the marks are every combining character Unicode lists)


def _marks() -> str:
    """Every combining mark of the Basic Multilingual Plane (categories Mn, Mc, Me) as a character class body."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join("\\u%04x-\\u%04x" % (a, b) if a != b else "\\u%04x" % a for a, b in ranges)


_OTHER_SCRIPT = r"(?:(?![A-Za-z])[^\W\d_]|[%s])" % _marks()
_UNIT_PAIR = r"(?:%s{1,10}\.?\s*(?:/|\((?=\s*(?:min|minutes?|mins)\s*\)))\s*)?" % _OTHER_SCRIPT
_MINUTES = re.compile(r"(?<![\d:/.-])%s\s*(?:-|\u2010|\u2011|\u2013|\s)?\s*%s(?:mins?\b\.?|min\b|%s)|"
                      r"(?<![\d:/.-])(\d{2,3})(?-i:m)\b(?![\w/])" % (_NUM, _UNIT_PAIR, cue("minute_word").pattern), re.I)
_HOURS = re.compile(r"(?<![\d:/.-])(\d(?:\.\d+)?|one|an|a|two|three)\s*(?:-|\s)?\s*(?:hours?|hrs?\b\.?|hr\b|h\b(?=\s*\d{1,2}\s*m))"
                    r"(?:\s*(?:and\s*)?(?:(a half)|(\d{1,2})\s*(?:minutes?|mins?\b|min\b|m\b)))?|(half an? hour)", re.I)  # "1h 02m" too


def word_number(text: str) -> float:
    """'53' -> 53, 'fifty-three' -> 53, 'forty five' -> 45, 'an' -> 1."""
    text = text.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text in ("a", "an", "one"):
        return 1.0
    parts = re.split(r"[- ]", text)
    total = 0
    for p in parts:
        total += _TENS.get(p, _UNITS.index(p) if p in _UNITS else 0)
    return float(total)


# A duration in hours and minutes ("Duration: 0:56", "90837 - 0:53") or minutes with a prime ("55'"). A stopwatch's
# reading with seconds ("00:07:40" on a lap line) is a moment in the session, not its length, unless a label says so.
_HOUR_MINUTES = re.compile(r"(?<![\d:/.])(0|1|2|00|01|02):([0-5]\d)(:[0-5]\d)?(?![\d:]|\s*[ap]\.?\s?m\b)", re.I)
_DURATION_LABEL = re.compile(r"\b(?:duration|length|recording length|total|time spent|face[- ]to[- ]face|minutes|psychotherapy time|"
                             r"elapsed(?: time)?|run ?time|timer)\W{0,4}$|\b9\d{4}\s*[-|:,]\s*$", re.I)
# A timer's total in minutes and seconds after such a label: "Total elapsed 58:12", "Timer: 47:05".
_MINUTES_SECONDS = re.compile(r"(?<![\d:/.])([1-9]\d{1,2}):([0-5]\d)(?![\d:]|\s*[ap]\.?\s?m\b|\s*(?:-|\u2013|to)\s*\d)", re.I)
# A recording's time stamp in brackets opens a transcript's line ("[00:19] Individual psychotherapy ..."): the moment
# in the recording, not a length.
_STAMP = re.compile(r"[\[(]\d{1,2}:[0-5]\d(?::[0-5]\d)?[\])]")
_PRIME_MINUTES = re.compile(r"(?<![\d.])(\d{2,3})[\'\u2019\u2032](?![\w\'\u2019\u2032\"])")


def durations(sentence: str) -> list[tuple[int, int]]:
    """(position, minutes) of every duration written in a sentence."""
    out = []
    for m in _HOUR_MINUTES.finditer(sentence):
        labelled = _DURATION_LABEL.search(sentence[max(0, m.start() - 30):m.start()])
        if labelled or (m.group(1) in ("0", "00") and not m.group(3) and not _STAMP.match(sentence, m.start() - 1)):
            out.append((m.start(), int(m.group(1)) * 60 + int(m.group(2))))
    for m in _MINUTES_SECONDS.finditer(sentence):
        if _DURATION_LABEL.search(sentence[max(0, m.start() - 30):m.start()]):
            out.append((m.start(), int(m.group(1))))
    for m in _PRIME_MINUTES.finditer(sentence):
        out.append((m.start(), int(m.group(1))))
    for m in _MINUTES.finditer(sentence):
        out.append((m.start(), int(round(word_number(m.group(1) or m.group(2))))))
    for m in _HOURS.finditer(sentence):
        if m.group(4):
            out.append((m.start(), 30))
            continue
        extra = 30 if m.group(2) else int(m.group(3) or 0)
        out.append((m.start(), int(round(word_number(m.group(1)) * 60)) + extra))
    return sorted(out)
