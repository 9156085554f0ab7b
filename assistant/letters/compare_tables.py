"""Progress told as a table that sets where the client started beside where they are now:

    | area          | 09/08 (start)              | 12/01 (now)                 |
    | school lunch  | nurse's office 4 of 5 days | cafeteria 3 of 5 days       |

A table with a column for the start (start, intake, admission, baseline, before, then) and one for now (now, current,
today, latest, after) documents change in each row whose two cells differ. The row is the evidence, verbatim.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.facts import Finding
from assistant.letters.reading import Block

_START = re.compile(r"\b(?:start(?:ed|ing)?|intake|admission|admit|baseline|before|then|pre(?:-treatment)?|initial|first)\b", re.I)
_NOW = re.compile(r"\b(?:now|current(?:ly)?|today|latest|most recent|after|post(?:-treatment)?|this (?:week|month|review))\b", re.I)


def _columns(header: Sequence[str]) -> tuple[str, str] | None:
    start = next((h for h in header if _START.search(h) and not _NOW.search(h)), None)
    now = next((h for h in header if _NOW.search(h) and not _START.search(h)), None)
    return (start, now) if start and now and header.index(start) < header.index(now) else None


def compared_rows(blocks: Sequence[Block]) -> tuple[Finding, ...]:
    """Rows of start-vs-now tables whose two cells differ, as progress findings."""
    out = []
    for b in blocks:
        cols = _columns(b.table.header) if b.table is not None else None
        if cols is None:
            continue
        for row in b.table.rows:
            before, after = row.get(cols[0]).strip(), row.get(cols[1]).strip()
            if before and after and before.lower() != after.lower() and re.search(r"[A-Za-z0-9]", before + after):
                label = row.cells[0][1].strip() if row.cells else ""
                out.append(Finding(f"{label}: {before} -> {after}".strip(": "), row.text.strip(), b.note_index))
    return tuple(out)
