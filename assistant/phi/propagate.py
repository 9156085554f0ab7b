"""Case-level recall: a name or place found once is redacted wherever else it is written."""

from __future__ import annotations

import re

from assistant.phi.names import _NOT_NAME, tokenize
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_PLACE_SOURCES = {"city_state", "prose_place", "spacy_location", "county"}


def _name_terms(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> dict[str, bool]:
    """NAME spans -> {term: case_sensitive}; English words only match when capitalised."""
    terms: dict[str, bool] = {}
    for sp in spans:
        if sp.entity_type != "NAME":
            continue
        for tok in tokenize(text[sp.start:sp.end]):
            word = tok.text.rstrip(".")
            low = word.lower()
            if len(low) < 2 or low in _NOT_NAME or (len(low) == 2 and not tok.is_title):
                continue
            ordinary = vocab.is_word(low)
            if ordinary and sp.score < 0.6:
                continue  # a weak guess on a dictionary word is not worth spreading
            terms[word if ordinary else low] = ordinary or terms.get(low, False)
    return terms


def _place_terms(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> set[str]:
    """City names, and the local place word that opens an organisation's name ("Quillan Valley ...")."""
    terms = set()
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type == "ADDRESS" and sp.source in _PLACE_SOURCES and not any(c.isdigit() for c in value):
            terms.add(value)
        elif sp.entity_type == "ORGANIZATION_LINKED":
            first = value.split()[0] if value.split() else ""
            if first[:1].isupper() and len(first) > 3 and not vocab.is_word(first) and first.lower() not in _NOT_NAME:
                terms.add(first)
    return terms


def propagate(texts: list[str], spans: list[list[PhiSpan]], vocab: Vocabulary) -> list[list[PhiSpan]]:
    """Per-note spans -> the same plus every other occurrence of their names and places in the case."""
    names: dict[str, bool] = {}
    places: set[str] = set()
    for text, found in zip(texts, spans):
        for term, case in _name_terms(text, found, vocab).items():
            names[term] = names.get(term, False) or case
        places |= _place_terms(text, found, vocab)
    out = []
    for text, found in zip(texts, spans):
        extra = list(found)
        for term, case_sensitive in names.items():
            flags = 0 if case_sensitive else re.I
            for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w]|-\w)", text, flags):
                if case_sensitive and not m.group()[0].isupper():
                    continue
                extra.append(PhiSpan(m.start(), m.end(), "NAME", 0.65, "propagated"))
        for term in places:
            for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w])", text):
                extra.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.6, "propagated_place"))
        out.append(extra)
    return out
