"""Progress told without a word of change: a before-and-after pair of lines ("June: in bed most of the day ..." then
"Now: up and dressed by 10 ..."), or a field whose label holds the comparison ("Progress since August: says good morning
to two coworkers ..."). A "Now:" line alone is today's picture, and "Progress: none yet" is no change.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Finding, finding

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+'?\d{2,4})?"
# the earlier point: a month, a date, intake or admission, "before", "at the start", "when she started"
_THEN = re.compile(r"^\W*(?:(?:in|back in|early|late|mid)[ -])?(?:%s|%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}|"
                   r"(?:at|on) (?:intake|admission|referral|the (?:start|beginning|first (?:visit|session))|entry|enrol?lment)|"
                   r"(?:at )?baseline|before(?: (?:treatment|therapy|we started|starting|the program|admission))?|then|back then|"
                   r"when (?:she|he|they|we|I) (?:started|began|came|first came))\s*(?:\([^()\n]{0,30}\))?\s*[:\u2013\u2014-]\s*(?=\S)"
                   % (_MONTH, P.DATE_PLACEHOLDER), re.I)
_NOW = re.compile(r"^\W*(?:now|currently|today|these days|at present|lately|this (?:week|month)|as of (?:now|today))\s*"
                  r"(?:\([^()\n]{0,30}\))?\s*[:\u2013\u2014-]\s*(?=\S)", re.I)
_SKIP = ("goals", "discharge", "plan", "prior", "loc", "dx", "meds")


def then_now_pairs(segs: Sequence) -> tuple[Finding, ...]:
    """A "Now:" line right after a line about an earlier point of the same note, each with some words: progress."""
    out = []
    for before, seg in zip(segs, segs[1:]):
        if before.note_index != seg.note_index or seg.kind in _SKIP or before.kind in _SKIP:
            continue
        then, now = _THEN.match(before.text), _NOW.match(seg.text)
        if then and now and len(before.text[then.end():].split()) >= 3 and len(seg.text[now.end():].split()) >= 3:
            out.append(finding(seg, seg.text))
    return tuple(out)


# the label itself compares with a starting point: "Progress since August", "Changes so far", "Gains to date"
_SINCE_LABEL = re.compile(r"\b(?:since|so far|to date|thus far|until now|over the (?:last|past)|in the (?:last|past))\b|"
                          r"^how (?:\w+ ){0,3}(?:responded|has responded|is responding)(?:\s+to\s+(?:treatment|therapy|care|sessions|(?:the|this|our) (?:\w+ )?(?:program|treatment|plan|sessions?|interventions?|work)|cbt|dbt|erp|emdr|tf-cbt|pcit|medications?|meds))?\s*$", re.I)  # "How he responded:"
_NO_CHANGE = re.compile(r"\b(?:none|no (?:real |measurable )?(?:progress|change|gains?|improvement)|n/?a|tbd|unchanged|not yet|"
                        r"(?:little|minimal|limited|slight) (?:progress|change|improvement)|too (?:early|soon))\b", re.I)


def progress_fields(segs: Sequence) -> tuple[Finding, ...]:
    """A progress field whose label says "since ..." and whose value tells, in five words or more, what is different."""
    out = []
    for seg in segs:
        label = P.LABEL.match(seg.text) if seg.kind == "progress" else None
        if label and _SINCE_LABEL.search(label.group(1)):
            value = seg.text[label.end():]
            if len(value.split()) >= 5 and not _NO_CHANGE.search(value):
                out.append(finding(seg, value.strip()))
    return tuple(out)
