"""Denial notices written in Spanish: the text the patterns read is put into English cue words from a glossary kept as
data (tables/spanish_cues.yaml), so a Spanish-only notice is read like an English one. The letter's own words stay
in every quote."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.denials.foreign_notice import unlike_spanish_words
from assistant.language import language

_GLOSSARY = Path(__file__).with_name("tables") / "spanish_cues.yaml"
# "ciento veinte (120) días": a number spelled out and repeated in digits reads as the digits
_SPELLED_THEN_DIGITS = re.compile(r"\b[a-záéíóúñ]+(?: [a-záéíóúñ]+){0,3} \((\d{1,3})\)", re.I)


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["pairs"]
    return tuple((re.compile(r"\b%s\b" % es, re.I), en) for es, en in pairs)


# Portuguese shares most of Spanish's function words; these marks are its own ("não", "você", "-ção", "-ões", "uma")
_PORTUGUESE = re.compile(r"(?<![^\W\d_])(?:não|você|vocês|uma|também|pelo|pela|deste|desta|isso)(?![^\W\d_])|[ãõ]|ç[ãõ]", re.I)
_SPANISH_ONLY = re.compile(r"(?<![^\W\d_])(?:usted|ustedes|una|también|del|los|está|el)(?![^\W\d_])|[ñ¿¡]", re.I)


# words with letters Spanish never writes (Polish "wpłynąć", German "Prüfung", Vietnamese "được", "mạng"): a notice in
# another Latin-script language that shares short words with Spanish ("i", "o", "z", "na", "y") is read sentence by
# sentence through its own glossary instead
_OTHER_LATIN = re.compile(r"[^\W\d_]*[\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u0159\u010d\u011b\u0161\u017e\u016f"
                          r"\u0151\u0171\u00e4\u00f6\u00df\u00e5\u00f8\u0103\u01a1\u01b0\u0111\u1ea0-\u1ef9][^\W\d_]*", re.I)


# a letter of the Latin script (with its accented forms); any other letter is another script's (kana, Cyrillic, Hangul)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")


def is_spanish(text: str) -> bool:
    """Written in Spanish (the same test the payer questions use), and not in Portuguese, which that test takes for it,
    nor in another Latin-script language whose own letters or own words (Somali, Swahili) outnumber Spanish's own words and
    marks, nor in another script (a Japanese notice whose table repeats "No." reads as Spanish to that test)."""
    own = len(_SPANISH_ONLY.findall(text))
    latin = len(_LATIN.findall(text))
    return language(text) == "es" and len(_PORTUGUESE.findall(text)) <= own and len(_OTHER_LATIN.findall(text)) <= own \
        and unlike_spanish_words(text) <= own \
        and len(_LETTER.findall(text)) - latin < latin


def english_cues(sentence: str) -> str:
    """A Spanish sentence with its notice phrases put into English cue words (everything else left as written)."""
    out = _SPELLED_THEN_DIGITS.sub(r"\1", sentence)
    for rx, en in _pairs():
        out = rx.sub(en, out)
    return out
