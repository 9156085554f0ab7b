"""Whose words a sentence is: a relative's own first-person statement is about the relative, not the client.

A parent on the phone says "I've been on sertraline since last winter"; a partner in a couples session says
"I did six months of EMDR": their medication and their treatment are not the client's. Three forms are read:
- a collateral note (its title, or a Caller / Informant / Reported by field, names a relative, or a line says
  whose account follows): a first-person quote in it is the informant's;
- a line spoken by a relative ("Mom: I take Zoloft too", "Father (by phone) - my own rehab was in 2019");
- a quote a relative is said to have spoken ('Her husband said, "I was in rehab twice."').
What a relative says about the client ("He refuses school") is about the client and stays.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.patterns.clinical import _OTHERS
from assistant.letters.patterns.segments import Segment

_RELATIVE = r"(?:%s|guardian|caregiver|carer|foster (?:mother|father|parent)|grandparent)" % _OTHERS
# The client speaking of themself in the first person: "I", "I've", "I'm", "my", "me", "myself".
_FIRST_PERSON = r"(?:I|I['\u2019](?:ve|m|d|ll)|my|me|myself)\b"
_OPEN = "\"\u201c\u2018"
# A line that is a quote in the first person ("- \"I've been on ...\"").
_QUOTE_LINE = re.compile(r"^\W{0,3}[%s]\s*%s" % (_OPEN, _FIRST_PERSON), re.I)
# A line spoken by a relative: "Mom: I ...", "Father (by phone) - my ...", "MOTHER: \"I ...\"".
_SPEAKER_LINE = re.compile(r"^\W{0,3}(?:the\s+|client['\u2019]s\s+|pt['\u2019]s\s+|his\s+|her\s+|their\s+)?%s(?:\s*\([^)]{0,30}\))?"
                           r"\s*[:\u2013\u2014-]\s*[%s]?\s*%s" % (_RELATIVE, _OPEN, _FIRST_PERSON), re.I)
# A quote a relative spoke: 'her husband said, "I ...', "Mom added: 'my ...".
_SAID = re.compile(r"\b%s\b[^.;%s]{0,40}?\b(?:said|says|reports?|reported|stated?|states|told (?:us|me|the \w+)|added|shared|"
                   r"explained|noted|admitted|mentioned|volunteered|disclosed)\b[,:]?\s*[%s]\s*%s"
                   % (_RELATIVE, _OPEN, _OPEN, _FIRST_PERSON), re.I)
# A note that gives a relative's account: a collateral title, a caller field naming a relative, or a line that
# introduces what the relative said ("Mother's account:", "Per dad:").
_COLLATERAL_TITLE = re.compile(r"\bcollateral\b|\b(?:parent|caregiver|guardian)\s+(?:contact|call|consult\w*|interview)\b", re.I)
_CALLER = re.compile(r"^\W*(?:caller|informant|collateral|source|reported by|report from|spoke with|contact(?:ed)? with|"
                     r"history from|interviewed)\b[^:]{0,20}:?[^.]{0,60}\b%s\b" % _RELATIVE, re.I)
_ACCOUNT = re.compile(r"(?:^\W*per\s+%s\s*|\b%s(?:['\u2019]s)?\b[^.:]{0,60}\b(?:account|report|words|concerns|says|reports|"
                      r"describes|said)\b[^.:]{0,40}):\s*$" % (_RELATIVE, _RELATIVE), re.I)


# A relative introduced by name ("her brother Kofi (12)", "mother, <PERSON_3>,", "<PERSON_4> (his wife)"), so a later
# sentence about that name ("Kofi has generalized anxiety and takes fluoxetine") is about the relative.
_NAME = r"(<PERSON_\d+>|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
_NAMED_RELATIVE = re.compile(r"\b%s\s*,?\s*%s|%s\s*\(\s*(?:his|her|their|the client['\u2019]s|pt['\u2019]s)\s+%s\b"
                             % (_RELATIVE, _NAME, _NAME, _RELATIVE), re.I)
_HAS = r"\s+(?:also\s+|too\s+)?(?:has|had|takes|took|is on|was on|has been on|sees|saw|goes to|went to|attends|attended|is in|was in|did|does)\b"


def _relatives_named(segs: Sequence[Segment]) -> set[str]:
    names = set()
    for seg in segs:
        for m in _NAMED_RELATIVE.finditer(seg.text):
            name = m.group(1) or m.group(2)
            if name and name.lower() not in ("the", "and", "who", "has", "is", "was"):
                names.add(name)
    return names


def _about_a_named_relative(text: str, names: set[str]) -> bool:
    return any(re.match(r"^\W*%s%s" % (re.escape(n), _HAS), text) for n in names)


def informant_speech(segs: Sequence[Segment]) -> frozenset[int]:
    """Indexes of the segments that are a relative's first-person statement about themself, or a sentence about a
    relative named earlier ("Kofi has ... and takes fluoxetine" after "her brother Kofi")."""
    out: set[int] = set()
    names = _relatives_named(segs)
    collateral: set[int] = set()
    seen: dict[int, int] = {}
    for i, seg in enumerate(segs):
        place = seen[seg.note_index] = seen.get(seg.note_index, -1) + 1
        if _COLLATERAL_TITLE.search(seg.text[:80]) and place < 3 or _CALLER.search(seg.text) or _ACCOUNT.search(seg.text):
            collateral.add(seg.note_index)
        if _SPEAKER_LINE.search(seg.text) or _SAID.search(seg.text) or _about_a_named_relative(seg.text, names):
            out.add(i)
        elif seg.note_index in collateral and _QUOTE_LINE.search(seg.text):
            out.add(i)
    return frozenset(out)


def own_words(segs: Sequence[Segment]) -> tuple[Segment, ...]:
    """The segments that are not a relative speaking of themself: where the client's own medication and
    treatment history are read."""
    theirs = informant_speech(segs)
    return tuple(s for i, s in enumerate(segs) if i not in theirs)
