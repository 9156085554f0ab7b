"""Rows of a listing of several visits inside one note: a row dated another day bills that day's visit.

A reminder e-mail, a claim history or a service log pasted above a note lists several dates of service, each with its
code ("W.E. | 01/06/2026 | 90791 Intake", "W.E. | 01/13/2026 | 90834 Psychotherapy"). The note itself bills the visit
of its own date of service ("DOS: 01/06/2026 ... 90791"), so when code lines carry two or more different dates, a
code on a line dated another day than the note's date of service is not this note's.
"""

from __future__ import annotations

import re

from assistant.audit.catalog import DATE, cue

_DATE = re.compile(DATE, re.I)
_CODE = re.compile(r"(?<![\w$/.-])9\d{4}(?![\w/])")


def _day(text: str) -> tuple[int, int] | None:
    """A written date -> (month, day) when it is numeric and month-first or year-first, else None."""
    parts = [int(p) for p in re.findall(r"\d+", text)]
    if len(parts) == 3 and parts[0] > 31:
        return parts[1], parts[2]  # 2026-01-13
    if len(parts) >= 2 and parts[0] <= 12:
        return parts[0], parts[1]  # 01/13/2026, 1/13
    return None


def _days(line: str) -> set[tuple[int, int]]:
    return {d for m in _DATE.finditer(line) if (d := _day(m.group(0)))}


def other_visit_lines(note: str) -> set[str]:
    """The lines of a note (stripped) whose codes belong to another visit in a listing (see the module's docstring)."""
    lines = [ln.strip() for ln in note.splitlines()]
    service = next((d for ln in lines if cue("date_of_service_label").search(ln) and (d := _days(ln))), None)
    coded = [(ln, _days(ln)) for ln in lines if _CODE.search(ln)]
    dated = [(ln, days) for ln, days in coded if days]
    if not service or len({d for _, days in dated for d in days}) < 2:
        return set()
    other = {ln for ln, days in dated if not days & service}
    return other if len(other) < len(coded) else set()
