"""Notes written in another language, read through a glossary (assistant/data/clinical_glossary.yaml): each listed
clinical word is read as its English word ("wöchentlich 50 Min. KVT, 20 Sitzungen" -> "weekly 50 Min. KVT, 20
sessions"), so the checklist's readers find the schedule, the goals and the history in a note written in German,
Spanish, French, Portuguese or Vietnamese, and the letter's quotes of those lines read in English where the glossary
reaches. The words are data; a note with none of them comes back unchanged."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).resolve().parents[1] / "data" / "clinical_glossary.yaml"


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern[str], dict[str, str]]:
    raw = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))
    words = {str(k).lower(): str(v) for lang in raw.values() for k, v in lang.items()}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.I), words


def glossed(note: str) -> str:
    """A note with each glossary word read as its English word."""
    rx, words = _glossary()
    if not rx.search(note):
        return note

    def english(m: re.Match[str]) -> str:
        word = words[m.group(0).lower()]
        word = word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word
        return word
    return rx.sub(english, note)

