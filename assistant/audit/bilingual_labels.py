"""A bilingual form's field labels read as their English half.

Practices that serve families in two languages print each label twice, the other language first: "Unterschrift /
Signature:", "Có mặt / Present:", "Thân chủ / Client:", "Beginn / Start: 18:00     Ende / End: 18:51". The rules look
for the English label where a field starts ("Signature:", "Present:"), so such a label is written as its English
half. A pair of English labels ("Mood / affect:", "SI / HI:", "Plan / next appointment:") stays as written: the first
half must be another language's, told by an accented or non-Latin letter, by a word of labels.yaml's list, or by
words English does not use (wordfreq: "Saxiixa / Signature:", "Taariikhda adeegga / Date of service:" in a Somali
form, whose spelling has no accent to tell it by), and the second half must be an English label that list names.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from assistant.audit.catalog import HERE

# A label pair opening the line or a field after a column gap (three spaces, a tab, " | "): "<other> / <English>:".
_GAP = re.compile(r"(\s{3,}|\t+|\s\|\s)")
_PAIR = re.compile(r"^(\s*)([^\s:/|][^:/|\n]{0,40}?)\s*/\s*([A-Za-z][A-Za-z .-]{0,30}?)\s*:")
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


def _other_language(label: str, foreign: frozenset[str]) -> bool:
    words = _WORD.findall(label)
    long_words = [w for w in words if len(w) >= 4]
    return bool(words) and (any(not w.isascii() or w.lower() in foreign for w in words)
                            or bool(long_words) and all(map(_not_english, long_words)))


def _english(label: str, english: frozenset[str]) -> bool:
    return re.sub(r"\s+", " ", label.strip(" .").lower()) in english


def english_labels(text: str) -> str:
    """A note -> the same with each "<other language> / <English>:" label written as "<English>:"; a note without
    such labels comes back unchanged."""
    if "/" not in text:
        return text
    english, foreign = _vocabulary()

    def label(m: re.Match[str]) -> str:
        if _english(m.group(3), english) and _other_language(m.group(2), foreign):
            return f"{m.group(1)}{m.group(3).strip()}:"
        return m.group(0)

    return "\n".join("".join(_PAIR.sub(label, part, count=1) if i % 2 == 0 else part
                              for i, part in enumerate(_GAP.split(line))) for line in text.split("\n"))
