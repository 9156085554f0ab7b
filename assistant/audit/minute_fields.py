"""Minutes told as a field's value: under a label that names the unit ("Session length (min): 53"), or in brackets
after a technique in an interventions field, where they time the technique ("Interventions: worry time scheduling
(15 min at 7 pm)"), not the session. timing.py decides what the session's length is.
"""

from __future__ import annotations

import re

from assistant.audit.catalog import cue

# The label may be one field of several on a line: "TOT F2F MIN: 055      UNITS: 1" (fields part on two spaces or "|").
# (a run of white space is taken whole, from its first character: a wide column gap is read in one pass)
_UNIT_LABEL = re.compile(r"(?:^|(?<!\s)\s{2,}+|\|)\s*+[-*\u2022]?\s*+[\"']?([\w /()-]{0,40}?(?<![a-z])(?:minutes?|mins?)(?![a-z])[\w /()-]{0,20}?)[\"']?"
                         r"\s*+[:=]\s*+[\"']?(\d{1,3})[\"']?(?:\s*+(?:$|\|)|\s{2})", re.I)


def labelled_minutes(line: str) -> int | None:
    """A bare number under a label that names the unit: "duration_minutes: 45", "Session length (min): 53"."""
    m = _UNIT_LABEL.search(line)
    if not m or cue("planned_time").search(m.group(1)) or not re.search(r"duration|length|session|total|\btot\b|f2f|time|face|"
                                                                           r"^\s*min(?:ute)?s?\s*$", m.group(1), re.I):
        return None
    return int(m.group(2))


# A bracket opened after a technique and not yet closed before the minutes: "worry time scheduling (15 min at 7 pm)".
_OPEN_BRACKET = re.compile(r"\(([^()]*)$")
# ... unless what it follows names the session or its code: "Interventions: CBT session (53 min)", "90834 (45 min)".
_SESSION_NAMED = re.compile(r"\b(?:session|visit|appointment|encounter|psychotherapy|face[- ]to[- ]face)\b|\b9\d{4}\b", re.I)


def technique_minutes(line: str, sentence: str, at: int) -> bool:
    """Minutes at `at` in `sentence` sit in brackets after a technique the line's interventions field names."""
    if not cue("interventions_label").search(line):
        return False
    bracket = _OPEN_BRACKET.search(sentence[:at])
    if not bracket:
        return False
    named = sentence[max(sentence.rfind(c, 0, bracket.start()) for c in ";,:.") + 1:bracket.start()]
    return bool(named.strip()) and not _SESSION_NAMED.search(named + bracket.group(1))
