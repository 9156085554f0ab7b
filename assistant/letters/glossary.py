"""Notes written in another language, read through a glossary (assistant/data/clinical_glossary.yaml): each listed
clinical word is read as its English word ("wöchentlich 50 Min. KVT, 20 Sitzungen" -> "weekly 50 Min. KVT, 20
sessions"), so the checklist's readers find the schedule, the goals and the history in a note written in German,
Spanish, Polish, Macedonian or any other language the glossary lists, and the letter's quotes of those lines read in
English where the glossary reaches. The words are data; a note with none of them comes back unchanged."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).resolve().parents[1] / "data" / "clinical_glossary.yaml"
_APOSTROPHES = ("\u2019", "\u02bc")
# "#" in an entry is a count written in digits, for a language that writes the count after its noun ("vikao 12" ->
# "12 sessions" in Swahili)
_COUNT = re.compile(r"(?<!\d)\d{1,3}(?!\d)")


def _bare(word: str) -> str:
    """A word lower-cased with the combining marks a capital's lower case adds removed ("İlaç" -> "ilaç")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower())
                                                if not (unicodedata.combining(c) and c == "\u0307")))


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern[str], dict[str, str]]:
    raw = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))
    words = {str(k).lower(): str(v) for lang in raw.values() for k, v in lang.items()}
    words.update({_bare(k): v for k, v in list(words.items())})
    # an apostrophe inside a word ("criteris d'alta", "п'ять") is typed straight, curly or as a modifier letter
    words.update({k.replace("'", mark): v for k, v in list(words.items()) if "'" in k for mark in _APOSTROPHES})
    alts = "|".join(re.escape(w).replace(r"\#", r"\d{1,3}(?!\d|[.,:/]\d)") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.I), words


def glossed(note: str) -> str:
    """A note with each glossary word read as its English word."""
    rx, words = _glossary()
    if not rx.search(note):
        return note

    def english(m: re.Match[str]) -> str:
        # a capital that lower-cases to two characters ("İlaç" -> "i̇laç") is looked up without its mark; a word the
        # pattern matched but the glossary cannot name stays as written
        word = words.get(m.group(0).lower()) or words.get(_bare(m.group(0)))
        count = _COUNT.search(m.group(0))
        if word is None and count:
            word = (words.get(_COUNT.sub("#", m.group(0).lower(), 1)) or "").replace("#", count.group(0)) or None
        if word is None:
            return m.group(0)
        word = word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word
        return word
    return rx.sub(english, note)

