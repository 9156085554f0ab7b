"""A count question and the sentence that answers it: "how many classifications are there?" is answered by "the six
classifications are ...", not by any sentence that holds a number ("Under 29 CFR 2590.712 ..."); "how many ratings go
into the composite?" by "seven ratings"."""

from __future__ import annotations

import re

from assistant.criteria.words import terms

# "how many classifications", "how many ratings go into it": the thing a count question counts; "the six
# classifications", "7 ratings" in a sentence: the things it counts
_HOW_MANY = re.compile(r"\bhow many\s+(?:(?:separate|different|distinct|total|kinds? of|types? of)\s+)?([A-Za-z-]{4,})", re.I)
_COUNT = re.compile(r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[A-Za-z-]+\s+)?"
                    r"([A-Za-z-]{4,})", re.I)


# a count of time ("how many days") is a time limit, which the duration rules weigh
_TIME = frozenset(terms("days day months month hours hour weeks week years year minutes minute business calendar"))


def _counted_noun(question: str) -> str:
    """The word a count question counts ("how many classifications" -> classification), or "" (also for a time)."""
    m = _HOW_MANY.search(question)
    word = (terms(m.group(1)) or [""])[0] if m else ""
    return "" if word in _TIME else word


def _counted_nouns(sentence: str) -> set[str]:
    """The words a sentence counts: "the six classifications" -> {classification}; "7 ratings" -> {rating}."""
    return {t for m in _COUNT.finditer(sentence) for t in terms(m.group(0))[1:]}


def counts_what_is_asked(question: str, sentence: str) -> bool:
    """Whether a sentence gives a count of the thing a "how many" question counts."""
    counted = _counted_noun(question)
    return bool(counted) and counted in _counted_nouns(sentence)
