"""What a date question's window is the window to do, and what it counts from: "the last day R. can start it" is met by
a sentence that says "must start it within 120 calendar days", not by another paper's "within 3 business days"; and "of
the date on the initial bill" counts from the day the question gives for the bill (its "statement dated October 30"),
not from the first date it names (the estimate's)."""

from __future__ import annotations

import re
from datetime import date

from assistant.criteria.dates import dated

_ACTS = r"(?:file|request|start|begin|submit|appeal|ask|dispute|send|initiate|apply|challenge|contest)"
# "the last day R. can start it", "the deadline to file", "by when must we request ..."
_ASKED_ACT = re.compile(rf"\b(?:(?:last|final|latest) (?:day|date)|deadline|due date|by when|what date)\b[^?;\n]{{0,40}}?"
                        rf"\b({_ACTS})(?:s|es|ed|ing)?\b", re.I)


def asked_act(parts: list[str]) -> str:
    """The act a date question asks the last day of ("start", "file"), when one part names one; "" otherwise."""
    found = {m.group(1).lower() for p in parts for m in _ASKED_ACT.finditer(p)}
    return found.pop() if len(found) == 1 else ""


def does_act(sentence: str, act: str) -> bool:
    """Whether a sentence's window is the window to do that act ("must start it within", "to start the process")."""
    return bool(act) and bool(re.search(rf"\b{act}(?:s|es|ed|ing)?\b", sentence, re.I))


# the paper a window counts from, as a source sentence names it: "of the date on the initial bill", "from the statement"
_PAPERS = {"bill": r"bill|statement|invoice|balance due"}
_COUNTS_FROM = re.compile(r"\b(?:of|from|after)\s+(?:the\s+)?(?:date\s+(?:on|of)\s+)?(?:the\s+|that\s+|its\s+)?"
                          r"(?:(?:initial|first|final|original|provider's)\s+)?(%s)\b" % "|".join(_PAPERS), re.I)


def paper_date(text: str, source: str) -> date | None:
    """The date the question gives for the paper a window counts from ("a statement dated October 30, 2026" for a
    window "of the date on the initial bill"); None when the source names no such paper or the question dates none."""
    m = _COUNTS_FROM.search(source)
    if not m:
        return None
    words = re.compile(rf"\b(?:{_PAPERS[m.group(1).lower()]})s?\b", re.I)
    for pos, found in dated(text):
        sentence = re.split(r"[.?!\n]\s", text[max(0, pos - 80):pos])[-1]
        if words.search(sentence):
            return found
    return None
