"""Countries and nationalities, which are no PHI: HIPAA's geographic identifiers are places smaller than a state, and
"Danish" or "Somali" names no one. The words are data (data/countries.txt). A span that is nothing but such a word
is dropped when only a guess found it, not a cue ("Dr. English", "Lebanon, TN", a town of the gazetteer), and when
it is no given name of a person in the same note ("Jordan Hale ... back from Jordan" keeps both)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_FILE = Path(__file__).parent / "data" / "countries.txt"
# guesses with no cue of their own: the model's reading, a field's label ("Language: Danish"), the word lists, "in X"
_GUESSES = {"spacy_location", "spacy_person", "label", "unknown_propn", "rare_word", "lexicon", "prose_place"}


@lru_cache(maxsize=1)
def world_words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """data/countries.txt -> ({country: its nationality words}, every nationality word), lowercase."""
    countries, peoples = {}, set()
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        parts = [p.strip().lower() for p in line.split("#", 1)[0].split("|") if p.strip()]
        if parts:
            countries[parts[0]] = frozenset(parts[1:])
            peoples.update(parts[1:])
    return countries, frozenset(peoples)


def _a_country_here(text: str, value: str) -> bool:
    """A country that is also a town of the gazetteer ("Lebanon", "Denmark", "Peru") is read as the country only when
    the note names its people too ("Danish" with "Denmark"); "past the Lebanon turnoff" stays a local place."""
    if value.title() not in place_names():
        return True
    low = text.lower()
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in world_words()[0][value])


def drop_world_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans -> spans without those that are only a country or a nationality."""
    countries, peoples = world_words()
    people = {w.lower() for sp in spans if sp.entity_type == "NAME" for w in text[sp.start:sp.end].split()}
    out = []
    for sp in spans:
        value = " ".join(text[sp.start:sp.end].split()).strip(".,;:").lower()
        if sp.entity_type in ("NAME", "ADDRESS") and (value in peoples and sp.entity_type == "NAME" or value in countries and _a_country_here(text, value)) \
                and sp.source in _GUESSES and not _cued(sp, spans) and not (vocab.is_first_name(value) and value in people):
            continue
        out.append(sp)
    return out


def _cued(sp: PhiSpan, spans: list[PhiSpan]) -> bool:
    """True when another recognizer with a cue of its own found the same words: a town of the gazetteer ("Trinidad"),
    a town before its state ("Lebanon, TN"), a nickname inside a full name ('Marcus "Dutch" Vandermolen')."""
    return any(o.start <= sp.start and sp.end <= o.end and o.source not in _GUESSES for o in spans if o is not sp)
