"""Values in columns aligned with spaces, typed by the header above them: a dataframe printed in a notebook, a
fixed-width report ("pid  mrn  site  age  zip"). A row with one cell per column (after an unlabelled index) is read
in order; any other row's cells go to the header each sits under (the most overlap)."""

from __future__ import annotations

import re

from assistant.records import PhiSpan
from assistant.phi.recognizers.tables import kind_of_key

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words joined by single spaces; two or more spaces end it
_ALIGNED = re.compile(r"\S {2,}\S")
# What a value must look like to be typed by its column (anything else in the column is left to the other rules).
_VALUE = {
    "AGE_OVER_89": re.compile(r"(?:9\d|1[01]\d)"),
    "ADDRESS": re.compile(r"\d{5}(?:-\d{4})?"),  # ZIP; towns and streets are the place rules' job
    "MRN": re.compile(r"[A-Z]{0,3}-?\d{4,}[A-Z]?"),
    "DATE": re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"),
    "SSN": re.compile(r"(?:\d{3}-?\d{2}-?)?\d{4}"),
    "PHONE": re.compile(r"\(?\d{3}\)?[-. ]?\d{3}-\d{4}"),
}


# A printed form's blank is a run of underscores written on ("Phone _804.555.0188_", "Employer ___Acme Roofing___"):
# an underscore is a blank when it stands in a run of two or more or touches no letter or digit on one side. One
# joining two words ("kmoss_77", "DOS_2024-11-14_client") is part of a token and stays.
_BLANK = re.compile(r"_{2,}|(?<![^\W_])_|_(?![^\W_])")


def blanks_as_spaces(text: str) -> str:
    """Text -> the same text (same length, same offsets) with a form's blanks written as spaces, so rules that need a
    word boundary read the value written on the blank."""
    return _BLANK.sub(lambda m: " " * len(m.group()), text) if "_" in text else text


def _cells(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(line)]


def _under(cell: tuple[int, int], header: list[tuple[int, int, str | None]]) -> str | None:
    """The type of the header cell the value overlaps most, or None."""
    best, kind = 0, None
    for start, end, k in header:
        overlap = min(cell[1], end) - max(cell[0], start)
        if overlap > best:
            best, kind = overlap, k
    return kind


def find_aligned_values(text: str) -> list[PhiSpan]:
    """Text -> spans of values under identifying headers of space-aligned columns (three columns or more)."""
    spans: list[PhiSpan] = []
    header: list[tuple[int, int, str | None]] | None = None
    pos = 0
    for line in text.split("\n"):
        off, pos = pos, pos + len(line) + 1
        if "|" in line or "\t" in line or not _ALIGNED.search(line):
            header = None
            continue
        cells = _cells(line)
        if header is None or len(cells) < 3:
            words = [line[s:e] for s, e in cells]
            # a header names its columns in a word or two, without digits other than a suffix ("phq9_bl")
            if len(cells) >= 3 and all(re.fullmatch(r"[A-Za-z][\w#/.-]*(?: [A-Za-z][\w#/.-]*)?", w) for w in words):
                kinds = [kind_of_key(w) if not re.fullmatch(r"(?i)age", w) else "AGE_OVER_89" for w in words]
                header = [(s, e, k) for (s, e), k in zip(cells, kinds)] if any(kinds) else None
            continue
        # a row with one cell per column (an index column first at most) is read in order, even when a long cell
        # pushed the rest out of line; otherwise each cell goes to the header it sits under
        extra = len(cells) - len(header)
        kinds = [k for _, _, k in header] if extra in (0, 1) else None
        for i, (s, e) in enumerate(cells):
            kind = (kinds[i - extra] if i >= extra else None) if kinds else _under((s, e), header)
            rx = _VALUE.get(kind or "")
            if rx is not None and rx.fullmatch(line[s:e]):
                spans.append(PhiSpan(off + s, off + e, kind, 0.8, "aligned"))
    return spans
