"""Clinical acronyms in capitals (methods, programs, roles) that redaction keeps, read from data/clinical_acronyms.txt.

Written in capitals in a list ("PECS, DTT and NET") or in brackets ("caregiver training (BST)") they were taken
for a surname-first name or initials. An acronym that spells the initials of a capitalised name in the same note
is left alone: there it may stand for that person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

ACRONYMS_FILE = Path(__file__).resolve().parent / "data" / "clinical_acronyms.txt"


@lru_cache(maxsize=1)
def clinical_acronyms() -> frozenset[str]:
    """The data file -> its acronyms, as written."""
    words = set()
    for line in ACRONYMS_FILE.read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in sorted(clinical_acronyms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


def _initials_of_a_name(text: str, acronym: str) -> bool:
    """True when the note writes capitalised words, or words and initials, whose first letters spell the acronym."""
    if not acronym.isalpha() or not acronym.isupper() or len(acronym) > 4:
        return False
    parts = [rf"{c}(?:[a-z'’-]+|\.)" for c in acronym]
    return re.search(r"\b" + r"[ \t]+".join(parts) + r"(?![\w])", text) is not None


def find_clinical_acronyms(text: str) -> list[tuple[int, int]]:
    """Text -> spans of clinical acronyms from the data file, unless one spells a name's initials in this note."""
    spans, verdict = [], {}
    for m in _pattern().finditer(text):
        word = m.group()
        if word not in verdict:
            verdict[word] = not _initials_of_a_name(text, word)
        if verdict[word]:
            spans.append((m.start(), m.end()))
    return spans


# A treatment named after a practice ("Eastbrook Family Counseling for CBT"): the words from "for" on are what the
# practice is for, not its name. A head that takes "for" inside its name keeps it ("Center for DBT").
_FOR_HEADS = {"center", "centre", "institute", "foundation", "society", "association", "alliance", "coalition", "council",
              "academy", "school", "college", "program", "network", "fund", "office", "department", "commission",
              "committee", "clinic", "hospital", "project", "initiative", "league", "home", "partnership", "services"}


def find_treatment_after_service(text: str) -> list[tuple[int, int]]:
    """Text -> spans of " for <therapy acronym>" after a capitalised service's name whose head takes no "for"."""
    names = "|".join(re.escape(a) for a in sorted(clinical_acronyms(), key=len, reverse=True))
    spans = []
    for m in re.finditer(rf"(?<=[A-Z][a-z])([a-z]*)[ \t]+(?:for|with)[ \t]+(?:{names})(?![\w-])", text):
        head = re.search(r"[A-Za-z]+$", text[:m.start(1)] + m.group(1))
        if head and head.group().lower() not in _FOR_HEADS:
            spans.append((m.end(1), m.end()))
    return spans
