"""A person named by the initial of a name written in lowercase, in a note typed all in lowercase: "session scratch,
keisha 12/01 ... k. airdropped 3 pics to the office". The initial opens a sentence (or a clause after a colon) and a
lowercase word follows, as "D. filled out the form" does in a capitalised note (propagate._lone_initials). A lettered
list ("a. intake", "b. consent") or "i." is no one."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_OPENING = r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)"


def lowercase_initials(text: str, found: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Text and its NAME spans -> NAME spans of the lowercase initial of a lowercase name opening a sentence."""
    letters = {text[sp.start] for sp in found if sp.entity_type == "NAME" and sp.score >= 0.5
               and re.fullmatch(r"[a-z][a-z'’-]{2,}", text[sp.start:sp.end]) and not vocab.is_word(text[sp.start:sp.end])}
    letters -= {"a", "i"}
    if not letters:
        return []
    pattern = re.compile(_OPENING + r"([%s]\.)(?=[ \t]+[a-z]{3,})" % "".join(sorted(letters)), re.M)
    out = []
    for m in pattern.finditer(text):
        letter = m.group(1)[0]
        neighbours = {chr(ord(letter) - 1), chr(ord(letter) + 1)}
        if any(re.search(r"(?m)^[ \t]*%s\.[ \t]" % re.escape(n), text) for n in neighbours):
            continue  # "j. ...", "k. ...", "l. ...": a lettered list's items
        out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "propagated"))
    return out
