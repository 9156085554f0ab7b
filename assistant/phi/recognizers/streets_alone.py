"""Streets and roads written without a house number, grid addresses, and the small place parts around an address.

- A numbered or lettered road named alone: "lives out Road 14", "County Rd JJ", "County Trunk K".
- A numbered street named alone: "the 9th Ave garage", "off 23rd Street".
- A named street with an abbreviated suffix after a place word: "his old house on Birch Ln", "off Quarry Rd";
  never before a capitalised name ("St. Louis", "Rd. Smith").
- A grid address as Utah and Idaho write them ("3412 N 800 E") and a grid street after a place word ("by the gas
  station on 1700 s").
- A neighbourhood in brackets right after a street address ("41 Ash Ave, Apt 3  (Fells Point)").
- A ZIP code named by the word "zip" ("zip (hers is 30318)").
- A street named by its name alone after a shop or a bar on it ("the taqueria on Alberta", "Rosewood Diner on Foster,").
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.gazetteer import place_names
from assistant.records import PhiSpan

_LETTER_ROAD = re.compile(r"\b(?:County|COUNTY|Cty\.?|CTY|Co\.)[ \t]+(?:Road|ROAD|Rd\.?|RD\.?|Highway|HWY\.?|Hwy\.?|Trunk|TRUNK)"
                          r"[ \t]+(?:[A-Z]{1,3}|\d{1,4}[A-Z]?)\b(?![-/.]\w)")
_ROAD_ALONE = re.compile(r"\b(?:Road|Route|Highway|Hwy\.?|Rd\.?)[ \t]\d{1,4}[A-Z]?\b(?![./:-]\d)")
_ORDINAL_STREET = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Place|Pl|"
                             r"Terrace|Ter|Way|Drive|Lane|Ln|Court|Ct|Parkway|Pkwy)\b(?![ \t]*\.?[ \t]+[A-Z][a-z])"
                             r"(?:[ \t]+(?:NE|NW|SE|SW)\b)?")  # a city's quadrant: "the 14th St NW lot"
_ABBREVIATED = re.compile(r"\b(?:on|off|near|along|from|onto|down|up|across|past|by|to|of)[ \t]+((?:(?!(?:The|A|An|Dr|Mr|Mrs|Ms)\b)"
                          r"[A-Z][a-z][\w'’-]*[ \t]+){1,3}(?:St|Ave|Rd|Blvd|Ln|Ct|Pl|Pkwy|Ter|Terr|Cir|Hwy|Dr|Trl|Sq|Cres|Crt)\b"
                          r"(?!\.?[ \t]+[A-Z][a-z])\.?)")  # "Dr" before a name is a doctor: "on Tuesday Dr. Ames"
# A shop, a bar or a place to eat "on" a word that ends the clause: the word is its street. Not a day, a month, a
# medication or a platform ("the pharmacy on Monday", "the cafe on Zoom").
_NOT_A_STREET = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                 r"July|August|September|October|November|December|Zoom|Teams|Medicaid|Medicare|Christmas|Thanksgiving|"
                 r"Social|Disability|SSI|SSDI|SNAP|Section|Facebook|Instagram|Tiktok|TikTok|Snapchat|Probation|Parole)\b)")
_STREET_WORD_ENDS = r"([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)(?=[ \t]*[.,;)]|[ \t]+(?:and|near|by|where|with|in)\b|[ \t]*$)"
_SHOP_ON = re.compile(r"\b(?i:coffee|caf[eé]|diner|bar|pub|tavern|grill|bakery|deli|market|grocery|store|shop|pharmacy|"
                      r"taqueria|pizza|bistro|brewery|gym|salon|laundromat|motel|gas station|bank|library)[ \t]+on[ \t]+"
                      + _NOT_A_STREET + _STREET_WORD_ENDS, re.M)
# ... and after where someone lives: "lives a block over on Hawthorne.", "her duplex on Kenwood,", "grew up on Halsted".
_HOME_ON = re.compile(r"\b(?i:lives?|living|lived|moved|grew up|stays?|staying|house|houses|home|apartment|apt|duplex|"
                      r"condo|trailer|place|doors|blocks?)\b[^.;:\n]{0,24}?\bon[ \t]+" + _NOT_A_STREET + _STREET_WORD_ENDS, re.M)
_GRID = re.compile(r"(?<![\w/.-])\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{2,5}[ \t]+[NSEW]\b\.?(?![\w-])")
_GRID_STREET = re.compile(r"\b(?:on|off|at|near|by|to|from|of|and|past)[ \t]+(\d{1,2}00[ \t]+(?i:[nsew]|north|south|east|west))\b(?![\w'-])")
_ZIP_CUE = re.compile(r"\b(?i:zip(?:[ \t-]?code)?|postal[ \t]code|postcode)\b[^\n\d]{0,30}?(?<![\d-])(\d{5}(?:-\d{4})?)(?![\d-])")
# A unit, then a bracketed neighbourhood: ", Unit 2B  (Fox Chase)".
# ... with the kind of place after its name: "(Cedar Knolls area)", "(Lake-Pointe towers)".
_NEIGHBOURHOOD = re.compile(r"(?:,?[ \t]+(?i:unit|apt|apartment|suite|ste|#)\.?[ \t]*#?[\w-]{1,6})?[ \t]{0,3}\("
                            r"([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,2})(?:[ \t]+(?:area|neighbou?rhood|side|"
                            r"towers?|apartments|apts|projects|complex|buildings?|section|district|estates|homes|courts)\.?)?\)")
_LABEL_WORDS = {"Home", "Work", "Mailing", "Primary", "Current", "Previous", "Prior", "Old", "New", "Rental", "Billing",
                "Temporary", "Shelter", "Family", "Group", "Foster", "Verified", "Confirmed", "Unverified", "Per", "Client",
                "Patient", "Guardian", "Residence", "Physical", "Legal", "Last", "Known", "Office", "Main", "Mother's",
                "Father's", "Mom's", "Dad's", "Grandmother's", "Same", "See", "Above", "Below", "Rear", "Front", "Upstairs",
                "Downstairs", "Basement", "Apartment", "House", "Duplex", "Trailer", "Owner", "Tenant", "Landlord"}


def neighbourhood_after(text: str, end: int) -> list[PhiSpan]:
    """The bracketed neighbourhood right after a street address ending at end: two or three name words, or a place."""
    m = _NEIGHBOURHOOD.match(text, end)
    if not m:
        return []
    words = re.split(r"[ \t]+|-(?=[A-Z])", m.group(1))  # "Lake-Pointe" is two names joined
    if any(w in _LABEL_WORDS for w in words) or len(words) < 2 and m.group(1) not in place_names():
        return []
    return [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "neighbourhood")]


def find_streets_alone(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans for roads and streets without a house number, grid addresses and ZIPs named as such."""
    spans = [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "route") for m in _LETTER_ROAD.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "route") for m in _ROAD_ALONE.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "street") for m in _ORDINAL_STREET.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "street_lower") for m in _ABBREVIATED.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "street") for m in _GRID.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "street_lower") for m in _GRID_STREET.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.85, "zip") for m in _ZIP_CUE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "street") for pat in (_SHOP_ON, _HOME_ON) for m in pat.finditer(text)]
    return spans
