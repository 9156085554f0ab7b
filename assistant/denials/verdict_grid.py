"""A reviewer's criteria grid with a verdict column ("Met?", "Criterion met", "Y/N"), released with a case file.

Each row names a criterion in the guideline's own words ("Less intensive level of care can safely meet needs", "Care is
not primarily custodial") and the verdict cell says how the reviewer found it. Only a row found against the request
(N, No, Not met, Partially) is a ground of the decision; a row found met, or marked not applicable / not assessed,
decides nothing, however its criterion is worded. Rows are delimited by pipes or tabs; a row wrapped over several lines
carries on in lines whose first cell is empty.
"""

from __future__ import annotations

import re

from assistant.denials.segments import Segment

# the verdict column's heading: "Met?", "Met (Y/N)", "Criterion met", "Meets?", "Y/N", "Satisfied?"
_VERDICT_HEAD = re.compile(r"^\W*(?:(?:criteri(?:on|a) )?met|meets?|satisfied|y/n|yes/no)\W*(?:\(?(?:y/n|yes/no)\)?)?\W*$", re.I)
# a verdict that finds nothing against the request: met, or not applicable / not assessed
_NO_FINDING = re.compile(r"^\W*(?:y|yes|met|n/?a|not applicable|not assessed|not reviewed|n/r|--?|\u2014)\W*$", re.I)
_CELLS = re.compile(r"\s*(?:\||\t)\s*")


def _cells(line: str) -> list[str]:
    return _CELLS.split(line.strip())


def _verdict_column(segs: list[Segment]) -> tuple[int, int] | None:
    """(index of the heading segment, verdict cell index) of the first grid heading, else None."""
    for i, seg in enumerate(segs):
        if "|" not in seg.text and "\t" not in seg.text:
            continue
        for k, cell in enumerate(_cells(seg.text)):
            if _VERDICT_HEAD.match(cell) and k > 0:
                return i, k
    return None


def verdict_rows(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with the rows of a criteria grid found met or not applicable set to 'background'."""
    head = _verdict_column(segs)
    if head is None:
        return roles
    start, col = head
    out, row_chunks, in_row = list(roles), set(), False
    for i in range(start + 1, len(segs)):
        seg = segs[i]
        delimited = "|" in seg.text or "\t" in seg.text
        if not delimited and seg.chunk not in row_chunks:
            if re.search(r"[A-Za-z]{3}", seg.flat) and not re.fullmatch(r"[\W_]*", seg.text):
                break  # the grid has ended: prose after it (the rationale) is read as it stands
            continue
        cells = _cells(seg.text) if delimited else []
        if cells and cells[0]:  # a new row: its verdict decides it and the lines that wrap it
            in_row = len(cells) > col and bool(_NO_FINDING.match(cells[col]))
            row_chunks = {seg.chunk}
        elif delimited:
            row_chunks.add(seg.chunk)
        if in_row and seg.chunk in row_chunks:
            out[i] = "background"
    return out
