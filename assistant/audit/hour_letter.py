"""Clock times written with the letter h between hour and minutes, as French, Italian, Portuguese and Quebec forms do
("Début : 14h00   Fin : 14h56", "de 9h30 à 10h20", "14 h 05"): read as "14:00", the form every time rule knows.

Only an hour of 0-23 followed by two-digit minutes counts, so a count of hours ("dort 5 h", "sleeps 4-5 h", "3 h/day")
and a length in hours and minutes ("1h 05m", "1 h 30 min") stay as written.
"""

from __future__ import annotations

import re

# "14h00", "9h30", "14 h 56"; not "1h 05m" (a length: minutes marked by "m"), not "5 h 5 nuits" (one-digit minutes).
# The letter in lower case, with a space on both sides or on neither ("4H12" is a room, "2h 15" is ambiguous).
_HOUR_LETTER = re.compile(r"(?<![\w:.,/])([01]?\d|2[0-3])(?:h| h )([0-5]\d)(?![\d:])(?!\s?(?:m\b|min|mn\b))")


def hour_letter_clocks(text: str) -> str:
    """A note -> the same note with "14h00" clock times written "14:00"; a note without any comes back unchanged."""
    return _HOUR_LETTER.sub(r"\1:\2", text)
