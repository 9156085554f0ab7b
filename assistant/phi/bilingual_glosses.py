"""A bilingual note glosses its other language in English, and a glossed phrase names nobody.

- A phrase followed by its English gloss in brackets: "F42.2 Obsedantno-kompulzívna porucha (OCD)", "ვიდეო (video)",
  a quote and its translation: „Ocko bol prísny." (Dad was strict.), "bêhna kûr" (slow breathing).
- A lowercase word before a slash and the English word for a relative or a role: "matka / mother Zuzana", "dayik /
  mother", "tlumočník / interpreter". A name is capitalised ("Rosa / Mother" names Rosa) and stays.
- A label's other side opening a line or a table's cell, when the English label is not a person's role: "Kî hebû /
  Present:", "Çi hat kirin / What was done:", "Einkunn / Grade". The words there translate the label even when one is
  also a given name ("Kî").

The name rules read such words as unknown proper nouns. Only guesses made without a cue (score below WEAK; below CUED
for a word in lower case, which no name is written in here) are dropped; a name written in the gloss too ("„Ema je
smutná" (Ema is sad)") stays, so does a word a cue named elsewhere in the note, and so does a name whose gloss says
who the person is ("amma Sigga (grandmother)"). The rules apply only to a note bilingual.py reads as bilingual.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS
from assistant.phi.role_nouns import role_nouns
from assistant.phi.translations import _english
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

WEAK = 0.75  # as in bilingual.py: a guess below this came with no cue
SHORT_ZIPF = 5.0  # a word of three letters or fewer counts as English in a phrase only when this common
CUED = 0.85  # a lowercase word glossed by a relative's English word goes even when a label cue found it (0.81)
_GUESSED = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
_GLOSS = re.compile(r"\(([^()\n]{2,120}(?:\n[^()\n]{0,120})?)\)")
_CLOSE_QUOTE = re.compile(r"[\"”“»][ \t]*\Z")
_OPEN_QUOTES = "\"„“«"
_STRETCH_EDGE = re.compile(r"[:;|)]|[.!?](?=\s)|\t| {2,}")  # a phrase begins after a label, a clause or another bracket
_PERSON_WORDS = {"interpreter", "translator", "guardian", "client", "patient", "child", "parent", "parents", "caregiver",
                 "therapist", "clinician", "psychiatrist", "doctor", "physician", "counselor", "counsellor", "wife",
                 "husband", "name", "signature", "signed", "provider", "referred", "referral", "grandmother"}
_WHOSE = {"my", "her", "his", "their", "our", "the", "a", "maternal", "paternal", "late", "older", "younger"}
# a label opening a line, a table's cell (after a gap of two spaces) or a field after a sentence ("12 sessions. Mål /
# Goals: ..."), its English side closing it
_LABEL_LINE = re.compile(r"(?m)(?:^|(?<=[ ]{2})|(?<=[.;] ))[ \t]*([^\W\d_][^\s/:|]*(?:[ \t][^\W\d_][^\s/:|]*){0,3})[ \t]+/[ \t]+"
                         r"([A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z-]+){0,3})(?=[ \t]*(?::|\(|\.{3,}|$)|[ ]{2})")


def _person_word(word: str) -> bool:
    low = word.lower()
    return low in RELATIONS or low in _PERSON_WORDS or low in role_nouns()


def _uncapitalised(word: str) -> bool:
    return not word[:1].isupper()  # lower case, or a script without capitals (Georgian)


def _plain_english(word: str, vocab: Vocabulary) -> bool:
    """An English word of the phrase; a short one only when very common ("to", "and"; not "ne", "im", "ez")."""
    return _english(word, vocab) and (len(word) > 3 or vocab.frequency(word) >= SHORT_ZIPF)


def _bracket_glosses(text: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, gloss) of each other-language phrase followed by its bracketed English gloss."""
    out = []
    for m in _GLOSS.finditer(text):
        gloss = _WORD.findall(m.group(1))
        english = [w for w in gloss if _english(w, vocab)]
        if not gloss or len(english) / len(gloss) < 0.5 or not any(w.islower() for w in english):
            continue
        before = text[:m.start()]
        if _CLOSE_QUOTE.search(before):  # a quote and its translation, the quote maybe wrapped over a line
            close = before.rstrip()
            start = max(close.rfind(q, max(0, len(close) - 240), len(close) - 1) for q in _OPEN_QUOTES)
            if start < 0:
                continue
        else:
            line = before.rfind("\n") + 1
            edges = [e.end() for e in _STRETCH_EDGE.finditer(text, line, m.start())]
            start = edges[-1] if edges else line
        words = _WORD.findall(text[start:m.start()])
        foreign = [w for w in words if not _plain_english(w, vocab)]
        if words and len(foreign) / len(words) > 0.5 and any(_uncapitalised(w) for w in foreign):
            out.append((start, m.start(), m.group(1).lower()))
    return out


def _slash_glosses(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """(start, end) of each lowercase word before a slash and a relative's or a role's English word."""
    out = []
    for m in re.finditer(r"(?<![\w/])([^\W\d_][^\W\d_'’-]*)[ \t]+/[ \t]+([A-Za-z]+)\b", text):
        if _uncapitalised(m.group(1)) and not vocab.is_word(m.group(1)) and _person_word(m.group(2)):
            out.append((m.start(1), m.end(1)))
    return out


def _label_sides(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """(start, end) of a label pair opening a line or a cell, when its English side is ordinary words, no role."""
    out = []
    for m in _LABEL_LINE.finditer(text):
        left, right = _WORD.findall(m.group(1)), _WORD.findall(m.group(2))
        if right and all(_english(w, vocab) for w in right) and not any(_person_word(w) for w in right) \
                and not all(_english(w, vocab) for w in left):
            out.append((m.start(1), m.end(2)))  # the English label is a label too ("Einkunn / Grade")
    return out


def drop_glossed(text: str, spans: list[PhiSpan], vocab: Vocabulary, named: set[str]) -> list[PhiSpan]:
    """Final spans of a bilingual note -> the same less the guesses inside a phrase its English gloss translates."""
    brackets = _bracket_glosses(text, vocab)
    slashes = _slash_glosses(text, vocab)
    labels = _label_sides(text, vocab)

    def glossed(sp: PhiSpan) -> bool:
        if sp.entity_type not in _GUESSED:
            return False
        words = [w.lower() for w in _WORD.findall(text[sp.start:sp.end])]
        inside = lambda regions: any(a <= sp.start and sp.end <= b for a, b in regions)  # noqa: E731
        if sp.score < CUED and inside(slashes):
            return True
        lower = all(_uncapitalised(w) for w in _WORD.findall(text[sp.start:sp.end]))  # "Ek is so moeg" (I am so tired)
        if sp.score >= (CUED if lower else WEAK) or not lower and any(w in named for w in words):
            return False
        if inside(labels):
            return True
        for start, end, gloss in brackets:
            # a span may open just before a quote: 'said "Dilê' is an English verb and the quote's first word
            head = text[sp.start:max(sp.start, start)]
            if sp.start < end and start < sp.end and sp.end <= end and all(vocab.frequency(w) >= 4.0 for w in _WORD.findall(head)):
                # "amma Sigga (grandmother)": a gloss that is a relative's word glosses who the name is, not the name
                said = [w for w in _WORD.findall(gloss) if w not in _WHOSE and _english(w, vocab)]  # "(móðir / mother)"
                if not lower and said and all(_person_word(w) for w in said):
                    return False
                return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", gloss) for w in words)
        return False

    return [sp for sp in spans if not glossed(sp)]
