"""Denial sentences written in another language (German first): an expat insurer's decision in the member's language,
often beside an English claim statement. Each sentence whose function words show the language is read through English
cue words from a glossary kept as data (tables/notice_glossary.yaml); English sentences and every quote stay as written."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_GLOSSARY = Path(__file__).with_name("tables") / "notice_glossary.yaml"
_ENGLISH = frozenset("the is a an of to and for in my does do what how can with on it this that are be from have has will "
                     "would should or when which we you your our not was were".split())


@lru_cache(maxsize=1)
def _languages() -> tuple[tuple[str, frozenset[str], tuple[tuple[re.Pattern[str], str], ...]], ...]:
    raw = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    return tuple((code, frozenset(w.lower() for w in spec["function_words"]),
                  tuple((re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % src, re.I), en) for src, en in spec["pairs"]))
                 for code, spec in raw.items())


def sentence_language(sentence: str) -> str | None:
    """The glossary language a sentence is written in ('de'), or None (English, or a language without a glossary)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    english = sum(w in _ENGLISH for w in words)
    for code, function_words, _ in _languages():
        own = sum(w in function_words for w in words)
        if own >= 3 and own > english:
            return code
    return None


def english_cues(sentence: str) -> str:
    """A sentence in a glossary language with its notice phrases put into English cue words; others unchanged."""
    code = sentence_language(sentence)
    if code is None:
        return sentence
    out = sentence
    for lang, _, pairs in _languages():
        if lang == code:
            for rx, en in pairs:
                out = rx.sub(en, out)
    return out
