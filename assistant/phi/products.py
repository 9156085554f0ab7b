"""Apps, products and their features named in internal capitals ("CoParentHub", "ToneCheck"), kept by redaction.

A word in internal capitals made of ordinary English words is a product's name when the case says so once: a
software noun after it ("the KidSync app"), a feature's participle joined to it ("MoodMeter-flagged entries"), or it
opens the title line of an export that says it was generated ("KidSync - MESSAGE REPORT ... Generated 03/02 by").
It is then a product everywhere in the case, and a span made of it and plain words ("KidSync - MESSAGE") is dropped.
A surname or given name in capitals ("McKenna", "DeShawn", "JoAnn") starts with a name's particle or is no compound
of English words, and a local business or practice ("IronWorks", "BrightPath Counseling") has no such cue or has
its organisation's head word in the span, so both stay redacted. Cue words are data: data/product_cues.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from assistant.phi.not_phi import _ORG_HEADS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "product_cues.yaml"
_INTERCAPS = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w'’])")
_HUMP = re.compile(r"[A-Z][a-z]+")
_WORDY = ("NAME", "ORGANIZATION_LINKED", "ADDRESS")
_GENERATED = re.compile(r"(?i)\b(?:generated|exported|downloaded|printed from)\b")


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = _cues()
    noun = re.compile(r"[ \t]+(?:%s)\b" % "|".join(cues["nouns"]), re.I)
    participle = re.compile(r"-(?:%s)\b" % "|".join(cues["participles"]), re.I)
    title_end = re.compile(r"(?:%s)[ \t]*$" % "|".join(cues["titles"]), re.I)
    return noun, participle, title_end


def _compound(word: str, vocab: Vocabulary) -> bool:
    """True for internal capitals joining ordinary English words, none a name's particle ("ToneCheck", not "McKenna")."""
    parts = [p.lower() for p in _HUMP.findall(word)]
    return (parts[0] not in _cues()["name_particles"]
            and all(vocab.is_word(p) and vocab.frequency(p) >= 3.0 for p in parts))


def _export_title(text: str, start: int) -> bool:
    """True when the word opens the first line of a generated export and that line ends in a title word."""
    lead = text[:start]
    if lead.strip():
        return False
    line = text[start:].split("\n", 1)[0]
    head = "\n".join(text[start:].split("\n", 6)[:6])
    return _patterns()[2].search(line) is not None and _GENERATED.search(head) is not None


def product_names(texts: Sequence[str], vocab: Vocabulary) -> set[str]:
    """All notes of a case -> the words in internal capitals that the case shows to be apps, products or features."""
    noun, participle, _ = _patterns()
    out: set[str] = set()
    for text in texts:
        for m in _INTERCAPS.finditer(text):
            if m.group() in out or not _compound(m.group(), vocab):
                continue
            if noun.match(text, m.end()) or participle.match(text, m.end()) or _export_title(text, m.start()):
                out.add(m.group())
    return out


def _plain(word: str, vocab: Vocabulary, heads: frozenset[str]) -> bool:
    """True for an ordinary word that is no organisation's head and no given name ("EXCHANGE", "CHECK-IN", "flagged")."""
    return (word.lower() not in heads and not vocab.is_first_name(word)
            and all(vocab.is_word(p) and vocab.frequency(p) >= 3.5 for p in word.split("-") if p))


def _product_or_plain(word: str, products: set[str], vocab: Vocabulary, heads: frozenset[str]) -> bool:
    head, _, rest = word.partition("-")
    return (head in products and (not rest or rest.lower() in _cues()["participles"] or _plain(rest, vocab, heads))
            or _plain(word, vocab, heads))


def drop_products(text: str, spans: list[PhiSpan], products: set[str], vocab: Vocabulary) -> list[PhiSpan]:
    """Final spans of one note -> the same less those made of a product's name and plain words (no organisation's
    head word, no given name)."""
    heads = frozenset(_ORG_HEADS)
    if not products:
        return spans
    out = []
    for sp in spans:
        words = re.findall(r"[^\W\d_][\w'’-]*", text[sp.start:sp.end])
        if (sp.entity_type in _WORDY and any(w.partition("-")[0] in products for w in words)
                and all(_product_or_plain(w, products, vocab, heads) for w in words)):
            continue
        out.append(sp)
    return out
