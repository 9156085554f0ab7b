"""A counted behaviour's change between two times: the data a behaviour-analytic (ABA) request measures progress by.

Behaviour analysts track how often a target behaviour happens (bites a day, elopements an hour, mands a session) and
report it at baseline and now, in prose or in a table row:
    "Door elopement: 4 a week at baseline, 1 a week now."
    "aggression fell from twenty-three episodes in the week of Aug 3 to nine in the week of Nov 16"
    "Elopement | rate/hr | 2.4 | 1.8 | 1.1 | 0.6"
The checklist reads these as the measure's trend only for ABA requests; elsewhere reviewers ask for a scale."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.facts import Finding, finding
from assistant.letters.number_words import with_digits
from assistant.letters.patterns import Segment

_NUM = r"\d+(?:\.\d+)?"
_PERIOD = r"(?:day|d|week|wk|hour|hr|h|session|sess|visit|shift|month|mo|school day|evening|night)s?\b"
# a count of events: "4 a week", "1.9 bites/day", "23 episodes", "0.6/hr", "17 per session"; never hours of service
_COUNT = (r"(?<![\d.:/])(%s)\s*(?!h\b|hrs?\b|hours?\b|min|mg|%%)(?:[A-Za-z-]+\s*){0,2}?(?:(?:per|a|an|each|every)\s+|/\s*)%s|"
          r"(?<![\d.:/])(%s)\s+(?:episodes?|incidents?|instances?|occurrences?|times|bites?|hits?|tantrums?|mands?|elopements?|"
          r"attempts?|outbursts?|meltdowns?)\b") % (_NUM, _PERIOD, _NUM)
_COUNT_RX = re.compile(_COUNT, re.I)
# a change needs the earlier time and the later one told, or a word of change between them
_THEN = re.compile(r"\b(?:baseline|at (?:intake|the start|admission|referral)|when (?:services|treatment|we) (?:began|started)|"
                   r"before (?:treatment|services)|initially|pre-?treatment)\b", re.I)
_NOW = re.compile(r"\b(?:now|currently|today|to date|this (?:month|week|period)|(?:over |in )?the (?:last|past) (?:\d+ )?"
                  r"(?:weeks?|months?|days?))\b", re.I)
_MOVED = re.compile(r"\b(?:fell|dropped|decreased|declined|reduced|down to|rose|increased|went|improved)\b|->|\u2192", re.I)
_FROM_TO = re.compile(r"\bfrom (?:about |around |roughly |a mean of |an average of )?(%s)\b[^.;]{0,80}?\bto (?:about |around |a mean of )?(%s)\b"
                      % (_NUM, _NUM), re.I)
_RATE_ROW = re.compile(r"\b(?:rate|count|frequency|episodes|per (?:hour|day|week|session)|/(?:hr|hour|day|wk|week|session))\b"
                       r"[^|\n]{0,12}(?:\s*\|\s*%s\b){2,}" % _NUM, re.I)


def _counts(text: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in _COUNT_RX.finditer(text)]


def count_change(text: str) -> str:
    """The span telling a counted behaviour at two times, or ''."""
    plain = with_digits(text)
    if m := _RATE_ROW.search(plain):
        return m.group(0)
    if len(_counts(plain)) >= 2 and (_THEN.search(plain) and _NOW.search(plain) or _MOVED.search(plain)):
        return plain.strip()
    if (m := _FROM_TO.search(plain)) and _COUNT_RX.search(plain[max(0, m.start() - 40):m.end() + 40]):
        return m.group(0)
    return ""


def find_count_trends(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Sentences and rows that give a counted behaviour's frequency at two times (outside goals and plans)."""
    out = []
    for seg in segs:
        if seg.kind in ("goals", "plan", "discharge", "prior"):
            continue  # "aggression 2 or fewer a week": a target, not data
        if count_change(seg.text):
            out.append(finding(seg, seg.text))
    return tuple(out)


def count_signals(f: Finding) -> tuple[str, ...]:
    """The first two counts as written ("4 a week", "1 a week"), or a row's first and last values, for finding them
    again in a letter."""
    if "|" in f.text:
        values = re.findall(_NUM, f.text.split("|", 1)[1])
        return (values[0], values[-1]) if len(values) >= 2 else ()
    return tuple(m.group(0).strip() for m in list(_COUNT_RX.finditer(f.evidence))[:2])


def count_rows(blocks: Sequence) -> tuple[Finding, ...]:
    """Table rows that give a counted behaviour's rate in two or more columns ("Elopement | rate/hr | 2.4 | 1.8")."""
    return tuple(Finding(m.group(0), row.text, b.note_index) for b in blocks if b.kind == "table" and b.table is not None
                 for row in b.table.rows if (m := _RATE_ROW.search(row.text)))
