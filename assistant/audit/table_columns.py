"""What a table's column says of its cells.

A session record's activity grid gives each activity its purpose ("| Activity | Purpose |" over "| Warm-up: mirroring |
engagement / body awareness |"): a cell under a Purpose, Aim or Rationale column is what the activity was for, not how
the client responded, so the progress rule does not read it as a response.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.audit.catalog import cue
from assistant.audit.time_forms import table_cells


@lru_cache(maxsize=256)
def _intent_cells(lines: tuple[str, ...]) -> frozenset[str]:
    return frozenset(cell.strip() for row, _ in table_cells(list(lines)) for header, cell in row.items()
                     if cell.strip() and cue("intent_column").fullmatch(header.strip()))


def intent_cell(lines: list[str], text: str) -> bool:
    """True when `text` is a cell under a column that states an activity's purpose (Purpose, Aim, Rationale, Target)."""
    return text.strip() in _intent_cells(tuple(lines))
