"""A condition weighed and set aside: a differential's item ("H2. The picking is a separate disorder (excoriation).")
followed by the clinician's ruling ("Not coding it separately.", "better explained by the PTSD; no separate
diagnosis") names no current diagnosis."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.patterns import Segment

_SET_ASIDE = re.compile(r"\bnot (?:coding|coded|diagnosing|diagnosed|giving|adding|making)\b(?: (?:it|this|that|them|a|the))?"
                        r"(?: \w+)?(?: (?:separately|as a separate|on its own|today|now|at this time))?|"
                        r"\bno (?:separate|additional|second|distinct|independent) (?:diagnosis|dx|disorder|code)\b|"
                        r"\bnot (?:a )?(?:separate|distinct|additional|independent) (?:diagnosis|dx|disorder)\b|"
                        r"\b(?:better|fully) (?:explained|accounted for) by\b|\bsubsumed (?:under|by|in)\b|\bbelongs to (?:the )?\w+\b|"
                        r"\b(?:does|did) not (?:meet|reach|warrant)\b|\bruled out\b|\bdiscarded\b|\bhypothesis (?:rejected|not supported)\b", re.I)


def set_aside(segs: Sequence[Segment], index: int, name: str, window: int = 3) -> bool:
    """Whether the condition `name` found in segs[index] is ruled out in one of the next few sentences of the same
    note, before any other diagnosis is named (a ruling in its own sentence is the DX_EXCLUDE words')."""
    seg = segs[index]
    for nxt in segs[index + 1:index + 1 + window]:
        if nxt.note_index != seg.note_index:
            return False
        if P.ICD10.search(nxt.text) or any(n != name and rx.search(nxt.text) for n, rx in P.DIAGNOSIS_RES):
            return False  # the next sentence is about another condition: its ruling is that condition's
        if _SET_ASIDE.search(nxt.text):
            return True
    return False
