"""Dates written as a year mark rather than a day: a season, a harvest or a moon with a year cut to two digits
("summer '74", "the winter of '03", "Manoominike-giizis '88", an Ojibwe month, every one named "...-giizis"), and a
print or run stamp in the ordinal (Julian) form yyddd that label printers and mainframe jobs put on a page
("printed 25114", "JDATE=26007", "run date 24366")."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_SHORT_YEAR = r"['’]\d{2}(?![\w'’%])"
# a season, a time of the farming or school year, or an Ojibwe moon (its month's name ends in "-giizis")
_SEASON_YEAR = re.compile(rf"\b(?:(?i:summer|winter|spring|fall|autumn|harvest|planting|sugarbush|ricing|hunting season|"
                          rf"deer season|school year|moon)(?:[ \t]+of)?|[A-Za-z]+(?:-[A-Za-z]+)*-giizis)[ \t]+{_SHORT_YEAR}")
_DAY_OF_YEAR = r"(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6])"
# the stamp's cue: what printed or ran, or the field's name; a count of labels or pages after it is no date
_JULIAN = re.compile(rf"\b(?:printed|print(?:ed)?[ \t]+(?:date|on)|run[ \t]+date|julian(?:[ \t]+date)?|jdate|"
                     rf"jul(?:ian)?_?date|yyddd)[ \t]*[:=#]?[ \t]*(\d{{2}}{_DAY_OF_YEAR})\b(?![ \t]*(?i:labels?|copies|"
                     rf"pages?|times|x\b|units?|items?|records?|rows?|lines?)\b(?![ \t]*[=:])|[.,/-]\d)", re.I)


def find_year_marks(text: str) -> list[PhiSpan]:
    """Text -> DATE spans of seasons and moons with a two-digit year, and of yyddd print stamps."""
    spans = [PhiSpan(m.start(), m.end(), "DATE", 0.8, "date") for m in _SEASON_YEAR.finditer(text)]
    return spans + [PhiSpan(m.start(1), m.end(1), "DATE", 0.8, "date") for m in _JULIAN.finditer(text)]
