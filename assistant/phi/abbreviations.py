"""Words shortened by dropping their vowels, as forms and inventories write them: "Bedrm" (bedroom), "Bthrm"
(bathroom), "Kitchn". Such a word keeps the first letter and the closing consonants of a common English word and
loses only vowels; a name is not written that way, so the rare-word backstop lets it pass."""

from __future__ import annotations

import re
from typing import Mapping

COMMON_ZIPF = 3.5  # the full word must be this common
_VOWELS = re.compile(r"[aeiouy]")
_SHAPE = re.compile(r"[a-z]{4,}[b-df-hj-np-tv-z]{2}|[a-z]*[b-df-hj-np-tv-z]{3}[a-z]*")  # ends in two consonants, or has three in a row
_INDEX: dict[int, dict[str, set[str]]] = {}


def _skeleton(word: str) -> str:
    return word[0] + _VOWELS.sub("", word[1:])


def _index(zipf: Mapping[str, float]) -> dict[str, set[str]]:
    key = id(zipf)
    if key not in _INDEX:
        index: dict[str, set[str]] = {}
        for word, z in zipf.items():
            if z >= COMMON_ZIPF and word.isalpha() and word.isascii() and len(word) >= 6:
                index.setdefault(_skeleton(word), set()).add(word)
        _INDEX.clear()
        _INDEX[key] = index
    return _INDEX[key]


def _drops_only_vowels(short: str, word: str) -> bool:
    i = 0
    for c in word:
        if i < len(short) and c == short[i]:
            i += 1
        elif not _VOWELS.match(c):
            return False
    return i == len(short)


def vowel_dropped(token: str, zipf: Mapping[str, float]) -> bool:
    """True when token (any case, five letters or more) is a common English word with some vowels left out."""
    low = token.lower()
    if len(low) < 5 or not low.isalpha() or not _SHAPE.fullmatch(low) or low[-1] in "aeiouy":
        return False
    return any(len(w) >= len(low) + 2 and _drops_only_vowels(low, w) for w in _index(zipf).get(_skeleton(low), ()))
