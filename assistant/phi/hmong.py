"""Hmong passages: a bilingual form or a note quoting a Hmong-speaking client writes Hmong words in the Romanized
Popular Alphabet ("Npe / Name", "Tsev neeg / Household", "Kuv ntshai heev"). Capitalised, they look like names to
spaCy and to the rare-word backstop, and once read as names they would be spread over the whole case. In a note with
enough Hmong function words, a weak guess made only of ordinary Hmong words (data/hmong.yaml) is dropped; a guess
from a cue (a title, a relation, a label) scores above WEAK and stays, and so do Hmong given names, which the word
list leaves out."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "hmong.yaml"
MIN_FUNCTION_WORDS = 5  # different Hmong function words a note needs before its words are read as Hmong
WEAK = 0.7  # a guess scoring this or less came with no cue, or only a heading's capitals
_GUESS_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    function = frozenset(data["function_words"])
    return function, function | frozenset(data["common_words"])


def is_hmong(text: str) -> bool:
    """True when a text holds at least MIN_FUNCTION_WORDS different Hmong function words in lowercase."""
    function, _ = _words()
    return len({w for w in _WORD.findall(text) if w in function}) >= MIN_FUNCTION_WORDS


def hmong_word(word: str) -> bool:
    """True for an ordinary Hmong word of the list, in any case ("Tsev", "NEEG", "kuv")."""
    return word.lower() in _words()[1]


def drop_hmong_words(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> the same less the weak guesses made only of ordinary Hmong words, in a Hmong note."""
    if not is_hmong(text):
        return spans
    return [sp for sp in spans if not (
        sp.entity_type in _GUESS_TYPES and sp.score <= WEAK
        and (words := _WORD.findall(text[sp.start:sp.end])) and all(hmong_word(w) for w in words))]
