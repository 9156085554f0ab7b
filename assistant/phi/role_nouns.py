"""Role nouns capitalised as defined terms ("the Petitioner", "the Respondent", "the Auditor"), dropped from the final
spans: every such paper has them and they name nobody. The words are data: data/role_nouns.txt. A span holding any
other word ("Petitioner Dana Ruiz") or a word that is also part of a full name found in the note stays."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "role_nouns.txt"
_WORDY = ("NAME", "ORGANIZATION_LINKED", "ADDRESS")
# a title before the word makes it a surname: "Mr. Petitioner" is rare, "Judge Ward" or "Ms. Examiner" possible
_PERSON_TITLE = r"(?:Mr|Mrs|Ms|Mx|Dr|Judge|Officer|Rev|Sgt|Det|Prof)\.?[ \t]+$"
# ... and a place's preposition makes it a street or a place: "a cafe on Division", "a diner off Examiner"
_SITED = re.compile(_PERSON_TITLE + r"|\b(?:on|at|in|near|off)[ \t]+$")
# A party's or an officer's noun ("Petitioner", "Investigator", "Custodian") is sent to or comes from a role: after
# "to" or "from" it still names that role; after "on", "at", "in", "near" or "off" it is a street or a place
# ("a bakery on Petitioner"). Other role words ("Docket", "Nullity") after any preposition stay redacted, as before.
_TITLE_BEFORE = re.compile(_PERSON_TITLE + r"|\b(?:on|at|in|near|off|to|from)[ \t]+$")
_AGENT = re.compile(r"(?:er|or|ee|ant|ent|ian|ist)$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """The role nouns of data/role_nouns.txt, in lowercase."""
    out = set()
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        out.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(out)


def _words(value: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w).lower() for w in _WORD.findall(value)]


def drop_role_nouns(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Final spans of one note -> the same less those made only of role nouns (and "the")."""
    names = {w for sp in spans if sp.entity_type == "NAME" for w in _words(text[sp.start:sp.end])
             if len(_words(text[sp.start:sp.end])) >= 2}
    out = []
    for sp in spans:
        words = [w for w in _words(text[sp.start:sp.end]) if w != "the"]
        if sp.entity_type in _WORDY and words and all(w in role_nouns() and w not in names for w in words) \
                and not (_SITED if all(_AGENT.search(w) for w in words) else _TITLE_BEFORE).search(
                    text, max(0, sp.start - 10), sp.start):
            continue
        out.append(sp)
    return out
