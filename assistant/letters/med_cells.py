"""A table's medication column read as statements about medication: a flowsheet's "Li dose" or "MEDS GIVEN" column,
a MAR's "Medication" column. A table of earlier trials ("Medication trial | Dose | Stopped") is history, not status."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.patterns import Segment
from assistant.letters.reading import Block

_MED_COLUMN = re.compile(r"\b(?:doses?|meds?|medications?|rx|given|mar)\b", re.I)
_PAST_COLUMN = re.compile(r"\b(?:trials?|tried|prior|past|previous|former|stopped|discontinued|response|outcome)\b", re.I)


def med_cells(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """The cells of each table's medication column, each as a sentence about medication ("Li carb ER 900 qhs")."""
    return tuple(Segment(b.note_index, cell, "meds", b.date, "table") for b in blocks if b.table is not None
                 and not any(_PAST_COLUMN.search(h) for h in b.table.header)
                 for row in b.table.rows for header, cell in row.cells
                 if _MED_COLUMN.search(header) and re.search(r"[A-Za-z]{3}", cell))
