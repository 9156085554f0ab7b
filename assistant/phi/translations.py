"""A phrase written beside its English translation in a bilingual note: "ISTUNTOMUISTIINPANO / SESSION NOTE",
"F33.1 Toistuva masennus, keskivaikea / Major depressive disorder, recurrent, moderate", "Henvist til / Referred
to counselling", "Nej til selvskade / no self-harm". The side before the slash says in the other language what the
English side says; when the English side is made of ordinary English words only, neither side names anybody (a name
is written alike on both sides: "vastasi Mikolle / answered Mikko" keeps "Mikko" on the English side, so the pair is
not read as a translation). bilingual.py drops the name rules' weak guesses inside such pairs.
"""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary

_SLASH = re.compile(r"[ \t]+/[ \t]+")  # spaced: "w/o", "Tue/Thu" and "3/10" are no pair
# where the English side ends: a label's colon, a clause's or a bracket's edge, a quote, a sentence's end, a spaced
# dash, a column's gap, a line's end; the other side may hold a quote or a bracket of its own ("torstaina ("en vain
# päässyt sängystä") / one missed workday"), so it begins only after a label, a clause, a sentence or a column
_EDGE = re.compile(r"[:;()\[\]|\"“”„«»]|[.!?](?=\s)|\s[-–—]{1,2}\s|\t| {2,}|\n")
_LEFT_EDGE = re.compile(r"[:;|]|[.!?](?=\s)|\s[-–—]{1,2}\s|\t| {2,}|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
ENGLISH_ZIPF = 3.0  # an English side's word at least this common, when it is no dictionary word ("self-harm")


def _english(word: str, vocab: Vocabulary) -> bool:
    if word.isupper() and len(word) <= 5:
        return True  # "SI/HI", "BA", "POS": an abbreviation reads alike in both languages
    plain = vocab.is_word(word) or word.lower() in vocab.clinical or vocab.frequency(word) >= ENGLISH_ZIPF
    return plain and (not vocab.is_first_name(word) or vocab.frequency(word) >= 4.0)


def translated_pairs(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Text -> (start, end) of each "other language / English" pair whose English side is ordinary English words and
    whose other side is not all English."""
    out = []
    for m in _SLASH.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lefts = [e.end() for e in _LEFT_EDGE.finditer(text, line_start, m.start())]
        start = lefts[-1] if lefts else line_start
        # a pair inside a bracket that is still open begins after it: "Ásta Jónsdóttir (móðir / mother)" translates
        # only "móðir", never the name before the bracket
        opened = max(text.rfind("(", start, m.start()), text.rfind("[", start, m.start()))
        if opened >= 0 and not re.search(r"[)\]]", text[opened:m.start()]):
            start = opened + 1
        right = _EDGE.search(text, m.end())
        end = right.start() if right else len(text)
        foreign, english = _WORD.findall(text[start:m.start()]), _WORD.findall(text[m.end():end])
        if english and foreign and all(_english(w, vocab) for w in english) \
                and not all(_english(w, vocab) for w in foreign):
            out.append((start, end))
    return out
