"""Clock times written the ways other than "14:00" that European forms use, read as "14:00", the form every time rule
knows: the letter h between hour and minutes, as French, Italian, Portuguese and Quebec forms write it ("Début : 14h00
Fin : 14h56", "de 9h30 à 10h20", "14 h 05"), and a dot, as Danish, Finnish, Norwegian, German and British notes do
("kl. 13.05-14.25", "klo 17.02-17.58", "13.05 Uhr", "10.00-10.50am").

Only an hour of 0-23 followed by two-digit minutes counts, so a count of hours ("dort 5 h", "sleeps 4-5 h", "3 h/day")
and a length in hours and minutes ("1h 05m", "1 h 30 min") stay as written. A dotted number is a decimal or a date as
often as a clock time, so it is read as one only beside a clock word (cues.yaml, dotted_clock_before/_after), never
inside a date ("19.11.2026", "23.11.") or beside a unit ("7.35 mmol", "$12.50").
"""

from __future__ import annotations

import re

from assistant.audit.catalog import cue

# "14h00", "9h30", "14 h 56"; not "1h 05m" (a length: minutes marked by "m"), not "5 h 5 nuits" (one-digit minutes).
# The letter in lower case, with a space on both sides or on neither ("4H12" is a room, "2h 15" is ambiguous).
_HOUR_LETTER = re.compile(r"(?<![\w:.,/])([01]?\d|2[0-3])(?:h| h )([0-5]\d)(?![\d:])(?!\s?(?:m\b|min|mn\b))")

# "13.05": an hour of 0-23, a dot, two-digit minutes; no digit, dot, comma, colon, slash or currency sign on either
# side (a date, a version, a price); a unit after it (_UNIT) makes it a measurement.
_DOT = r"(?<![\w.,:/$\u20ac\u00a3])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[,:/]\d|\.\d|\.[\u2013\u2014-])"
_UNIT = re.compile(r"\s*(?:%|mmol|mg|mcg|kg|lbs?\b|g\b|ml\b|l\b|cm\b|mm\b|meq|ng|units?\b|points?\b|hours?\b|"
                   r"dollars?|kr\b|eur)", re.I)
_DOTTED_RANGE = re.compile(_DOT + r"(\s*(?:-|\u2013|\u2014|to|until|till|bis|til)\s*)" + _DOT, re.I)
_DOTTED_ONE = re.compile(_DOT)
# German "Uhr" (o'clock) after a time says nothing more: "14:00 Uhr bis 14:56 Uhr" reads as "14:00 bis 14:56".
_UHR = re.compile(r"(\d:[0-5]\d)\s*Uhr\b")


def hour_letter_clocks(text: str) -> str:
    """A note -> the same note with "14h00" and "kl. 13.05" clock times written "14:00"; a note without any comes back
    unchanged."""
    return _UHR.sub(r"\1", dotted_clocks(_HOUR_LETTER.sub(r"\1:\2", text)))


def _told_as_clock(line: str, start: int, end: int, near: int) -> bool:
    """The dotted time (or range) at line[start:end] has a clock word within `near` characters before it (on its own
    line, back to a full stop or a semicolon), or a clock marker right after it."""
    before = re.split(r"[;|]|(?<!\bkl)(?<!\bca)\.\s", line[max(0, start - near):start])[-1]  # "kl." is no full stop
    return bool(cue("dotted_clock_before").search(before) or cue("dotted_clock_after").search(line[end:end + 12]))


def _line_clocks(line: str) -> str:
    """One line with its dotted clock times (ranges first, then single times) written with a colon."""
    if "." not in line:
        return line
    spans: list[tuple[int, int, str]] = []  # (start, end, the clock reading, or '' for a range that is none)
    for m in _DOTTED_RANGE.finditer(line):
        told = not _UNIT.match(line, m.end()) and _told_as_clock(line, m.start(), m.end(), 40)
        spans.append((m.start(), m.end(), "%s:%s%s%s:%s" % m.groups() if told else ""))  # "2.30-3.00 hours": none
    for m in _DOTTED_ONE.finditer(line):
        # a single time needs its clock word right before it: "kl. 10.00", "Start: 9.05", "um 13.05 Uhr"
        inside = any(a <= m.start() < b for a, b, _ in spans)
        if not inside and not _UNIT.match(line, m.end()) and _told_as_clock(line, m.start(), m.end(), 12):
            spans.append((m.start(), m.end(), "%s:%s" % m.groups()))
    out, last = [], 0
    for a, b, clock in sorted(s for s in spans if s[2]):
        out.append(line[last:a] + clock)
        last = b
    return "".join(out) + line[last:]


def dotted_clocks(text: str) -> str:
    """A note -> the same note with clock times written with a dot ("kl. 13.05-14.25") written with a colon."""
    return "\n".join(_line_clocks(line) for line in text.split("\n"))
