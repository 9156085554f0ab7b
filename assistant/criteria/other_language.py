"""A message mostly in another language (a chat in Bulgarian, an e-mail in Catalan, a Zulip thread in Malay) whose
questions, or their key terms, are in the sources' own English words: what is searched is those questions, since the
rest of the message is in words no source uses."""

from __future__ import annotations

import re

from assistant.criteria.words import terms

_OTHER_SCRIPT = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]{2,}")


def searchable(part: str, df: dict[str, int]) -> bool:
    """Whether a question is in the knowledge base's words: two of them, or half its words (a short "ok to send?"),
    rather than names and words of another language."""
    words = {t for t in terms(part) if not t.isdigit()}
    known = sum(1 for t in words if df.get(t, 0) > 0)
    return known >= 2 or (known > 0 and 2 * known >= len(words))


def known_share(text: str, df: dict[str, int]) -> float:
    """The share of a text's words that some knowledge passage uses (English prose scores about half or more; a
    message in another language with English terms in it, a third or less)."""
    words = [t for t in terms(text) if not t.isdigit()]
    # a word in another script ("клиентката", "確認") is no word of the sources; terms() reads Latin letters only
    foreign = len(_OTHER_SCRIPT.findall(text))
    return sum(1 for t in words if df.get(t, 0) > 0) / (len(words) + foreign) if words or foreign else 1.0


def mostly_other_language(text: str, parts: tuple[str, ...], df: dict[str, int]) -> bool:
    """Whether a message is mostly in words no source uses while the questions found in it are in the sources' words:
    then those questions, not the message, say what to search."""
    share = known_share(text, df)
    return bool(parts) and share < 0.35 and known_share(" ".join(parts), df) > share
