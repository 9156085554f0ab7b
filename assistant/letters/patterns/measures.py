"""The shapes of scores around an instrument name (prose, lists and labels); the names are in the measure catalog."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import I, PLACEHOLDER, _rx  # noqa: F401

# Between an instrument and its number: parentheticals, dates, qualifiers and linking words only.
# Comparators (below, <, under) are absent on purpose: "PHQ-9 below 10" is a target, not a score.
_GAP_WORD = (r"(?:improved|decreased|dropped|fell|rose|increased|down|up|went)\s+to|(?:has |have |had )?(?:come|gone|went|dropped|fallen|risen|improved|decreased|increased)(?:\s+(?:down|up))?(?:\s+by)?\s+\d{1,3}\s+points?,?\s+from|came (?:out|in|back) at|landed at|(?:was |is )?rated(?: at)?|(?:he|she|they|client|pt)\s+scored|total|global|mean|average|averaged|averaging|raw|scores?|scored|score of|parent|teacher|child|youth|family|couple|self[- ]report|"
             r"inattentive|hyperactive|hyperactivity|combined|composite|level|today|now|currently|current|initial|"
             r"intake|baseline|admission|discharge|at|on|was|is|were|of|rose|fell|increased|decreased|dropped|"
             r"(?:that|this|last|the same|the first|the last)\s+(?:day|session|visit|week|time|morning|evening)|"
             r"improved|went|from|items?\s+endorsed|items|rating|result|short form|version|SR16|SR|screen|sub-?scale|scale|stage|"
             r"partner(?:\s+[AB12]\b)?|mother|father|mom|mum|dad|grandm(?:other|a)|grandf(?:ather|a)|guardian|caregiver|client|patient|report|self|T-?scores?|T|it was|it is|it's|"
             # the instrument's own noun after an abbreviation: "ASRS-v1.1 symptom checklist 52", "Whiteley index 24"
             r"symptom checklist|checklist|symptoms?|inventory|questionnaire|scale|index|form|"
             r"(?:was|is|at|of|now|scored|came in at|down to|up to)\s+an?|"
             # how it was given: "PG-13-R by phone: 33", "PCL-5 via interpreter 41", "BDI-II (done verbally) 22"
             r"(?:by|via|over(?: the)?)\s+(?:tele)?(?:phone|video|telehealth|zoom|interpreter|portal|app|e-?mail|text)|verbally|orally|"
             r"in[- ]person|on paper|on-?line|clinician[- ]rated|clinician[- ]administered|interview(?:er)?[- ]?(?:rated|administered)?|"
             # who gave it: "Y-OQ re-done by grandmother <DATE_1>: total 78", "SDQ completed by the teacher: 19"
             r"(?:re-?done|completed|repeated|rated|administered|filled (?:out|in)|given)(?:\s+by\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+)?[A-Za-z-]+)?")
# "3 or less", "10 or below": a threshold (a target), not a score.
_THRESHOLD = r"or (?:less|lower|fewer|below|under|more|higher|greater|above)\b"
MEASURE_TAIL = re.compile(
    # a version before the score ("MoCA 8.1: 23/30", "MoCA v8.1 = 26/30") is skipped like a qualifier
    r"(?:\s+v?\d{1,2}\.\d{1,2}(?=\s*[:=])|\s*,?\s*\d{1,3}[\s-]*(?:items?|questions?)\b(?=\s*\))|\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=\s+(?:was|were|is|scored)\b)|\s*\([^()]{0,70}\)|\s*\.{2,}|\s*(?:\.\s){2,}\.?|\s+\.(?=\s+\d)|\s*\|\s*|\s*\)|\s+(?:%s)\b|\s*%s|\s*\d{1,2}/\d{1,2}/\d{2,4}\b|\s+(?:on|in|at)\s+\d{1,2}/\d{1,2}\b(?!/)|\s*\d{1,2}/(?:(?:19|20)\d{2}|\d{1,2})(?=\s*[:=])|\s*(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:-(?:19|20)?\d\d)?(?=\s*:)|\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=\s+\d{1,3}(?:\.\d+)?(?![\d/.]))|\s*[=:,\u2013\u2014-](?!\s*>)|\s*(?:\u2192|->)(?=\s*\d))*?\s*"
    # "on 08/18" is a date, not a fraction 8/18
    r"(?:(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bby\s)|(?!\d{1,3}\s*/))"
    r"(?!\d{1,2}\.\d{1,2}\s*[:=]\s*\d)(?!\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*:|\s+\d|\s+(?:was|were|is|scored)\b))(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?!,\d{3}(?!\d))(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?:\s+(?:out\s+)?of\s+\d{1,3}\b(?!\s*(?:items?|days?|weeks?)))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*-?\s*(?:items?|questions?)\b)(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|mins?|nights?|x\b|%%|th\b|st\b|nd\b|rd\b|points?\b|%s))"
    r"(?!-(?:day|week|month|hour|minute)s?\b)" % (_GAP_WORD, PLACEHOLDER, _THRESHOLD), I)  # "the 30-day review" names no score
# Further values after the first: "34 (03/04/2025), 26 (08/26/2025)", "18 -> 12 -> 9", "from 34 ... to 9",
# "was 19 when we started in <DATE_2>, it was 12 in <DATE_3>, and it's 9 today", "68 and on <DATE_5> it was 52".
# A date before the separator belongs to the value before it ("pre"); one after it, to the next value ("post").
_MONTH = r"(?:(?:early|mid|late)[- ]?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
_POINT = (r"(?:admission|admit|arrival|entry|enrol(?:l)?ment|intake|baseline|discharge|(?:the )?(?:group |program |initial )?(?:screening|referral)|(?:the )?(?:group |treatment |program |the )?start(?: of (?:group|treatment|care|the program))?|"
          r"(?:week|wk|session|day|visit)\s*#?\s*\d+|%s|(?:19|20)\d\d-\d\d-\d\d\b|\d{1,2}/(?:19|20)\d{2}(?!\d)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|%s)"
          % (PLACEHOLDER, _MONTH))
MEASURE_NEXT = re.compile(
    r"(?P<pre>(?:\s*(?:pts?\.?|points?|ng/mL|mg/dL|mcg/L|dB|%%)(?![\w/]))?(?:\s*\([^()]{0,40}\)|\s+(?:on|at|in|by)\s+%s|(?<=intake|seline|ission)\s+%s|\s+(?:today|now|tonight|this (?:week|session|visit|morning|afternoon|evening))\b|\s+(?:on|at) (?:(?:the |our )?(?:PHP|IOP|program|programme|hospital|residential|inpatient|clinic|group|unit|first)\s+)?(?:arrival|admission|intake|baseline|referral|discharge)\b|\s+when\s+(?:we|she|he|they|I|treatment|therapy)\s+(?:started|began|first\s+came)|\s+(?:at|on|in|during)\s+(?:the|her|his|their|our|a)\s+(?:[\w<>/'-]+\s+){0,2}?(?:re-?assessments?|assessments?|evaluations?|intake|visits?|sessions?|reviews?|administrations?|re-?tests?|screenings?|check-?ins?|appointments?|follow-?ups?)\b)*)\s*"
    # a run of dated values with only spaces between them: "PHQ-A  10/06: 23   10/13: 21   10/20: 19"
    r"(?P<sep>,|;|\u2192|\u21d2|\u00bb|-{1,2}>|=>|(?<=[\s)])>(?=\s*\d)|\bto\b|\bthen\b|\bnow\b|\bfrom\b|\||\band\b(?=\s+(?:on|at|in|by|it|this|that|last|next)\b|\s+\d{1,3}(?:\.\d+)?(?:\s*(?:/|of|out of)\s*\d{1,3})?\s+(?:on|at|in|by|today|now|this)\b)|(?<=\s)(?=%s\s*[:=]\s*\d))\s*"
    r"(?P<post>(?:and\s+)?(?:(?:on|at|in|by)\s+%s(?:\s+%s)?\s+|%s(?:\s+%s)?\s*[:=]\s*|(?:<DATE_\d+>|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/(?:19|20)\d{2})\s+(?=\d))?(?:(?:last|this|next) (?:week|month|visit|session|time),?\s+(?=it\b|that\b))?(?:re-?(?:rated|scored|tested|administered)\s+(?:this|today|on|at)\b[^;,.\d]{0,15}?\s+(?=it\b|that\b))?(?:(?:it|this|that)(?:['\u2019]s|\s+was|\s+is|\s+had\s+(?:dropped|fallen|risen|gone\s+(?:down|up))\s+to)(?:\s+(?:back\s+)?(?:up|down)\s+to)?\s+)?)"
    # "...; today she rated 71", ", this week he scored 12"
    r"(?:(?:now|currently|today|this week|at discharge)(?:,?\s+(?:she|he|they|the client|client|pt)\s+(?:rated|scored|was|is|came in at|endorsed)(?:\s+(?:at\s+)?an?\b)?)?\s*[:=]?\s*)?"
    # "was 92, today's re-administration 74", "92 at intake; this week's retest 70"
    r"(?:(?:today|this week|this session)(?:['\u2019]s)?\s+(?:re-?administration|re-?test|score|result|rescore)\s*[:=]?\s*)?"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?!,\d{3}(?!\d))(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?:\s+(?:out\s+)?of\s+\d{1,3}\b(?!\s*(?:items?|days?|weeks?)))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|nights?|%%|x\b|points?\b|%s))" % (_POINT, _POINT, _POINT, _POINT, _POINT, _POINT, _POINT, _THRESHOLD), I)
# "PHQ-9 12 (intake 18)": a parenthesised earlier value.
BASELINE_PAREN = re.compile(r"\s*\((?:at\s+)?(?:intake|baseline|initial|prior|previous(?:ly)?|prev\.?|was|admission|admit|last (?:session|week|month|visit))"
                            r"\s*(?:score\s*)?(?:was|of|:|=)?\s*(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/.])", I)
# An earlier value written right after the current one: "PHQ-9 12 (16 on 04/03/2025)", "13, down from 19 on
# <DATE_2>", "Y-BOCS 22 today (29 on 06/10/2025)", "PCL-5 = 41 (intake 12/10/2024: 58)", "PHQ-A 12 today (17 at
# intake 02/04/2025)", "PCL-5 41 vs 58 in March", "CDI-2 raw 18 (22 last month)".
# the current value's own time before the earlier one: "12 today (18 at intake)", "2 on 10/19 (14 on 9/29)"
_NOW = r"(?:\s+(?:today|now|currently|this week|this session|at this visit)|\s+(?:on|at)\s+%s(?=\s*\()|\s*\|\s*%s(?=\s*\())?" % (_POINT, _POINT)
_WHEN = (r"\s+(?:on|at|in)\s+(?:(?:IOP|PHP|program|programme|clinic|hospital|inpatient|residential)\s+)?(?:intake|baseline|admission|entry|enrol(?:l)?ment)?\s*(?:on\s+)?%s|\s+(?:at\s+)?(?:(?:the\s+)?(?:IOP|PHP|program|programme|clinic|"
         r"group|residential|hospital|inpatient|treatment|our|first)\s+)?(?:intake|baseline|admission|entry|enrol(?:l)?ment)"
         r"(?:\s+(?:on\s+)?%s)?|\s+(?:at\s+)?(?:the\s+)?last\s+(?:[a-z]+\s+)?(?:week|month|session|visit|appointment)|\s*[-\u2013]\s*%s"
         # an earlier occasion named by its order: "(17 at his first session)", "(22 at the opening assessment, 09/04)"
         r"|\s+(?:at|on|in|during|from)\s+(?:the\s+|his\s+|her\s+|their\s+|our\s+|my\s+)?(?:very\s+)?(?:first|initial|opening|1st|earlier|previous|prior|second|2nd)\s+"
         r"(?:session|visit|appointment|appt|meeting|assessment|evaluation|eval|consult(?:ation)?|screening|check-?in)(?:,?\s*(?:on\s+)?%s)?" % (_POINT, _POINT, _POINT, _POINT))
EARLIER_VALUE = re.compile(
    _NOW + r"\s*(?:"
    # "(June 2)" alone in a bracket is a date, not an earlier value of 2
    r"\((?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?\s*\))"
    r"\s*(?:at\s+)?(?P<label>intake|baseline|admission|admit|initial|first|prev\.?|previous|%s)\s*(?P<ldate>%s)?"
    # the occasion named after its date: "(09/23 visit: 16)", "(intake 2026-09-23 Intake: 16)"
    r"(?:\s+(?:intake|visit|session|assessment|evaluation|eval|screening|appointment|appt|admission|baseline)\b)?\s*[:=,]?\s*(?<![\d/.])(?P<lnum>\d{1,3}(?:\.\d+)?)(?:\s*(?:/|of|out of)\s*\d{1,3}(?![\d/]))?(?=\s*[);\-\u2013])"
    r"|(?:\(\s*|[,;]\s*|\s+|[-\u2013\u2014]\s*)(?:(?:(?:down|up|dropped|decreased|improved|rose|increased|fallen|worsened|changed)\s+)?"
    r"(?:from|vs\.?|versus|compared (?:with|to)|was|previously|prior)\s+(?P<num>\d{1,3}(?:\.\d+)?)"
    # a band or grade may come first in the bracket: "MIDAS 48 (grade IV; 61 at intake)"
    r"|\(\s*(?:[A-Za-z][^()\d;\n]{0,30};\s*)?(?:T\s*[=:]\s*|T-?score\s*(?:of\s*)?[=:]?\s*)?(?!(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/\d{2,4})?\s+(?:at\s+)?(?:intake|adm\w*|baseline|initial|start|first)\b)(?P<pnum>\d{1,3}(?:\.\d+)?)(?:\s*(?:/|of|out of)\s*\d{1,3})?(?=%s)))"
    r"(?P<when>%s)?(?![\d/])" % (_POINT, _POINT, _WHEN, _WHEN), I)
# "scored 14 on the PHQ-9", "a score of 31 on the BES"
# A score written before its instrument: "scored 14 on the PHQ-9", "came in at an 11 on the PHQ-9", "a 22 on the ISI".
MEASURE_BEFORE = re.compile(r"(?:\bscored(?: an?)?|\bscore of|\b(?:at|got|had|was|with)(?: an?)?|(?:^|[,;:(]\s*|\b(?:and|but|then|now)\s+)an?)"
                            r"\s+(?P<num>\d{1,3}(?:\.\d+)?)\s+on\s+(?:the\s+|her\s+|his\s+|their\s+)?$", I)
CATEGORY_TAIL = re.compile(
    r"^[^.;\n]{0,40}?\b(negative|positive|low risk|moderate risk|high risk|low|moderate|high|denie[sd][^.;\n]{0,30}|"
    r"no (?:current )?(?:SI|suicidal)[^.;\n]{0,30}|passive[^.;\n]{0,30}|active[^.;\n]{0,30}|lifetime[^.;\n]{0,40}|none)", I)
# Whose score: "May's PHQ-9", "<PERSON_2>'s PHQ-9", "mother's PHQ-9" belong to someone other than the client.
OTHER_OWNER = re.compile(r"(%s|\b(?!(?:Client|Patient|Member|Child|Youth|Teen|Resident)\b)[A-Z][a-z]+|\b(?:mother|father|mom|dad|parent|wife|husband|"
                         r"partner|spouse|sister|brother|caregiver|grandmother|grandfather|guardian))['\u2019]s\s+(?:\w+\s+)?$" % PLACEHOLDER)
BASELINE_CUE = _rx(r"\b(?:prior|previous|previously|was|baseline|initial|initially|intake|admission|originally|first)\b(?:\s+\w+)?\s*[:=]?\s*$")
# A score named after these words in the same clause is a target, not a result.
GOAL_NEAR = _rx(r"\b(?:goals?|targets?|objectives?(?!\s*:)|aims?|reduc\w*|criteria|until|lower|achieve)\b")  # "OBJECTIVE:" is a SOAP section
NOT_DONE = _rx(r"\b(?:will|to be(?! (?:dead|alive|here|around|gone|living|better off)\b)|(?<!\bor )(?<!\bno )(?<!\bany )(?<!denies )(?<!denied )(?<!\band )plan(?:s|ned)? to|next (?:session|visit|contact|appointment|meeting)|recommend\w*|suggest\w*|should (?:be|have|get|complete)|not (?:yet )?(?:completed|done|administered|"
               r"assessed|obtained|repeated)|deferred|declined to|unable to complete|pending|was not|were not|"
               # a screen still ahead: "C-SSRS is due at the weekly review", "ASQ scheduled for Friday"
               r"due(?!\s+to\b)|scheduled (?:for|at|on)|at the (?:next|weekly|upcoming) (?:review|visit|session|meeting)|"
               r"needs? (?:a|an|to)|next week)\b")  # "this needs a full safety screen first thing next week"

# Any word between a loosely matched name and its number ("spin class at 6") means the number is not its score.
MEASURE_GAP_WORDS = re.compile(r"[A-Za-z]{2,}")
# A number followed by one of these is a count, a time or a dose, not a score.
UNIT_AFTER = (r"(?!\s*(?:weeks?|days?|months?|years?|yrs?|sessions?|times|hours?|hrs?|minutes?|mins?|nights?|x\b|%|th\b|st\b|nd\b|rd\b|"
              r"mg\b|points?\b|lbs?\b|pounds|kg\b|percent|am\b|pm\b|a\.m|p\.m))")
# A screen said to be done, its result not in the sentence ("C-SSRS completed - see scanned form"): the result documents it.
DONE_ONLY = _rx(r"^[^.;\n]*\b(?:completed?|done|administered|given|performed|on file|scanned|attached|see (?:scanned|attached|"
                 r"form|chart|EHR|record))\b")
SCREEN_RESULT = _rx(r"\b(?:den(?:y|ies|ied)|negative|positive|neg|pos|low|moderate|mod|high|imminent|minimal|none|no|not?|yes|endorse\w*|"
                     r"present|absent|passive|active|safe|score[sd]?|level|ideation|intent|plan)\b|\d")
# a number that a cut-off or a condition sets ("13 or higher", "10 and above", "15+"): a threshold, no score given
THRESHOLD_AFTER = re.compile(r"\s*(?:or|and) (?:higher|more|above|greater|over|lower|less|below|under|fewer)\b|\+(?!\d)", re.I)
# A month's name right after a number: the number is the day of a written date ("AQ: 2 Sep 2026 - anxiety 91").
MONTH_AFTER = re.compile(r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b\.?", re.I)
