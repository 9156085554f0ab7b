"""Notes written in another language, read through a glossary (assistant/data/clinical_glossary.yaml): each listed
clinical word is read as its English word ("wöchentlich 50 Min. KVT, 20 Sitzungen" -> "weekly 50 Min. KVT, 20
sessions"), so the checklist's readers find the schedule, the goals and the history in a note written in German,
Spanish, Polish, Macedonian or any other language the glossary lists, and the letter's quotes of those lines read in
English where the glossary reaches. The words are data; a note with none of them comes back unchanged.

A word of the note's own language is read only as that language reads it: the note's language is the one whose words
(the glossary's and the everyday words of assistant/data/language_marks.yaml) it uses most, so French "nie" (denies) is
never read into a Polish "nie" (no, not); a word its language does not know is read through the whole glossary."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).resolve().parents[1] / "data" / "clinical_glossary.yaml"
MARKS_FILE = Path(__file__).resolve().parents[1] / "data" / "language_marks.yaml"
_APOSTROPHES = ("\u2019", "\u02bc")
# "#" in an entry is a count written in digits, for a language that writes the count after its noun ("vikao 12" ->
# "12 sessions" in Swahili)
_COUNT = re.compile(r"(?<!\d)\d{1,3}(?!\d)")


def _bare(word: str) -> str:
    """A word lower-cased with the combining marks a capital's lower case adds removed ("İlaç" -> "ilaç")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word.lower())
                                                if not (unicodedata.combining(c) and c == "\u0307")))


def _forms(lang: dict) -> dict[str, str]:
    words = {str(k).lower(): str(v) for k, v in lang.items()}
    words.update({_bare(k): v for k, v in list(words.items())})
    # an apostrophe inside a word ("criteris d'alta", "п'ять") is typed straight, curly or as a modifier letter
    words.update({k.replace("'", mark): v for k, v in list(words.items()) if "'" in k for mark in _APOSTROPHES})
    return words


def _pattern(words) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\#", r"\d{1,3}(?!\d|[.,:/]\d)") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.I)


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern[str], dict[str, dict[str, str]], dict[str, set[str]]]:
    raw = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))
    marks = yaml.safe_load(MARKS_FILE.read_text(encoding="utf-8"))
    by_lang = {lang: _forms(words) for lang, words in raw.items()}
    own = {lang: set(words) | {str(w).lower() for w in marks.get(lang, [])} for lang, words in by_lang.items()}
    return _pattern({w for words in by_lang.values() for w in words}), by_lang, own


def note_languages(note: str) -> list[str]:
    """A note -> the glossary's languages it is written in, most used first: the one whose words it uses most, and any
    other it uses two words of or more."""
    rx, _, own = _glossary()
    words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", note)} | {m.group(0).lower() for m in rx.finditer(note)}
    counts = {lang: len(words & mine) for lang, mine in own.items()}
    best = max(counts.values(), default=0)
    return sorted((lang for lang, n in counts.items() if n and (n == best or n >= 2)), key=lambda lang: -counts[lang])


def glossed(note: str) -> str:
    """A note with each glossary word of its languages read as its English word."""
    rx, by_lang, own = _glossary()
    if not rx.search(note):
        return note
    langs = note_languages(note)
    top = langs[0] if langs else ""
    order = langs + [lang for lang in by_lang if lang not in langs]

    def lookup(key: str) -> str | None:
        if top and key in own[top]:  # a word of the note's own language means what it means there, or stays
            return by_lang[top].get(key)
        return next((by_lang[lang][key] for lang in order if key in by_lang[lang]), None)

    def english(m: re.Match[str]) -> str:
        # a capital that lower-cases to two characters ("İlaç" -> "i̇laç") is looked up without its mark; a word the
        # pattern matched but the note's languages do not list stays as written
        word = lookup(m.group(0).lower()) or lookup(_bare(m.group(0)))
        count = _COUNT.search(m.group(0))
        if word is None and count:
            word = (lookup(_COUNT.sub("#", m.group(0).lower(), 1)) or "").replace("#", count.group(0)) or None
        if word is None:
            return m.group(0)
        return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() else word
    return rx.sub(english, note)
