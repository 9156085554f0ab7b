"""Two-language notes gloss a word with its English after a slash: "PHQ-9 tänään / today 16 (alkuarviossa / at intake
14.09.2026: 19)", "GAD-7 hoy / today 9 (la semana pasada / last week 12)". Between an instrument and its score only the
English half is read, so the other language's words do not break the score from its name.

A pair counts only when its English half is one of the few words that may stand between a name and its score (when
the score was taken), so "PHQ-9 / GAD-7" or "Ja / Yes" are left as written."""
from __future__ import annotations

import re

from assistant.letters.number_words import with_digits

# When a score was taken, as a note glosses it in English: "today", "at intake", "last week", "at discharge".
_WHEN = (r"(?:today|now|currently|current|at (?:intake|admission|baseline|discharge|the start|start|the first session|the last session)|"
         r"intake|admission|baseline|initial|discharge|last (?:week|session|visit|time|month)|previous(?:ly)?|before|earlier|"
         r"this (?:week|session|visit)|(?:total )?score)")
# One to three words of another script or language (letters only, no digits), a slash with spaces, the English half.
_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019.-](?=[^\W\d_]))*"
_PAIR = re.compile(r"(?<![\w/.-])(?:%s\s+){0,2}%s\s+/\s+(?=%s(?![\w-]))" % (_WORD, _WORD, _WHEN), re.I)


def english_glosses(text: str) -> str:
    """The text with the other-language half of each "word / when-word" pair dropped."""
    if " / " not in text:
        return text
    return _PAIR.sub(lambda m: "" if not re.fullmatch(r"(?:%s)\s+/\s+" % _WHEN, m.group(0), re.I) else m.group(0), text)


def plain_words(text: str) -> str:
    """The text as the score readers read it: glosses dropped, numbers written as words in digits."""
    return with_digits(english_glosses(text))
