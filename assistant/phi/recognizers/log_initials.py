"""Staff initials in the second column of a log: a row opens with its date (and time) and the initials of who wrote
it follow ("08/27/24 gk  Bill received", "09/05/24 rmt Approved", "3/4 14:10 JQ  called back").

Read only where two rows or more of the text open that way, and only a token that is no English word, no clinical word
and no log shorthand (data/log_shorthand.txt: "lvm", "ns", "pt", "cxl"): "3/4 pt called" keeps its "pt".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.acronyms import clinical_acronyms
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

SHORTHAND_FILE = Path(__file__).resolve().parent.parent / "data" / "log_shorthand.txt"
_DATE = r"(?:\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-(?:\d{2}|\d{4}))"
_TIME = r"(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?)?"
# initials in capitals are two letters: three in a statement's column are a code ("PMT", "LCF") or a time zone ("UTC")
_ROW = re.compile(rf"^[ \t]*{_DATE}{_TIME}[ \t]+([a-z]{{2,4}}|[A-Z]{{2}})(?=[ \t]+\S)", re.M)


@lru_cache(maxsize=1)
def log_shorthand() -> frozenset[str]:
    """The data file -> its shorthand, lowercase."""
    words = set()
    for line in SHORTHAND_FILE.read_text(encoding="utf-8").splitlines():
        words.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(words)


def _initials(token: str, vocab: Vocabulary) -> bool:
    """A token of the initials' column that is nobody's shorthand; in capitals a dictionary's rare word ("WB") too."""
    low = token.lower()
    return not (low in log_shorthand() or low in vocab.stop_words or low in vocab.clinical or token in clinical_acronyms()
                or vocab.frequency(low) >= 4.0 or token.islower() and vocab.is_word(low))


def find_log_initials(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of the initials written after the dates of a log's rows."""
    rows = list(_ROW.finditer(text))
    if len(rows) < 2:
        return []
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "signoff") for m in rows if _initials(m.group(1), vocab)]
