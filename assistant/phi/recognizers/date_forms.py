"""Partial, spoken and foreign date forms: 2024/3/9, 2008.11.02, 10/2022, June 3-7, 6/3-6/28,
"March ninth 2024", "the twenty eighth", "3 16 2024", "ngày 9 tháng 3", "16 mas", "Easter 2023", "14 Ramadan 1446",
and the YYYYMMDD stamps of HL7 and other exports."""

from __future__ import annotations

import re

from assistant.phi.lexicon import MONTH_RE
from assistant.phi.recognizers.calendars import find_calendar_dates
from assistant.phi.recognizers.named_days import find_named_days
from assistant.phi.recognizers.world_months import find_world_months
from assistant.records import PhiSpan

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_M = r"(?:0?[1-9]|1[0-2])"
_WEEKDAY = r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:s|nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
# after a month-day these make it a span of hours or a count: "Wed 3-4 pm", "Mon 2-3 hrs"
_NOT_DAY_AFTER = r"[ \t]*(?:[ap]\.?m\b|:\d|hrs?\b|hours?\b|times\b|mins?\b|minutes\b|x\b|sessions?\b|days?\b)"
_ORD_UNITS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth")
_ORDINAL = (rf"(?:(?:twenty|thirty)[ -](?:{_ORD_UNITS})|thirtieth|twentieth|tenth|eleventh|twelfth|thirteenth|"
            rf"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|{_ORD_UNITS})")
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_YEAR = (rf"(?:nineteen|twenty)[ -](?:{_TENS}(?:[ -]{_UNITS})?|{_TEENS}|oh[ -]{_UNITS}|hundred)|"
                rf"two thousand(?: and)?(?:[ -](?:{_TENS}(?:[ -]{_UNITS})?|{_TEENS}|{_UNITS}))?")
# Month names of the other languages our notes are written in (Spanish is in dates.py).
_FOREIGN_MONTHS = (
    "janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"  # French
    "janvye|fevriye|mas|jen|jiyè|jiye|septanm|oktòb|oktob|novanm|desanm|"  # Haitian Creole ("me", "out": English words)
    "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|"  # Portuguese
    "enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|"  # Tagalog
    "januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|"  # German (the rest as in English; "Mai" is a name too)
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"  # Italian (agosto, novembre above)
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"  # Turkish
    "febrero|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre")  # Spanish (enero, marzo, abril... above)
# Alone (with no day), only the ones that are no English or Spanish word.
_FOREIGN_ALONE = ("janvier|février|fevrier|juillet|août|septembre|octobre|décembre|janvye|fevriye|septanm|"
                  "oktòb|novanm|desanm|jiyè|fevereiro|setembro|outubro|dezembro|pebrero|hunyo|hulyo|"
                  "setyembre|oktubre|nobyembre|disyembre|januar|jänner|februar|märz|maerz|dezember|"
                  "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
                  "şubat|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık")  # Turkish ("Ocak", "Mart": names too)
# Words of time before a month in the languages above: "desde junho", "a partir de maio", "depuis avril", "seit Juni"
# (a short month that is also a word, Creole "mas" or "jen", still needs a day)
_TIME_WORDS = ("desde|hasta|em|en|até|de|del|da|dal|au|ao|depuis|seit|im|ab|bis|"
               "fines|finales|principios|mediados|inicio|início|meados|fim|começo|comienzos|mitte|ende|anfang")
_HOLIDAYS = (r"Easter|Christmas(?: Eve| Day)?|X-?mas(?: Eve| Day)?|Thanksgiving|Halloween|New Year'?s(?: Eve| Day)?|Memorial Day|"
             r"Labor Day|Independence Day|Passover|Ramadan|Eid(?: al-[A-Z][a-z]+)?|Hanukkah|Chanukah|Diwali|"
             r"Lunar New Year|Tết|Tet|Rosh Hashanah|Yom Kippur|Mother'?s Day|Father'?s Day|Valentine'?s Day|"
             # days fixed in the calendar, told as the day something happened: "on Veterans Day", "for St. Patrick's Day"
             r"Veterans['\u2019]? Day|Armistice Day|Remembrance Day|Boxing Day|Juneteenth|Groundhog Day|Flag Day|"
             r"Presidents['\u2019]? Day|Columbus Day|Indigenous Peoples['\u2019]? Day|(?:Martin Luther King(?: Jr\.?)?|MLK) Day|"
             r"(?:St\.?|Saint) Patrick['\u2019]?s Day|All Saints['\u2019]? Day|All Souls['\u2019]? Day|Canada Day|Bastille Day|"
             r"Cinco de Mayo|Good Friday|Ash Wednesday|Palm Sunday|Mardi Gras|Kwanzaa|Purim|Sukkot|Shavuot|Simchat Torah")

_PATTERNS = [
    # a log row opens with its month-day and a time column follows: "10-14     9:50    Rm 2 ..."; a zero-padded stamp
    # needs no column gap ("03-07 14:20 | ..."), nor does one in a table cell after a bar
    (re.compile(r"(?<![^\n])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?=[ \t]{2,}\d{1,2}:\d{2}\b)"), 0.85),
    (re.compile(r"(?:(?<![^\n])|(?<=\|)[ \t]*)(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?=[ \t]+[0-2]\d:[0-5]\d\b)"), 0.85),
    # a weekday beside a month and day pins the year, so it is part of the date: "Thu 4/9", "Sat. 12-5", "Friday, Mar 6"
    (re.compile(rf"\b{_WEEKDAY}\.?,?[ \t]+(?:{_M}[/-]{_D}(?:[/-](?:19|20)?\d{{2}})?(?![\w/-]|\.\d|{_NOT_DAY_AFTER})|{MONTH_RE}\.?[ \t]+{_DAY}\b)", re.I), 0.85),
    # a form's date typed with spaces around its separators: "1961 / 11 / 04", "04 - 11 - 1961"
    # (a form's blank may hold it: "_1961 / 11 / 04_")
    (re.compile(rf"(?<![^\W_]|[/.-])(?:19|20)\d{{2}}[ \t]*([/.-])[ \t]*{_M}[ \t]*\1[ \t]*{_D}(?![^\W_]|/|\.\d)"), 0.9),
    (re.compile(rf"(?<![^\W_]|[/.-]){_M}[ \t]+([/.-])[ \t]+{_D}[ \t]+\1[ \t]+(?:19|20)?\d{{2}}(?![^\W_]|/|\.\d)"), 0.9),
    # a Julian date after its label: "JULIAN 25034", "Julian date 2025034"
    (re.compile(r"(?<=\bJulian[ \t])\d{5,7}\b|(?<=\bJULIAN[ \t])\d{5,7}\b|(?<=\bJulian date[ \t])\d{5,7}\b|(?<=\bJulian date:[ \t])\d{5,7}\b"), 0.9),
    (re.compile(r"(?<![\w-])(?:19|20)\d{2}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?![\w-])"), 0.9),  # ISO week: 2024-W14
    # an ISO timestamp with its time: "1985-11-09T00:00", "2025-03-14T09:12:05Z", "2025-03-14T09:12:05-05:00"
    (re.compile(r"(?<![\w-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])"), 0.95),
    (re.compile(rf"(?<![\w/.-])(?:19|20)\d{{2}}([/.]){_M}\1{_D}(?![\w/]|\.\d)"), 0.95),  # 2024/3/9, 2008.11.02
    # a file's metadata writes the date with colons before its time: "2025:07:04 22:13:08" (EXIF, camera logs)
    (re.compile(r"(?<![\w:])(?:19|20)\d{2}:(?:0[1-9]|1[0-2]):(?:0[1-9]|[12]\d|3[01])(?=[ \tT]\d{1,2}:\d{2})"), 0.9),
    (re.compile(rf"(?<![\w/.-]){_M}[/.-](?:19|20)\d{{2}}(?![\w/]|[.-]\d)"), 0.9),  # 10/2022, 04-2023
    # a span of months: "01/2023-06/2024", "10/2023 – 03/2024"
    (re.compile(rf"(?<![\w/.-]){_M}[/.](?:19|20)\d{{2}}[ \t]*[-–—][ \t]*{_M}[/.](?:19|20)\d{{2}}(?![\w/]|\.\d)"), 0.9),
    # year first, month in two digits: "2014-09" on a timeline, "2021/11"; not a school year ("2010-11 school year")
    (re.compile(r"(?<![\w/.-])(?:19|20)\d{2}([-/])(?:0[1-9]|1[0-2])(?![\w/]|[.-]\d|\1\d)(?![ \t]+(?:school|academic|season|fiscal))",
                re.I), 0.85),
    (re.compile(rf"(?<![\w/]){_M}/{_D}(?:/\d{{2,4}})?[ \t]*[-–—][ \t]*{_M}/{_D}(?:/\d{{2,4}})?(?![\w/])"), 0.95),  # 6/3-6/28
    (re.compile(rf"\b{MONTH_RE}[ \t]+{_DAY}[ \t]*[-–—][ \t]*{_DAY}\b(?:,?[ \t]*(?:19|20)\d{{2}}\b)?", re.I), 0.95),  # June 3-7
    # a span over two months is one date: "21 Mar - 2 Apr 2024", "Jun 28 – Jul 3, 2025", "30 Dec to 4 Jan"
    (re.compile(rf"\b{_DAY}[ \t]+{MONTH_RE}\.?[ \t]*(?:[-–—]|to|through|thru)[ \t]*{_DAY}[ \t]+{MONTH_RE}\b\.?(?:,?[ \t]*(?:19|20)\d{{2}}\b)?|"
                rf"\b{MONTH_RE}\.?[ \t]+{_DAY}[ \t]*(?:[-–—]|to|through|thru)[ \t]*{MONTH_RE}\.?[ \t]+{_DAY}\b(?:,?[ \t]*(?:19|20)\d{{2}}\b)?", re.I), 0.95),
    # a span of months in one year: "Feb-Aug 2024", "JUL–DEC 2025", "April to June, 2023"
    (re.compile(rf"\b{MONTH_RE}[ \t]*(?:[-–—]|to|through|thru)[ \t]*{MONTH_RE},?[ \t]+(?:19|20)\d{{2}}\b", re.I), 0.9),
    (re.compile(rf"\b{MONTH_RE}[ \t]+(?:the[ \t]+)?{_ORDINAL}\b(?:,?[ \t]+(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR})\b)?", re.I), 0.9),
    # "moved out on the twenty eighth and": a spoken day from the tenth on, where a sentence or list goes on
    (re.compile(rf"(?<=\bthe )(?:(?:twenty|thirty)[ -](?:{_ORD_UNITS})|thirtieth|twentieth|tenth|eleventh|twelfth|"
                rf"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
                rf"(?=[ \t]*(?:[.,;)]|and\b|at\b|period\b|comma\b|$))", re.I | re.M), 0.7),
    (re.compile(rf"\b{_ORDINAL}[ \t]+of[ \t]+{MONTH_RE}\b(?:,?[ \t]+(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR}))?", re.I), 0.9),
    (re.compile(rf"(?<![\w/.:-]){_M} {_D} (?:19|20)\d{{2}}(?![\w/.-])"), 0.85),  # dictated "3 16 2024"
    (re.compile(rf"\b(?:ngày[ \t]+{_D}[ \t]+)?tháng[ \t]+{_M}\b(?:[ \t]+năm[ \t]+(?:19|20)\d{{2}})?", re.I), 0.9),
    # Hmong writes the month as a number between "lub" and "hli": "7 lub 10 hli 2025", "hnub tim 3 lub 4 hli xyoo 2024"
    (re.compile(rf"\b(?:(?:hnub[ \t]+tim[ \t]+)?{_D}[ \t]+)?lub[ \t]+{_M}[ \t]+hli\b(?:[ \t]+(?:ntuj[ \t]+)?(?:xyoo[ \t]+)?(?:19|20)\d{{2}}\b)?", re.I), 0.9),
    (re.compile(rf"\b{_D}(?:er|º)?(?:[ \t]+(?:de|di|ng))?[ \t]+(?:{_FOREIGN_MONTHS})\b(?:,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?:19|20)\d{{2}})?", re.I), 0.85),
    (re.compile(rf"\b(?:{_FOREIGN_MONTHS})[ \t]+{_D}\b(?:,?[ \t]+(?:19|20)\d{{2}})?", re.I), 0.8),
    (re.compile(rf"\b(?:{_FOREIGN_ALONE})\b", re.I), 0.7),
    # a month of another language with its year ("Januar 2024", "octobre 2023"), and a day written with a stop
    # before any month, the German way ("17. Sept. 2026", "3. März 2025")
    (re.compile(rf"\b(?:{_FOREIGN_MONTHS})[ \t]+(?:19|20)\d{{2}}\b", re.I), 0.85),
    (re.compile(rf"\b{_D}\.[ \t]*(?:{MONTH_RE}|{_FOREIGN_MONTHS}|Okt|Dez|Mär|Mrz)\.?[ \t]+(?:19|20)\d{{2}}\b", re.I), 0.9),
    (re.compile(rf"\b(?:{_HOLIDAYS})(?:[ \t]+(?:weekend|week|break|holidays?|day))?[ \t]+(?:of[ \t]+)?(?:(?:19|20)\d{{2}}|['\u2019]\d{{2}})\b"), 0.9),  # Easter 2023, Thanksgiving weekend '24
    # any named day with its year is a date: a saint's feast, a national or a family day ("St. Brigid's Day 2023",
    # "Boxing Day 2021", "Veterans Day of 2019"); without the year it stays the holiday's name
    (re.compile(r"\b(?:(?:St\.?|Saint)[ \t]+)?(?:[A-Z][a-z]+(?:['\u2019]s|s['\u2019])?[ \t]+){1,2}Day[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}\b"), 0.9),
    # a fiscal quarter, a letter-writer's "the 3rd inst." / "yours of the 29th ult.", a date in a file name ("_11-22.pdf")
    (re.compile(r"\bQ[1-4][ \t]*(?:FY|CY)[ \t]?(?:19|20)?\d{2}\b|\b(?:FY|CY)[ \t]?(?:19|20)?\d{2}[ \t]*Q[1-4]\b"), 0.85),
    (re.compile(r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:ult|inst|prox)\b\.?", re.I), 0.85),
    (re.compile(r"(?<=[_-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?=\.(?:pdf|docx?|jpe?g|png|txt|xlsx?|csv)\b)", re.I), 0.85),
    # a day told from a holiday or an academic term: "the Tuesday after Easter 2025", "Michaelmas term 2023"
    (re.compile(rf"\b(?:the[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+(?:after|before|following)[ \t]+(?:{_HOLIDAYS})"
                rf"(?:[ \t]+(?:19|20)\d{{2}})?\b"), 0.9),
    (re.compile(r"\b(?:Michaelmas|Hilary|Trinity|Lent|Easter|Epiphany|Candlemas|Whitsun|Martinmas|Spring|Summer|Fall|Autumn|Winter)"
                r"[ \t]+(?:term|semester|quarter|half[- ]term)[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}\b"), 0.85),
    # a holiday alone is a day of the year in the client's story: "hasn't been by since Christmas", "over Thanksgiving"
    (re.compile(rf"\b(?:{_HOLIDAYS})\b(?!['\u2019]s\b)"), 0.7),
    # a day and a month joined with no space, as military and nursing logs write them: "22SEP", "03JAN25", "9Feb2026"
    (re.compile(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|Jan|Feb|Mar|Apr|"
                r"May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:(?:19|20)?\d{2})?(?![\w-])"), 0.85),
    # day, month abbreviation, year in a log or a stamp: "02/Dec/2024:03:11:58" (web server logs), "14-Mar-2025"
    (re.compile(rf"(?<![\w/-]){_D}[/-](?:{MONTH_RE})[/-](?:19|20)?\d\d(?!\d)", re.I), 0.9),
    # YYYYMMDD, alone or opening a longer timestamp (20240309141522): only the date is the person's
    (re.compile(r"(?<![\w.-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=(?:\d{4}|\d{6})?(?![\w.-]))"), 0.85),
]
# French "mars" and "mai" are English words and names too ("2 mars bars"): a date only written lowercase after its
# day and with a year, the French "1er", or a French word before it ("le 3 mars", "du 12 mai au")
_FRENCH_MARS_MAI = re.compile(rf"(?:\b(?:le|du|au|dès|des|depuis|vers|avant|après|jusqu'au)[ \t]+)?(\b{_D}(?:er)?[ \t]+(?:mars|mai)\b"
                              rf"(?:[ \t]+(?:19|20)\d{{2}}\b)?)")
# a holiday written in lowercase is a day of the client's story after a word of time: "since easter", "over thanksgiving"
_LOWER_HOLIDAY = re.compile(rf"\b(?i:since|over|after|before|until|till|around|by|for|during|from|through|thru|on|at|past|"
                            rf"this|last|next)[ \t]+((?i:{_HOLIDAYS}))\b(?!['\u2019]s\b)")
_MONTH_AFTER_TIME_WORD = re.compile(
    rf"\b(?:{_TIME_WORDS})[ \t]+(?!(?:mas|jen|jiye|mart|ocak)\b)((?:{_FOREIGN_MONTHS})\b)", re.I)
# A month-day written with a hyphen is a range ("2-3 times") unless a date label names it: "date 7-14", "DOS: 11-3".
_LABELLED_HYPHEN = re.compile(rf"(?i:\b(?:date|dated|dos|dob|d\.o\.[bs]\.?|date of (?:service|visit|birth)))[ \t]*[:#=]?[ \t]*"
                              rf"({_M}-{_D})(?![\w/-]|\.\d|{_NOT_DAY_AFTER})")
# "next: 16/3", "DOB 27/02": day before month, clear when the day is over 12.
_DAY_MONTH = re.compile(rf"(?<![\w/.-])(1[3-9]|2\d|3[01])/{_M}(?![\w/]|\.\d|[ \t]*(?:mg|mcg|ml)\b)")


# A run of month/day dates on one line ("IOP: 3/3 P · 3/5 P · 3/6 P · 3/10 P"): each one is a date, even "3/3" or "3/10"
# that alone could be a rating. Ratings repeat their scale ("3/10, 5/10, 2/10"); a run of dates does not.
_MONTH_DAY = re.compile(rf"(?<![\w/.-])({_M})/({_D})(?![\w/]|\.\d)")


def _chains(line: str) -> list[list[re.Match]]:
    """Month/day tokens of a line in chains: next to each other with no word between (a status letter may be)."""
    chains: list[list[re.Match]] = []
    for m in _MONTH_DAY.finditer(line):
        if chains and len(line[chains[-1][-1].end():m.start()]) <= 12 and not re.search(r"[A-Za-z]{2,}", line[chains[-1][-1].end():m.start()]):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _date_runs(text: str) -> list[PhiSpan]:
    """Three or more month/days in a chain, in calendar order and not all over one scale, are dates."""
    spans, offset = [], 0
    for line in text.split("\n"):
        for chain in _chains(line):
            days = [(int(m.group(1)), int(m.group(2))) for m in chain]
            if len(chain) >= 3 and days == sorted(days) and len({d for _, d in days}) > 1:
                spans += [PhiSpan(offset + m.start(), offset + m.end(), "DATE", 0.8, "date_numeric") for m in chain]
        offset += len(line) + 1
    return spans


def find_date_forms(text: str) -> list[PhiSpan]:
    """Text -> DATE spans for the forms dates.py does not know."""
    spans = [PhiSpan(m.start(), m.end(), "DATE", score, "date")
             for pat, score in _PATTERNS for m in pat.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "DATE", 0.85, "date_numeric") for m in _DAY_MONTH.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "DATE", 0.85, "date_numeric") for m in _LABELLED_HYPHEN.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "DATE", 0.7, "month") for m in _MONTH_AFTER_TIME_WORD.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "DATE", 0.7, "date") for m in _LOWER_HOLIDAY.finditer(text)
              if m.group(1).islower() and len(m.group(1)) >= 4]  # "for tet", "eid" in lowercase may be other words
    spans += [PhiSpan(m.start(1), m.end(1), "DATE", 0.85, "date") for m in _FRENCH_MARS_MAI.finditer(text)
              if m.group(0) != m.group(1) or re.search(r"er\b|\d{4}$", m.group(1))]
    return spans + _date_runs(text) + find_calendar_dates(text) + find_world_months(text) + find_named_days(text)
