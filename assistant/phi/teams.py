"""A school's team, club or ensemble written right after the school's name belongs to it: "Summit High" + "XC",
"Lincoln Middle School" + "band", "Bend High" + "wrestling". The team words are data (data/team_words.txt); the school
is an organisation span that ends in a school's head word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "team_words.txt"
_SCHOOL_END = re.compile(r"(?:High|High School|School|Academy|Middle|Middle School|Elementary|Prep|College|University|HS|MS)$")


@lru_cache(maxsize=1)
def _team_after() -> re.Pattern[str]:
    words = [w.strip() for w in _DATA.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?i:{alternation})(?![\w-])")


def with_teams(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> the same, each school's span grown over the team word written right after it."""
    out = []
    for sp in spans:
        m = _team_after().match(text, sp.end) if sp.entity_type == "ORGANIZATION_LINKED" else None
        if m and _SCHOOL_END.search(text, sp.start, sp.end):
            sp = PhiSpan(sp.start, m.end(), sp.entity_type, sp.score, sp.source)
        out.append(sp)
    return out
