"""A bilingual form's field labels read as their English half.

Practices that serve families in two languages print each label twice, the other language first: "Unterschrift /
Signature:", "Có mặt / Present:", "Thân chủ / Client:", "Beginn / Start: 18:00     Ende / End: 18:51". The rules look
for the English label where a field starts ("Signature:", "Present:"), so such a label is written as its English
half. A pair of English labels ("Mood / affect:", "SI / HI:", "Plan / next appointment:") stays as written: the first
half must be another language's, told by an accented or non-Latin letter, by a word of labels.yaml's list, or by
words English does not use (wordfreq: "Saxiixa / Signature:", "Taariikhda adeegga / Date of service:" in a Somali
form, whose spelling has no accent to tell it by), and the second half must be an English label that list names (or,
beside a label wholly in another script, "တက်ရောက်သူများ / Attendees:", any short label of common English words).
The English label may also follow as a gloss in brackets ("ลงชื่อ (Signed):", "Leej twg tuaj (Who came):", "Kos npe
(Signature):"): the same test, except that one word of the first half uncommon in English is enough, since a language
of short syllables (Hmong) shares its spellings with English abbreviations. A form glosses its labels once, often in
the first note only: the labels glossed anywhere in a case are read the same way in its other notes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import yaml

from assistant.audit.catalog import HERE

# A label pair opening the line or a field after a column gap (three spaces, a tab, " | ") or a spaced dash ("POS 10 —
# Toerana / Location: ..."): "<other> / <English>:".
_GAP = re.compile(r"(\s{3,}|\t+|\s\|\s|\s[\u2013\u2014]\s)")
_PAIR = re.compile(r"^(\s*)([^\s:/|][^:/|\n]{0,40}?)\s*/\s*([A-Za-z][A-Za-z .-]{0,30}?)\s*:")
# The English label as a gloss in brackets after the other language's: "ลงชื่อ (Signed):", "Chaw (Place):".
# The colon may be left out before a time or a date: "Pib (start) 4:00 PM".
_GLOSS = re.compile(r"^(\s*)([^\s:(|][^:()|\n]{0,40}?)\s*\(\s*([A-Za-z][A-Za-z .-]{0,30}?)\s*\)\s*(?::|(?=\d))")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return frozenset(x.lower() for x in data["english"]), frozenset(x.lower() for x in data["foreign_words"])


# A word of four or more letters this rare in English (wordfreq's Zipf scale: under one use in ten million words) is
# not English; shorter words are too often abbreviations ("Hx", "Tx") to tell.
_RARE_IN_ENGLISH = 1.0


@lru_cache(maxsize=4096)
def _not_english(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < _RARE_IN_ENGLISH


# Short words of a language written in Latin letters without accents (Hmong RPA: "Kos npe", "Hnub tim", "Chaw") collide
# with English abbreviations, so a label counts as another language's when one of its words of three or more letters
# is uncommon in English (Zipf under 3: "npe", "hnub", "chaw") - an acronym in capitals ("DOB", "PHQ") never counts.
_UNCOMMON_IN_ENGLISH = 3.0


@lru_cache(maxsize=4096)
def _uncommon(word: str) -> bool:
    from wordfreq import zipf_frequency

    return len(word) >= 3 and not word.isupper() and zipf_frequency(word.lower(), "en") < _UNCOMMON_IN_ENGLISH


def _other_language(label: str, foreign: frozenset[str]) -> bool:
    words = _WORD.findall(label)
    long_words = [w for w in words if len(w) >= 4]
    return bool(words) and (any(not w.isascii() or w.lower() in foreign for w in words)
                            or bool(long_words) and all(map(_not_english, long_words)))


def _glossed_language(label: str, foreign: frozenset[str]) -> bool:
    """The words before an English gloss in brackets are another language's (a word in capitals or with a digit, as in
    "PHQ-9 (scores)", is a name the clinician wrote, never a label to drop)."""
    if re.search(r"\d|\b[A-Z]{2,}\b", label):
        return False
    return _other_language(label, foreign) or any(map(_uncommon, _WORD.findall(label)))


def _english(label: str, english: frozenset[str]) -> bool:
    return re.sub(r"\s+", " ", label.strip(" .").lower()) in english


# Beside a label wholly in another script ("တက်ရောက်သူများ / Attendees:", "ዝነበረቶ ቦታ / What happened:") the English half
# cannot be an English pair's second word, so any short label of common English words (or an acronym: "ID") is one.
_COMMON_IN_ENGLISH = 3.0


def _english_half(label: str, other: str, english: frozenset[str]) -> bool:
    """`label` is the English half of a bilingual label whose other half is `other`."""
    if _english(label, english):
        return True
    words = _WORD.findall(label)
    return not re.search(r"[A-Za-z]", other) and 0 < len(words) <= 4 and all(
        w.isupper() or _common(w) for w in words)


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= _COMMON_IN_ENGLISH


def _key(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip()).lower()


def glossary(texts: Sequence[str]) -> dict[str, str]:
    """The notes of one case -> {other-language label: its English half} for every label written with both halves."""
    english, foreign = _vocabulary()
    found: dict[str, str] = {}
    for text in texts:
        for line in text.split("\n"):
            for part in _GAP.split(line)[::2]:
                m = _PAIR.match(part)
                if m and _english_half(m.group(3), m.group(2), english) and _other_language(m.group(2), foreign):
                    found.setdefault(_key(m.group(2)), m.group(3).strip())
                m = _GLOSS.match(part)
                if m and _english_half(m.group(3), m.group(2), english) and _glossed_language(m.group(2), foreign):
                    found.setdefault(_key(m.group(2)), m.group(3).strip())
    return found


def with_glossary(text: str, labels: dict[str, str]) -> str:
    """A note -> the same with each label the case's form glossed elsewhere ("Leej twg tuaj:" after "Leej twg tuaj (Who
    came):" in the first note) written as its English half; a label before a time may have no colon ("Pib 4:05 PM")."""
    if not labels:
        return text
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(labels, key=len, reverse=True))
    field = re.compile(r"^(\s*)(%s)\s*(?::|(?=\d))" % alternatives, re.I)

    def english(m: re.Match[str]) -> str:
        return f"{m.group(1)}{labels[_key(m.group(2))]}:" + ("" if m.group(0).endswith(":") else " ")

    return "\n".join("".join(field.sub(english, part, count=1) if i % 2 == 0 else part
                              for i, part in enumerate(_GAP.split(line))) for line in text.split("\n"))


def english_labels(text: str) -> str:
    """A note -> the same with each "<other language> / <English>:" label written as "<English>:"; a note without
    such labels comes back unchanged."""
    if "/" not in text and "(" not in text:
        return text
    english, foreign = _vocabulary()

    def label(m: re.Match[str]) -> str:
        if _english_half(m.group(3), m.group(2), english) and _other_language(m.group(2), foreign):
            return f"{m.group(1)}{m.group(3).strip()}:"
        return m.group(0)

    def glossed(m: re.Match[str]) -> str:
        if _english_half(m.group(3), m.group(2), english) and _glossed_language(m.group(2), foreign):
            return f"{m.group(1)}{m.group(3).strip()}:" + ("" if m.group(0).endswith(":") else " ")
        return m.group(0)

    def field(part: str) -> str:
        paired = _PAIR.sub(label, part, count=1)
        return _GLOSS.sub(glossed, part, count=1) if paired == part else paired

    return "\n".join("".join(field(part) if i % 2 == 0 else part
                              for i, part in enumerate(_GAP.split(line))) for line in text.split("\n"))
