"""The street a congregation is known by, written after its name with "on": "St. Bernadette's on Rural", "Holy Name
of Jesus on Fleet", "First Baptist on Main". Two parishes of one saint in a town are told apart by their streets, so
the street is part of the place named; a day, a month or a platform after "on" ("Grace Church on Sunday", "on Zoom")
is when or how, not where. Congregation words are kept as data (data/congregation_words.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.lexicon import MONTHS_FULL
from assistant.phi.vocabulary import DOMAIN_WORDS
from assistant.records import PhiSpan

_ON_STREET = re.compile(r"(?:['’]s)?[ \t]+on[ \t]+((?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+[A-Z][a-z'’.]+){0,2})(?![\w'’-])")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sundays", "saturdays",
             "weekdays", "weekends", "christmas", "easter", "thanksgiving", "pentecost", "holy", "good"}


@lru_cache(maxsize=1)
def _congregation_word() -> re.Pattern:
    path = Path(__file__).resolve().parent.parent / "data" / "congregation_words.txt"
    words = [w for w in (ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()) if w]
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
                      + r")(?![\w])", re.I)


def _not_where(word: str) -> bool:
    low = word.lower()
    return low in _WEEKDAYS or low.rstrip("s") in _WEEKDAYS or low in {m.lower() for m in MONTHS_FULL} or low in DOMAIN_WORDS or low in ("the", "tv", "radio")


def street_after_congregation(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans found so far -> organisation spans of each congregation grown over the street written after it with "on"."""
    out = []
    for sp in spans:
        if sp.entity_type not in ("ORGANIZATION_LINKED", "NAME") or not _congregation_word().search(text, sp.start, sp.end):
            continue
        m = _ON_STREET.match(text, sp.end)
        if m and not _not_where(m.group(1).split()[0]):
            out.append(PhiSpan(sp.start, m.end(1), "ORGANIZATION_LINKED", max(sp.score, 0.75), "congregation_street"))
    return out
