"""A score series written as dated pairs after the instrument's name:

    "PHQ-A .......... adm 11/02: 19  |  11/23: 14", "YMRS:   11/24 - 31      12/03 - 22", "GAD-7 1/5 -> 15; 2/9 -> 11"

Each pair is a date, a separator (colon, equals sign, dash or arrow) and a number; pairs are parted by spaces, bars,
semicolons or commas and may open with the occasion ("adm", "intake", "wk 4"). A lone pair joined by a dash is a
range or a code ("3/4-12"), not a reading: a dash counts only in a series of two or more.
"""
from __future__ import annotations

import re

from assistant.letters import patterns as P

# What may stand between the name and its scores: the word "score" ("T-score"), a bracket that spells the name out or
# says who answered ("(Family Accommodation Scale-Anxiety, parent)"), leader dots, a colon.
_LEADER = re.compile(r"(?:-?\s*(?i:t-?)?(?i:scores?)\b)?(?:\s*\([^()\d\n]{2,80}\))?(?:\s*+(?:\.{2,}+|\u2026++|[:=(]))*+\s*+")
_OCCASION = (r"(?:(?:adm(?:ission|it)?|intake|baseline|base|d/c|discharge|pre|post|mid|initial|current|now|today|"
             r"f/u|follow-?up|(?:wk|week|session|visit|month)\s*#?\d{1,2})\.?,?\s*+)?")
_PAIR = re.compile(r"(?:\s*+[|;,]\s*+|\s++)?%s\(?(?P<d>%s)\)?\s*+(?P<sep>[:=\u2013\u2014-]|->|\u2192)\s*+"
                   r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?![\d/.]|\s*+(?:%%|/\s*\d))" % (_OCCASION, P.DATE.pattern), re.I)


# The score first and its date in a bracket after it: "RCADS-P ..... 74 (09/08)   63 (12/01)", "FASA 31 (intake 9/8), 18 (12/1)".
# ... the last pair may follow "and": "UCLA-LS 61 (02/2026) and 48 (05/2026)".
_SCORE_FIRST = re.compile(r"(?:\s*+[|;,]?\s*+and\s++|\s*+[|;,]\s*+|\s++)?(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)\s*+\(\s*+%s(?P<d>%s)\s*+\)"
                          % (_OCCASION, P.DATE.pattern), re.I)


def dated_pairs(text: str, end: int) -> list[tuple[str, str]]:
    """(score, date) for each dated pair right after an instrument's name ending at `end`; [] when there is none."""
    start = _LEADER.match(text, end).end()
    pos, out, dashes = start, [], 0
    while (m := _PAIR.match(text, pos)) is not None:
        out.append((m.group("num"), m.group("d")))
        dashes += m.group("sep") in "-\u2013\u2014"
        pos = m.end()
    if not out:  # a series of two or more scores each with its date in a bracket after it
        return score_first_series(text, start)[0]
    return out if len(out) >= 2 or (out and not dashes) else []


def score_first_series(text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    """(score, date) pairs of a series "74 (09/08)   63 (12/01)" starting at pos, and where it ends; ([], pos) for
    fewer than two pairs."""
    pairs, end = [], pos
    while (m := _SCORE_FIRST.match(text, end)) is not None:
        pairs.append((m.group("num"), m.group("d")))
        end = m.end()
    return (pairs, end) if len(pairs) >= 2 else ([], pos)
