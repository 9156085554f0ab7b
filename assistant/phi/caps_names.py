"""A person's name found in a case, written again in capitals: a heading or a shouted line of a family's sheet ("WREN'S
WORRY PLAN", "CALL MARGUERITE FIRST"). Propagation matches a name as it was written; this adds the capitals of a
one-word given name or surname when the capitals cannot be an everyday word shouted ("WILL", "HOPE", "GRACE" stay
unless they own something: "GRACE'S MEDS")."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

SHOUTED_ZIPF = 3.5  # a name rarer than this in English is the person's even in a heading in capitals


def names_in_capitals(text: str, terms: list[str], vocab: Vocabulary) -> list[PhiSpan]:
    """Text and the case's capitalised name terms -> NAME spans of those names written in capitals."""
    words = [t for t in terms if re.fullmatch(r"[A-Z][a-z'’]{2,}", t) and t.lower() not in vocab.clinical
             and t.lower() not in vocab.stop_words]
    if not words or not re.search(r"[A-Z]{3}", text):
        return []
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(w.upper()) for w in sorted(words, key=len, reverse=True))
                         + r")(?![\w-])(['’]S\b)?")
    out = []
    for m in pattern.finditer(text):
        if m.group(2) or vocab.frequency(m.group(1).lower()) < SHOUTED_ZIPF:
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "propagated"))
    return out
