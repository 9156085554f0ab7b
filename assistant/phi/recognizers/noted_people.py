"""People written down in passing, where no capital and no sentence marks them:

- the value of a field that names who did something (data/person_fields.txt), in lowercase or as bare initials: a
  receipt's "Clerk: m. dube", a lab slip's "by: rk", a statement's "Witness: j. okafor", "drawn by: TQ";
- a given name opening a margin note after an arrow, told by where the person is from: "<- jo from the tire shop",
  "--> marco at church";
- a nickname in quotes right after a given name, a generational suffix or a kin word: 'Elias Jr. "Sonny"',
  'Aunt "Sister" (Hattie Hutto)', 'Ray "Bud" Tate'; and that nickname again wherever the note quotes it
  (quoted_nicknames_again, used by propagate.py): '"Sister" to the whole family'; and the full name in brackets after
  such a nickname, even with an everyday surname: '"Smitty" (Ray Smith)'.

A value that is a dictionary word, a clinical word, a function word or a log's shorthand ("pt", "lvm") is no one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.acronyms import clinical_acronyms
from assistant.phi.lexicon import RELATIONS
from assistant.phi.recognizers.log_initials import log_shorthand
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.recognizers.orgs import _HEADS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "person_fields.txt"
KIN_FILE = Path(__file__).resolve().parent.parent / "data" / "kin_words.txt"
# Where a field's value ends: a column's gap, a tab, the line's end, a bracket or a separator, a sentence's stop, a time.
_VALUE_END = r"(?=[ \t]{2,}|\t|[ \t]*$|[ \t]*[,;|)\]]|[ \t]*\.(?:[ \t]|$)|[ \t]+\d)"
_VALUE = r"([a-z]\.[ \t]?[a-z][a-z'’-]{2,}|[a-z]{2,15}[ \t][a-z][a-z'’-]{2,}|[a-z]{2,3}|[A-Z]{2,3})"
_ARROW = r"(?:<-{1,2}|←|<=|-{1,2}>|→|=>)"
_MARGIN = re.compile(rf"{_ARROW}[ \t]*([A-Za-z][a-z'’-]{{1,14}})(?=[ \t]+(?:from|at|@|w/|who|=)[ \t])")
_SUFFIX = r"(?:[ \t]+(?:Jr|Sr|JR|SR)\.?|,[ \t]*(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))"
# The full name in brackets after a quoted nickname: '"Smitty" (Ray Smith)', 'Aunt "Sister" (Hattie Hutto)'; a surname
# that is an everyday word ("Smith", "Brown") is a name there.
_BRACKET_AFTER_NICKNAME = re.compile(r"[\"“][A-Z][a-z'’-]{1,14}[\"”][ \t]*\(([A-Z][a-z'’-]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z'’-]+){1,2})\)")
_QUOTED_AFTER = re.compile(rf"(?<![\w'’-])([A-Z][a-z'’-]+)({_SUFFIX}?)[ \t]+[\"“]([A-Z][a-z'’-]{{1,14}})[\"”](?![\w'’-])")


@lru_cache(maxsize=1)
def _field_pattern() -> re.Pattern:
    labels = [line.split("#", 1)[0].strip() for line in FIELDS_FILE.read_text(encoding="utf-8").splitlines()]
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(filter(None, labels), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[|(\[])|(?<=[ \t]))(?i:{alts})[ \t]*[:#][ \t]*{_VALUE}{_VALUE_END}", re.M)


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    words = {w.lower() for line in KIN_FILE.read_text(encoding="utf-8").splitlines() for w in line.split("#", 1)[0].split()}
    return frozenset(words | {r for r in RELATIONS if " " not in r})


def _nobody(word: str, vocab: Vocabulary) -> bool:
    """A word that names no one: a function word, a clinical word or acronym, a log's shorthand, a relation."""
    low = word.lower()
    return low in vocab.stop_words or low in vocab.clinical or low in log_shorthand() or low in _NOT_NAME \
        or low in _kin_words() or word.upper() in clinical_acronyms()


def _person_value(value: str, vocab: Vocabulary) -> bool:
    """A field's value that reads as a person: initials no dictionary knows, or a name with a surname that is no
    everyday word ("m. dube", "tom okafor")."""
    words = re.findall(r"[A-Za-z][a-z'’-]*", value)
    if len(words) == 1:
        word = words[0]
        return not _nobody(word, vocab) and vocab.frequency(word.lower()) < 4.0 and not (word.islower() and vocab.is_word(word))
    given, surname = words[0], words[-1]
    if _nobody(surname, vocab) or vocab.frequency(surname) >= 3.5:
        return False
    return len(given) == 1 or vocab.is_first_name(given) and not _nobody(given, vocab)


def find_noted_people(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of people in a "who did it" field, opening a margin note, or nicknamed in quotes."""
    spans = [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "staff_field") for m in _field_pattern().finditer(text)
             if _person_value(m.group(1), vocab)]
    for m in _MARGIN.finditer(text):
        word = m.group(1)
        if vocab.is_first_name(word.lower()) and not _nobody(word, vocab):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname"))
    for m in _QUOTED_AFTER.finditer(text):
        before, nickname = m.group(1), m.group(3)
        named = vocab.is_first_name(before.lower()) and before.lower() not in vocab.stop_words or bool(m.group(2))
        if (named or before.lower() in _kin_words()) and nickname.lower() not in vocab.clinical \
                and nickname.lower() not in vocab.stop_words:
            spans.append(PhiSpan(m.start(3), m.end(3), "NAME", 0.75, "quoted_nickname"))
    heads = {h.lower() for h in _HEADS}
    for m in _BRACKET_AFTER_NICKNAME.finditer(text):
        words = m.group(1).split()
        given = words[0].lower()  # a given name, not a number word that is one too ("Five Senses")
        if vocab.is_first_name(given) and vocab.frequency(given) < 5.0 and given not in vocab.stop_words \
                and not any(w.lower() in heads or w.lower() in vocab.clinical for w in words[1:]):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "nickname"))
    return spans


def quoted_nicknames_again(text: str, nicknames: set[str]) -> list[PhiSpan]:
    """Nicknames found in quotes beside a name -> their other quoted occurrences ('"Sister" to the family'); an
    everyday word so used is the person only where it is quoted again."""
    if not nicknames:
        return []
    alts = "|".join(re.escape(n) for n in sorted(nicknames, key=len, reverse=True))
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "propagated")
            for m in re.finditer(rf"[\"“]({alts})[\"”]", text)]
