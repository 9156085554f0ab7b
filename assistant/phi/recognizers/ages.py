"""Ages of 90 or more, in digits or words ("a 92-year-old", "turned ninety-three", "(95)", "AGE: 90", "92 años")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from assistant.phi.instruments import find_instruments
from assistant.phi.lexicon import RELATIONS
from assistant.phi.recognizers.script_ages import find_script_ages
from assistant.phi.recognizers.told_ages import find_told_ages
from assistant.records import PhiSpan

_TENS = r"(?:ninety|one hundred(?: and)?)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORD_AGE = re.compile(rf"\b{_TENS}(?:[\s-]{_UNITS})?\b", re.I)
# "a hundred" is a count ("a hundred times") unless a unit follows it ("a hundred and one") or a verb of living reaches
# it ("lived to a hundred", "turned a hundred"): then it is an age.
_A_HUNDRED = re.compile(rf"\ba[ \t]+hundred(?:[ \t]+and)?[\s-]{_UNITS}\b|(?:\b(?:lived|lives|live|living|made it|make it|"
                        rf"reached|reach|reaching)[ \t]+to|\b(?:turned|turns|turning|reached|reaching))[ \t]+"
                        rf"(a[ \t]+hundred(?:(?:[ \t]+and)?[\s-]{_UNITS}\b)?)\b", re.I)
# The same in Spanish and Portuguese: "noventa y dos años", "noventa e três anos", "cien años" ("cien" alone counts money).
_UNIDADES = r"(?:uno|un|una|um|uma|dos|dois|duas|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove)"
_SPANISH_AGE = re.compile(rf"\b(?:noventa(?:[ \t]+[ye][ \t]+{_UNIDADES})?|(?:cien|ciento|cem|cento)(?:[ \t]+(?:[ye][ \t]+)?{_UNIDADES})?(?=[ \t]+a[ñn]os\b))\b", re.I)
_SPANISH_DURATION = re.compile(r"^[\s-]*(?:minutos?|d[ií]as?|horas?|sesiones?|semanas?|por ciento|%|d[oó]lares|pesos|mg)\b", re.I)
_NUM = r"(?:9\d|1[01]\d)"
_KIN = "|".join(re.escape(r) for r in RELATIONS)
_DIGIT_AGE = [
    re.compile(rf"\b({_NUM})(?=[\s-]*(?:-?year-old|years? old|yo\b|y/o|y\.o\.|yrs? old|yrs?\b(?![ \t]+(?:ago|of|since|later|sober|clean))|M\b|F\b|a[ñn]y?os\b|ans\b|jahre\b|j\.(?!\w)|jährige?[nrs]?\b|tuổi|taon\b|xyoos\b|anni\b|jaar\b|ปี|岁|歳|세|살|વર્ષ|वर्ष|साल|বছর|ਸਾਲ|سال|வயது)|Y\b)", re.I),
    # "Age ...... 92" (a form with dot leaders), "AGE: 94", "turns 100"
    # ... and "Age at death: 92", "age at admission - 93"
    # ... and a label with a note in brackets after it: "AGE (last birthday) .... 91", "Age (yrs): 93"
    re.compile(rf"\b(?:age(?:[ \t]+(?:at|on|of)[ \t]+(?:death|admission|intake|onset|referral|discharge|interview|entry))?\)?(?:[ \t]*\((?i:last birthday|at last birthday|years|yrs?|in years)\))?|aged|ages|turned|turning|turns|is|was|at|now|will be)(?:\s*[:.…=\-]+\s*|\s+)(0?{_NUM})\b(?!\s*(?:%|percent|min|minutes|mg|days|sessions|lbs?|kg|/))", re.I),
    # after a name: "Mrs. P (Philippa Ashgrove-Vance), 97.", "she says yes, 91."
    # ... told as an estimate: "Gran (Ada Moss, about 94)", "the landlord, nearly 91."
    re.compile(rf"(?<=[A-Za-z\"”)])\\? ?[(,]\s*(?:(?:about|around|approx\.?|approximately|nearly|almost|maybe|ca\.|~)[ \t]*)?"
               rf"({_NUM})(?=[ \t]*(?:[),;(]|\.(?!\d)|\n|$)|(?:[ \t]{{2,}}|\t)[A-Z])"),  # "Hoa\\, 93 (he helps)": a vCard escapes the comma
    # ... or before a form's next field after a wide gap: "Client: Opal Marie Henderson, 92   DOB 06/22/1934"
    # ... and an aside in the brackets after it: "Nonno Beppe (93!)", "Aunt Vi (91 -- hard of hearing)", "Lou (94?)"
    re.compile(rf"(?<=\b[A-Z][a-z])(?:[a-z]*|\.?[\"”])[ \t]?\([ \t]*({_NUM})(?=[ \t]*(?:!|\?(?!\d)|[-–—]{{1,2}}[ \t]|[ \t]+[-–—]))"),
    # after initials: "Mr. O., 92, the oldest", "J.D., 91, a retired miner"
    re.compile(rf"(?<=[A-Z]\.),\s*({_NUM})(?=[ \t]*(?:[),;(]|\.(?!\d)|\n|$))"),
    # a birthday told as a possessive ordinal: "Millie's 91st?", "for Dad's 95th"
    re.compile(rf"(?<=['\u2019]s )({_NUM}(?:st|nd|rd|th))\b(?![ \t]+(?:percentile|street|st\b|ave|floor|place))", re.I),
    # "in his 97th year"
    re.compile(rf"\b(?:in|into) (?:her|his|their|my|the) ({_NUM}(?:st|nd|rd|th))[ \t]+year\b", re.I),
    # a form's age field named for an event in two words: "Age on travel date: 93", "Age as of service start: 91"
    # ... or in one word: "Age at assessment: 95", "Age on arrival = 91"
    re.compile(rf"\bage[ \t]+(?:at|on|as of)[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+)?[ \t]*[:=][ \t]*({_NUM})\b(?![.,]?\d|\s*%)", re.I),
    re.compile(rf"\(({_NUM})\s*(?:yo|y/o|y|yrs?|years?|[MF])?\)"),
    # an age reported in speech: "she said 93 at the visit", "he tells me he's 96", "pt states she is 101"
    re.compile(rf"\b(?:he|she|they|pt|patient|client|resident)[ \t]+(?:said|says|states|stated|reports|reported|tells[ \t]+(?:me|us)|"
               rf"told[ \t]+(?:me|us))[ \t]+(?:(?:he|she|they)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+|(?:(?:he|she|they)[ \t]+)?(?:is|was)[ \t]+)?"
               rf"({_NUM})\b(?![ \t]*(?:%|percent|min|minutes|mg|days|times|sessions|lbs?|kg|pounds|/|[.,]\d))", re.I),
    # ... and of oneself, in a voicemail or a quote: "I'm 90, ninety-one in April", "i'll be 93 next week"
    re.compile(rf"\b(?:i['’]m|i am|i['’]ll be|i will be|i turn(?:ed|s)?)[ \t]+({_NUM})\b(?![ \t]*(?:%|percent|min|minutes|mg|days|"
               rf"times|sessions|lbs?|kg|pounds|dollars|bucks|miles|feet|ft|hours|weeks|months|/|[.,]\d))", re.I),
    # ... and with the verb contracted after a person: "she's 93 so", "Grandpa's 91 now", "Ines's nearly 95"
    re.compile(rf"(?:\b(?i:she|he|{_KIN})|\b[A-Z][a-z]+)['’]s[ \t]+(?:(?i:about|nearly|almost|now|already|only)[ \t]+)?({_NUM})\b"
               rf"(?![ \t-]*(?i:%|percent|degrees|°|min|minutes?|mg|days?|times|sessions?|lbs?|kg|pounds|dollars|bucks|miles|mph|"
               rf"feet|ft|hours?|weeks?|months?|units?|/|[.,]\d))"),
    # Haitian Creole "li gen 91 an" (she has 91 years)
    re.compile(rf"\b(?:gen|genyen)[ \t]+({_NUM})[ \t]+an\b", re.I),
]
# A birth year alone gives the age away when the person is 90 or older: "b. 1931", "born in 1929" (judged against
# this year, so the rule does not age).
_BIRTH_YEAR = re.compile(r"\b(?:b\.|born(?: in)?|birth year:?|YOB:?|DOB:?|date of birth:?)[ \t]*((?:18|19)\d{2})\b(?![/.-]\d)", re.I)
# An age of 90 or more told as a decade or as an end point: "in her tenth decade", "drove till 98."
_DECADE = re.compile(r"\b(?:tenth|eleventh|10th|11th) decade\b|\b(?:in|into) (?:her|his|their|my) (?:late |early |mid-?)?nineties\b", re.I)
_UNTIL = re.compile(rf"\b(?:till|until|up to)[ \t]+(?:age[ \t]+)?({_NUM})(?=[\"”'’)]?[ \t]*(?:[.!;,]|$))", re.I)
# "ninety" also appears in "ninety minutes" and "ninety days": those are durations, not ages.
_DURATION_AFTER = re.compile(r"^[\s-]*(?:minutes?|mins?|days?|hours?|sessions?|percent|%|units?|mg|dollars?)", re.I)
_COUNT_AFTER = re.compile(r"^[\s-]*(?:times|people|things|reasons|pounds|lbs|miles|degrees|bucks|ways|words|pages|calls|"
                          r"texts|messages|more|of)\b", re.I)
# An age written as "94 years" with nothing after it, closing a form's field or a quote ("M / 94 years", '"94 years"');
# a duration says what it measures or since when ("married 92 years", "for 90 years", "100 years ago"); a card cheers
# it ("Dad -- 95 years!!").
_BARE_YEARS = re.compile(rf"(?<![\w.,/-])({_NUM})[ \t]+years\b(?=[ \t]*(?:[\"”'’),;|!]|\.(?!\d)|[ \t]{{2}}|$))", re.I | re.M)
_NOT_BEFORE_YEARS = re.compile(r"\b(?:for|over|past|than|last|first|next|married|together|sober|clean|in|within|after|the|"
                               r"those|these|some|nearly|almost|about|around|of|served|spent|lasted|took)[ \t]+$", re.I)
_AGE_LABEL = re.compile(r"\b(?:age(?:[ \t]+(?:at|on|of|as of)(?:[ \t]+\w+){1,2})?\)?(?:[ \t]*\([\w ]{1,20}\))?|aged|edad)\s*[:.…=\-]+\s*$", re.I)
_SCORE_BEFORE = re.compile(r"(score|scored|=|:|of|PHQ|GAD|PCL|BDI|LSAS|AUDIT|MoCA|index|percentile|IQ|average|superior|"
                           r"borderline|low|high|elevated|mild|moderate|severe|minimal|significant|at risk|normal|"
                           r"range|glucose|sugar|weight|pulse|temp|sats?|spo2|o2|hr|bp|rate|level|total|raw)\W{0,3}$", re.I)


# Every script's decimal digits read as ASCII ones, one character for one, so offsets hold.
_ASCII_DIGITS = {c: str(unicodedata.decimal(chr(c))) for c in range(0x660, 0x1C50)
                 if unicodedata.category(chr(c)) == "Nd"}


def find_ages(text: str) -> list[PhiSpan]:
    """Text -> spans of ages over 89; ages under 90 are not identifying and stay."""
    spans = []
    for m in _WORD_AGE.finditer(text):
        if not _DURATION_AFTER.match(text[m.end():m.end() + 12]):
            spans.append(PhiSpan(m.start(), m.end(), "AGE_OVER_89", 0.8, "age_words"))
    for m in _A_HUNDRED.finditer(text):
        g = 1 if m.group(1) else 0
        if not _DURATION_AFTER.match(text[m.end():m.end() + 12]) and not _COUNT_AFTER.match(text[m.end():m.end() + 12]):
            spans.append(PhiSpan(m.start(g), m.end(g), "AGE_OVER_89", 0.8, "age_words"))
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.8, "age") for m in _BARE_YEARS.finditer(text)
              if not _NOT_BEFORE_YEARS.search(text, max(0, m.start() - 12), m.start())]
    spans += [PhiSpan(m.start(), m.end(), "AGE_OVER_89", 0.8, "age_words") for m in _SPANISH_AGE.finditer(text)
              if not _SPANISH_DURATION.match(text[m.end():m.end() + 16])]
    instruments: list[tuple[int, int]] | None = None
    view = text.translate(_ASCII_DIGITS)  # "(Age): ૯૧ વર્ષ": a bilingual form writes the age in its own script's digits
    for pat in _DIGIT_AGE:
        for m in pat.finditer(view):
            before = text[max(0, m.start(1) - 32):m.start(1)]
            if _SCORE_BEFORE.search(before) and pat is not _DIGIT_AGE[0] and not _AGE_LABEL.search(before):
                continue  # "score: 92" is a score; "AGE: 92" is an age
            if pat is not _DIGIT_AGE[0] and not _AGE_LABEL.search(before):
                instruments = find_instruments(text) if instruments is None else instruments
                if any(0 <= m.start(1) - end <= 40 and not re.search(r"[.;\n]", text[end:m.start(1)]) for _, end in instruments):
                    continue  # "LSAS-SR at intake 9/4 was 92": the instrument's score, not an age
            spans.append(PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.85, "age"))
    this_year = date.today().year
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.85, "birth_year") for m in _BIRTH_YEAR.finditer(text)
              if this_year - int(m.group(1)) >= 90]
    spans += [PhiSpan(m.start(), m.end(), "AGE_OVER_89", 0.8, "age_words") for m in _DECADE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.8, "age") for m in _UNTIL.finditer(text)]
    spans += find_told_ages(text)  # "her 95th birthday", "says shes 92", "96 and counting"
    return spans + find_script_ages(text)  # "အသက် ၉၂", "возраст 93": other languages' words for age
