"""A letter quoted in an e-mail reply, a mailing-list digest or a forum post: the "> " markers at the start of its lines
are the mail program's, not the letter's. Left in, they sit inside the letter's sentences ("It is not a > determination
that ...") and hide its dates and reasons, so they are turned to spaces (same length: every offset still points at the
same words) before the letter is read."""

from __future__ import annotations

import re

# one or more levels of quoting at a line's start: ">", "> >", ">>"
_MARKERS = re.compile(r"(?m)^([ \t]*)((?:>[ \t]?)+)")


def unquoted(text: str) -> str:
    """Text whose quoted lines lose their "> " markers (three or more quoted lines: a stray ">" is left alone)."""
    if len(_MARKERS.findall(text)) < 3:
        return text
    return _MARKERS.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
