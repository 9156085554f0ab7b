"""A short day that the sentence itself calls somebody's date: "4-9 is my date", "3/2 was her sober date", "my clean
date is 11-30", "his birthday is 6.14". With no year, a hyphen reads as a range ("2-3 times"), a dot as a decimal and a
slash after a scale's name as a score, so only the sentence's own words make the figure a date: a possessive and an
occasion that is a person's (data/dated_occasions.txt), before or after it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "dated_occasions.txt"
_DAY = r"(?<![\w/.-])((?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?![\w/.-]*\d|[\w/-])"
_WHOSE = r"(?:my|her|his|their|our|your|the)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lines = (ln.split("#", 1)[0].strip() for ln in _DATA.read_text(encoding="utf-8").splitlines())
    occasion = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(filter(None, lines), key=len, reverse=True))
    # ... where the occasion is the whole noun: "4-9 is the date range" names a range
    after = re.compile(rf"{_DAY}[ \t]+(?i:is|was|=|will be|'s|’s)[ \t]+(?i:{_WHOSE})[ \t]+(?i:{occasion})\b"
                       r"(?![ \t-]*(?i:range|window|span|format|field|column|stamp|line|picker|night|idea)\b)")
    before = re.compile(rf"(?i:\b{_WHOSE}[ \t]+(?:{occasion}))[ \t]*(?i:is|was|=|:|of|will be|on)?[ \t]*{_DAY}")
    return after, before


def find_named_days(text: str) -> list[PhiSpan]:
    """Text -> DATE spans of short days a sentence names as a person's date."""
    if not re.search(r"\d[-/.]\d", text):
        return []
    return [PhiSpan(m.start(1), m.end(1), "DATE", 0.85, "date_numeric") for pat in _patterns() for m in pat.finditer(text)]
