"""Rows of a table whose columns are aligned with spaces: each cell assigned to the header column it lies under."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import PLACEHOLDER


def aligned_spans(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell: runs of words with single spaces between them."""
    return [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _overlaps(spans, header) -> int:
    """How many characters of the cells lie under a header's text."""
    return sum(max(0, min(b, y) - max(a, x)) for a, b, _ in spans for x, y, _ in header)


def _realigned(line: str, header: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The row's cells, those after a placeholder moved back to where the replaced text ended: a redacted date or
    name is rarely as long as what it replaced, and every column after it shifts by the difference."""
    spans = aligned_spans(line)
    mark = re.search(PLACEHOLDER, line)
    if mark is None:
        return spans
    after = [sp for sp in spans if sp[0] >= mark.end()]
    best = max(range(-8, 9), key=lambda d: (_overlaps([(a + d, b + d, t) for a, b, t in after], header), -abs(d)))
    return [(a + best, b + best, t) if a >= mark.end() else (a, b, t) for a, b, t in spans]


def word_start_near(line: str, at: int, start: int = 0) -> int | None:
    """Where a word starts within a few columns of `at` (a column's start) after one space, past `start`; None when no
    word starts there. Numbers are often set a column or two left or right of their header."""
    near = [k for k in range(at - 3, at + 2) if start < k < len(line) and line[k - 1] == " " and line[k] != " "]
    return min(near, key=lambda k: abs(k - at)) if near else None


def column_cut(line: str, start: int, end: int, after: int = 0) -> int | None:
    """Where a column's cell starts inside a run of words: a word starting near the column's start, or (a number set
    flush right, as a data frame prints it) a word ending near the column's end; past `after`."""
    near = word_start_near(line, start, after)
    if near is not None:
        return near
    # (a redacted date or name set flush right ends a little before or after where the column ends)
    ends = [m.start() for m in re.finditer(r"(?<= )\S+", line) if after < m.start() and abs(m.end() - end) <= 3]
    return ends[0] if ends else None


def _split_at_columns(spans, header):
    """A cell that runs over the start of a later column with one space before it ("NSSI, prior 30d 4" under "Measure"
    and "10/16"): two cells, split where the column starts."""
    out = []
    for start, end, text in spans:
        if re.search(r"\.{2,}|\w: ", text):  # a field with its own label or leader ("Caregiver: ZBI-12 .... 22") is one cell
            out.append((start, end, text))
            continue
        padded = " " * start + text
        cuts = [k for a, b, _ in header[1:] if (k := column_cut(padded, a, b, start)) is not None and k < end]
        for cut in sorted(set(cuts), reverse=True):
            out.append((cut, end, padded[cut:end].strip()))
            end = cut - 1
        out.append((start, end, padded[start:end].strip()))
    return sorted(out)


def aligned_cells(line: str, header: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Cells of a space-aligned row assigned to the header column they overlap (or lie nearest to)."""
    out: dict[int, str] = {}
    for start, end, text in _split_at_columns(_realigned(line, header), header):
        overlaps = [i for i, (a, b, _) in enumerate(header) if start < b + 2 and end > a - 2]
        col = overlaps[0] if overlaps else min(range(len(header)), key=lambda i: abs((header[i][0] + header[i][1]) / 2 - (start + end) / 2))
        out[col] = (out.get(col, "") + " " + text).strip()
    return [(header[i][2], out.get(i, "")) for i in range(len(header))]
