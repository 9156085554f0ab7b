"""Towns and villages of countries the gazetteer does not hold, named wherever they are written: Malta's "l-Birgu",
"f'Ħal Qormi", "her mother phones at Birgu breakfast time". The names are data (data/world_places.yaml); an article or
a preposition joined to a name ("l-", "fil-", "f'") stays outside it. A name that is also a given name, a surname or
a word ("Paola", "Attard", "Victoria") counts only after such an article."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "world_places.yaml"
# a Maltese article or preposition joined to the name ("l-", "il-", "fil-", "tas-", "iż-"), or an elided "f'", "t'"
_JOINED = r"(?<=[^\W\d_]-|[^\W\d_]['’])"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    countries = yaml.safe_load(_DATA.read_text(encoding="utf-8")).values()
    words = {w for c in countries for w in c.get("words") or []}
    free = {p for c in countries for p in c["places"] if p not in words}
    return (re.compile(rf"(?<![\w'’-])(?:{_alt(free)})(?![\w'’-])|{_JOINED}(?:{_alt(free)})(?![\w'’-])"),
            re.compile(rf"{_JOINED}(?:{_alt(words)})(?![\w'’-])"))


def find_world_places(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of the towns and villages of data/world_places.yaml."""
    return [PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "world_place") for pattern in _patterns()
            for m in pattern.finditer(text)]
