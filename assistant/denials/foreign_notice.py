"""Denial sentences written in another language (German, Korean, Russian): an expat insurer's or a Medicare plan's decision in the
member's language, often beside English form titles and codes. Each sentence whose function words (or, for a language
with its own script, its letters) show the language is read through English cue words from a glossary kept as data
(tables/notice_glossary.yaml); English sentences and every quote stay as written."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

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


@lru_cache(maxsize=1)
def _languages() -> tuple[tuple[str, frozenset[str], str, tuple[tuple[re.Pattern[str], str], ...]], ...]:
    raw = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    return tuple((code, frozenset(w.lower() for w in spec.get("function_words", ())), spec.get("script", ""),
                  tuple((re.compile((_BOUNDED if _spaced(spec) else "(?:%s)") % src, re.I), en)
                        for src, en in spec["pairs"]))
                 for code, spec in raw.items())


def sentence_language(sentence: str) -> str | None:
    """The glossary language a sentence is written in ('de', 'ko', 'ru'), or None (English, or a language without a glossary)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    english = sum(w in _ENGLISH for w in words)
    for code, function_words, script, _ in _languages():
        own = sum(bool(re.search(f"[{script}]", w)) for w in words) if script else sum(w in function_words for w in words)
        if own >= (2 if script else 3) and own > english:
            return code
    return None


def english_cues(sentence: str) -> str:
    """A sentence in a glossary language with its notice phrases put into English cue words; others unchanged."""
    code = sentence_language(sentence)
    if code is None:
        return sentence
    out = " ".join(sentence.split())  # a phrase wrapped over two lines is still the phrase (the reader flattens it anyway)
    for lang, _, _, pairs in _languages():
        if lang == code:
            for rx, en in pairs:
                out = rx.sub(en, out)
    return out
