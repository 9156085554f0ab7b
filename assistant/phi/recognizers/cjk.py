"""PHI in Chinese text: dates written with 年月日 (and lunar dates), ages of 90 or more with 岁, names after a form
label or a relation word, a surname before a title ("张医生"), a nickname in brackets after a name, addresses
after an address label. The words are data (phi/data/cjk.yaml); the frames are the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "cjk.yaml"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
HAN = _HAN  # the Han characters' ranges, for a character class
_CN_NUM = r"[〇零一二三四五六七八九十两]"
_N = rf"(?:\d{{1,4}}|{_CN_NUM}{{1,4}})"
# 1986年4月12日 / 2026年8月 / 11月14日 / 4月12号: a year with a month, or a month with a day (a year alone is not PHI)
_DATE = re.compile(rf"{_N}[ \t]*年[ \t]*{_N}[ \t]*月(?:[ \t]*{_N}[ \t]*[日号號])?|(?<!\d){_N}[ \t]*月[ \t]*{_N}[ \t]*[日号號]")
# a lunar date: 农历三月初五, 正月十五, 腊月廿三 (the calendar word stays outside)
_LUNAR = re.compile(rf"(?:正|腊|臘|冬|{_CN_NUM}{{1,2}})月(?:初{_CN_NUM}|廿{_CN_NUM}?|{_CN_NUM}{{1,3}})(?:日)?")
# durations, doses and frequencies are clinical facts: 三个月, 两周, 50毫克, 每天一次, 每晚两次
_FACT = re.compile(rf"{_N}[ \t]*(?:个|個)[ \t]*月|{_N}[ \t]*(?:个|個)?[ \t]*(?:星期|礼拜|禮拜|周|週|天|小时|小時)|"
                   rf"\d+(?:\.\d+)?[ \t]*(?:毫克|毫升|微克|mg)|(?:每天|每日|每晚|每周|每週|每月)[ \t]*{_N}[ \t]*次")
_AGE = re.compile(r"(?<!\d)(\d{2,3})[ \t]*(?:周岁|週歲|岁|歲)")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern[str], ...]:
    w = _words()
    end = rf"(?![{_HAN}])"  # the name ends at a space, punctuation or the line's end
    labelled = re.compile(rf"(?:{_alt(w['name_labels'])})[ \t]*[:：][ \t]*((?:{_alt(w['surnames'])})[{_HAN}]{{1,2}}){end}")
    related = re.compile(rf"(?:{_alt(w['relations'])})[ \t]+([{_HAN}]{{2,4}}){end}")
    titled = re.compile(rf"({_alt(w['surnames'])})(?:{_alt(w['titles'])})")
    nickname = re.compile(rf"(?<=[{_HAN}])[（(]([{_HAN}]{{1,3}})[）)]")
    regions = _alt(w["region_suffixes"])
    address = re.compile(rf"(?:{_alt(w['address_labels'])})[ \t]*[:：][ \t]*(?:[{_HAN}]{{1,4}}(?:{regions}))?([^\n\[（(]+)")
    return labelled, related, titled, nickname, address


def han_name(run: str, latin: str | None = None) -> bool:
    """A run of Han characters -> True when it is shaped as a person's name: a common Chinese family name, then one or
    two characters ("林子轩", "欧阳娜娜"), or a common Japanese one, then one to three ("田中花子", "佐々木 健"). Given the
    Latin name written beside it, that name must also hold the family name's reading ("周文杰 Zhou Wenjie"): "高血压"
    (hypertension) opens with a family name too."""
    compact = re.sub(r"[ \u3000]", "", run)
    if not re.fullmatch(rf"[{_HAN}\u3005]+", compact):
        return False
    w = _words()
    for readings, given in ((w["surname_readings"], 2), (w["japanese_surname_readings"], 3)):
        surname = re.match(_alt(list(readings)), compact)
        if surname is not None and 1 <= len(compact) - surname.end() <= given:
            words = {x.lower() for x in re.findall(r"[^\W\d_]+", latin or "")}
            if latin is None or words & set(readings[surname.group()]):
                return True
    return False


def find_cjk(text: str) -> list[PhiSpan]:
    """Text -> DATE, AGE_OVER_89, NAME and ADDRESS spans in its Chinese passages (nothing when it has none)."""
    if not re.search(rf"[{_HAN}]", text):
        return []
    spans = [PhiSpan(m.start(), m.end(), "DATE", 0.9, "date") for m in _DATE.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "DATE", 0.85, "date") for m in _LUNAR.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.9, "age") for m in _AGE.finditer(text) if int(m.group(1)) >= 90]
    labelled, related, titled, nickname, address = _frames()
    for frame in (labelled, related):
        spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.9, "cjk_name") for m in frame.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "cjk_name") for m in titled.finditer(text)]
    names = {(s.start, s.end) for s in spans if s.entity_type == "NAME"}
    for m in nickname.finditer(text):  # "林思琪（琪琪）": only after a name found here
        if any(e == m.start() for _, e in names):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "cjk_name"))
    spans += [PhiSpan(m.start(1), m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip())), "ADDRESS", 0.85, "cjk_address")
              for m in address.finditer(text) if m.group(1).strip()]
    return spans


def find_cjk_keep(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of clinical facts written in Chinese: a medication with its dose and frequency, a duration."""
    if not re.search(rf"[{_HAN}]", text):
        return []
    spans = [(m.start(), m.end()) for m in _FACT.finditer(text)]
    drugs = re.compile(rf"(?:{_alt(_words()['medications'])})(?:[ \t]*[,，]?[ \t]*(?:{_FACT.pattern}))*")
    return spans + [(m.start(), m.end()) for m in drugs.finditer(text)]
