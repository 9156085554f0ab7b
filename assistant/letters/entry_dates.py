"""Several notes pasted as one: each entry opens with the same title and its own date ("STIPS PROGRESS NOTE -
06/20/2025 - 90837", "=== Session 2025-09-05 ==="). What follows a title until the next one happened on that title's
date, so the entry's blocks take it (a score "today" in the third entry is dated by the third title, not the first)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any, Sequence

from assistant.letters.patterns.base import DATE

Block = Any  # assistant.letters.reading.Block (reading.py applies this module: no import back)


def _title_key(text: str) -> str:
    """A title with its date and numbers taken out: the same for every entry of one kind."""
    return re.sub(r"\d+", "#", DATE.sub("@", text.strip()).lower())


def _entry_title(block: Block) -> str | None:
    """The date of a short line that can open an entry: a heading or prose line of a dozen words at most, with a date."""
    if block.kind not in ("heading", "prose") or block.table is not None or len(block.text.split()) > 12:
        return None
    found = DATE.search(block.text)
    return found.group(0) if found else None


def dated_entries(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Blocks of a note holding two or more entries under the same dated title, each dated by its entry's title."""
    keys = Counter(_title_key(b.text) for b in blocks if _entry_title(b))
    titles = {k for k, n in keys.items() if n >= 2 and "@" in k}
    if not titles:
        return tuple(blocks)
    out, date = [], None
    for b in blocks:
        if _entry_title(b) and _title_key(b.text) in titles:
            date = _entry_title(b)
        elif date and b.date is None:
            b = replace(b, date=date)
        out.append(b)
    return tuple(out)
