"""Local businesses and towns written all in lowercase, as a hand-filled form or a quick log types them.

- a lowercase run that ends in a business's head word (data/lower_business_heads.txt) and stands alone in a form's
  column or a list item: "employer  harlan feed & grain    shift", "outings -- moonbeam lanes, park";
- a town in a lowercase form's city field: "city  willow crossing      zip".

In a column (wide gaps or a line's edge on both sides) three words in all are enough ("red oak pediatrics",
"ames feed & grain"); in a list one of them must be a word no dictionary knows ("zephyr lanes", not "bowling lanes").
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "lower_business_heads.txt"
# Above this Zipf frequency a lowercase word reads as an everyday word ("bowling", "red"), not a name.
_WORD_ZIPF = 3.0


def _head_pattern(head: str) -> str:
    # "&" is written as "and" too, and as the entity "&amp;" in XML or HTML exports
    parts = [r"(?:&amp;|&|and)" if w in ("&", "and") else re.escape(w) for w in head.split()]
    return r"[ \t]+".join(parts)


_HEADS = [line.split("#", 1)[0].strip() for line in _DATA.read_text(encoding="utf-8").splitlines()]


def lower_business_heads() -> list[str]:
    """The head words of data/lower_business_heads.txt ("feed & grain", "lanes", "tire")."""
    return [h for h in _HEADS if h]



_HEAD_RE = "|".join(_head_pattern(h) for h in sorted(filter(None, _HEADS), key=len, reverse=True))
# a lookahead, so that every start is tried: "went bowling at" + "zephyr lanes"
_BUSINESS = re.compile(rf"(?<![^\s,;:\"(|-])(?=((?:[a-z][a-z'’-]+[ \t]){{1,3}}(?:{_HEAD_RE}))(?![\w'’&-]))")
_CELL_BEFORE = re.compile(r"(?:^|[ \t]{2,}|\t|\|[ \t]*)$")
_CELL_AFTER = re.compile(r"[ \t]{2,}|\t|[ \t]*(?:\||$)", re.M)
_SMALL = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "at", "to", "from", "for", "with", "by", "of",
          "in", "on", "and", "or", "no", "new", "old", "local", "general", "primary", "care", "same", "this", "that",
          "per", "via", "in-home", "home-based", "school-based", "office-based", "community-based", "outpatient"}
_CITY = re.compile(r"(?im)(?:^|[ \t]{2,})(?:city|town|hometown|city/town)[ \t]*(?::[ \t]*|[ \t]{2,})"
                   r"([a-z][a-z'’.-]+(?:[ \t][a-z][a-z'’.-]+){0,2})(?=[ \t]{2,}|[ \t]*,|[ \t]*$)")


def _named(words: list[str], head: str, cell: bool, vocab: Vocabulary) -> bool:
    if any(w in _SMALL or w in vocab.stop_words for w in words):
        return False
    if all(w in vocab.clinical for w in words):
        return False  # "behavioral health pediatrics": kinds of care, no practice's name
    unknown = any(vocab.frequency(w) < _WORD_ZIPF for w in words)
    return unknown or (cell and len(words) + len(head.split()) >= 3)  # "hollow oak pediatrics", "ames feed & grain"


def find_lower_businesses(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans for lowercase local businesses, ADDRESS spans for lowercase form towns."""
    spans = []
    for m in _BUSINESS.finditer(text):
        head = re.search(rf"(?:{_HEAD_RE})$", m.group(1))
        words = m.group(1)[:head.start()].split()
        cell = bool(_CELL_BEFORE.search(text, 0, m.start(1)) and _CELL_AFTER.match(text, m.end(1)))
        # ... or after a place's preposition and "the": "<- ray from the buckeye freight dock"
        listed = cell or re.search(r"(?:--|[,;:\"(]|\bat|\b(?:at|from|to|near|behind)[ \t]+the)[ \t]*$", text[max(0, m.start(1) - 12):m.start(1)])
        if listed and _named(words, head.group(), cell, vocab):
            spans.append(PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.6, "org_lower"))
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.6, "form_city") for m in _CITY.finditer(text)
              if not any(w in _SMALL for w in m.group(1).split())]
    return spans
