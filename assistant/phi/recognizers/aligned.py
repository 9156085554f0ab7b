"""Values in columns aligned with spaces, typed by the header above them: a dataframe printed in a notebook, a
fixed-width report ("pid  mrn  site  age  zip"). A row with one cell per column (after an unlabelled index) is read
in order; any other row's cells go to the header each sits under (the most overlap)."""

from __future__ import annotations

import re

from assistant.records import PhiSpan
from assistant.phi.recognizers.tables import _PEOPLE, kind_of_key

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
    "OTHER_ID": re.compile(r"[A-Z]{0,3}-?\d{3,8}"),  # a shift schedule's or a roster's employee number ("1047")
    # a plate: letters and at least two digits, or a vanity plate of capitals ending in a digit ("MBELL3")
    "VEHICLE": re.compile(r"(?=(?:\D*\d){2})[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}|[A-Z]{2,6}\d{1,2}"),
    # a roster's person: a given name, perhaps with a surname or its initial ("Hank", "Marisol V.", "Cody Birch")
    "NAME": re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?(?: [A-Z]\.?)?"),
}
# A column of people's names or of employee numbers, beside the fields kind_of_key reads ("EMP#", "NAME", "DRIVER")
_EMPLOYEE_NUMBER = re.compile(r"(?i)(?:emp|employee|staff|badge)[ .]*(?:#|id|no\.?|num|number)?")


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


def _column_kind(word: str) -> str | None:
    if re.fullmatch(r"(?i)age", word):
        return "AGE_OVER_89"
    if _EMPLOYEE_NUMBER.fullmatch(word):
        return "OTHER_ID"
    return kind_of_key(word) or ("NAME" if _PEOPLE.match(word.replace("_", " ")) else None)


def find_aligned_values(text: str, people: bool = False) -> list[PhiSpan]:
    """Text -> spans of values under identifying headers of space-aligned columns (three columns or more); with
    people, also the cells of a roster's people's column ("NAME", "DRIVER") shaped as a name, as "aligned_person"
    (roster_cells.person_cell tells which of them are people)."""
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
                kinds = [_column_kind(w) for w in words]
                header = [(s, e, k) for (s, e), k in zip(cells, kinds)] if any(kinds) else None
            continue
        # a row with one cell per column (an index column first at most) is read in order, even when a long cell
        # pushed the rest out of line; otherwise each cell goes to the header it sits under
        extra = len(cells) - len(header)
        kinds = [k for _, _, k in header] if extra in (0, 1) else None
        for i, (s, e) in enumerate(cells):
            kind = (kinds[i - extra] if i >= extra else None) if kinds else _under((s, e), header)
            rx = _VALUE.get(kind or "")
            if rx is not None and rx.fullmatch(line[s:e]) and (kind != "NAME" or people):
                spans.append(PhiSpan(off + s, off + e, kind, 0.8, "aligned_person" if kind == "NAME" else "aligned"))
    return spans
