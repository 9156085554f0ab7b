"""Dates of calendars other than the Gregorian one, read from a table of their month names: Islamic (Hijri), Iranian
and Afghan solar, Hebrew, Ethiopian and Nepali (Bikram Sambat). "14 Ramadan 1446", "Tahsas 5, 2014 E.C.",
"3 Baisakh 2068 B.S.", "on Meskerem 9", "22 Kislev"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.phi.recognizers.year_marks import find_year_marks
from assistant.records import PhiSpan


@dataclass(frozen=True)
class Calendar:
    """One calendar: its month names as written in English-language notes, and the years a note gives it."""

    months: tuple[str, ...]
    years: str  # a regex of the calendar's years in living memory
    eras: tuple[str, ...] = ()  # the marks written after its year ("E.C.", "B.S.", "AH")


# Each month in the transliterations notes use: "Rabi' al-Awwal", "Rabiul Awal", "Jumada al-Akhirah", "Jumada al-Oula",
# "Dhul-Hijjah", "Dhu al-Qa'dah", "Shawal", "Ramadhan".
_AL = r"(?:[ \t]+al-|[ \t]+ul-|[ \t]+al[ \t]+|[ \t]+ul[ \t]+|-ul-|-al-|ul[ \t]+|ul-|[ \t]+|-)?"
_HIJRI_MONTHS = (r"Muharram|Moharram|Muharam", "Safar",
                 rf"Rabi[`'\u2019]?{_AL}(?:Awwal|Awal|Aval|Akhir(?:ah?)?|Aakhir|Thani|Sani|Thaani)",
                 rf"Jumad[ai]{_AL}(?:Awwal|Awal|Ula|Oula|Oola|Uolaa|Akhir(?:ah?)?|Aakhir|Thani|Thaniyah|Ukhra)",
                 "Rajab", r"Sha[`'\u2019]?a?ban", r"Rama[dz]h?an", r"Ramzan", r"Shaww?al",
                 rf"(?:Dhu|Dhul|Thul|Zul|Zil){_AL}(?:Qa?[`'\u2019]?i?[`'\u2019]?dah?|Hijj?ah?)", "Zulhijjah", "Zilhaj")
CALENDARS = {
    "hijri": Calendar(_HIJRI_MONTHS, r"1[2-4]\d\d", ("AH", "A.H.")),
    "solar_hijri": Calendar(("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban",
                             "Azar", "Dey", "Bahman", "Esfand", "Hamal", "Sawr", "Saur", "Jawza", "Jauza", "Saratan",
                             "Asad", "Sonbola", "Sunbula", "Mizan", "Aqrab", "Qaws", "Jadi", "Dalw", "Hoot", "Hut"),
                            r"1[34]\d\d", ("SH", "S.H.", "HS", "H.S.")),
    "hebrew": Calendar(("Tishrei", "Cheshvan", "Heshvan", "Kislev", "Tevet", "Shevat", r"Adar(?: I{1,2})?", "Nisan",
                        "Iyar", "Sivan", "Tammuz", "Av", "Elul"), r"5[78]\d\d", ("AM", "A.M.")),
    "ethiopian": Calendar(("Meskerem", "Meskaram", "Tikimt", "Tikemt", "Tiqimt", "Teqemt", "Tekemt", "Hidar", "Hedar",
                           "Tahsas", "Tahesas", "Tahsaas", "Tahissas", "Tir", "Ter", "Yekatit", "Yakatit", "Megabit",
                           "Maggabit", "Miyazya",
                           "Miyaziya", "Miazia", "Ginbot", "Genbot", "Sene", "Hamle", "Nehase", "Nehasse", "Pagume",
                           "Pagumen"), r"(?:19|20)\d\d", ("E.C.", "EC", "E.C", "EFY")),
    "nepali": Calendar(("Baisakh", "Baishakh", "Vaisakh", "Jestha", "Jeth", "Asar", "Ashadh", "Asadh", "Shrawan",
                        "Saun", "Sawan", "Bhadra", "Bhadau", "Ashwin", "Asoj", "Kartik", "Mangsir", "Mangshir", "Poush",
                        "Paush", "Push", "Magh", "Falgun", "Phagun", "Chaitra", "Chait"), r"(?:19|20)\d\d",
                       ("B.S.", "BS", "V.S.", "VS")),
}
# Month names that are also English words or common given names ("Tir", "Dey", "Asad", "Kartik", "Sivan"): with the
# month first they count only with a year or an era mark; a day before them is enough.
NEEDS_YEAR = frozenset({"Tir", "Ter", "Av", "Dey", "Mehr", "Azar", "Aban", "Asad", "Hoot", "Hut", "Jadi", "Sawr", "Saur",
                        "Safar", "Rajab", "Nisan", "Sivan", "Adar", "Sene", "Asar", "Saun", "Sawan", "Bhadra", "Ashwin",
                        "Kartik", "Magh", "Push", "Bahman", "Jeth", "Chait", "Chaitra", "Mizan", "Qaws", "Dalw", "Elul", "Iyar"})

_D = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"


def _alternation(names) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_MONTHS = _alternation(m for c in CALENDARS.values() for m in c.months)
_FREE_MONTHS = _alternation(m for c in CALENDARS.values() for m in c.months
                            if m not in NEEDS_YEAR and len(re.sub(r"\W", "", m)) >= 4)
_YEARS = _alternation({c.years for c in CALENDARS.values()})
_ERA = r"(?:[ \t]*(?:" + _alternation(re.escape(e) for c in CALENDARS.values() for e in c.eras) + r")(?![\w]))?"
_YEAR_TAIL = rf"(?:,?[ \t]+(?:{_YEARS})\b{_ERA})"
# a number after the month that counts something is no day: "Ramadan 3 times", "Mehr 2 mg"
_NOT_DAY = r"(?![ \t]*(?:%|x\b|times\b|mg\b|hours?\b|days?\b|weeks?\b|minutes?\b))"

_PATTERNS = [
    # a day, the month, the year: "14 Ramadan 1446", "3 Baisakh 2068 B.S."
    (re.compile(rf"\b{_D}[ \t]+(?:{_MONTHS})\b{_YEAR_TAIL}"), 0.9),
    # a day before a month name of four letters or more is a date with no year: "22 Kislev", "(10 Cheshvan)"
    (re.compile(rf"\b{_D}[ \t]+(?=[A-Z][a-z`'\u2019-]{{3}})(?:{_MONTHS})\b"), 0.85),
    # the month first, as American forms write dates: "Tahsas 5, 2014 E.C.", "Tir 3, 1968 EC"
    (re.compile(rf"\b(?:{_MONTHS})[ \t]+{_D}\b{_YEAR_TAIL}"), 0.9),
    # ... and with no year when the month's name is no word or name of English: "on Meskerem 9", "next visit Yekatit 4"
    (re.compile(rf"\b(?:{_FREE_MONTHS})[ \t]+{_D}\b(?![\d:/-]|\.\d){_NOT_DAY}"), 0.85),
    # a month and its year: "Tikimt 2016 E.C.", "Ramadan 1445"
    (re.compile(rf"\b(?:{_MONTHS})[ \t]+(?:{_YEARS})\b{_ERA}"), 0.85),
]


# Persian and Arabic-Indic digits read as ASCII ones, one character for one, so offsets hold: "۱۴۰۳/۱۱/۱۵".
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
_M = r"(?:0?[1-9]|1[0-2])"
_DD = r"(?:0?[1-9]|[12]\d|3[01])"
# A day in numbers with a Hijri or solar Hijri year ("1361/06/21", "15-11-1403"); any year when the digits are Persian or
# Arabic-Indic, which only a date in that script is written in.
_HIJRI_YEAR = r"1[34]\d\d"
_ANY_YEAR = r"(?:1[34]|19|20)\d\d"
_NUMERIC = [re.compile(rf"(?<![\w/.-])(?:{year}(?P<a>[/.-]){_M}(?P=a){_DD}|{_DD}(?P<b>[/.-]){_M}(?P=b){year})(?![\w/]|[.-]\d)")
            for year in (_HIJRI_YEAR, _ANY_YEAR)]


def _numeric_dates(text: str) -> list[PhiSpan]:
    view = text.translate(_DIGITS)
    spans = [PhiSpan(m.start(), m.end(), "DATE", 0.85, "date") for m in _NUMERIC[0].finditer(view)]
    if view != text:
        spans += [PhiSpan(m.start(), m.end(), "DATE", 0.85, "date") for m in _NUMERIC[1].finditer(view)
                  if view[m.start():m.end()] != text[m.start():m.end()]]
    return spans


def find_calendar_dates(text: str) -> list[PhiSpan]:
    """Text -> DATE spans of days and months written in another calendar or in another script's digits."""
    spans = [PhiSpan(m.start(), m.end(), "DATE", score, "date") for pat, score in _PATTERNS for m in pat.finditer(text)]
    return spans + _numeric_dates(text) + find_year_marks(text)  # "summer '74", "printed 25114"
