"""Addresses written the way other countries write them: Vietnamese wards and districts ("Phường 2, Quận 5"),
Korean and Japanese parts joined by hyphens ("101-dong 1203-ho, Wonmi-gu, Bucheon-si"), Spanish, Filipino and
French unit words ("Calle 45 Bloque 78 #12", "Brgy. San Isidro", "Impasse Lavaud"), Turkish ones after their name
("Çiçek Mah. 14 Sok. No:3 D:8"), street words in lowercase after a house number ("12 rue Paul-Bert, bât. C, 3e étage,
69003 Lyon"). The unit words are data (data/address_units.txt); a comma-separated run of parts that holds one grows
over its neighbouring parts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.lexicon import COUNTRIES, MONTHS_FULL
from assistant.phi.recognizers.numbered_roads import find_numbered_roads
from assistant.phi.recognizers.script_places import find_script_places
from assistant.phi.recognizers.world_places import find_world_places
from assistant.phi.world_words import world_words
from assistant.records import PhiSpan

_UNITS_FILE = Path(__file__).resolve().parent.parent / "data" / "address_units.txt"


def _load() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {k: [] for k in ("prefix", "suffix", "postfix", "after_number", "particle", "unit", "joined")}
    for line in _UNITS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        kind, _, words = line.partition(":")
        if kind in kinds:
            kinds[kind].extend(w.replace("_", " ") for w in words.split())
    return kinds


_KINDS = _load()
_PREFIXES, _SUFFIXES, _POSTFIXES = _KINDS["prefix"], _KINDS["suffix"], _KINDS["postfix"]
_PARTICLES = frozenset(_KINDS["particle"])
_UNIT_WORDS = frozenset(_KINDS["unit"])
# a house number (with "bis" or "ter"), a lowercase street word, small words and a capitalised name: "14 avenue des Tilleuls"
_NUMBER_THEN_STREET = re.compile(
    r"(?<![\w/.,:-])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t](?:%s)(?=(?:[ \t]+(?:%s))*[ \t]+(?:[dDlL]['’])?[A-ZÀ-Þ])"
    % ("|".join(re.escape(w) for w in sorted(_KINDS["after_number"], key=len, reverse=True)),
       "|".join(re.escape(w).replace("'", "['’]") for w in _PARTICLES)))
_PREFIX_HIT = re.compile(r"(?<![\w-])(?:%s)(?=[ \t]+\S)" % "|".join(re.escape(p) for p in sorted(_PREFIXES, key=len, reverse=True)))
_HYPHEN_HIT = re.compile(r"(?<![\w-])(?:\d{1,5}|[^\W\d_][\w']+)-(?:%s)\b" % "|".join(s for s in _SUFFIXES if s.isascii() and len(s) <= 6))
# "postfix:" words follow the name or number they qualify: "Çiçek Mah.", "2042 Sok."
_POSTFIX_HIT = re.compile(r"(?<![\w-])(?:[^\W\d_][\w'’-]*|\d{1,5}(?:-[^\W\d_]{1,3})?)[ \t]+(?:%s)(?![\w])"
                          % "|".join(re.escape(p) for p in sorted(_POSTFIXES, key=len, reverse=True)))
_JOINED_HIT = re.compile(r"\b[^\W\d_]{3,}(?:straße|strasse|weg|laan|gracht|plein)\b")
# a capitalised name with its street word written in, then the house number: "Kerkstraat 22", "Bjarkargata 7b"
_JOINED_NUMBERED = re.compile(r"(?<![\w-])[A-ZÀ-Þ][^\W\d_]{2,}(?:%s)[ \t]+\d{1,4}[a-zA-Z]?(?![\w/.-]\d)\b"
                              % "|".join(sorted(_KINDS["joined"], key=len, reverse=True)))
# one space or tab: wider gaps are a form's columns; a colon may join a door or flat to its number ("No:7", "D:12")
_TOKEN = re.compile(r"[ \t]?(#?[\w'’.]+(?:[-:][\w'’.]+)*)")
_SUFFIX_SET = {s.lower() for s in _SUFFIXES}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(COUNTRIES | set(world_words()[0]))


# A capital after an elided article ("l'Église") or an Irish or Gaelic mutation ("hAbhann", "nGaillimh", "tSléibhe",
# "bhFear", "h-Eaglaise"), or after a Maltese article joined by a hyphen ("il-Kavallier", "tas-Sliema", "iż-Żejtun"):
# the word is a capitalised name
_MUTATED = re.compile(r"(?:[dl]['’]|bh|[bdgmnth]-?|(?:i|ta|fi)?[lċdnrstxż]-)[A-ZÀ-ÞĀ-Ž]")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or _MUTATED.match(word) is not None


def _address_token(word: str) -> bool:
    """A number, a postcode, a capitalised name part, a unit word or a hyphened part ("1203-ho")."""
    bare = word.strip(".")
    return bool(bare) and (_capitalised(bare) or bare[0].isdigit() or bare.startswith("#") or word in _PREFIXES
                           or word.lower() in _UNIT_WORDS or bare.rsplit("-", 1)[-1].lower() in _SUFFIX_SET)


def _part_end(text: str, pos: int, limit: int = 5) -> int:
    """The end of the run of address tokens from pos (at most limit words), or pos when there is none."""
    end, n = pos, 0
    while n < limit and (m := _TOKEN.match(text, end)) and (_address_token(m.group(1)) or _particle_before_name(text, m)):
        word = m.group(1)
        if word.endswith(".") and word not in _PREFIXES and word.lower() not in _UNIT_WORDS \
                and not re.fullmatch(r"[A-Z][a-z]{0,2}\.", word):
            return m.end() - 1  # "... Gyeonggi-do 14548." ends the sentence, and the address with it
        end, n = m.end(), n + 1
    return end


def _particle_before_name(text: str, m: re.Match) -> bool:
    """A small word of a name ("des", "aux") that a capitalised word follows: "avenue des Tilleuls"."""
    nxt = _TOKEN.match(text, m.end())
    return m.group(1).lower() in _PARTICLES and nxt is not None and (_capitalised(nxt.group(1)) or _particle_before_name(text, nxt))


# the next part of an address after a comma; or a postal code and its town after a middle dot ("Av. de Vallcarca, 151 ·
# 08023 Barcelona", "Rua das Flores, 58 · 4050-262 Porto")
_NEXT_PART = re.compile(r",[ \t]*|[ \t]+[·•][ \t]+(?=(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3})?|\d{2}-\d{3})[ \t]+[^\W\d_])")


def _grow(text: str, start: int, end: int) -> tuple[int, int]:
    """An address hit -> the comma-separated run of address parts around it, on its line."""
    end = _part_end(text, end) if text[end:end + 1] in " \t" else end
    while (m := _NEXT_PART.match(text, end)) and (nxt := _part_end(text, m.end())) > m.end() \
            and text[m.end():nxt].rstrip(".").lower() not in _countries():  # "..., H91 R2X6, Éire": the country stays
        end = nxt
    line_start = text.rfind("\n", 0, start) + 1
    while True:  # leftwards over "part, " and a house number
        head = text[line_start:start]
        m = re.search(r"((?:#?[\w'’.]+(?:-[\w'’.]+)*[ \t]+){0,3}#?[\w'’.]+(?:-[\w'’.]+)*)[ \t]*,[ \t]*$|(\d{1,5}[A-Za-z]?)[ \t]+$", head)
        if not m:
            break
        group = m.group(1) or m.group(2)
        words = group.split()
        keep = len(words)
        while keep and _address_token(words[keep - 1]):
            keep -= 1
        if keep == len(words):
            break
        first = line_start + m.start(1 if m.group(1) else 2) + len(" ".join(words[:keep])) + (1 if keep else 0)
        start = first
        if m.group(2) or keep:
            break
    return start, end


# The street word first in lowercase, its name, then the house number, as Belgium, Luxembourg, Switzerland and Italy
# write a street in running text: "rue de la Gare 14", "avenue Louise 231", "via Roma 12", "route d'Arlon 8b"
_CALENDAR = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", *MONTHS_FULL)
_STREET_THEN_NUMBER = re.compile(
    r"(?<![\w-])(?:%s)(?:[ \t]+(?:(?:%s)[ \t]+|[dDlL]['’])*(?!%s)[A-ZÀ-Þ][\w'’-]+){1,3}[ \t]+\d{1,4}[a-z]?(?![\w/.,-]\d|\w)"
    r"(?![ \t]+(?:times|x|mg|days?|weeks?|hours?|min|minutes|miles|km|kids|people)\b)"  # "the route Monday 3 times"
    % ("|".join(re.escape(w) for w in sorted(_KINDS["after_number"], key=len, reverse=True)),
       "|".join(re.escape(w) for w in _PARTICLES if not w.endswith("'")), "|".join(_CALENDAR)))


# A town with its country's two-letter code in brackets, as IP geolocation and travel logs write it:
# "Spokane (US)", "Leeds (GB)", "Moncton, NB (CA)" (the code and a province after a comma stay outside).
_COUNTRY_CODES = "US|CA|GB|UK|IE|MX|AU|NZ|DE|FR|ES|IT|NL|BE|CH|AT|PL|PT|SE|NO|DK|FI|IN|JP|KR|CN|PH|BR|AR|CO|PR"
_TOWN_WITH_CODE = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*(?:[ \t](?:[A-Z][\w'’.-]*|[dl]['’][A-Z][\w'’.-]*|de|la|du|upon|on))*)"
                             rf"(?:,[ \t]*[A-Z]{{2}})?[ \t]+\((?:{_COUNTRY_CODES})\)")


def find_world_addresses(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans for address lines written with another country's unit words, and towns with a country code."""
    spans = [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "town_code") for m in _TOWN_WITH_CODE.finditer(text)
             if m.group(1).lower() not in COUNTRIES] + find_script_places(text) + find_world_places(text) \
        + find_numbered_roads(text) + [PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "street") for m in _STREET_THEN_NUMBER.finditer(text)]
    for pattern in (_PREFIX_HIT, _HYPHEN_HIT, _JOINED_HIT, _JOINED_NUMBERED, _POSTFIX_HIT, _NUMBER_THEN_STREET):
        for m in pattern.finditer(text):
            if pattern is _HYPHEN_HIT and m.group()[0].islower():
                continue  # "to-do", "re-do": a lowercase word before "-do" is English; Korean places are capitalised
            start, end = _grow(text, m.start(), m.end())
            if end > m.end() or pattern not in (_PREFIX_HIT, _NUMBER_THEN_STREET):
                spans.append(PhiSpan(start, end, "ADDRESS", 0.75, "street"))
    return spans
