"""Public offices, help lines and service desks named only by what they do, kept by redaction.

"Office of the Secretary of State", "Regional Poison Information Center", "Guest Access Services", "Member Care":
every word is one that says what an office does or for whom (data/public_functions.txt, data/service_words.txt)
and one is a head ("Office", "Center", "Services"). Such a name is shared by every state or company that has the
office and places nobody; a word of its own ("Brackenfield Poison Center") makes it a local place, not kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
_HEADS = {"center", "centre", "office", "offices", "program", "programs", "programme", "department", "dept", "division",
          "bureau", "desk", "line", "hotline", "unit", "services", "service", "support", "team", "hq", "headquarters",
          "care", "counseling", "counselling", "court", "courts", "police", "pd", "sheriff", "sheriff's", "authority",
          "review", "examiner", "coroner", "registrar", "admissions", "committee", "board", "attorney", "prosecutor", "jail"}
_LINKS = {"of", "the", "and", "&", "for"}
_LEADS = _LINKS | {"to", "dear", "re", "attn", "from", "via", "per", "call", "contact", "please", "cc", "a", "an"}
# a nation's name before a federal office belongs to the office: "U.S. Department of Labor", "US Office of Personnel"
_NATION = re.compile(r"(?<![\w.])(?:U\.S\.|US|USA|United[ \t]+States)[ \t]+$")
# a run of capitalised words (title case or capitals) with the small words that join them, on one line
# (a short word's full stop abbreviates it inside the name: "Harlow Twp. Police Dept" is one run, and a local one;
# a Nguni place's lowercase prefix opens one too: "eMpangeni Wellness Centre")
_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]{1,3}\.(?=[ \t]+[A-Z])|(?:(?:e|kwa)(?=[A-Z][a-z]{3}))?[A-Z][\w'’-]*|HQ)"
                  r"(?:[ \t]+(?:(?:of|the|and|&|for)[ \t]+)*(?:[A-Z][a-z]{1,3}\.(?=[ \t]+[A-Z])|[A-Z][\w'’-]*))+")


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    out = set()
    for name in ("public_functions.txt", "service_words.txt"):
        for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
            out.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(out)


def public_name(words: list[str]) -> bool:
    """Words of a name (links such as "of" and "&" allowed) -> True when they name a public office or desk only."""
    content = [w.lower() for w in words if w.lower() not in _LINKS]
    return len(content) >= 2 and all(w in _words() for w in content) and any(w in _HEADS for w in content)


def find_public_bodies(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of names made only of public-function words with a head word among them."""
    spans = []
    for m in _RUN.finditer(text):
        words = list(re.finditer(r"[\w'’&-]+", m.group()))
        # a sentence's or a salutation's first word before the name is not part of it: "To Guest Services:"
        while words and words[0].group().lower() in _LEADS:
            words = words[1:]
        if public_name([w.group() for w in words]):
            start = m.start() + words[0].start()
            nation = _NATION.search(text, max(0, start - 16), start)
            spans.append((nation.start() if nation else start, m.end()))
    return spans
