"""Notes written in two languages, label beside label: "Plán / Plan:", "Cíle / Goals:", "Subjektivně / Subjective:",
"Klientka / Client:". The words on the other side of an English label translate it; they name nobody, and neither
do that language's ordinary words in the note's sentences ("Už nemám proč vstávat", "Je to trochu lepší",
"Depresivní porucha"). The name rules read such words as unknown proper nouns and would put "<PERSON_n>" where a
letter needs the plan, the goals or the diagnosis.

A note with MIN_PAIRS such label pairs is bilingual. Its other language is the one (of wordfreq's lists, read from
the installed wheel: no download) in which most words of the labels' other side are common. A weak guess (no cue:
score below WEAK) is dropped when every word of it is one of the labels' own words, a function word of that language
("Už", "Je"), or a common word of it that the note also writes in lower case ("trochu"). Given names, towns and
practices are common words in many languages ("Tuấn", "Bảo", "Montréal", "Carrières"), which is why a capitalised
word is not dropped for its commonness alone, nor a word of a script without capitals (Persian, Arabic); a person
named by a cue ("Husband Jaroslav") scores above WEAK and stays wherever the note names them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.phi.bilingual_glosses import drop_glossed
from assistant.phi.translations import translated_pairs
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

MIN_PAIRS = 2  # label pairs a note needs before it is read as bilingual
WEAK = 0.75  # guesses below this came with no cue (the model, an unknown word, a surname list, another note's guess)
LANGUAGE_ZIPF = 3.0  # a label's word common enough in a language to count for it
WORD_ZIPF = 3.5  # a word of a sentence common enough in the note's other language to be no name there
OPENING_ZIPF = 4.5  # a word opening a sentence, a quote or a field that common in the other language ("Vím", "Nechci")
FUNCTION_ZIPF = 6.0  # ... and a given name too when it is that language's function word ("je", "to", "ze")
MIN_SHARE = 0.6  # share of the labels' other-side words the chosen language must know
_GUESSED = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
# lists wordfreq reads without a segmenter of its own (Chinese, Japanese and Korean need one; cjk.py reads those)
_SKIP = {"en", "zh", "ja", "ko"}
_SIDE = r"[^\W\d_][^\W\d_'’.-]*(?:[ \t][^\W\d_][^\W\d_'’.-]*){0,3}"  # one space between words: wider is a new field
_PAIR = re.compile(rf"(?<![\w/])({_SIDE})[ \t]*/[ \t]*({_SIDE})(?=[ \t]*[:(]|[ \t]*$|[ \t]{{2,}})", re.M)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_OPENING = re.compile(r"(?:\n|[.!?:;\"“„(/|]|[ \t]{2})[ \t]*\Z")  # what may stand right before a sentence's first word


@lru_cache(maxsize=4096)
def _zipf(word: str, lang: str) -> float:
    import wordfreq  # imported only for a bilingual note: the import costs half a second

    try:
        return wordfreq.zipf_frequency(word, lang, wordlist="small")
    except (LookupError, ImportError, ValueError):
        return 0.0


@lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    import wordfreq

    return tuple(sorted(set(wordfreq.available_languages("small")) - _SKIP))


def _english(words: list[str], vocab: Vocabulary) -> bool:
    return all(vocab.is_word(w) or w.lower() in vocab.clinical or w.isupper() and len(w) <= 5 for w in words)


def label_words(text: str, vocab: Vocabulary) -> set[str]:
    """Text -> the lowercase words on the other side of its English labels, when it has MIN_PAIRS such pairs."""
    found: set[str] = set()
    pairs = 0
    for m in _PAIR.finditer(text):
        left, right = _WORD.findall(m.group(1)), _WORD.findall(m.group(2))
        for other, english in ((left, right), (right, left)):
            if english and _english(english, vocab) and not _english(other, vocab) \
                    and not all(vocab.is_first_name(w) for w in other):  # "Rosa / Mother:" names Rosa
                found.update(w.lower() for w in other if not vocab.is_word(w))
                pairs += 1
                break
    return found if pairs >= MIN_PAIRS else set()


def other_language(words: set[str]) -> str | None:
    """The labels' other-side words -> the language most of them are common in, or None."""
    if len(words) < 2:
        return None
    best, share = None, 0.0
    for lang in _languages():
        known = sum(1 for w in words if _zipf(w, lang) >= LANGUAGE_ZIPF) / len(words)
        if known > share:
            best, share = lang, known
    return best if share >= MIN_SHARE else None


def _outside_translations(text: str, spans: list[PhiSpan], vocab: Vocabulary, named: set[str]) -> list[PhiSpan]:
    """Spans less the weak guesses inside a phrase written beside its English translation (translations.py), unless
    a word of the guess is a given name or a name a cue found in the note."""
    pairs = translated_pairs(text, vocab)

    def translated(sp: PhiSpan) -> bool:
        words = _WORD.findall(text[sp.start:sp.end])
        return sp.entity_type in _GUESSED and sp.score < WEAK and bool(words) \
            and any(a <= sp.start and sp.end <= b for a, b in pairs) \
            and not any(vocab.is_first_name(w) or w.lower() in named for w in words)

    return [sp for sp in spans if not translated(sp)] if pairs else spans


def drop_translated_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Final spans of one note -> the same less weak guesses made of the other language's label and common words."""
    labels = label_words(text, vocab)
    if not labels:
        return spans

    # a word a cue named elsewhere in the note stays a name wherever it is written ("Sra. Remedios Calvo" ... "Calvo")
    named = {w.lower() for sp in spans if sp.score >= WEAK and sp.entity_type in _GUESSED
             for w in _WORD.findall(text[sp.start:sp.end])}
    spans = drop_glossed(text, _outside_translations(text, spans, vocab, named), vocab, named)
    lang = other_language(labels)
    if lang is None:
        return spans

    # a word the note itself writes in lower case somewhere is one of the language's words there, not a name
    lowercase = {w for w in _WORD.findall(text) if w.islower()}

    def ordinary(word: str) -> bool:
        low = word.lower()
        if low == word.upper() or low in named:
            return False  # a script with no capitals (Persian, Arabic) cannot tell a name from a word this way
        if vocab.is_first_name(low):  # ... unless the note writes it in lower case in a sentence ("chci tu být víc")
            return _zipf(low, lang) >= FUNCTION_ZIPF or word.islower() and _zipf(low, lang) >= WORD_ZIPF
        return low in labels or _zipf(low, lang) >= OPENING_ZIPF or (_zipf(low, lang) >= WORD_ZIPF and low in lowercase)

    def placed(m: re.Match) -> bool:
        """A word's capital says nothing when it is in lower case, in a heading's capitals or opens a sentence, a
        line, a quote or a field; a capitalised word inside a sentence is a proper noun there ("Con trai Bảo")."""
        word = m.group()
        before = ("\n" if m.start() <= 40 else "") + text[max(0, m.start() - 40):m.start()]  # a note's first word opens a line
        return word.islower() or word.isupper() or _OPENING.search(before) is not None

    out = []
    for sp in spans:
        words = list(_WORD.finditer(text, sp.start, sp.end))
        if sp.entity_type in _GUESSED and sp.score < WEAK and words and all(ordinary(m.group()) and placed(m) for m in words):
            continue
        out.append(sp)
    return out
