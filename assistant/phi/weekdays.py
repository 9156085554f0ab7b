"""Weekdays of other languages before a date ("jue, 16 ene 2025", "ven. 3 mars", "Mo., 14.04.2025"): the list in
data/world_weekdays.yaml. Several are given names as well ("Jue", "Sam", "Dom"), so a NAME guess on one is dropped only
where a date found by the date recognizers follows it ("Sam, 14, was" keeps its name)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "world_weekdays.yaml"
# between a weekday and its date: a stop or a comma, a space, an article ("jue, 16 ene", "tirsdag den 4. marts")
_BETWEEN = re.compile(r"\.?,?[ \t]+(?:den[ \t]+|le[ \t]+|el[ \t]+)?")
_GUESS_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}  # the model reads "Mo." as a place too
_GUESS = 0.75  # a weekday found with a person's cue ("Dr. Sam") scores above this and stays


@lru_cache(maxsize=1)
def weekday_words() -> frozenset[str]:
    """Every listed weekday, lowercase."""
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return frozenset(w.lower() for words in data.values() for w in words)


def drop_weekday_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> the same less the guesses (a name, a place) that are a weekday written before its date."""
    dates = {sp.start: sp.end for sp in spans if sp.entity_type == "DATE"}
    return [sp for sp in spans if not (sp.entity_type in _GUESS_TYPES and sp.score <= _GUESS
                                       and text[sp.start:sp.end].lower().rstrip(".") in weekday_words()
                                       and _dated(text, sp.end, dates))]


def _dated(text: str, end: int, dates: dict[int, int]) -> bool:
    """A date starts right after the word, which a stop or a comma sets off, or whose month is written in letters:
    "jue, 16 ene 2025", "Mo., 14.04.2025"; "Sam 3/4 seen again" is a person and a day."""
    gap = _BETWEEN.match(text, end)
    return bool(gap) and gap.end() in dates and (re.search(r"[.,]", gap.group()) is not None
                                                 or re.search(r"[^\W\d_]", text[gap.end():dates[gap.end()]]) is not None)
