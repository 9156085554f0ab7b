"""Instrument names and the shapes of scores around them (scores in prose, lists and labels)."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import I, PLACEHOLDER, _rx  # noqa: F401

# Canonical instrument -> pattern. Categorical instruments carry results, not numbers.
INSTRUMENTS: tuple[tuple[str, str], ...] = (
    ("PHQ-9", r"PHQ[-\s]?9(?!\d)|(?i:patient health questionnaire)(?:[-\s]?9)?(?![-\s]?(?:A|15|2)\b)"), ("PHQ-A", r"PHQ[-\s]?A\b"), ("PHQ-2", r"PHQ[-\s]?2\b"),
    ("PHQ-15", r"PHQ[-\s]?15\b"), ("GAD-7", r"GAD[-\s]?7\b|(?i:generali[sz]ed anxiety disorder[-\s]*7(?:[-\s]item)?(?: scale)?)"), ("GAD-2", r"GAD[-\s]?2\b"),
    ("PCL-5", r"PCL[-\s]?5\b|(?i:PTSD checklist(?: for DSM-5)?)"), ("PCL-C", r"PCL[-\s]?C\b"), ("CY-BOCS", r"CY[-\s]?BOCS\b"),
    ("Y-BOCS", r"(?<!C)Y[-\s]?BOCS\b|(?<!Children's )(?i:yale[-\s]brown obsessive[-\s]compulsive scale)"), ("Vanderbilt", r"Vanderbilt"), ("EDE-Q", r"EDE[-\s]?Q|(?i:eating disorder examination questionnaire)"),
    ("CALOCUS", r"CALOCUS"), ("LOCUS", r"(?<!CA)LOCUS"), ("CASII", r"CASII"), ("ECSII", r"ECSII"),
    ("AUDIT-C", r"AUDIT[-\s]?C\b"), ("AUDIT", r"AUDIT(?![-\s]?C\b)\b|(?i:alcohol use disorders identification test)"), ("DAST-10", r"DAST(?:[-\s]?10)?\b"),
    ("CUDIT-R", r"CUDIT(?:[-\s]?R)?\b"), ("CIWA-Ar", r"CIWA(?:[-\s]?Ar)?\b"), ("COWS", r"\bCOWS\b"),
    ("BMI", r"\bBMI\b|body mass index"), ("potassium", r"potassium|\bserum K\b|\bK\+"),
    ("BDI-II", r"\bBDI(?:[-\s]?II)?\b|(?i:beck depression inventory(?:[-\s]?II)?)"), ("BAI", r"\bBAI\b|(?i:beck anxiety inventory)"), ("EPDS", r"\bEPDS\b|(?i:edinburgh postnatal(?: depression scale)?)"),
    ("DOCS", r"\bDOCS\b|(?i:dimensional obsessive[-\s]compulsive scale)"), ("PDSS", r"\bPDSS\b|(?i:panic disorder severity scale)"), ("SCARED", r"\bSCARED\b"), ("RCADS", r"\bRCADS\b"),
    ("CDI-2", r"\bCDI(?:[-\s]?2)?\b"), ("QIDS-SR16", r"\bQIDS(?:[-\s]?SR(?:[-\s]?16)?)?\b"),
    ("MDQ", r"\bMDQ\b"), ("ASRS", r"\bASRS\b"), ("DERS", r"\bDERS\b|(?i:difficulties in emotion regulation scale)"), ("BSL-23", r"\bBSL[-\s]?23\b"),
    ("BES", r"\bBES\b"), ("PG-13", r"\bPG[-\s]?13(?:[-\s]?R)?\b"), ("ICG", r"\bICG\b"), ("CAPS-5", r"\bCAPS[-\s]?5\b"),
    ("CPSS", r"\bCPSS\b"), ("CATS", r"\bCATS\b"), ("SPIN", r"\bSPIN\b"), ("LSAS", r"\bLSAS\b"),
    ("SRS-2", r"\bSRS[-\s]?2\b"), ("PSWQ", r"\bPSWQ\b"), ("OQ-45", r"\bOQ[-\s]?45\b"), ("YMRS", r"\bYMRS\b"),
    ("HAM-D", r"\bHAM[-\s]?D\b|\bHRSD\b"), ("HAM-A", r"\bHAM[-\s]?A\b"), ("MADRS", r"\bMADRS\b"),
    ("GDS", r"\bGDS(?:[-\s]?15)?\b"), ("GAI", r"\bGAI(?:[-\s]?SF)?\b"), ("MoCA", r"\bMoCA\b"),
    ("MMSE", r"\bMMSE\b"), ("WHODAS", r"\bWHODAS(?:[-\s]?2\.0)?\b"), ("DLA-20", r"\bDLA[-\s]?20\b"),
    ("CANS", r"\bCANS\b"), ("SDQ", r"\bSDQ\b"), ("PSC-17", r"\bPSC[-\s]?17\b"), ("CGI", r"\bCGI(?:[-\s]?[SI])?\b"),
    ("K10", r"\bK[-\s]?10\b"), ("ISI", r"\bISI\b"), ("DUDIT", r"\bDUDIT\b"), ("EAT-26", r"\bEAT[-\s]?26\b"),
    ("OCI-R", r"\bOCI(?:[-\s]?R)?\b"), ("CSI", r"\bCSI(?:[-\s]?\d+)?\b"), ("DAS", r"\bDAS\b|Dyadic Adjustment"),
    ("Zarit", r"\bZarit\b"), ("CBCL", r"\bCBCL\b"), ("SNAP-IV", r"\bSNAP(?:[-\s]?IV)?\b"),
    ("%EBW", r"%\s?(?:EBW|IBW|mBMI)|percent (?:of )?(?:expected|ideal) body weight"),
    ("heart rate", r"(?i:heart rate|pulse)\b|\bHR\b"), ("A1c", r"\bA1c\b"), ("sodium", r"\bsodium\b"),
    ("phosphorus", r"\bphosph(?:orus|ate)\b"), ("lithium level", r"\blithium level\b"),
    ("C-SSRS", r"C-?SSRS|Columbia(?: Suicide Severity Rating Scale)?"), ("ASQ", r"\bASQ\b"),
)
CATEGORICAL = {"C-SSRS", "ASQ"}
COUNT_STYLE = {"Vanderbilt", "SNAP-IV"}  # "8/9" means items endorsed, kept as text
# Acronyms that are also English words (cats, spin, scared) only count in capitals.
_CASED = {"AUDIT", "CATS", "SPIN", "DOCS", "BES", "DAS", "ISI", "CSI", "SCARED", "COWS", "CANS", "ICG", "GAI", "CGI", "heart rate"}
INSTRUMENT_RES = tuple((name, re.compile(r"(?<![A-Za-z0-9])(?:%s)" % src, 0 if name in _CASED else I))
                       for name, src in INSTRUMENTS)

# Between an instrument and its number: parentheticals, dates, qualifiers and linking words only.
# Comparators (below, <, under) are absent on purpose: "PHQ-9 below 10" is a target, not a score.
_GAP_WORD = (r"(?:improved|decreased|dropped|fell|rose|increased|down|up|went)\s+to|total|global|mean|average|raw|scores?|scored|score of|parent|teacher|child|youth|self[- ]report|"
             r"inattentive|hyperactive|hyperactivity|combined|composite|level|today|now|currently|current|initial|"
             r"intake|baseline|admission|discharge|at|on|was|is|were|of|rose|fell|increased|decreased|dropped|"
             r"improved|went|from|items?\s+endorsed|items|rating|result|short form|version|SR16|SR|screen|"
             r"partner(?:\s+[AB12]\b)?|mother|father|caregiver|client|patient|report|self")
MEASURE_TAIL = re.compile(
    r"(?:\s*\([^()]{0,70}\)|\s*\|\s*|\s*\)|\s+(?:%s)\b|\s*%s|\s*\d{1,2}/\d{1,2}/\d{2,4}\b|\s*\d{1,2}/\d{1,2}(?=\s*[:=])|\s*[=:,\u2013\u2014-](?!\s*>))*?\s*"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|mins?|nights?|x\b|%%|th\b|st\b|nd\b|rd\b))" % (_GAP_WORD, PLACEHOLDER), I)
# Further values after the first: "34 (03/04/2025), 26 (08/26/2025)", "18 -> 12 -> 9", "from 34 ... to 9".
MEASURE_NEXT = re.compile(
    r"(?:\s*\([^()]{0,40}\)|\s+(?:on|at|in)\s+(?:admission|intake|baseline|%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?))*\s*"
    r"(?P<sep>,|;|\u2192|->|=>|\bto\b|\bthen\b|\bnow\b|\bfrom\b|\|)\s*(?:(?:now|currently|today|this week|at discharge)\s*[:=]?\s*)?"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|nights?|%%|x\b))" % PLACEHOLDER, I)
# "PHQ-9 12 (intake 18)": a parenthesised earlier value.
BASELINE_PAREN = re.compile(r"\s*\((?:at\s+)?(?:intake|baseline|initial|prior|previous(?:ly)?|was|admission|last (?:session|week|month|visit))"
                            r"\s*(?:score\s*)?(?:was|of|:|=)?\s*(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/])", I)
# "scored 14 on the PHQ-9", "a score of 31 on the BES"
MEASURE_BEFORE = re.compile(r"(?:scored|score of)\s+(?P<num>\d{1,3}(?:\.\d+)?)\s+on\s+(?:the\s+)?$", I)
CATEGORY_TAIL = re.compile(
    r"^[^.;\n]{0,40}?\b(negative|positive|low risk|moderate risk|high risk|low|moderate|high|denie[sd][^.;\n]{0,30}|"
    r"no (?:current )?(?:SI|suicidal)[^.;\n]{0,30}|passive[^.;\n]{0,30}|active[^.;\n]{0,30}|lifetime[^.;\n]{0,40}|none)", I)
# Whose score: "May's PHQ-9", "<PERSON_2>'s PHQ-9", "mother's PHQ-9" belong to someone other than the client.
OTHER_OWNER = re.compile(r"(%s|\b(?!(?:Client|Patient|Member|Child|Youth|Teen|Resident)\b)[A-Z][a-z]+|\b(?:mother|father|mom|dad|parent|wife|husband|"
                         r"partner|spouse|sister|brother|caregiver|grandmother|grandfather|guardian))['\u2019]s\s+(?:\w+\s+)?$" % PLACEHOLDER)
BASELINE_CUE = _rx(r"\b(?:prior|previous|previously|was|baseline|initial|initially|intake|admission|originally|first)\b(?:\s+\w+)?\s*[:=]?\s*$")
# A score named after these words in the same clause is a target, not a result.
GOAL_NEAR = _rx(r"\b(?:goals?|targets?|objectives?|aims?|reduc\w*|criteria|until|lower|achieve)\b")
NOT_DONE = _rx(r"\b(?:will|to be|plan(?:s|ned)? to|next (?:session|visit)|not (?:yet )?(?:completed|done|administered|"
               r"assessed|obtained|repeated)|deferred|declined to|unable to complete|pending|was not|were not)\b")
