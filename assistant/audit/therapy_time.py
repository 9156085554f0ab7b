"""The psychotherapy's own time, written in fields of its own beside the visit's.

A prescriber's E/M visit with a psychotherapy add-on (99214 + 90833) records two times: the visit's start and end, and
the psychotherapy's ("PT start 14:20 | PT end 14:42 | PT min 22", "Psychotherapy start: 2:31 PM", "Therapy minutes:
22"). The add-on's time rule counts the psychotherapy only, so these fields, when a note has them, are the minutes
the timed codes are checked against.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from assistant.audit.catalog import cue

# Fields of a line part on a column gap (three spaces, a tab, " | "); a field is a label, ":" or "=", a value.
_GAP = re.compile(r"\s{3,}|\t|\s\|\s")
_FIELD = re.compile(r"^([A-Za-z][\w ./()-]{1,40}?)\s*[:=]\s*(.+)$")
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)\s*([ap]\.?\s?m\b\.?)?|^([01]\d|2[0-3])([0-5]\d)$", re.I)
_MINUTES = re.compile(r"^(\d{1,3})\s*(?:min(?:utes?|s)?\.?)?$", re.I)
# "PT" is the psychotherapy only on a prescriber's sheet that names psychotherapy and no physical therapy.
_PHYSICAL_THERAPY = re.compile(r"physical therap|(?-i:\b(?:OT|SLP)\b)", re.I)


def _fields(lines: Sequence[str]) -> list[tuple[str, str, str]]:
    """(label, value, line) for every labelled field of the note's lines."""
    return [(m.group(1).strip(), m.group(2).strip(), ln.strip()) for ln in lines for part in _GAP.split(ln)
            if (m := _FIELD.match(part.strip()))]


def _clock(value: str) -> tuple | None:
    m = _CLOCK.match(value)
    if not m:
        return None
    return (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), None)


def _own(label: str, which: str, abbreviated: bool) -> bool:
    m = cue("therapy_time_label").fullmatch(label)
    return bool(m and m.group(which) and (abbreviated or not m.group("pt")))


def therapy_time(lines: Sequence[str], span_of: Callable[[tuple, tuple], int | None]) -> tuple[int, bool, str] | None:
    """The note's lines -> (minutes, clock times given, evidence) of the psychotherapy's own time fields, or None."""
    text = "\n".join(lines)
    abbreviated = bool(cue("psychotherapy_time").search(text)) and not _PHYSICAL_THERAPY.search(text)
    fields = _fields(lines)
    start = next(((c, ln) for lab, val, ln in fields if _own(lab, "start", abbreviated) and (c := _clock(val))), None)
    end = next(((c, ln) for lab, val, ln in fields if _own(lab, "end", abbreviated) and (c := _clock(val))), None)
    if start and end and (span := span_of(start[0], end[0])):
        return span, True, start[1]
    total = next(((int(m.group(1)), ln) for lab, val, ln in fields
                  if _own(lab, "minutes", abbreviated) and (m := _MINUTES.match(val))), None)
    if total and 0 < total[0] <= 600:
        return total[0], False, total[1]
    return None
