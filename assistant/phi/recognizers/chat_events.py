"""Handles in a chat export's event lines: a line that opens with its time, then a user's handle and what the user did
("[23:44:52] gramps_leo cheered 100: proud of u", "9:02 PM - kestrel99 joined the server", "[20:15] auntie_bea banned
xX_kaden_Xx", "[21:00] nightowl_kay was timed out by mod_wren"). A speaker's line ("name: message") is read in
name_forms.py; an event line has no colon after the handle, so the event's words tell it (data/chat_events.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "chat_events.txt"
_STAMP = (r"^[ \t]*(?:(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}),?[ \t]+)?[\[(]?\d{1,2}:\d{2}(?::\d{2})?"
          r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*[-\u2013\u2014]?[ \t]*")
_HANDLE = r"([A-Za-z0-9_][\w.-]{0,30}[A-Za-z0-9_])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lines = [ln.split("#", 1)[0].strip() for ln in _DATA.read_text(encoding="utf-8").splitlines()]

    def alts(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
    event = re.compile(rf"{_STAMP}{_HANDLE}[ \t]+({alts([ln.rstrip(' *') for ln in lines if ln])})\b", re.M)
    acted_on = re.compile(rf"(?:{alts([ln.rstrip(' *') for ln in lines if ln.endswith('*')])})[ \t]+{_HANDLE}(?![\w@-])")
    by = re.compile(rf"[ \t]+by[ \t]+{_HANDLE}(?![\w@-])")  # "was timed out by mod_wren"
    return event, acted_on, by


def _handle(token: str, vocab: Vocabulary) -> bool:
    """A user's handle: a token with an underscore, a digit or an inner capital ("gramps_leo", "kestrel99", "NightOwl"),
    or one plain word that is a given name or no English word ("tobyfromspanish"); never "Client", "Host" or "System"."""
    word = token.lower()
    if word in vocab.stop_words or word in vocab.clinical:
        return False
    if re.search(r"[_\d]|[a-z][A-Z]", token):
        return not re.fullmatch(r"[\d_.:-]+", token)
    return vocab.is_first_name(word) or not vocab.is_word(word)


def find_chat_events(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of the handles on a chat export's event lines (the one who acted and the one acted on)."""
    event, acted_on, by = _patterns()
    spans = []
    for m in event.finditer(text):
        if not _handle(m.group(1), vocab):
            continue
        spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "chat_event"))
        other = acted_on.match(text, m.start(2)) or by.match(text, m.end(2))
        if other and _handle(other.group(1), vocab):
            spans.append(PhiSpan(other.start(1), other.end(1), "NAME", 0.8, "chat_event"))
    return spans
