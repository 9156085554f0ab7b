"""German passages: a note written partly in German (a Befundbericht, a letter from a German practice) capitalises
every noun, so spaCy and the rare-word backstop read "Behandlung", "Sitzungen" or "Angststörung" as names. A word
common in German and absent from English is an ordinary German word there, and so is a compound of such words; a
weak name guess made only of those words is dropped, and one that begins or ends with them is trimmed. German
surnames and towns are common in German too, but English text knows them ("Schmidt", "Freiburg"), which is why the
test is German-only frequency. Guesses from a cue (a title, a first name, a label) score 0.7 or more and stay."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "german.yaml"
GERMAN_ZIPF = 3.0  # a part of a compound common enough in German (wordfreq's small list)
WORD_ZIPF = 3.2  # a whole word: a little stricter, since surnames of German's neighbours are in its list too
_PLACE_BEFORE = re.compile(r"\b(?:in|aus|nach)[ \t]+$")  # "in Kirchzarten": a compound there may be a town
MIN_FUNCTION_WORDS = 5  # German function words a note needs before its nouns are read as German
WEAK = 0.7  # guesses scoring below this came with no cue (model, backstop, a bare first-name match)
_GUESS_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def is_german(text: str) -> bool:
    """True when a text holds at least MIN_FUNCTION_WORDS German function words (lowercase, as German writes them)."""
    words = set(_data()["function_words"])
    return sum(1 for w in _WORD.findall(text) if w in words) >= MIN_FUNCTION_WORDS


def _german_only(word: str, vocab: Vocabulary) -> bool:
    low = word.casefold()  # wordfreq writes "ß" as "ss"
    return vocab.german.get(low, 0.0) >= WORD_ZIPF and vocab.zipf.get(low, 0.0) == 0.0 and low not in vocab.first_names


def german_word(word: str, vocab: Vocabulary) -> bool:
    """True for a German function word, a German-only common word, or a compound of common words
    ("Verhaltens|therapie", "Haus|ärztin") that does not end like a place or a surname ("Rom|bach", "Breis|gau")."""
    low = word.casefold()
    if word.lower() in _data()["function_words"]:
        return True
    if len(low) >= 7 and any(low.endswith(e) for e in _data()["name_endings"]):
        return False
    if _german_only(word, vocab):
        return True
    if vocab.zipf.get(low, 0.0) > 0 or low in vocab.first_names:
        return False
    if _cognate(low, vocab):  # "Medikation": an English word spelt the German way
        return True
    for i in range(4, len(low) - 3):
        head, tail = low[:i], low[i:]
        if _common(tail, vocab) and (_common(head, vocab) or head.endswith("s") and _common(head[:-1], vocab)):
            return True
    return False


def _cognate(part: str, vocab: Vocabulary) -> bool:
    return "k" in part and len(part) >= 6 and vocab.zipf.get(part.replace("k", "c"), 0.0) >= GERMAN_ZIPF


def _common(part: str, vocab: Vocabulary) -> bool:
    return vocab.german.get(part, 0.0) >= GERMAN_ZIPF or _cognate(part, vocab)


def drop_german_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same, with weak name guesses in a German passage trimmed of German words."""
    if not vocab.german or not is_german(text):
        return spans
    heads = set(_data()["org_heads"])
    out = []
    for sp in spans:
        if sp.entity_type not in _GUESS_TYPES or sp.score >= WEAK:
            out.append(sp)
            continue
        words = [(m.start() + sp.start, m.end() + sp.start, m.group()) for m in _WORD.finditer(text[sp.start:sp.end])]
        if any(w.casefold() in heads or any(w.casefold().endswith(h) for h in heads if len(h) > 5) for _, _, w in words):
            while len(words) > 1 and words[0][2] in _data()["function_words"]:  # "bei Buchhandlung Rombach"
                words = words[1:]
            out.append(PhiSpan(words[0][0], sp.end, sp.entity_type, sp.score, sp.source))
            continue
        kept = [w for w in words if not german_word(w[2], vocab)
                or _PLACE_BEFORE.search(text[max(0, w[0] - 6):w[0]]) and not _german_only(w[2], vocab)]
        if kept:
            out.append(PhiSpan(kept[0][0], kept[-1][1], sp.entity_type, sp.score, sp.source))
    return out
