"""Composers named in a recital program, a lesson plan or a playlist ("J. S. Bach", "L. van Beethoven", "Scott
Joplin"), kept by redaction: figures of music history place nobody. The names are data (data/composers.txt); the
keeper reads each in full and as its given names' initials before the surname. A client who shares a composer's
surname is still a name ("Ava Bach": a given name in full that is not the composer's)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "composers.txt"
_PARTICLES = {"van", "von", "de", "di", "da", "del", "la", "le"}


def _pattern(full: str) -> str:
    """A composer's full name -> a pattern for it in full or as initials and surname ("J. S. Bach", "L. van Beethoven")."""
    words = full.split()
    at = next((i for i, w in enumerate(words) if w in _PARTICLES), len(words) - 1)
    given, surname = words[:at], " ".join(words[at:])
    initials = "".join(sorted({w[0] for w in given}))
    short = rf"(?:[{initials}]\.[ \t]?){{1,3}}[ \t]*" if initials else ""
    return rf"(?:{re.escape(full)}|{short}{re.escape(surname)})"


@lru_cache(maxsize=1)
def _composers() -> re.Pattern:
    names = [line.split("#", 1)[0].strip() for line in _DATA.read_text(encoding="utf-8").splitlines()]
    alternatives = "|".join(_pattern(n) for n in sorted(filter(None, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w'’-])")


def find_composers(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each composer named in full or by initials and surname."""
    return [(m.start(), m.end()) for m in _composers().finditer(text)]
