"""Care the words around it place before this episode: an approach begun in an earlier year, and a stay a plan asks
for (which is this one, not one before)."""
from __future__ import annotations

import re
from datetime import date

from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Finding, finding
from assistant.letters.patterns import Segment

# A course begun in an earlier year: "at his last duty station in 2019 he started Prolonged Exposure".
_YEAR_THEN_BEGAN = re.compile(r"\b(?:in|during|from|back in) (?P<y>(?:19|20)\d{2})\b[^.;]{0,60}\b(?:started|began|did|had|completed|"
                              r"went through|tried|attended|got|finished)\b[^.;]{0,30}$", re.I)


def earlier_year_course(before: str) -> bool:
    """The words before an approach's name tell a course begun in a year before this one."""
    m = _YEAR_THEN_BEGAN.search(before)
    return bool(m) and int(m.group("y")) < date.today().year


def this_stay(seg: Segment, m: re.Match[str]) -> bool:
    """ "Plan: inpatient psychiatric admission for safety": the stay asked for, not one before (no past word in its clause)."""
    return seg.kind in ("plan", "goals", "discharge") and not _PAST_WORD.search(P.clause_of(seg.text, m.start()))


_PAST_WORD = re.compile(r"\b(?:prior|previous(?:ly)?|past|formerly|earlier|history|hx|was|were|been|completed|graduated|stepped|"
                        r"transferred|discharged|tried|failed|no|never|had|(?:19|20)\d\d)\b", re.I)


# A referral letter to another service ("I'm referring him to your Tuesday group"): the writer's own care of the client
# ("I have seen him individually since September, weekly, using CBT") is treatment before the service asked for.
_REFERRING = re.compile(r"\b(?:I am|I'm|I\u2019m|I am writing to|writing to)\s+refer(?:ring)?\b[^.\n]{0,80}?\bto (?:your|the)\b|"
                        r"\breferr(?:al|ing)\b[^.\n]{0,40}?\bto your\b", re.I)
_WRITERS_CARE = re.compile(r"\bI(?:'ve|\u2019ve| have)\s+(?:been\s+)?(?:seen|seeing|treated|treating|worked with|working with|counsell?ed)\s+"
                           r"(?:him|her|them|%s|[A-Z][a-z]+)(?!\w)(?!\s+at\s+the\b)(?:\s+(?:individually|weekly|monthly|in (?:individual )?therapy))?"
                           r"[^.;\n]{0,40}?\b(?:since|for)\s+[^.;\n]{2,40}" % P.PLACEHOLDER)


def referrers_care(segs: Sequence[Segment]) -> list[Finding]:
    """The referring clinician's own care, in a note that refers the client on to the service asked for."""
    referring = {s.note_index for s in segs if _REFERRING.search(s.text)}
    return [finding(s, m.group(0)) for s in segs if s.note_index in referring for m in _WRITERS_CARE.finditer(s.text)]
