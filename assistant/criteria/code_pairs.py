"""Codes a question bills together that the sources say do not go together: "bill 90839 plus 90840 and add 90785, is
that right?" is answered, for the add-on, by the source's "It is not reported with crisis psychotherapy 90839/+90840".
The sentence often names its code only in the sentence before ("+90785 may be added to ... It is not reported with
..."), so the subject is carried over from there; the line then names both codes in one sentence.
"""

from __future__ import annotations

import re

from assistant.criteria.code_names import named_codes
from assistant.criteria.select import Candidate

_CODE = re.compile(r"(?<![\w.])\+?(9\d{4})(?:'?s)?\b")  # "two 90837s": a code in the plural too
# "is not reported with", "may not be billed with", "cannot be billed together with", "is never coded with"
_APART = re.compile(r"\b(?:is|are|may|must|should|can|cannot|can't)\s+(?:not\s+|never\s+)?(?:be\s+)?(?:not\s+|never\s+)?"
                    r"(?:reported|billed|coded|used|claimed|added)\s+(?:together\s+|on the same (?:day|date|claim)\s+)?with\b",
                    re.I)
_NEGATED = re.compile(r"\b(?:not|never|cannot|can't)\b", re.I)
_PRONOUN = re.compile(r"^(?:It|They|This code|These codes|The add-on)\b")


def _apart(sentence: str, before: str) -> tuple[list[str], list[str]]:
    """(codes the sentence keeps apart, the codes they are kept from) when it says they are not billed together."""
    m = _APART.search(sentence)
    if not m or not _NEGATED.search(m.group(0)):
        return [], []
    subject = _CODE.findall(sentence[:m.start()])
    if not subject and _PRONOUN.match(sentence):
        subject = _CODE.findall(before)[:1]  # "+90785 may be added to ... It is not reported with ...": +90785
    return subject, _CODE.findall(sentence[m.end():].split(";")[0])


def pair_line(question: str, cands: list[Candidate]) -> tuple[str, list[Candidate]]:
    """'+90785 is not reported with 90839 [n]' for each code the question bills beside another that a source sentence
    keeps apart from it -> (the line with {} for the citation numbers, the sentences it rests on)."""
    asked = list(dict.fromkeys(_CODE.findall(question) + named_codes(question)))  # "add interactive complexity": 90785
    if len(asked) < 2:
        return "", []
    lines, used, before = [], [], None
    for c in cands:
        prior = before.text if before is not None and before.rank == c.rank else ""
        subject, objects = _apart(c.text, prior)
        before = c
        for code in (s for s in subject if s in asked):
            others = [o for o in dict.fromkeys(objects) if o in asked and o != code]
            if others and code not in {u for u, _ in lines}:
                lines.append((code, f"{code} is not reported with {' or '.join(others)} {{}}, so leave it off."))
                used.append(c)
    return " ".join(text for _, text in lines), used
