"""Organisations told by their shape, with no head word: a Greek-letter society and its chapter ("Sigma Delta Tau",
"Alpha Chi Omega -- Beta Zeta chapter"), a place named just before its street address ("The Copper Kettle,
18 Mill Rd", "Heron Point at Lake Ames, 7 Shore Dr", a letterhead's "STILL WATER BODYWORK · 5521 N. Pearl St"), and a
program's name in capitals before what it is ("LANTERN LINE peer-run warmline").

A sorority, a fraternity or an honour society places a student on one campus; a venue, a shop or a farm named
before its address places a person at that address. A payer or a public body before its mailing address stays."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.phi.brands import _lines
from assistant.phi.clinical_words import file_words
from assistant.phi.lexicon import STREET_RE
from assistant.phi.recognizers.orgs import NEUTRAL
from assistant.records import PhiSpan

_LETTERS = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu", "Nu",
            "Xi", "Omicron", "Pi", "Rho", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega")
_LETTER = r"(?:%s)" % "|".join(_LETTERS + tuple(w.upper() for w in _LETTERS))
# Two to four letters make the society's name; its chapter is named by letters too, before or after "chapter".
_GREEK = re.compile(rf"\b{_LETTER}(?:[ \t]+{_LETTER}){{1,3}}\b"
                    rf"(?:[ \t]*(?:--|[-–—,:/])?[ \t]*(?:(?:{_LETTER}[ \t]+){{1,3}}(?i:chapter)\b|(?i:chapter)[ \t]+{_LETTER}"
                    rf"(?:[ \t]+{_LETTER}){{0,2}}\b))?")
_CAP = r"[A-Z][\w'’&-]*"
_HEADING_WORDS = Path(__file__).resolve().parent.parent / "data" / "heading_words.txt"
# A name of two or more capitalised words (small joining words between them), a comma (or, opening a letterhead's
# line, a dot, a bar or a dash), then a house number and a street: the name is the place at that address ("STILL WATER
# BODYWORK · 5521 N. Pearl St"), unless it is the address's own label ("Mailing Address · 12 Oak St"). A department
# between the letterhead's name and its address ("... | People Operations | 8800 ...") is no place of its own.
_NAME_BEFORE_STREET = re.compile(
    rf"((?:The[ \t]+)?{_CAP}(?:[ \t]+(?:(?:at|of|on|by|the|and|&)[ \t]+)*{_CAP}){{1,5}})(,[ \t]+|[ \t]*[·•|—–][ \t]*)"
    rf"(?=\d{{1,6}}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'’.-]*[ \t]+){{1,4}}{STREET_RE}(?![\w]))")

# A hospital's own department, unit or level before the address names a part of care, not a place: "Emergency
# Department, 40 Lake Ave", "Level II NICU, ..."
_WARD = re.compile(r"\b(?:Department|Dept|Unit|NICU|PICU|ICU|ED|ER|[IV]{1,3})$|\bLevel[ \t]+[IV]{1,3}\b")
_ADDRESS_LABEL = re.compile(r"\b(?i:address|addr|residence|location|mailing|billing|shipping|street|site|visit|home|"
                            r"lives|living|moved|resides|residing|return|new|old|previous|current)\b")
# A program's name in capitals opening a line, then what it is in lowercase: "LANTERN LINE peer-run warmline · shift log",
# "BLUE HERON peer respite", "OPEN DOOR food pantry" (the kinds are data/service_kinds.txt). A heading of the document's
# own words ("SAFETY PLAN crisis line numbers") names no program (data/heading_words.txt).
_KINDS = "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(_lines("service_kinds.txt"), key=len, reverse=True))
_CAPS_BEFORE_KIND = re.compile(rf"^[ \t]*((?:[A-Z][A-Z'’&-]+[ \t]){{1,4}})(?:[a-z][\w'’-]*[ \t]+){{0,3}}?(?:{_KINDS})\b", re.M)


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def find_org_shapes(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans for Greek-letter societies and names written before a street address."""
    spans = [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "org_head") for m in _GREEK.finditer(text)]
    for m in _NAME_BEFORE_STREET.finditer(text):
        name = m.group(1)
        if not NEUTRAL.match(re.sub(r"^The[ \t]+", "", name)) and not re.search(r"\d", name) and not _WARD.search(name) \
                and not _ADDRESS_LABEL.search(name) and (m.group(2).startswith(",") or _opens_line(text, m.start(1))):
            spans.append(PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.7, "org_head"))
    for m in _CAPS_BEFORE_KIND.finditer(text):
        words = m.group(1).split()
        if not any(w.lower().strip("'’&-") in file_words(_HEADING_WORDS) for w in words) and not NEUTRAL.match(m.group(1)):
            spans.append(PhiSpan(m.start(1), m.start(1) + len(m.group(1).rstrip()), "ORGANIZATION_LINKED", 0.7, "org_head"))
    return spans
