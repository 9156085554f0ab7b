"""The name a note calls the client by, read from the client's field.

A family note names the client in its header ("Client: Lê Ngọc Vy", "Patient: Jaylen T. Pruitt") and then calls
them by one of those names ("coached Vy to speak for herself"). In English order that is the first name; in
Vietnamese, Chinese, Korean or Hungarian order the given name comes last. The note's own use decides: the last name
is taken when the note uses it, alone, more often than the first (a parent's title and surname, "ông Lê Văn Phúc",
"Mrs. Pruitt", a relative's full name, "Colette Pellerin", or "the Pruitt family", is not the client's use).
"""

from __future__ import annotations

import re

# The client's field, alone on its line or one of a header's columns (parted by three spaces, a tab or " | ").
_GAP = re.compile(r"\s{3,}|\t|\s\|\s|^\s*\|")
_LABEL = re.compile(r"^\s*(?:client|patient|member|beneficiary|identified (?:patient|client|youth|child))"
                    r"\s*(?:name)?\s*[:\-]\s*(.+)$", re.I)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
# A title before a name makes it an adult's (a parent's): English, Spanish and Vietnamese forms of address.
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|don|do\u00f1a|\u00f4ng|b\u00e0|anh|ch\u1ecb|c\u00f4|ch\u00fa)"
                    r"\.?\s+$", re.I)
_FAMILY = re.compile(r"\s+(?:family|household|home|residence)\b", re.I)


# A name beside another capitalised name is part of someone's full name ("Colette Pellerin", "Lê Văn Phúc").
_NAME_BEFORE = re.compile(r"[^\W\d_]*[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][^\W\d_]*\.?\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]")


def _uses(word: str, text: str) -> int:
    """How often the note calls someone `word` by itself (not after a title, not as a family's name, not within
    someone's full name)."""
    return sum(1 for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(word), text)
               if not _TITLE.search(text[max(0, m.start() - 8):m.start()]) and not _FAMILY.match(text, m.end())
               and not _NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not _NAME_AFTER.match(text, m.end()))


def called_by(text: str) -> str:
    """A note -> the one of the client's names (first or last in the client's field) the note uses, or '' when the
    field is missing or holds one name."""
    value = next((m.group(1) for ln in text.split("\n") for part in _GAP.split(ln) if (m := _LABEL.match(part))), "")
    words = [w for w in _NAME_WORD.findall(re.sub(r"\([^()]*\)", " ", value)) if w[0].isupper() and len(w) > 1]
    if len(words) < 2:
        return ""
    first, last = words[0], words[-1]
    rest = text.replace(value, " ", 1)
    return last if _uses(last, rest) > _uses(first, rest) else first
