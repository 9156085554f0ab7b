"""Streets told without their suffix and handles of payment and social apps.

A house number before one of the commonest street names ("601 S. Main, Ste 210", "1201 Elm, per GPS") or two of them
joined as an intersection ("Elm & 4th", "Main and 3rd") is an address; the names are data
(phi/data/street_names.txt). An app handle ("@Kenji-Albright-7 paid @NoorHaddad-LCSW") names a person."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "street_names.txt"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_UNIT = r",?[ \t]+(?:Ste|Suite|Apt|Unit|Rm|Room|Fl|Floor|#)\.?[ \t]*#?[ \t]*[A-Z0-9-]{1,6}\b"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = [ln.strip() for ln in _DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    street = "(?:%s)" % "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    # the name ends its phrase (a comma, a stop, a bracket, the line's end) or a unit follows: not "2 Oak trees"
    ends = r"(?=[ \t]*(?:[,.;:)(|]|$))"
    numbered = re.compile(rf"(?<![\w/.-])\d{{1,5}}[ \t]+(?:[NSEW]\.?[ \t]+)?{street}\b(?:{_UNIT}|{ends})", re.M)
    corner = re.compile(rf"\b(?:{street}|{_ORDINAL})[ \t]*(?:&|and|/|at)[ \t]*(?:{street}|{_ORDINAL})\b{ends}", re.M)
    return numbered, corner


_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?![\w@.-]*\.[a-z]{2,})")


def find_streets_and_handles(text: str) -> list[PhiSpan]:
    numbered, corner = _patterns()
    spans = [PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "street_name") for m in numbered.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.6, "street_name") for m in corner.finditer(text)
              if not re.fullmatch(rf"{_ORDINAL}\W+{_ORDINAL}", m.group(0))]  # "3rd and 4th" are ordinals, not streets
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.95, "handle") for m in _HANDLE.finditer(text)]
    return spans
