"""A date question asked beside another question: "1) are we still in time to appeal? 2) does therapy continue during
the appeal?". The window that answers the second question (continuation's 10 days) is that question's, not the last day
the first one asks for (the appeal's 60 days): a window sentence whose words, with its document's title, belong more to
the other question than to the date question is no answer to the date question. Only questions count as the other
part, not remarks around the date question ("she wants to keep going weekly while she appeals" asks nothing)."""

from __future__ import annotations

import re
from typing import Callable

from assistant.criteria.dates import find_window
from assistant.criteria.vocab import vocabulary
from assistant.criteria.words import terms

# a lateness check is about the same deadline: "did we miss it?", "are we too late?"
_LATE = re.compile(r"\b(?:miss|missed|late|blown?|blew|on time|in time|still (?:ok|okay|good))\b", re.I)


# the sentence a part asks in (with any English words read beside it): "Did we miss it?", not the lines before it
_ASKING = re.compile(r"[^.!?\n]*\?+[^?]*$")
_QUESTIONS = re.compile(r"[^.!?\n]*\?+")


def _with_meaning(text: str, dated: list[str]) -> str:
    """A part with the words its plain phrases stand for (question_vocab.yaml, other_question_phrases: "keep weekly
    while it is pending" is continuation), but for a phrase the date question uses too: no difference between them."""
    return " ".join([text] + [v for rx, v in vocabulary()["other_question_phrases"]
                              if rx.search(text) and not any(rx.search(d) for d in dated)])


def _from_question(part: str) -> str:
    """A part from its first question sentence on (with any words read after it), its lead-in lines left out."""
    m = _QUESTIONS.search(part)
    return part[m.start():] if m else part


def _asking(part: str) -> str:
    m = _ASKING.search(part)
    return m.group(0) if m else ""


def other_part_test(parts: list[str], dated: list[str]) -> Callable[..., bool]:
    """For a date question's parts: a test of a sentence's words (with its title's; and, when given, the sentence's
    own words alone) that says whether they answer another question of the message rather than the date one; always
    False when there is no other question. A part that asks about time itself ("did we miss it?", "how long do they
    get?", "180 days from receipt, right?") is no other question."""
    from assistant.criteria.question import read_question

    others = [_asking(p) for p in parts if p not in dated and "?" in p]
    others = [p for p in others if p and not {"date_calc", "duration"} & set(read_question(p).kinds)
              and not _LATE.search(p) and not find_window(p)]  # "180 days from receipt, right?" checks the window
    if not dated or not others:
        return lambda words, said=frozenset(): False
    # each part read from the sentence that asks it on (a message's lines above its first question are no more the date
    # question's than the other's); the other one also by what its plain words stand for ("keep weekly while it is
    # pending" is continuation)
    asked = [_from_question(p) for p in dated]
    own = {t for p in asked for t in terms(p)}
    theirs = {t for p in others for t in terms(_with_meaning(p, asked))}
    own, theirs = own - theirs, theirs - own
    # a sentence on the other question may sit in the date question's document, and then its own words tell what it
    # is its too ("services continue only if ... within 10 days" under a title on hearings): two of the other
    # question's words at least, more than the date question's
    return lambda words, said=frozenset(): len(words & theirs) > len(words & own) or (
        len(said & theirs) >= 2 and len(said & theirs) > len(said & own))
