"""Who rated a score: a parent, a teacher, the client themself, or the clinician.

A multi-informant scale reports one administration through several raters ("BASC-3 parent Anxiety T 83; teacher
Anxiety T 74", "SCARED parent separation 13; SCARED child separation 11", a score summary with a parent and a
teacher column). Two raters' values are two views of one time point, never a series: find_trends keeps them apart.
The rater words are data (assistant/data/raters.yaml).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from assistant.letters.facts import Measure

_DATA = Path(__file__).resolve().parent.parent / "data" / "raters.yaml"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    # the word alone or with how it was given: "father-rated", "teacher report", "mother's form"
    return tuple((re.compile(r"(?<![\w-])%s(?:['\u2019]s)?(?:[\s-](?:rated|report(?:ed)?|form|completed))?(?![\w-])"
                             % r"[\s-]".join(map(re.escape, re.split(r"[\s-]", w))), re.I), rater)
                 for rater, words in data.items() for w in sorted(words, key=len, reverse=True))


def rater_in(text: str) -> str:
    """A short span of text -> the rater it names ('parent', 'teacher', 'self', 'clinician'), or '' (none or several)."""
    found = {rater for rx, rater in _words() if rx.search(text)}
    return found.pop() if len(found) == 1 else ""


def _names(m: Measure) -> list[str]:
    first = m.instrument.split()[0] if m.instrument.split() else ""
    return [n for n in dict.fromkeys([m.surface, m.part, first]) if n]


def _score_text(score) -> str:
    text = str(score)
    return text[:-2] if text.endswith(".0") else text


def _span(m: Measure) -> str:
    """The text naming this score in its sentence: the name up to the number, and the few words before it in the
    same clause ("parent Anxiety T 83", "SCARED child separation subscale 11", "CBCL (mother) 68")."""
    number = re.escape(_score_text(m.score))
    for name in _names(m):
        rx = re.compile(r"(?<![\w-])%s[^\d;\n]{0,40}?(?<![\d.])%s(?![\d])" % (re.escape(name), number), re.I)
        for hit in rx.finditer(m.evidence):
            before = re.split(r"[.;,()\n]|\band\b|\s[-\u2013\u2014]\s", m.evidence[max(0, hit.start() - 40):hit.start()], flags=re.I)[-1]
            return before + hit.group(0)
    return ""


def with_raters(measures: Sequence[Measure]) -> tuple[Measure, ...]:
    """Measures -> the same, each with the rater its own words name (left '' when none or several are named)."""
    return tuple(replace(m, rater=rater_in(_span(m))) if not m.rater else m for m in measures)


def by_rater(xs: Sequence[Measure]) -> list[list[Measure]]:
    """One instrument's scores -> one group per rater when two raters or more are named, else the one group."""
    raters = {x.rater for x in xs if x.rater}
    if len(raters) < 2:
        return [list(xs)]
    groups: dict[str, list[Measure]] = {}
    for x in xs:
        groups.setdefault(x.rater, []).append(x)
    return list(groups.values())
