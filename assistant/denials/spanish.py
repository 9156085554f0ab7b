"""Denial notices written in Spanish: the text the patterns read is put into English cue words from a glossary kept as
data (tables/spanish_cues.yaml), so a Spanish-only notice is read like an English one. The letter's own words stay
in every quote."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_GLOSSARY = Path(__file__).with_name("tables") / "spanish_cues.yaml"
_FUNCTION_WORDS = re.compile(r"\b(?:de|la|el|los|las|que|su|sus|para|con|por|una|del|se|en|es|usted|nuestra|nuestro)\b", re.I)
# "ciento veinte (120) días": a number spelled out and repeated in digits reads as the digits
_SPELLED_THEN_DIGITS = re.compile(r"\b[a-záéíóúñ]+(?: [a-záéíóúñ]+){0,3} \((\d{1,3})\)", re.I)


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = yaml.safe_load(_GLOSSARY.read_text(encoding="utf-8"))["pairs"]
    return tuple((re.compile(r"\b%s\b" % es, re.I), en) for es, en in pairs)


def is_spanish(text: str) -> bool:
    """Mostly Spanish: its function words are at least one word in eight."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 40 and len(_FUNCTION_WORDS.findall(text)) * 8 >= len(words)


def english_cues(sentence: str) -> str:
    """A Spanish sentence with its notice phrases put into English cue words (everything else left as written)."""
    out = _SPELLED_THEN_DIGITS.sub(r"\1", sentence)
    for rx, en in _pairs():
        out = rx.sub(en, out)
    return out
