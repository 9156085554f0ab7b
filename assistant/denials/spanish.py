"""Denial notices written in Spanish: the text the patterns read is put into English cue words from a glossary kept as
data (tables/spanish_cues.yaml), so a Spanish-only notice is read like an English one. The letter's own words stay
in every quote."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

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


def is_spanish(text: str) -> bool:
    """Written in Spanish (the same test the payer questions use), and not in Portuguese, which that test takes for it."""
    return language(text) == "es" and len(_PORTUGUESE.findall(text)) <= len(_SPANISH_ONLY.findall(text))


def english_cues(sentence: str) -> str:
    """A Spanish sentence with its notice phrases put into English cue words (everything else left as written)."""
    out = _SPELLED_THEN_DIGITS.sub(r"\1", sentence)
    for rx, en in _pairs():
        out = rx.sub(en, out)
    return out
