"""Dates tied to a person, in the forms therapists write them: 3/14, 3-Jan-1979, the 4th of March."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.phi.care_levels import find_session_counts
from assistant.phi.clinical_words import file_words
from assistant.phi.instruments import find_rated_fractions
from assistant.phi.lexicon import DOCUMENT_ACRONYMS, MONTH_RE, untie
from assistant.phi.recognizers.tables import find_count_cells
from assistant.records import PhiSpan

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2}|’\d{2})"

_KREYOL_DAYS = ("lendi", "madi", "mèkredi", "mekredi", "jedi", "vandredi", "samdi", "dimanch")

_PATTERNS = [
    # 2024-03-04
    re.compile(r"\b(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:\b|(?=T\d))"),
    # 04-Mar-2024, 3-Jan-1979, 04 Mar 2024
    re.compile(rf"\b{_DAY}[- ]{MONTH_RE}[- ,]+(?:(?:19|20)\d{{2}}|\d{{2}})\b", re.I),
    # the sworn or signed date of a legal paper: "this 9th day of June, 2025", "the 21st day of March in the year 2024"
    re.compile(rf"\b{_DAY}\s+day\s+of\s+{MONTH_RE}(?:,?\s*(?:in\s+the\s+year\s+)?(?:of\s+)?{_YEAR})?", re.I),
    # a part of a month joined to it: "mid-March", "early-June 2025", "late-Sept."
    re.compile(rf"\b(?:mid|early|late|end)-(?:of-)?{MONTH_RE}(?:,?\s*{_YEAR}\b)?", re.I),
    # the 4th of March[, 2024] (the leading "the" stays outside the span)
    re.compile(rf"\b{_DAY}\s+of\s+{MONTH_RE}(?:,?\s*{_YEAR})?", re.I),
    # March 4th, 2024 / Mar. 4 / Sept 30 / Jun 6 1975
    re.compile(rf"\b{MONTH_RE}\s+{_DAY}\b(?:,?\s*(?:(?:19|20)\d{{2}}|['’]\d{{2}})\b)?", re.I),  # and "Dec 6 '26"
    # 14 Nov. 2024 / 22 Oct 2008 / 10 September 2024 / 4 March
    re.compile(rf"\b{_DAY}\s+{MONTH_RE}(?![^\W\d_])(?:,?\s*(?:19|20)\d{{2}}\b)?", re.I),  # not "2 mars bars"
    # Mar '24 / March 2024 / August, 2021 / Aug. of 2024
    re.compile(rf"\b{MONTH_RE},?\s+(?:of\s+)?{_YEAR}\b", re.I),
    # 20240315: a compact year-month-day, as exports and military records write it
    re.compile(r"(?<![\w./-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"),
    re.compile(rf"\b{MONTH_RE},?\s+['’]\d{{2}}", re.I),
    # a month "of" a two-digit year, as people write in letters: "in june of 23", "since Oct of 21"
    re.compile(rf"\b{MONTH_RE}[ \t]+of[ \t]+\d{{2}}(?![\w/:-]|\.\d|[ \t]+(?:sessions?|visits?|hours?|hrs|days?|weeks?|months?|"
               r"years?|mg|units?|points?|people|patients|clients|students)\b)", re.I),
    # A list of days in one month: "September 9 and 16, 2024", "March 3, 10 and 17"
    re.compile(rf"\b{MONTH_RE}\s+{_DAY}(?:,\s*{_DAY})*,?\s+(?:and|&)\s+{_DAY}(?:,?\s*(?:19|20)\d{{2}})?\b", re.I),
    # A range of days in one month: "3-9 March", "12–14 Feb 2025"; and "March 3-9" ("March 3" alone is above)
    re.compile(rf"\b{_DAY}[ \t]*[-–][ \t]*{_DAY}\s+{MONTH_RE}(?![^\W\d_])(?:,?\s*(?:19|20)\d{{2}}\b)?", re.I),
    re.compile(rf"\b{MONTH_RE}\s+{_DAY}[ \t]*[-–][ \t]*{_DAY}\b(?![/.]\d)(?:,?\s*(?:19|20)\d{{2}}\b)?", re.I),
    # Haitian Creole: "13 me", "2 desanm 2024"; the month words that are English too ("me", "mas", "out", "jen") only
    # after a Creole weekday ("madi 13 me")
    re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:janvye|fevriye|febwari|avril|jiy[eè]|septanm|okt[oò]b|novanm|desanm)\b"
               r"(?:[ \t]+(?:19|20)\d{2}\b)?|" + "(?:" + "|".join(rf"(?<=\b{d} )" for d in _KREYOL_DAYS) + ")"
               + r"(?:[12]\d|3[01]|0?[1-9])[ \t]+(?:me|mas|out|jen)\b", re.I),
    # Spanish: "3 de marzo de 2025", "10 de febrero"
    re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
               r"septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+(?:de|del)\s+(?:19|20)\d{2})?\b", re.I),
    # ... and a month with its year alone: "marzo de 2024", "en junio del 2019", "Enero 2021"
    re.compile(r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
               r"diciembre)(?:\s+(?:de|del))?\s+(?:19|20)\d{2}\b", re.I),
]

# 3/14, 3/4/24, 10-22-2024, 27/02/1993, 3.14.24
_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?(?![\w/]|\.\d|-\d)")

# A fraction after these words is a rating or a score, not a date ("mood 6/10", "MoCA 25/30").
_RATING_BEFORE = re.compile(
    r"(mood|anxiety|anxious|pain|sleep|stress|suds|rating|rated|rates?|scale|craving|cravings|"
    r"energy|urge|urges|distress|motivation|confidence|depression|irritability|score|scored|"
    r"focus|hope|hopelessness|appetite|vanderbilt|moca|mmse|slums|items?|criteria|part [a-d]|"
    r"symptoms?|endorsed|endorses|out of|intensity|severity|readiness|"
    r"importance|self-esteem|satisfaction|wellbeing|well-being|overall|ors|srs)\W{0,3}$", re.I)
_RATING_AFTER = re.compile(
    # a screen's result after its bracketed fraction: "screen (5/10) was negative" (a bare "3/13 POSITIVE" is a test's date)
    r"^\)\s*(?:was |were |is |:\s*)?(?:negative|positive|neg|pos)\b|"
    r"^\s*(?:(?:DSM(?:-5(?:-TR)?)?|of the)\s+)?(?:[a-z]+\s+)?(criteria|items?|symptoms?|inattentive|hyperactive|probes?|"
    r"trials?|opportunities|attempts?|prompts?|questions?|goals?|objectives?|intervals?|sessions|visits|appointments|nights|days|"
    r"doses|tests|screens|correct|accuracy|mg|mcg|ml)\b", re.I)
# a date's label written in capitals names a date, not an instrument: "DATE 11/29", "SEEN 3/4", "ADMIT 6/2"
_DATE_LABELS = r"DATE|DATED|DATES|SEEN|VISIT|ADMIT|ADMITTED|DUE|NEXT|SIGNED|SENT|CALLED|RETURN|START|ENDED|SINCE|UNTIL"
# "(target 4/5)", "mastery 8/10", "BIMS 12/15": a goal or an instrument's fraction
_GOAL_BEFORE = re.compile(r"(?:\b(?:target|goal|criterion|mastery|baseline|accuracy|correct|passed|met|in)|"
                          r"\b(?!(?:DOB|DOS|DOD|DOI|ETA|POD|" + _DATE_LABELS + "|" + DOCUMENT_ACRONYMS + r")\b)[A-Z]{3,6}(?:-[A-Z0-9]{1,3})?(?=[ \t:=]{1,3}$))\W{0,3}$")

# an event's planned day: "intake target 2/3", "return-to-work goal date 5/1" (a goal alone, "target 4/5", is a score)
_EVENT_TARGET = re.compile(r"\b(?i:intake|admission|admit|discharge|start|return(?:[ -]to[ -](?:work|school))?|transfer|"
                           r"step-?down|completion|move|move-in|graduation|hearing|court|surgery|delivery|enrollment|"
                           r"transition|launch|rtw|d/c)[ \t]+(?i:target|goal)(?:[ \t]+(?i:date|day))?[ \t]*[:=-]?[ \t]*$")
# "in" after a word of coming, going or being due names a day: "came in 3/14", "checked in 6/2", "due in 5/6", "a check-in 4/8"
_ARRIVAL_IN = re.compile(r"\b(?:come|comes|came|coming|check|checks|checked|checking|stop|stops|stopped|drop|drops|dropped|"
                         r"back|due|fly|flies|flew|arrive[sd]?|arriving|move[sd]?|moving|walk|walked|walks|be)[ \t-]+in[ \t]*$", re.I)
# A month name alone ("since September", "in May") points at a month of the person's history.
_MONTH_ALONE = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?", re.I)
_MAY_ALONE = re.compile(r"\bMay\b")
# "may" in lowercase is the month only where the verb cannot stand: before a stop or a comma, or before its day or year
# ("laid off in may.", "since may 3", "by may 2024"); "in may be" is not a month
_LOWER_MAY = re.compile(r"\bmay\b(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![ \t]*(?:%|mg|x\b|times|hours?|days?|weeks?|minutes?|pm|am))|[ \t]+(?:19|20)\d{2}\b)", re.M)
_LOWER_MONTH_CONTEXT = re.compile(
    r"(since|in|by|until|till|through|thru|from|of|early|mid|late|last|next|this|before|after|"
    r"during|around|on|to|starting|until)\s+$", re.I)
# "Saturday the 16th", "on the 3rd", "the night of the 7th/8th", "the 14th of each month": a day of the month standing alone.
# A day of the month told as an ordinal word, with nothing after it that it counts: "went back on the fourth and
# ...", "due by the twenty-first." ("on the fourth session" counts sessions; "the first of the month" names no day).
_ORDINAL_WORDS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                  r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
                  r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))")
_DAY_WORD_ALONE = re.compile(
    rf"\b(?i:on|by|until|till|since|before|after|from|through|starting)\s+the\s+({_ORDINAL_WORDS})"
    r"(?=\s*(?:[,;.)!?]|$|\s(?:and|or|but|when|at|so|because|then|she|he|they|I|we|it|her|his|their|was|is|"
    r"will|until|to|through|-|–|—)\b))", re.M)
_DAY_ALONE = re.compile(
    r"\b(?:the|on|by|until|since|before|after)\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:/(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))?)\b"
    r"(?![\s-]+(?!of\s+(?:each|every|the)\s+month)(?:%s))" % "|".join(sorted(file_words(Path(__file__).parent.parent / "data" / "ordinal_nouns.txt"))), re.I)


# Words after which a bare "4/5" is a date; after anything else a small fraction is a rating.
_DATE_BEFORE = re.compile(
    r"(?:^|[(\[,;–—|-]|\b(?:on|by|since|until|till|through|thru|from|to|next|last|due|call|called|"
    r"visit|visits|appointment|appt|session|sess|seen|dated?|DOS|DOB|admitted|admit|discharged|"
    r"started|start|began|effective|returned|starting|ending|ended|week of|as of|before|after|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|and|&|sent|signed|reviewed|completed|follow-up|f/u|intake|assessment|for|"
    r"note|notes|of|dos|date|at|around|between|superbills?|claims?|soap|dap|birp|girp|pie|progress|"
    r"collected|drawn|tested|"
    r"[a-z]+ed))\s*$", re.I)


_RATING_WORD = re.compile(
    r"\b(?:mood|anxiety|pain|sleep|stress|suds|rating|rated|scale|scaling|ruler|thermometer|cravings?|energy|urges?|distress|"
    r"motivation|confidence|intent|ideation|irritability|focus|hope|hopelessness|appetite|"
    r"self-esteem|readiness|importance|inattention|inattentive|hyperactivity|hyperactive|impulsivity|"
    r"ODD|conduct|ansiedad|[aá]nimo|dolor|sue[ñn]o|estr[eé]s)\b[^.;\n]{0,40}$", re.I)
_SIBLING_DATE = re.compile(r"^,?\s*(?:and\s+)?\d{1,2}/\d{1,2}\b")


_STRONG_DATE_BEFORE = re.compile(
    r"(?:^|\n|[|(\[]|\b(?:on|dated?|DOS|DOB|seen|visit|session|sess|call|called|next|since|by|until|due|week of|"
    r"note|soap|dap|birp|collected|admitted|discharged|signed|sent|intake|through|thru|from \d{1,2}/\d{1,2} to|"
    r"mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|"
    r"next appt|next visit|return|rtc|f/u|follow-up|follow up)\s*[:.-]?)\s*$",
    re.I)
_MEASURE_NEAR = re.compile(r"\b[A-Z][A-Za-z]{1,5}(?:-[A-Z0-9]{1,4})+\b|\b(?:Vanderbilt|MoCA|SCARED|PHQ|GAD|PCL)\b[^.;\n]{0,40}$")
# "... = 10/12": a value after an equals sign, unless a date word names it ("DOS = 3/4", "start date = 4/1").
_EQUALS = re.compile(r"([\w.]+)?[ \t)]*=[ \t]*$")
_DATE_WORDS = {"date", "dos", "dob", "d.o.b", "due", "start", "end", "admit", "admitted", "discharge", "discharged",
               "day", "appointment", "appt", "visit", "session", "seen", "next", "on", "f/u", "followup", "follow-up"}


def _equals_score(before: str) -> bool:
    m = _EQUALS.search(before)
    return bool(m) and (m.group(1) or "").lower().rstrip(".") not in _DATE_WORDS
_EXPANDED_BEFORE = re.compile(r"\b(?!DOB|DOS|DOD|DOI|ETA|POD)[A-Z][A-Za-z]{1,5}(?:-[A-Z0-9]{1,3})?[ \t]*\([^()\d\n]{0,50}\b(?:Scale|Inventory|Index|Questionnaire|"
                              r"Checklist|Survey|Measure|Test|Screen\w*|Assessment|Rating)\b[^()\d\n]{0,20}\)[ \t]*[:=]?[ \t]*$")
# A word of time, then an acronym (an injection, a screen, a document) right before a month/day: the day that event is
# set for or was done on ("next LAI 3/3", "due for IEP 4/9", "on C-SSRS 1/8"); a score has no "next" or "on" before it.
_EVENT_ACRONYM_BEFORE = re.compile(r"\b((?i:next|last|on|due(?:[ \t]+for)?|since|until|by|dated|repeat))[ \t]+"
                                   r"[A-Z](?:[A-Za-z]{1,5}(?:-[A-Z0-9]{1,4})?|-[A-Z0-9]{2,5})[ \t]*$")
# "RETURNED MAIL 9/12": a word in a line written in capitals is no instrument's acronym
_SHOUTED = re.compile(r"\b[A-Z]{3,}[ \t]+[A-Z]{3,6}[ \t:=]{1,3}$")
_SIGNED_INITIALS = re.compile(r"(?:^|[ \t])(?:--?|[—–~]|/s/)[ \t]*[A-Za-z]{2,4}[ \t]+$")
# "the 6/10 baseline": a day written before the event it names, after "the"
_THE_EVENT = re.compile(r"(?i:\bthe)[ \t]+$")
_EVENT_AFTER = re.compile(r"[ \t]+(?i:baseline|visit|appointment|appt|session|intake|eval|evaluation|screening|meeting|"
                          r"hearing|deadline|follow-up|f/u|consult|call|retrieval|procedure|surgery|transfer|review|court|"
                          r"date|slot|start|class|group|appt\.)\b")
_PART_OF_DAY = re.compile(r"[ \t]+(?i:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|overnight)(?!\w)")
_RATED_BEFORE = re.compile(r"\b\d{1,2}/10\b[^.;\n]{0,40}$")
# a fraction no calendar has, earlier on the line, then a list's comma or semicolon and a label, makes this a run of
# scores: "SLUMS 14/30; Clock Draw 2/4", "understanding 5.5/6, appreciation 4/4" (a column after "22/30   9/24" is a date)
_SCORE_FRACTION_BEFORE = re.compile(r"(?:(?<![\w/.-])(?:1[3-9]|[2-9]\d|\d{3})/(?:1[3-9]|[2-9]\d|\d{3})|(?<![\w/.-])\d{1,3}/"
                                    r"(?:3[2-9]|[4-9]\d|\d{3})|\b\d{1,2}\.\d/\d{1,3})(?![\w/])[^\n|]{0,50}[;,][^\n|;,]{0,30}"
                                    r"[A-Za-z][ \t:=]*$")


def _is_rating(text: str, start: int, end: int, day: int) -> bool:
    """"mood 6/10", "inattention 7/9", "GAI-SF 4/5" are scores; "seen 2/3", "| 3/4 |" are dates."""
    before = text[max(0, start - 24):start]
    after = text[end:end + 16]
    if _RATING_AFTER.match(text[end:end + 32]):  # room for a word before what is counted: "7/8 scheduled sessions"
        return True
    if (cue := _EVENT_ACRONYM_BEFORE.search(text, max(0, start - 40), start)) and (day != 10 or cue.group(1).lower() not in ("on", "by")):
        return False  # "next LAI 3/3", "high risk on C-SSRS 1/8": a word of time before the acronym dates the event
    if _RATING_BEFORE.search(before):
        return True
    month = int(re.match(r"\d+", text[start:end]).group())
    if month <= day and _equals_score(text[max(0, start - 40):start]):
        return True  # "ARI-P (Affective Reactivity Index, parent) = 10/12": a score given with its maximum
    line_start = not text[text.rfind("\n", 0, start) + 1:start].strip()
    if line_start or re.match(r"[ \t]+\d{1,2}:\d\d", after):
        return False  # a log line opening with "4/5", or "5/8 14:00": a day of the month with its time
    if _ARRIVAL_IN.search(text[max(0, start - 24):start]):
        return False  # "said she would come in 2/9", "back in 4/6": "in" after a coming or going is a day, not "8/10 in"
    if _SIGNED_INITIALS.search(before):
        return False  # "-- BOL 3/6", "/s/ JT 4/2": a signer's initials and the day signed, not an instrument's score
    if _EVENT_TARGET.search(text, max(0, start - 40), start):
        return False  # "IOP intake target 2/3", "discharge goal: 6/14": the day an event is planned for
    if month <= day and (_GOAL_BEFORE.search(text[max(0, start - 16):start]) and not _SHOUTED.search(text[max(0, start - 30):start]) or _EXPANDED_BEFORE.search(text[max(0, start - 90):start])):
        return True  # ... or an acronym with its expansion: "GAI (Geriatric Anxiety Inventory): 9/20"
    if _SIBLING_DATE.match(after) or re.search(r"\d{1,2}/\d{1,2},\s*(?:and\s+)?$|(?<![\d/])\d{1,2}/(?!10\b)\d{1,2}\s+(?:and|&)\s+$", before):
        return False  # "1/9, 1/23 and 2/6", "on 2/3 and 2/10": a list of dates
    timed = re.match(r"\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)\b", after, re.I)  # "10/10 4pm" is an appointment
    if _PART_OF_DAY.match(after) and not _RATING_WORD.search(text[max(0, start - 60):start]) \
            and not _RATED_BEFORE.search(text[max(0, start - 60):start]):
        return False  # "see again 1/10 am", "since 3/10 evening": a day and its part; no scale has a morning
    if _THE_EVENT.search(before) and _EVENT_AFTER.match(after):
        return False  # "for the 6/10 baseline", "at the 3/10 hearing": the day an event is set for, not a rating
    if day == 10 and month <= 10 and not timed and not _STRONG_DATE_BEFORE.search(text[max(0, start - 16):start]):
        return True  # "x/10" is a 0-10 rating unless a date is plainly announced ("on 3/10", "DOS 3/10")
    if _DATE_BEFORE.search(text[max(0, start - 16):start]):
        return False
    window = text[max(0, start - 60):start]
    if month <= day <= 10 and (_RATING_WORD.search(window) or _MEASURE_NEAR.search(window)):
        return True  # "craving fell from 8/10", "Vanderbilt: inattention 7/9"
    if month <= day and _SCORE_FRACTION_BEFORE.search(window):
        return True
    return day == 10 and month <= 10 and bool(_RATED_BEFORE.search(window))  # "7/10 most days, up to 9/10"


def _valid_numeric(m: re.Match) -> bool:
    a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if sep in ".-" and not year:
        return False  # "3.5" is a number and "2-3" a range, not dates
    month_day = 1 <= a <= 12 and 1 <= b <= 31
    day_month = 1 <= b <= 12 and 1 <= a <= 31 and year is not None
    return month_day or day_month


def _repeated(text: str, spans: list[PhiSpan], counts: set) -> list[PhiSpan]:
    """A day written as a date once is that date wherever else the note writes it: "police report on 3/10 ... the 3/10
    clip", unless a rating's word stands right before it ("pain 3/10")."""
    days = {text[s.start:s.end] for s in spans if s.source == "date_numeric" and text.count("/", s.start, s.end) == 1}
    taken = {(s.start, s.end) for s in spans}
    return [PhiSpan(m.start(), m.end(), "DATE", 0.85, "date_numeric") for m in _NUMERIC.finditer(text)
            if m.group() in days and m.span() not in taken and m.span() not in counts
            and not _RATING_BEFORE.search(text[max(0, m.start() - 24):m.start()])
            and not _RATING_WORD.search(text[max(0, m.start() - 30):m.start()])]


def _anchored_tenths(text: str, spans: list[PhiSpan], counts: set) -> list[PhiSpan]:
    """"Back to the facility 1/10." in a note dated 1/9/2026: a bare "m/10" is read as a 0-10 rating, but where the note's
    own dated days fall in month m, no rating word stands near it and the note rates nothing else out of ten, it is the
    10th of that month."""
    months = {int(m.group(1)) for m in _NUMERIC.finditer(text) if m.group(4) and m.group(2) == "/" and 1 <= int(m.group(1)) <= 12}
    taken = {(s.start, s.end) for s in spans}
    tenths = [m for m in _NUMERIC.finditer(text) if m.group(3) == "10" and m.group(2) == "/" and not m.group(4)
              and m.span() not in counts and m.span() not in taken]
    if not months or any(int(m.group(1)) not in months or _rated(text, m) for m in tenths):
        return []  # "mood 6/10" anywhere: this note rates on a 0-10 scale
    return [PhiSpan(m.start(), m.end(), "DATE", 0.8, "date_numeric") for m in tenths]


def _rated(text: str, m: re.Match) -> bool:
    window = text[max(0, m.start() - 60):m.start()]
    return bool(_RATING_BEFORE.search(window[-24:]) or _RATING_WORD.search(window) or _MEASURE_NEAR.search(window)
                or _RATING_AFTER.match(text[m.end():m.end() + 16]) or _equals_score(window[-40:]))


def find_dates(text: str) -> list[PhiSpan]:
    """Text -> spans of day- or month-level dates (years alone and times of day stay)."""
    text = untie(text)
    spans: list[PhiSpan] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            spans.append(PhiSpan(m.start(), m.end(), "DATE", 0.95, "date"))
    counts = set(find_count_cells(text)) if "/" in text else set()  # "3/3" under "sessions" counts sessions
    counts |= set(find_rated_fractions(text)) if "/" in text else set()  # "-> 6/15" in a GDS-15 series
    counts |= set(find_session_counts(text)) if "/" in text else set()  # "session 6/16": the sixth of sixteen
    for m in _NUMERIC.finditer(text):
        if m.span() in counts:
            continue
        if _valid_numeric(m) and (m.group(4) or not _is_rating(text, m.start(), m.end(), int(m.group(3)))):
            spans.append(PhiSpan(m.start(), m.end(), "DATE", 0.9, "date_numeric"))
    spans += _repeated(text, spans, counts)
    spans += _anchored_tenths(text, spans, counts)
    for m in _MONTH_ALONE.finditer(text):
        word = m.group(1)
        if word.islower() and not _LOWER_MONTH_CONTEXT.search(text[:m.start()][-12:]):
            continue
        if word.isupper() and len(word) <= 3:
            continue  # "MAR" (medication administration record), "OCT" and the like
        end = m.start() + len(word)
        spans.append(PhiSpan(m.start(), end, "DATE", 0.7, "month"))
    for m in _DAY_ALONE.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "DATE", 0.7, "day_alone"))
    for m in _DAY_WORD_ALONE.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "DATE", 0.6, "day_alone"))
    for m in [*_MAY_ALONE.finditer(text), *_LOWER_MAY.finditer(text)]:
        if _LOWER_MONTH_CONTEXT.search(text[:m.start()][-12:]):
            spans.append(PhiSpan(m.start(), m.end(), "DATE", 0.6, "month"))
    return spans
