"""A date question asked beside another question: "1) are we still in time to appeal? 2) does therapy continue during
the appeal?". The window that answers the second question (continuation's 10 days) is that question's, not the last day
the first one asks for (the appeal's 60 days): a window sentence whose words, with its document's title, belong more to
the other question than to the date question is no answer to the date question. Only questions count as the other
part, not remarks around the date question ("she wants to keep going weekly while she appeals" asks nothing)."""

from __future__ import annotations

import re
from typing import Callable

from assistant.criteria.dates import find_window
from assistant.criteria.words import terms

# a lateness check is about the same deadline: "did we miss it?", "are we too late?"
_LATE = re.compile(r"\b(?:miss|missed|late|blown?|blew|on time|in time|still (?:ok|okay|good))\b", re.I)


# the sentence a part asks in (with any English words read beside it): "Did we miss it?", not the lines before it
_ASKING = re.compile(r"[^.!?\n]*\?+[^?]*$")


def _asking(part: str) -> str:
    m = _ASKING.search(part)
    return m.group(0) if m else ""


def other_part_test(parts: list[str], dated: list[str]) -> Callable[[set[str]], bool]:
    """For a date question's parts: a test of a sentence's words (with its title's) that says whether they answer
    another question of the message rather than the date one; always False when there is no other question. A part
    that asks about time itself ("did we miss it?", "how long do they get?", "180 days from receipt, right?") is no
    other question."""
    from assistant.criteria.question import read_question

    others = [_asking(p) for p in parts if p not in dated and "?" in p]
    others = [p for p in others if p and not {"date_calc", "duration"} & set(read_question(p).kinds)
              and not _LATE.search(p) and not find_window(p)]  # "180 days from receipt, right?" checks the window
    if not dated or not others:
        return lambda words: False
    own = {t for p in dated for t in terms(p)}
    theirs = {t for p in others for t in terms(p)}
    own, theirs = own - theirs, theirs - own
    return lambda words: len(words & theirs) > len(words & own)
