"""Names that are also words, told to be names by what stands in a bracket right after them.

A capitalised word followed by the person's birth date or age ("Wren (DOB 3/9/2016)", "Sky (age 9)") or by who the
person is to the client ("Rocky (stepfather)", "Blaze (her brother)") is a name, even when it is an ordinary word.
Relations are the lexicon's; the rest of the frame is the rule.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_RELATION = "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
_WHAT = (r"(?:DOB|D\.O\.B\.|born|b\.|age|aged|\d{1,2}[ \t]*(?:yo|y/o|y\.o\.|years?(?:[ \t-]old)?)(?=[ \t,;)])|"
         rf"(?:(?:her|his|their|my|client'?s|pt'?s|the)[ \t]+)?(?:{_RELATION})s?(?=[ \t]*[),;]))")
_BESIDE = re.compile(rf"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*\([ \t]*(?i:{_WHAT})")


def find_bracket_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans for capitalised words with a birth date, an age or a relation in a bracket after them."""
    spans = []
    for m in _BESIDE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in _NOT_NAME or low in vocab.clinical or low in vocab.stop_words:
            continue
        spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "bracket_cue"))
    return spans
