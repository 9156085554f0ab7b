"""Towns the gazetteer knows, in two shapes where no street or ZIP goes with them:

- where a relative lives, as an obituary or a family history lists survivors: "son Dale of Fargo", "sister Ruth
  Ames of Grand Forks", "brother Tom (Carol) of Bemidji". After a relative and a name, "of" gives the place the
  person lives, so a one-word town counts here even when it is a little common in English ("of Fargo");
- a town and its state's code alone in a table's cell, as a phone bill's or a bank statement's location column
  writes them: "COLUMBUS OH", "Grand Forks ND". A cell is set apart by a gap of two spaces or more (or a tab, a
  bar or the line's edge) on both sides.

A town must be in the gazetteer (gazetteer.py) in both shapes; "son Dale of Hope" is not read unless the word is
rarer in English than CUED_ZIPF, since "of Hope", "of Reading" or "of Mercy" are words; in a cell the state beside
the town makes a commoner word a town too ("READING PA"), up to CELL_ZIPF ("HOME IN" is no town).
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS, STATE_ABBR_RE
from assistant.phi.recognizers.gazetteer import CUED_ZIPF, place_names
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

CELL_ZIPF = 5.0  # with its state beside it, a one-word town in a cell may be a common word ("Columbus", "Reading")
_RELATION = "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}(?:[ \t]+\([A-Z][a-z'’-]+\))?"
_TOWN = r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}"
_OF_TOWN = re.compile(rf"\b(?i:{_RELATION})s?[ \t]+{_NAME},?[ \t]+of[ \t]+({_TOWN})")
_CELL_TOWN = re.compile(rf"(?:^|(?<=[ ]{{2}})|(?<=[\t|]))[ \t]*([A-Z][A-Za-z'’.-]+(?:[ ][A-Z][A-Za-z'’.-]+){{0,2}})[ ]"
                        rf"(?:{STATE_ABBR_RE})(?=[ ]{{2,}}|[ \t]*[\t|]|[ \t]*$)", re.M)


def _town(words: list[str], vocab: Vocabulary, zipf: float = CUED_ZIPF) -> int:
    """How many of the leading words are a gazetteer town (the longest such run), or 0."""
    for n in range(len(words), 0, -1):
        name = " ".join(w.title() for w in words[:n])
        if name in place_names() and (n > 1 or vocab.frequency(name) < zipf and name.lower() not in vocab.clinical):
            return n
    return 0


def find_residences(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> ADDRESS spans for a relative's town after "of" and a town with its state in a table's cell."""
    spans = []
    for m in _OF_TOWN.finditer(text):
        words = m.group(1).split()
        if n := _town(words, vocab):
            spans.append(PhiSpan(m.start(1), m.start(1) + len(" ".join(words[:n])), "ADDRESS", 0.7, "residence"))
    for m in _CELL_TOWN.finditer(text):
        words = m.group(1).split()
        if _town(words, vocab, CELL_ZIPF) == len(words):
            spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "cell_town"))
    return spans
