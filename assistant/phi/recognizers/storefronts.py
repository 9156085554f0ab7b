"""A business told by the street it stands on: "the CVS on Main St", "Dollar Mart on Route 25", "the Shell station on
38th", "the Jewel on Clark", "a Kroger off Hwy 9". A chain's name alone places nobody (brands.py keeps it), but with
its street it is the one store a person goes to, so the whole phrase is one place and is redacted whole.

The business is a national brand (data/national_brands.txt), a name that ends in a business's head word ("Dollar
Mart", orgs.py), or a capitalised name after "the"; a word for the kind of place may follow it ("station", "lot").
The street is a named street with its suffix, a numbered route, an ordinal ("38th"), or one capitalised word that is
no day, feast, app or drug a person is "on" (data/storefronts.yaml). A payer's office on a street stays a payer."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.brands import _either_case, _lines
from assistant.phi.clinical_words import file_words
from assistant.phi.lexicon import MONTH_RE, STREET_RE
from assistant.phi.payers import find_plans
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.recognizers.orgs import _HEADS
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "storefronts.yaml"
_CAP = r"[A-Z][\w'’&-]*"
_NOT_FIRST = (r"(?!(?:The|A|An|At|In|On|Off|To|From|Near|By|Our|My|His|Her|Their|Then|And|But|So|Past|Went|Job|Works|"
              r"Worked|Lives|Lived|Stays|Stayed|Moved|Walked|Drove|Parked)\b)")


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    noun = rf"(?:[ \t]+(?i:{_words(data['store_nouns'])}))?"
    business = (rf"(?<![\w'’-])(?:{_either_case(_lines('national_brands.txt'))}){noun}|"
                rf"\b{_NOT_FIRST}(?:{_CAP}[ \t]+){{0,3}}(?:{_words(list(_HEADS))}){noun}|"
                rf"(?<=\b[Tt]he[ \t])(?!{MONTH_RE}\b){_NOT_FIRST}[A-Z][a-z][\w'’&-]*(?:[ \t]+[A-Z][a-z][\w'’&-]*)?{noun}")
    street = (rf"(?:[NSEW]\.?[ \t]+)?(?:{_CAP}[ \t]+){{1,3}}{STREET_RE}(?![\w])|"
              r"(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|State Route|County Road|I-|US|SR|CR)[ \t]?\d{1,4}[A-Z]?\b|"
              rf"\d{{1,3}}(?:st|nd|rd|th)\b(?:[ \t]+{STREET_RE}(?![\w]))?|"
              rf"(?P<lone>(?!(?:{_words(data['not_streets'])}|{MONTH_RE})\b)[A-Z][a-z]{{2,}})(?![\w'’-]|[ \t]+[A-Z]|\.[A-Za-z])")
    # not "at": "works at Cascade Ridge Lumber" names the business, not a street it stands on
    return re.compile(rf"(?P<business>{business})[ \t]+(?:on|off|along)[ \t]+(?:{street})")


@lru_cache(maxsize=1)
def _numbered_store() -> re.Pattern[str]:
    """A chain's store told by its own number, as a receipt or a bank statement prints it, with the town after it if
    written: "WALMART #1784 PINE BLUFFS", "Walgreens #04417", "CVS store #2291 Duluth": one store a person went to."""
    return re.compile(rf"(?<![\w'’-])(?:{_either_case(_lines('national_brands.txt'))})[ \t]+(?i:store[ \t]+)?#[ \t]?\d{{2,6}}(?![\w/-])"
                      r"(?P<town>[ \t]+(?:-[ \t]+)?[A-Z][A-Za-z'’.-]+(?:[ \t][A-Z][A-Za-z'’.-]+)?)?")


def _numbered_stores(text: str) -> list[PhiSpan]:
    out = []
    for m in _numbered_store().finditer(text):
        town = m.group("town")
        end = m.end("town") if town and _gazetteer_town(town.strip(" \t-")) else m.start("town") if town else m.end()
        out.append(PhiSpan(m.start(), end, "ORGANIZATION_LINKED", 0.8, "storefront"))
    return out


def _gazetteer_town(words: str) -> bool:
    return " ".join(w.capitalize() for w in words.split()) in place_names()


@lru_cache(maxsize=1)
def _topic_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in yaml.safe_load(_DATA.read_text(encoding="utf-8"))["topic_heads"])


def find_storefronts(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of a business together with the street it stands on ("the Group on Grief" and
    "the Council on Aging" name no street: one word after a body's head or a clinical word is what it is about)."""
    numbered = _numbered_stores(text) if "#" in text else []
    if not re.search(r"[ \t](?:on|off|along)[ \t]", text):
        return numbered
    out, plans = numbered, None
    for m in _pattern().finditer(text):
        lone = (m.group("lone") or "").lower()
        plans = find_plans(text) if plans is None else plans
        if any(s < m.end() and m.start() < e for s, e in plans) or lone in file_words():
            continue
        if lone and m.group("business").split()[-1].lower() in _topic_heads():
            continue  # "the Council on Aging": a body named for its topic
        out.append(PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.8, "storefront"))
    return out
