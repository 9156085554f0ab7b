"""Care the words around it place before this episode: an approach begun in an earlier year, and a stay a plan asks
for (which is this one, not one before)."""
from __future__ import annotations

import re
from datetime import date

from assistant.letters import patterns as P
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
