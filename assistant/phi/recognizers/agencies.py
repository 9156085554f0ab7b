"""Organisations named without a head word of their own.

- A hospital, school or church named by its religious dedication ("admitted to Good Samaritan North",
  "hospitalized at Holy Cross"): the dedications are data (data/dedications.txt); a campus word after one belongs to it.
- A police, fire or ambulance agency named by its town and an abbreviation ("Orem PD", "Cache County FD"): the town
  must be a gazetteer place or end in County/City/Township, so "Borderline PD" (a disorder) is never read as one.
  An EMS agency needs two name words ("Tri-Valley Regional EMS"; "Called EMS" is prose).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.recognizers.gazetteer import place_names
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "dedications.txt"
_CAMPUS = r"(?:[ \t]+(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown)\b(?![ \t]+[a-z]))?"
_PLACE_TAIL = {"County", "City", "Township", "Twp", "Borough", "Parish", "Village", "Town"}
_AGENCY = re.compile(r"\b((?:[A-Z][\w'’.-]*[ \t]){1,4})(PD|FD|EMS|SO|DPS|Fire[ \t]Rescue|Fire[ \t]&[ \t]Rescue)\b(?![-/]\w)")
_FILLERS = {"Regional", "Area", "Metro", "Metropolitan", "Volunteer", "Tribal", "Community", "Joint", "Consolidated",
            "North", "South", "East", "West", "Central", "Valley"}
_NOT_NAME = re.compile(r"^(?:The|A|An|At|In|On|By|From|To|With|For|Per|Via|Called|Call|Notified|Contacted|And|Or|"
                       r"Then|When|After|Before|Client|Patient|Pt|Mother|Father|Mom|Dad)$")


@lru_cache(maxsize=1)
def _dedications() -> re.Pattern[str]:
    names = [ln.strip() for ln in _DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    alts = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b{_CAMPUS}")


def _town(words: list[str]) -> bool:
    """The words before an agency's abbreviation name a town: a gazetteer place, or a name ending in County/City."""
    names = place_names()
    core = [w for w in words if w not in _FILLERS]
    return bool(core) and (" ".join(core) in names or core[-1] in _PLACE_TAIL)


# A scouting unit by its number ("Troop 88", "Cub Scout Pack 3021"), and a military unit by its numbers and branch
# ("1-5 Cavalry", "3rd Battalion, 7th Marines", "2nd ABCT, 1st Armored Division").
_SCOUT_UNIT = re.compile(r"\b(?:(?:Boy|Girl|Cub|BSA)[ \t]+Scouts?[ \t]+)?(?:Troop|Pack)[ \t]+#?\d{1,4}\b")
_ORD = r"\d{1,3}(?:st|nd|rd|th)"
_BRANCH = (r"(?:Infantry|Cavalry|Field[ \t]Artillery|Air[ \t]Defense[ \t]Artillery|Aviation|Armor|Engineers?|Signal|"
           r"Military[ \t]Police|Special[ \t]Forces|Marines|Airborne|Rangers?|Sustainment|Support)")
_FORMATION = (rf"{_ORD}[ \t]+(?:{_BRANCH}[ \t]+)?(?:IBCT|ABCT|SBCT|BCT|CAB|SFG|MEU|Brigade(?:[ \t]Combat[ \t]Team)?|Battalion|Regiment|Squadron|"
              rf"Wing|Group|(?:Infantry|Armored|Airborne|Cavalry|Marine|Mountain)[ \t]Division|Division|Fleet)")
_MILITARY_UNIT = re.compile(rf"\b(?:(?:\d{{1,2}}-\d{{1,3}}|{_ORD})[ \t]+{_BRANCH}|{_FORMATION})\b(?:,[ \t]*{_FORMATION}\b){{0,2}}")
# ... and a memorandum's heading in capitals ("4TH BATTALION, 209TH ENGINEER REGIMENT"): read without case, kept
# only when written all in capitals, so prose's "the 1st group of patients" stays prose
_MILITARY_CAPS = re.compile(_MILITARY_UNIT.pattern, re.I)
# a Marian dedication names a parish, a school or a hospital whatever follows "of": "Our Lady of Prompt Succor"
_OUR_LADY = re.compile(r"\b(?:Our[ \t]+Lady|OUR[ \t]+LADY)(?:,?[ \t]+(?:Queen|QUEEN))?[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?"
                       r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|OF|THE)[ \t]+)?[A-Z][\w'’-]*){0,3}")


def find_agencies(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans for dedication-named institutions, town-named agencies and numbered units."""
    spans = [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_head") for m in _dedications().finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_unit")
              for pat in (_SCOUT_UNIT, _MILITARY_UNIT) for m in pat.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_unit") for m in _MILITARY_CAPS.finditer(text)
              if m.group().isupper()]
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_head") for m in _OUR_LADY.finditer(text)]
    for m in _AGENCY.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        while words and _NOT_NAME.match(words[0].group()):
            words = words[1:]
        names = [w.group() for w in words]
        if names and (_town(names) or m.group(2) == "EMS" and len(names) >= 2):
            spans.append(PhiSpan(m.start(1) + words[0].start(), m.end(), "ORGANIZATION_LINKED", 0.75, "org_head"))
    return spans
