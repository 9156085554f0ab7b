"""Comma-separated export lines (CSV) inside a note: whether a line is one, and its cells."""
from __future__ import annotations

import csv
import re


def csv_cells(line: str) -> list[str]:
    try:
        return [c.strip() for c in next(csv.reader([line.strip()]))]
    except (csv.Error, StopIteration):
        return []


def is_csv(body: str) -> bool:
    """A comma-separated export line: three or more cells, the commas outside quoted cells written with no space
    after them ("a, b and c." is prose), no sentence ending inside."""
    bare = re.sub(r'"[^"]*"', '""', body)
    tight, spaced = len(re.findall(r",(?=\S)", bare)), len(re.findall(r",\s", bare))
    if tight < 2 or spaced > tight or re.search(r"[.!?]\s+[A-Z]", bare) or body.startswith("#"):
        return False
    cells = csv_cells(body)
    return len(cells) >= 3 and sum(1 for c in cells if len(c.split()) > 30) == 0
