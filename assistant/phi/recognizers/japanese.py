"""PHI in Japanese text: era dates (令和/平成/昭和, "R6.4.1"), bare months ("10月に"), names after a form label or a
relation word with their kana reading in brackets, a place before "の" and a relative ("札幌の母"), the city or ward
and the rest of an address after an address label (the prefecture, like a US state, stays outside), and the name
of a clinic, school or workplace ending in its kind. The words are data (phi/data/japanese.yaml); the frames are
the rules. Only text with kana or a word only Japanese writes is read: Chinese passages go to cjk.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "japanese.yaml"
_KANJI = r"\u3005\u3400-\u4dbf\u4e00-\u9fff"
_HIRA = r"\u3041-\u3096"
_KATA = r"\u30a1-\u30fa\u30fc"
_KANA = re.compile(rf"[{_HIRA}{_KATA}]")
_SP = r"[ \u3000]"
_D = r"[0-9０-９]"
_EDGE = r"(?:(?<=^)|(?<=[\s\u3000、。，,：:（(「『・]))"  # where a word may start in a run of unspaced text
# a bare month is a date ("10月に", "3月から"); "3か月" (a duration) has a counter between the number and 月
_MONTH = re.compile(rf"(?<![0-9０-９年.])(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９])月(?![0-9０-９日号間])")
_NAME = rf"[{_KANJI}]{{1,4}}(?:{_SP}[{_KANJI}]{{1,4}})?"  # family name first, a space before the given name
_READING = re.compile(rf"[（(]([{_HIRA}{_KATA}]{{2,10}}(?:{_SP}[{_HIRA}{_KATA}]{{1,10}})?)[）)]")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _frames() -> dict[str, re.Pattern[str]]:
    w = _words()
    pref = rf"(?:東京都|北海道|(?:京都|大阪)府|[{_KANJI}]{{2,3}}県)"
    city = rf"[{_KANJI}]{{1,4}}?市(?:[{_KANJI}]{{1,4}}?区)?|[{_KANJI}]{{1,4}}?区|[{_KANJI}]{{1,4}}?郡[{_KANJI}]{{1,4}}?[町村]"
    return {
        "era": re.compile(rf"(?:{_alt(w['eras'])}){_SP}?(?:{_D}{{1,2}}|元){_SP}?年{_SP}?{_D}{{1,2}}{_SP}?月(?:{_SP}?{_D}{{1,2}}{_SP}?日)?"),
        "era_initial": re.compile(rf"(?<![A-Za-z0-9])(?:{_alt(w['era_initials'])})\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{1,2}})?(?![\d./])"),
        "labelled": re.compile(rf"(?:{_alt(w['name_labels'])})[ \t]*[:：][ \t\u3000]*({_NAME})(?![{_KANJI}])"),
        "related": re.compile(rf"(?:{_EDGE}|(?<=の))(?:{_alt(w['relations'])})(?:{_SP}+({_NAME})(?![{_KANJI}])|[（(]([{_KANJI}]{{1,4}}{_SP}[{_KANJI}]{{1,4}})[）)])"),
        "home": re.compile(rf"(?<![{_KANJI}])([{_KANJI}]{{2,3}})の(?:{_alt(w['kin_at_home'])})"),
        "address": re.compile(rf"(?:{_alt(w['address_labels'])})[ \t]*[:：][ \t\u3000]*{pref}?({city})([^\s\u3000（(]*)"),
        "resident": re.compile(rf"(?<![{_KANJI}])(?:{pref})?([{_KANJI}]{{1,4}}?[市区町村]|[{_KANJI}]{{2,3}})(?=在住|出身|に住)"),
        "org": re.compile(rf"(?:{_EDGE}|(?<=[はがをにでともへ]))([{_HIRA}]*[{_KANJI}{_KATA}A-Za-z]{{0,12}}?)(?:{_alt(w['org_suffixes'])})"),
    }


def find_japanese(text: str) -> list[PhiSpan]:
    """Text -> DATE, NAME, ADDRESS and ORGANIZATION_LINKED spans in its Japanese passages (nothing without kana
    or a word written only in Japanese)."""
    w = _words()
    if not _KANA.search(text) and not any(word in text for word in w["markers"]):
        return []
    f = _frames()
    spans = [PhiSpan(m.start(), m.end(), "DATE", 0.9, "ja_date") for key in ("era", "era_initial") for m in f[key].finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "DATE", 0.8, "ja_date") for m in _MONTH.finditer(text)]
    names = [(m.start(1), m.end(1)) for m in f["labelled"].finditer(text)]
    for m in f["related"].finditer(text):
        g = 1 if m.group(1) else 2
        if m.group(g) not in w["not_names"]:
            names.append((m.start(g), m.end(g)))
    spans += [PhiSpan(s, e, "NAME", 0.85, "ja_name") for s, e in names]
    ends = {e for _, e in names}
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "ja_name") for m in _READING.finditer(text) if m.start() in ends]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "ja_place") for key in ("home", "resident")
              for m in f[key].finditer(text) if m.group(1) not in w["not_places"]]
    for m in f["address"].finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.85, "ja_address"))
        if m.group(2):
            spans.append(PhiSpan(m.start(2), m.end(2), "ADDRESS", 0.85, "ja_address"))
    spans += [PhiSpan(m.start(1), m.end(), "ORGANIZATION_LINKED", 0.75, "ja_org") for m in f["org"].finditer(text)
              if len(m.group(1)) >= 2 and not _generic(m.group(), w)]
    return spans


def _generic(name: str, w: dict[str, list[str]]) -> bool:
    """"大学病院", "総合病院": a kind of place made only of generic words names nobody's."""
    rest = name
    for word in sorted(w["generic_org_words"] + w["org_suffixes"], key=len, reverse=True):
        rest = rest.replace(word, "")
    return not rest
