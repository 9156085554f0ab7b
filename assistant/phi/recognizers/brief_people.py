"""People named briefly in the margins of forms, exports and informal writing, where no label or title cues them:

- the user before "@host" in a pasted shell prompt ("ezra@t14-home:~/notes$ grep ...", "[jkowalski@localhost notes]$");
- a given name with an age in brackets ("custody of Juniper (6)"): a child or a relative listed with their age;
- a name and a relation glossed in brackets after a number ("503-555-0197 (DEB, PARTNER)", "(Tia / sister)");
- a whole name with a quoted nickname inside it ('Artist: Juniper "Junie" Cask'), whose outer words are everyday words;
- lowercase dotted initials of whoever did something to a record ("exported 12/03 by m.v.", "note by j.r.k.").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.lexicon import MONTHS_FULL, RELATIONS
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

LISTED_ZIPF = 4.5  # beside a named child's row, a word rarer than this heads a row as a name ("Ash" 4.2; "Grade" 4.8)
RARE_ZIPF = 3.4  # a capitalised word rarer than this ("Juniper" 3.2) may be a given name; "Appendix" (3.5) is not

# a shell prompt: "user@host:path$", "[user@host dir]$", "user@host ~ %", perhaps after a virtualenv's "(venv) "
_USER_HOST = r"([a-z_][a-z0-9._-]{1,31})@[A-Za-z0-9][\w.-]{0,62}"
_PROMPT = re.compile(rf"^[ \t]*(?:\([\w.-]{{1,30}}\)[ \t]*)?(?:\[{_USER_HOST}[ \t]+[^\]\n]{{1,80}}\][$#]|"
                     rf"{_USER_HOST}(?::[ \t]*|[ \t]+)[~/][^\n$#%>]{{0,120}}?[$#%>])(?=[ \t]|$)", re.M)
_WITH_AGE = re.compile(r"(?<![\w.'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*\((?:age[ \t]*)?\d{1,2}"
                       r"(?:[ \t]*(?:yo|y/o|y\.o\.|yrs?|years?(?:[ \t]+old)?|mos?|months?))?\)")
_RELATION = "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
_GLOSS = re.compile(rf"\(([A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)[ \t]*(?:,|/|-|–)[ \t]*(?i:{_RELATION})\)")
# one space each side: a wider gap parts a form's fields ('Earl "Buck"   Participant # ...')
_NICK_INSIDE = re.compile(r"(?<![\w.'’-])([A-Z][a-z'’]+) [\"“]([A-Z][a-z'’]+)[\"”] "
                          r"([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’-]| [A-Z][a-z])")
_DOTTED_BY = re.compile(r"(?<![\w.])(?i:by)[ \t]+((?:[a-z]\.){2,3})(?![\w])")
# dotted abbreviations that follow "by": a time, an example, a route or a schedule of a medicine ("by p.o.", "by i.v.")
_NOT_DOTTED = {"e.g.", "i.e.", "a.m.", "p.m.", "n.b.", "a.k.a.", "c.f.", "v.s.", "p.s.", "r.n.", "m.d.", "p.o.", "i.v.",
               "i.m.", "s.c.", "s.l.", "p.r.", "q.d.", "b.i.d.", "t.i.d.", "q.i.d.", "q.h.s.", "p.r.n.", "h.s.", "o.d.",
               "o.s.", "o.u.", "u.s.", "d.c.", "n.a.", "t.b.d."}
_CALENDAR = {m.lower() for m in MONTHS_FULL} | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                "sunday"}
_RELATION_WORDS = {r.lower() for r in RELATIONS}


@lru_cache(maxsize=1)
def _system_accounts() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "system_accounts.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (ln.split("#", 1)[0].strip() for ln in lines) if w)


def _given_name(word: str, vocab: Vocabulary) -> bool:
    """A capitalised word that may be a person's given name: a known one, or rare in English; never a clinical word,
    a month, a day or a relation."""
    low = word.lower()
    if low in _NOT_NAME or low in _CALENDAR or low in _RELATION_WORDS or low in vocab.clinical \
            or low in vocab.stop_words:
        return False
    return vocab.is_first_name(word) or vocab.frequency(word) < RARE_ZIPF


# a list's row that opens with a given name and an age, then a colon: "  Ash (5): 2 books, asleep by 7:30"
_AGE_ROW = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?([A-Z][a-z'’]+)[ \t]*\(\d{1,2}\):", re.M)


def _listed_child(text: str, m: re.Match, vocab: Vocabulary) -> bool:
    """The name opens a row of a list of people by name and age: a known given name, or any word beside a row of the
    same shape just above or below whose word is a known given name ("Ash (5): ..." over "Wren (8): ...")."""
    row = _AGE_ROW.match(text, text.rfind("\n", 0, m.start(1)) + 1)
    low = m.group(1).lower()
    if not row or row.start(1) != m.start(1) or low in _NOT_NAME or low in _CALENDAR or low in vocab.clinical \
            or low in vocab.stop_words:
        return False
    if vocab.is_first_name(m.group(1)):
        return True
    if vocab.frequency(low) >= LISTED_ZIPF:
        return False  # "Grade (5):", "Steps (3):": an everyday noun heads the row
    line_start, line_end = row.start(), text.find("\n", row.end())
    near = [_AGE_ROW.match(text, text.rfind("\n", 0, max(0, line_start - 1)) + 1) if line_start else None,
            _AGE_ROW.match(text, line_end + 1) if line_end >= 0 else None]
    return any(n is not None and n.start() != row.start() and vocab.is_first_name(n.group(1)) for n in near)


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at]
    return at == 0 or not before.strip() or re.search(r"[.!?:]\s*$", before) is not None


def find_brief_people(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of prompt users, names with an age or a relation in brackets, names with a quoted nickname
    inside and dotted initials after who did something."""
    spans = [PhiSpan(m.start(g), m.end(g), "NAME", 0.85, "prompt_user") for m in _PROMPT.finditer(text) for g in (1, 2)
             if m.group(g) and m.group(g) not in _system_accounts() and re.search(r"[a-z]{2}", m.group(g))]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "name_age") for m in _WITH_AGE.finditer(text)
              if _given_name(m.group(1), vocab) and not _sentence_start(text, m.start(1)) or _listed_child(text, m, vocab)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "relation_gloss") for m in _GLOSS.finditer(text)
              if _given_name(m.group(1).capitalize(), vocab)]
    for m in _NICK_INSIDE.finditer(text):
        first, nick, last = m.group(1), m.group(2), m.group(3)
        if _given_name(first, vocab) and _given_name(nick, vocab) and vocab.frequency(last) < 4.6 \
                and last.lower() not in vocab.clinical and last.lower() not in _NOT_NAME:
            spans.append(PhiSpan(m.start(1), m.end(3), "NAME", 0.8, "quoted_nickname"))
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "initials") for m in _DOTTED_BY.finditer(text)
              if m.group(1) not in _NOT_DOTTED]
    return spans
