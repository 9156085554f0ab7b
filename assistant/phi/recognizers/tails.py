"""Short identifying forms the other recognizers leave: a postal code after a place already found ("Hamtramck
48212", "Johannesburg, 2193"), a birth year written with an apostrophe ("b. '33"), a bed or plot number ("bed C-14"),
a number labelled only by an issuing body and "#" ("RID # 98801"), a saint's name with a possessive ("St. Luke's"),
military units and bases ("2nd Plt, C Co", "FOB Salerno") and the full stop of an abbreviated head ("Wake Co.")."""

from __future__ import annotations

import re

from assistant.phi.lexicon import STATE_ABBR_RE
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.recognizers.last_four import find_last_fours
from assistant.records import PhiSpan

# After an address: an optional state, then a 5-digit ZIP (+4), or a 4-digit code that ends the line or the part.
_POSTCODE_AFTER = re.compile(r",?[ \t]+(?:%s[ \t]+)?(\d{5}(?:-\d{4})?(?!\d)|\d{4}(?=[ \t]*(?:$|\n|[.;)]|,[ \t]*\D)))"
                             r"(?![ \t]*(?:mg|mcg|ml|units?|%%|lbs?|kg|mi|miles|km|ft|hours?|hrs?|min)\b)" % STATE_ABBR_RE)
_BIRTH_YEAR = re.compile(r"\b(?:b\.|born|DOB:?|YOB:?)[ \t]*([\u2018\u2019'](?:\d{2}))\b", re.I)
# A count or a time after the word is no bed's number: "in her own bed 5 of 7 nights", "bed 3/7", "bed 10-11 pm".
_BED = re.compile(r"\b(?:bed|bunk|cot|cabin|plot|grave|crypt|niche)(?:[ \t]*/[ \t]*(?:area|space|spot))?[ \t]*(?:no\.?|#|:)?[ \t]*"
                  r"([A-Z]{0,2}-?\d{1,4}[A-Z]?)\b(?![ \t]*(?:mg|%|days?|nights?|hours?|weeks?|times|x\b|(?:out[ \t]+)?of[ \t]+\d|/[ \t]*\d"
                  r"|[-\u2013][ \t]*\d|:\d|[ \t]*[ap]\.?m\b))", re.I)
# Where a person sleeps in an institution: its housing unit and bunk ("HOUSING UNIT 3C, BUNK 12U", "Pod B2 bed 7"), and
# a numbered suite in a dorm or a building ("shares a bathroom with suite 210B").
_HOUSING = re.compile(r"(?i:\b(?:housing[ \t]+)?(?:unit|pod|dorm|block|tier|wing|cell))[ \t]*#?[ \t]*[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,3})?"
                      r",?[ \t]*(?i:bunk|bed|cell|rack)[ \t]*#?[ \t]*[A-Z0-9]{1,4}\b")
_SUITE = re.compile(r"\b(?i:suite|ste\.?)[ \t]*#?[ \t]*\d{2,4}[A-Z]?\b(?![ \t]*(?:mg|%|minutes|min))")
# A flat named by its number alone after who lives there: "the neighbour in B-210", "lives in 4C", "moved into 12-D";
# not a vitamin ("low in B-12 vitamin") nor a flow of oxygen ("moved from 2L to 4L").
_DWELLING_UNIT = re.compile(r"\b(?i:neighbou?rs?|lives|living|lived|moved|moving|upstairs|downstairs|next[ \t]+door)[ \t]+"
                            r"(?i:in|into|to|from|at)[ \t]+(?:(?i:apt|unit)\.?[ \t]*|#[ \t]*)?"
                            r"([A-Z]{1,2}-?\d{2,4}[A-Z]?|\d{1,4}-?[A-FHJNP-W])(?![\w-])"
                            r"(?![ \t]+(?i:vitamins?|supplements?|levels?|deficiency|shots?|injections?|visa|form))")
# A residential unit named with its room: "Cedar Cottage Rm 6", "Birch Lodge Room 12", "North Wing Bed 3".
_NAMED_UNIT = re.compile(r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?:Cottage|Lodge|Wing|Pod|Hall|House|Dorm|Unit)[ \t]+"
                         r"(?:Rm|Room|Bed|Apt)\.?[ \t]*#?[A-Z0-9-]{1,5}\b")
# Where someone camps at an event or a park: "Lot C site 114", "Loop B, site 22", "campsite #17", "tent site 31"; a bare
# "site 2" (an injection's, a study's) names no place.
_CAMPSITE = re.compile(r"\b(?:(?i:lot|loop|area|field|zone|section)[ \t]+[A-Z0-9]{1,3},?[ \t]+(?i:(?:camp|tent|rv)[ \t]?)?(?i:site|spot|pad)|"
                       r"(?i:(?:camp|tent|rv)[ \t]?site))[ \t]*#?[ \t]*[A-Z]?-?\d{1,4}[A-Z]?\b")
# The last four digits of an account, card or SSN: "an account ... ending in 4471", "SSN (last 4, for the check): 6612".
_LAST_FOUR = re.compile(r"\b(?:ending (?:in|with)|last (?:4|four)(?: digits)?\b[^:\n\d]{0,40}?[:#]?)[ \t]*(\d{4})\b", re.I)
# A town after an organisation or a street and a comma: "(Frontier Minds Telehealth, Bozeman)", "High School gym,
# Asheville", "Prairie Fire Counseling, Peoria · 90837", "2912 Maloneyville Rd, Mascot - no answer".
_TOWN_AFTER = re.compile(r"(?:[ \t]+[a-z]{2,12}){0,2},[ \t]*([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)"
                         r"(?=[ \t]*(?:[();,.·|•]|$|\n|[ \t]{2,})|[ \t]+[-–—][ \t])")
# A saint's name with a possessive is an institution: "St. Luke's", "Saint Jude's food pantry".
# ... or in brackets: "Harbor Counseling (Arcata)", "Foothill BH (Auburn)"; a gazetteer place only.
_TOWN_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,}){0,2})\)")
_SAINTS = re.compile(r"\b(?:St|Ste|Saint)\.?[ \t]+[A-Z][a-z]+['\u2019]s\b")
# A military unit and a base: "HHC, 3d Signal Bn", "2nd Plt, C Co, 1-327th IN", "FOB Salerno", "COP Keating". The unit
# words are the services' abbreviations; a number or a company letter comes first.
_UNIT_WORD = r"(?:Plt|Platoon|Co|Company|Bn|Battalion|Bde|Brigade|Regt|Regiment|Sqn|Sqdn|Squadron|Btry|Battery|Trp|Troop|Det|Detachment|Div)"
_UNIT = re.compile(rf"\b(?:HqCo|HHC|HHB|HHD|H&S[ \t]Co|(?:\d{{1,3}}(?:st|nd|rd|th|d)|[A-H])(?:[ \t]+[A-Z][a-z]+){{0,3}}[ \t]+{_UNIT_WORD}\b\.?|"
                   rf"\d-\d{{1,3}}(?:st|nd|rd|th|d)[ \t]+(?:IN|INF|AR|FA|CAV|AV|EN|SF|MP)\b|"
                   # a form's capitals, company letter first and the battalion without its ordinal: "B CO 2-87 IN"
                   rf"[A-H][ \t]+(?:CO|BTRY|TRP)[ \t]+\d-\d{{1,3}}(?:st|nd|rd|th|d)?[ \t]+(?:IN|INF|AR|FA|CAV|AV|EN|SF|MP)\b)"
                   rf"|\b(?:FOB|COP|Camp|Firebase|FB)[ \t]+[A-Z][a-z]{{3,}}\b")
# A church or a school named for a saint by a full name, after a place word: "Mass at St. Thomas More", "from Saint
# Rose Philippine"; a title with an initial alone is a person: "tell dr k", "Mr. B said".
_SAINT_PLACE = re.compile(r"\b(?:at|from|to|near|attends|attended|of)[ \t]+((?:St|Saint)\.?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
                          r"(?!['\u2019]s[ \t]+wort)")
_TITLE_INITIAL = re.compile(r"\b(?:[Dd]r|DR|Mr|Mrs|Ms)\.?[ \t]+([A-Za-z])(?=[ \t]+[a-z]|[ \t]*[,;:!?)\"”]|\.?[ \t]*$)", re.M)
# An organisation's abbreviated head keeps its full stop: "Wake Co.", "Acme Corp.", "Dunmore Bros."
_ABBREVIATED_HEAD = re.compile(r"\b(?:Co|Corp|Inc|Bros|Ltd|Assn|Dept)$")
_NOT_ISSUER = {"CPT", "ICD", "HCPCS", "DSM", "PHQ", "GAD", "RM", "ROOM", "STE", "APT", "UNIT", "ITEM", "Q", "NO"}
_ISSUER_NUMBER = re.compile(r"\b([A-Z]{2,6})[ \t]*#[ \t]*(\d{4,}[A-Z]?)\b")


def find_tails(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """New spans for the short forms, given the spans found so far (a postal code counts only after an address)."""
    out = []
    for sp in spans:
        if sp.entity_type == "ADDRESS":
            m = _POSTCODE_AFTER.match(text, sp.end)
            if m and not any(o.start <= m.start(1) < o.end for o in spans):
                out.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "postcode_after"))
    out += [PhiSpan(m.start(1), m.end(1), "DATE", 0.85, "birth_year") for m in _BIRTH_YEAR.finditer(text)]
    out += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "bed") for m in _BED.finditer(text)]
    out += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "dwelling_unit") for m in _DWELLING_UNIT.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "campsite") for m in _CAMPSITE.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "housing") for pat in (_HOUSING, _SUITE) for m in pat.finditer(text)]
    out += [PhiSpan(m.start(2), m.end(2), "OTHER_ID", 0.75, "issuer_number") for m in _ISSUER_NUMBER.finditer(text)
            if m.group(1).upper() not in _NOT_ISSUER]
    out += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "saint") for m in _SAINTS.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "military_unit") for m in _UNIT.finditer(text)]
    out += [PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.75, "saint") for m in _SAINT_PLACE.finditer(text)]
    out += [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "title_initial") for m in _TITLE_INITIAL.finditer(text)]
    out += [PhiSpan(sp.start, sp.end + 1, sp.entity_type, sp.score, sp.source) for sp in spans
            if sp.entity_type in ("ORGANIZATION_LINKED", "ADDRESS") and text[sp.end:sp.end + 1] == "."
            and _ABBREVIATED_HEAD.search(text, sp.start, sp.end)]
    out += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "named_unit") for m in _NAMED_UNIT.finditer(text)]
    out += [PhiSpan(m.start(1), m.end(1), "SSN" if re.search(r"\bSSN|social security", m.group(0), re.I) else "OTHER_ID", 0.75,
                    "last_four") for m in _LAST_FOUR.finditer(text)] + find_last_fours(text)
    for sp in spans:
        if sp.entity_type != "ORGANIZATION_LINKED" and not (sp.entity_type == "ADDRESS" and text[sp.start:sp.start + 1].isdigit()):
            continue  # an organisation, or a street with its house number
        for m in (_TOWN_AFTER.match(text, sp.end), _TOWN_IN_BRACKETS.match(text, sp.end)):
            if m and m.group(1) in place_names():
                out.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "town_after"))
    return out
