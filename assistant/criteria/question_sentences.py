"""The sentences of a long message that ask something: a pasted e-mail, a post or a form with the asker's question
somewhere in it. Kept apart from the question reader so the coverage check can use it too."""
from __future__ import annotations

import re

from assistant.criteria.closing import closing_start

_ASKED = re.compile(r"[^.!?\n\[\]{}\"]*\?")
_POINTS_BACK = re.compile(r"^\W*(?:(?:and|so|but|also|ok)\W+)?(?:is|are|was|does|do|can|will)\s+(?:that|this|it|they)\b", re.I)


def asked_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a long message that ask something, each with the sentence before it when it points back
    ("... within 7 days. Is that real?"); () when the message asks nothing with a question mark."""
    out = []
    # a dot inside a code or a rule's number (F43.23, 431.221) ends no sentence: masked while sentences are found
    found = list(_ASKED.finditer(re.sub(r"(?<=\w)\.(?=\w)", "\u2024", text)))
    begin = closing_start(text, [m.start() for m in found])  # a pasted post's own questions, above the asker's note
    for m in (m for m in found if m.start() >= begin):
        asked = re.sub(r"^\W*(?:<-|->)?\s*(?:\w+:\s)?", "", m.group(0).replace("\u2024", ".")).strip()
        if len(asked.split()) < 3:
            continue
        if _POINTS_BACK.match(asked):
            before = re.findall(r"[^.!?\n\[\]{}\"]{12,}[.!]\s*$", text[:m.start()])
            asked = (before[-1].strip() + " " + asked) if before else asked
        out.append(asked)
    return tuple(out)
