"""Denial sentences written in another language (German, Korean, Russian, Bulgarian, Ukrainian, Portuguese, Chinese,
Japanese, Tagalog, Vietnamese, Arabic, Lao, Somali, Swahili): an expat insurer's or a Medicare or Medicaid plan's decision
in the member's language, often beside English form titles and codes. Each sentence whose function words (or, for a
language with its own script, its letters) show the language is read through English cue words from a glossary kept as
data (tables/notice_glossary.yaml); English sentences and every quote stay as written."""
from __future__ import annotations

import re
import unicodedata
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
    letters: frozenset[str]                       # letters only this language writes in its script (Ukrainian "і", "ї")


@lru_cache(maxsize=1)
def _languages() -> tuple[_Language, ...]:
    raw = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    # a script written without spaces between words (Chinese) is counted by its characters, two or more making the sentence
    return tuple(_Language(code, frozenset(w.lower() for w in spec.get("function_words", ())),
                           spec.get("script", "") and (f"[{spec['script']}]" + ("" if spec.get("unspaced") else "[^\\W\\d_]*")),
                           tuple((re.compile((_BOUNDED if _spaced(spec) else "(?:%s)") % src, re.I), en)
                                 for src, en in spec["pairs"]), spec.get("min_function_words", 3),
                           re.compile(f"[{spec['strip']}]") if spec.get("strip") else None,
                           str.maketrans(spec.get("digits", ""), "0123456789"[:len(spec.get("digits", ""))]),
                           frozenset(spec.get("letters", "").lower()))
                 for code, spec in raw.items())


@lru_cache(maxsize=1)
def _unlike_spanish() -> frozenset[str]:
    raw = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["languages"]
    return frozenset(w.lower() for spec in raw.values() for w in spec.get("unlike_spanish", ()))


def unlike_spanish_words(text: str) -> int:
    """How many words of a text belong to a glossary language's words Spanish never writes (Somali "waxaa", Swahili
    "kwamba"): a notice in such a language with a Spanish tagline is not a Spanish notice."""
    words = _unlike_spanish()
    return sum(w in words for w in re.findall(r"[^\W\d_]+", text.lower()))


def sentence_language(sentence: str) -> str | None:
    """The glossary language a sentence is written in ('de', 'ko', 'ru'), or None (English, or a language without a glossary)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    english = sum(w in _ENGLISH for w in words)
    # the language whose words the sentence holds most of: Portuguese and Tagalog share a few short words ("na")
    best, most = None, english
    for lang in _languages():
        # a word with a letter only this language writes counts as one of its marks (Ukrainian "і", "є" beside Russian)
        marks = sum(w in lang.function_words or not lang.letters.isdisjoint(w) for w in words)
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
    # a phrase wrapped over two lines is still the phrase (the reader flattens it anyway); composed accents (Vietnamese
    # "ế" typed as "e" + two marks) read as the glossary writes them
    out = unicodedata.normalize("NFC", " ".join(sentence.split()))
    out = (lang.marks.sub("", out) if lang.marks else out).translate(lang.digits)
    for rx, en in lang.pairs:
        out = rx.sub(en, out)
    return " ".join(out.split())
