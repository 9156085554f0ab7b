"""Instrument names from the measure catalog (assistant/data/measures.yaml) that redaction must keep.

The catalog is the letters' list of instruments; reading it here means every instrument a letter can report
also survives redaction (an "ECBI 172" or "PEth 212 ng/mL" that became <PERSON_3> was a lost score).
An acronym or a multi-word title is kept wherever it stands; a single capitalised word that could also be a
surname or a place ("Conners", "Vanderbilt") only when a score follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

CATALOG = Path(__file__).resolve().parents[1] / "data" / "measures.yaml"
# Instruments the catalog does not list (risk, capacity, bedside cognition, sedation), kept all the same.
KEPT = Path(__file__).resolve().parent / "data" / "kept_instruments.yaml"
# Support groups and programs named like organisations but national, never PHI (evalsets README: AA, NAMI).
SUPPORT_GROUPS = re.compile(r"\b(?:(?:Alcoholics|Narcotics|Gamblers|Cocaine|Marijuana|Overeaters|Crystal Meth|"
                            r"Sex and Love Addicts|Co-Dependents|Debtors) Anonymous|Al-Anon|Alateen|Nar-Anon|"
                            r"SMART Recovery|Celebrate Recovery|Refuge Recovery|Recovery Dharma|NAMI|DBSA|"
                            r"Families Anonymous|Adult Children of Alcoholics)\b")
_SCORE_AFTER = r"(?=[ \t]*(?:[-(:=,]|total|score|was|of|at)?[ \t]*\d)"


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, ...]:
    """The catalog's entries and the kept instruments', in that order."""
    return tuple(e for path in (CATALOG, KEPT) for e in (yaml.safe_load(path.read_text(encoding="utf-8")) or []))


def _acronym(alias: str) -> bool:
    """'ECBI', 'PEth', 'CRAFFT 2.1', 'EDE-Q', 'Vineland-3': capitals or digits inside make it an instrument name."""
    return sum(c.isupper() for c in alias) >= 2 or any(c.isdigit() for c in alias)


def _alias_rx(alias: str) -> str:
    parts = re.split(r"[\s-]+", alias.strip())
    return r"[\s_-]?".join(re.escape(p) for p in parts if p)  # a column name in code: "qids_sr16", "phq_9"


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern[str], ...]:
    """(always-kept names, cased names, names kept before a score), compiled from the catalog."""
    always, cased, scored = set(), set(), set()
    for entry in _entries():
        words, name_like = set(entry.get("cased") or []), set(entry.get("name_like") or [])
        for alias in [entry.get("name", "")] + list(entry.get("aliases") or []):
            if not alias or len(alias) < 2:
                continue
            if alias in name_like:
                scored.add(alias)  # "THI" is also a given name ("NGUYEN, THI BICH NGOC"): kept only before its score
            elif alias in words:
                cased.add(alias)
            elif _acronym(alias) or len(alias.split()) >= 3:
                always.add(alias)
            else:
                scored.add(alias)

    def union(names: set[str]) -> str:
        return "|".join(_alias_rx(a) for a in sorted(names, key=len, reverse=True))

    edge_l, edge_r = r"(?<![^\W_]|-)", r"(?![^\W_])"  # "cssrs_screen": a snake_case column still names its instrument
    # a version the catalog does not list, in capitals after the name, is part of it: "OCI-CV", "MoCA-B"; a short
    # form's letter may be appended to a name that ends in a hyphen and a letter ("XYZ-Q" -> "XYZ-QS"), never to a bare
    # acronym, where the capitals after it would spell a name ("DES" + "MOND")
    variant = r"(?:[-\u2010](?-i:[A-Z][A-Z0-9]{0,3})|(?<=[-\u2010][A-Za-z])(?-i:[A-Z]{1,2}))?"
    return (re.compile(rf"{edge_l}(?:{union(always)}){variant}{edge_r}", re.I),
            re.compile(rf"{edge_l}(?:{union(cased)}){variant}{edge_r}"),
            re.compile(rf"{edge_l}(?:{union(scored)}){edge_r}{_SCORE_AFTER}", re.I))


# The score written right after a name belongs with it: "Mini-Cog 5/5", "SLUMS 22/30", "GDS-15 = 8" ("5/5" is no date).
# A name's expansion in brackets may come between ("GAI (Geriatric Anxiety Inventory): 9/20"); never a date or a
# person in brackets ("PHQ-9 (Marcus, identified client) = 13" keeps the score, not the name).
_SCORE = re.compile(r"\)?(?:[ \t]*\([^()\d\n]{0,40}\b(?:Scale|Inventory|Index|Questionnaire|Checklist|Survey|Measure|Test|Screen\w*|"
                    r"Assessment|Rating)\b[^()\d\n]{0,20}\))?[ \t]*(?:[:=]|total|score|was|of)?[ \t]*\d{1,3}(?:\.\d+)?(?:[ \t]*/[ \t]*\d{1,3})?(?![\d/:-]|\.\d)")


# An instrument the catalog does not know, told by its shape: capitals (a suffix at most) with its expansion in
# brackets, or tied to a score by "=", an arrow or "today/total/score" ("SHAI today = 31", "XYZ-R -> 68"). A first
# name written in capitals ("SHAI", "JUNE") is no score's name in a clinical note, so these are kept.
_TIED_ACRONYM = re.compile(
    r"(?<![\w-])[A-Z][A-Z]{1,5}(?:-[A-Z0-9]{1,4})?(?=[ \t]*\([^()]{3,60}\b(?:Scale|Inventory|Index|Questionnaire|Checklist|"
    r"Survey|Measure|Test|Screen\w*|Assessment)\b[^()]{0,20}\)|(?:[ \t]+(?:today|total|score|raw))*[ \t]*(?:=|\u2192|->)[ \t]*\d)")


@lru_cache(maxsize=1)
def _maxima() -> tuple[re.Pattern[str], dict[str, int]]:
    """(a pattern for every catalog alias, alias folded -> the instrument's highest score)."""
    tops, aliases = {}, set()
    for entry in _entries():
        top = (entry.get("range") or [None, None])[1]
        for alias in [entry.get("name", "")] + list(entry.get("aliases") or []):
            if alias and len(alias) >= 2 and isinstance(top, (int, float)):
                tops.setdefault(_fold(alias), int(top))
                aliases.add(alias)
    names = "|".join(_alias_rx(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w])", re.I), tops


def _fold(alias: str) -> str:
    return re.sub(r"[\s-]+", "", alias).lower()


# A clause runs to a sentence end, a semicolon or a line break; a series of scores is written inside one.
# A table's cell ends it too: "| PHQ-9 | 17 | 2/3 |" dates the row.
_CLAUSE_END = re.compile(r"[;\n|\t]|[ ]{3}|(?<!\d)\.(?!\d)")
# A fraction that is a score, not a date: no date word before it, no year after it.
_FRACTION = re.compile(r"(?<![\w/.])(?<!on )(?<!dated )(?<!since )(?<!from )(?<!until )(?<!by )(\d{1,3})[ \t]*/[ \t]*(\d{1,3})(?![\w/.-]|\.\d)")

# ... but a month and day opening a bracket, with who gave the test after it, dates the score before it: "SLUMS 25/30
# (9/30, per Dr. Okafor)", "MMSE 27/30 (6/30 by neuropsych)"; a score in that place has a word ("was 24/30")
_DATED_BY = re.compile(r"(?<=\()[ \t]*(?:0?[1-9]|1[0-2])[ \t]*/[ \t]*(?:0?[1-9]|[12]\d|3[01])[ \t]*,?[ \t]+"
                       r"(?:per|by|according to|from)[ \t]+(?:Dr\.?|the|his|her|their|[A-Z][a-z]|[a-z]+(?:psych|logist|ologist))")


# ... and a month/day after the event a score was taken at, when the score itself was written before the event: "was 21
# at intake 8/27", "18 on admission 3/14" (with no number before, "at intake 14/27" is the intake score).
_SCORED_EVENT_BEFORE = re.compile(r"(?<![\w/.])\d{1,3}[ \t]+(?i:at|on|from)[ \t]+(?:the[ \t]+)?(?i:intake|admission|admit|"
                                  r"discharge|baseline|referral|booking|enrollment|enrolment|screening|evaluation|eval)[ \t]+$")
_WITH_NAME = re.compile(r"[ \t]*[:=]?[ \t]*(\d{1,3})[ \t]*/[ \t]*(\d{1,3})(?![\w/.-]|\.\d)")


def find_rated_fractions(text: str) -> list[tuple[int, int]]:
    """Fractions N/M later in an instrument's clause whose M is that instrument's highest score, or the denominator
    it was first written with ("GDS-15 6/15 in May -> 4/15 now": "4/15" is a score, not the fourth of a month)."""
    names, tops = _maxima()
    spans = []
    for m in names.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        clause_end = min(end.start() if end else len(text), m.end() + 160)
        seen = {tops.get(_fold(m.group()))}
        first = _WITH_NAME.match(text, m.end(), clause_end)
        if first and int(first.group(1)) <= int(first.group(2)):
            seen.add(int(first.group(2)))  # the denominator written with the name itself ("BAI 30/63")
        for f in _FRACTION.finditer(text, m.end(), clause_end):
            if int(f.group(2)) in seen and int(f.group(1)) <= int(f.group(2)) and not _DATED_BY.match(text, f.start()) \
                    and not _SCORED_EVENT_BEFORE.search(text, max(0, f.start() - 40), f.start()):
                spans.append((f.start(), f.end()))
    return spans


# A word of time before an instrument's name makes a month/day after it the day it was given ("on C-SSRS 1/8").
_EVENT_CUE = re.compile(r"\b(?i:next|last|on|due(?:[ \t]+for)?|since|until|dated|repeat)[ \t]+$")
_MONTH_DAY = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])")


def find_instruments(text: str) -> list[tuple[int, int]]:
    """Spans of catalog instrument names (with the score written right after them), acronyms tied to a score and
    national support groups."""
    spans = [(m.start(), m.end()) for m in _TIED_ACRONYM.finditer(text)]
    for rx in patterns():
        for m in rx.finditer(text):
            score = _SCORE.match(text, m.end())
            if score and _EVENT_CUE.search(text, max(0, m.start() - 12), m.start()) and _MONTH_DAY.fullmatch(score.group().strip()):
                score = None  # "high risk on C-SSRS 1/8", "next AIMS 3/14": the day the screen was done or is due, no score
            spans.append((m.start(), score.end() if score else m.end()))
    return spans + find_rated_fractions(text) + [(m.start(), m.end()) for m in SUPPORT_GROUPS.finditer(text)]
