"""A name or a place written in two alphabets, one glossing the other in brackets: "from Алматы (Almaty)", "mother
Гүлнар (Gulnar)", "Husband Bounmy (ທ້າວ ບຸນມີ)". When one side is found, the other names the same person or place:
the Latin spelling after a found word of another script, or the other script's words after a found Latin name. The
Latin side then spreads over the case as the name found (propagate.py), so "Almaty morning" is read too. A common
English word in the brackets is a translation of a label ("Шағымы (Complaint)"), not a spelling, and stays."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

COMMON_ZIPF = 4.0  # a gloss word this common in English translates, it does not spell
_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
_LATIN_WORD = r"[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'’-]*"
_LATIN_GLOSS = re.compile(rf"[ \t]*\([ \t]*({_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,3}})[ \t]*\)")
_SCRIPT_WORD = r"[^\s\x00-\x7f()\[\]{}.,;:!?/|·\d]+"
_SCRIPT_GLOSS = re.compile(rf"[ \t]*\([ \t]*({_SCRIPT_WORD}(?:[ \t]+{_SCRIPT_WORD}){{0,2}})[ \t]*\)")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ÿĀ-ž]")  # a letter of neither ASCII nor the Latin alphabets


def _other_script(value: str) -> bool:
    return _OTHER_LETTER.search(value) is not None and re.search(r"[A-Za-z]", value) is None


def find_script_glosses(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans found so far -> spans of the same type over the bracketed spelling in the other alphabet beside each."""
    if text.isascii():
        return []
    best: dict[int, PhiSpan] = {}
    for sp in spans:  # one type per stretch: the strongest reading of it
        if sp.entity_type in _TYPES and (sp.end not in best or sp.score > best[sp.end].score):
            best[sp.end] = sp
    out = []
    for sp in best.values():
        value = text[sp.start:sp.end]
        if _other_script(value) and (m := _LATIN_GLOSS.match(text, sp.end)):
            words = re.findall(r"[^\W\d_]+", m.group(1))
            if not text[m.end():m.end() + 1] == ":" and all(vocab.frequency(w) < COMMON_ZIPF for w in words):
                out.append(PhiSpan(m.start(1), m.end(1), sp.entity_type, min(sp.score, 0.8), "gloss"))
        elif re.search(r"[a-z]", value) and sp.score >= 0.6 and (m := _SCRIPT_GLOSS.match(text, sp.end)):
            if _other_script(m.group(1)):
                out.append(PhiSpan(m.start(1), m.end(1), sp.entity_type, min(sp.score, 0.8), "gloss"))
    return out
