"""A score series told on in the next sentences without the instrument's name:

    "PCL-5 that day 58. At session 8 (09/29) 44. Last session (11/17) 37."
    "BDI-II at intake: 31. Week 6 - 22. Today, 15."

A sentence continues the series of the sentence before it (same note, same section) only when it is nothing but a
time point and one number in the instrument's range: any other word, a second number or another instrument's name
ends the series.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog, in_range
from assistant.letters.facts import Measure
from assistant.letters.number_words import with_digits
from assistant.letters.patterns import Segment

_POINT = (r"(?:(?:at|on|in|by|during)\s+)?(?:the\s+)?(?:(?:session|week|wk|visit|day|month|appointment)\s*#?\s*\d{1,3}|"
          r"(?:last|latest|most recent|final|this|next)\s+(?:session|visit|week|appointment|check)|today|now|discharge|"
          # a visit named by its month: "At the March visit (03/09/2026): 30"
          r"(?:(?:jan|febr?|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\s+(?:session|visit|appointment|review|check-?in))|"
          r"(?:re-?)?(?:test|assessment|intake|admission)|%s)" % P.DATE.pattern)
_STEP = re.compile(r"^\W*(?P<point>%s)(?:\s*\((?P<date>%s)\))?\s*[:,=\u2013\u2014-]?\s*(?:(?:it\s+)?(?:was|is)\s+)?(?:an?\s+)?"
                   r"(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/])\s*[.;!]?\s*$" % (_POINT, P.DATE.pattern), re.I)


# The same measure told again in a clause with a pronoun for it or for the client: "by the block it was 58", "a week
# later he was at 39", "at this week's session (11/30) she scored 33". "he was 16" is an age, not a score.
_AGAIN = re.compile(r"\b(?:(?:her|his|their|the) total|it|he|she|they)\s+(?:was at|was down to|was up to|was back (?:up |down )?to|(?:had )?(?:dropped|fallen|fell|"
                    r"come down|came down|risen|rose|climbed) to|came (?:in|out|back) at|scored(?: an?)?|rated(?: an?)?|totall?ed)\s+"
                    r"(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/]|\.\d)%s|\b(?:her|his|their|the) total\s+(?:was|had been|is|came to)\s+(?P<num3>\d{1,3})(?![\d/]|\.\d)"
                    r"|\bit\s+(?:was|had been|is)\s+(?P<num2>\d{1,3}(?:\.\d+)?)"
                    r"(?=\s*(?:[,;)]|\.(?!\d)|$|and\b|so\b|but\b))" % P.UNIT_AFTER, re.I)


_AT_START = re.compile(r"\b(?:at|on|from) (?:the )?(?:intake|admission|admit|baseline|start|first (?:session|visit))\b|\binitially\b|\bat first\b",
                       re.I)


def _said_again(seg: Segment, before: Measure, start: int = 0) -> list[Measure]:
    """Each "it was 58" / "he scored 33" clause of a sentence after a scored one (or after the score in its own
    sentence, from `start`), as a later value of its measure."""
    inst, out = catalog().get(before.instrument), []
    text = seg.text if start else with_digits(seg.text)  # "her total was seventeen" (the evidence stays as written)
    for m in _AGAIN.finditer(text, start):
        num = m.group("num") or m.group("num2") or m.group("num3")
        if inst is None or not in_range(inst, float(num)):
            return []
        when = P.DATE.search(P.clause_before(text, m.start(), 60))
        told = P.clause_before(text, m.start(), 60) + text[m.end():m.end() + 25]  # "At intake ... her total was 17", "19 at intake"
        out.append(replace(before, score=float(num) if "." in num else int(num), date=when.group(0) if when else None,
                           evidence=seg.text, baseline=bool(_AT_START.search(told)), when=None))
    return out


def continued_series(segs: Sequence[Segment], found: Sequence[Measure]) -> list[Measure]:
    """Scores of sentences that only carry a series on: a time point and a number after a scored sentence."""
    last = {(m.evidence, m.note_index): m for m in found}
    out: list[Measure] = []
    for seg in segs:  # "The GDS she did with me was 11 in June; this month it was 7": later in the same sentence
        before = last.get((seg.text, seg.note_index))
        if before is None or before.part or before.scale or isinstance(before.score, str) or len(list(catalog().names_in(seg.text))) != 1:
            continue
        at = re.search(r"(?<![\d.])%s(?![\d.])" % re.escape(str(before.score)), seg.text)
        if at and (again := _said_again(seg, before, at.end())):
            out += again
            last[(seg.text, seg.note_index)] = again[-1]
    for prev, seg in zip(segs, segs[1:]):
        before = last.get((prev.text, prev.note_index))
        step = _STEP.match(seg.text)
        if (before is None or seg.note_index != prev.note_index or seg.kind != prev.kind
                or before.part or before.scale or isinstance(before.score, str) or any(catalog().names_in(seg.text))):
            continue
        if step is None:
            if again := _said_again(seg, before):
                out += again
                last[(seg.text, seg.note_index)] = again[-1]
            continue
        inst, num = catalog().get(before.instrument), step.group("num")
        if inst is None or not in_range(inst, float(num)):
            continue
        point = step.group("date") or P.DATE.search(step.group("point"))
        date = point if isinstance(point, str) else point.group(0) if point else (seg.date if re.search(r"today|now", step.group("point"), re.I) else None)
        found_here = replace(before, score=float(num) if "." in num else int(num), date=date, evidence=seg.text,
                             baseline=False, when=None)
        out.append(found_here)
        last[(seg.text, seg.note_index)] = found_here
    return out + _part_groups(segs, list(found) + out)


# A date written with its month's name ("1 Dec 2026", "Dec 1, 2026"), as notes read before redaction write it.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_WRITTEN_DATE = r"\d{1,2}\s+%s(?:\s+(?:19|20)\d\d)?|%s\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?" % (_MONTH, _MONTH)


def _part_groups(segs: Sequence[Segment], found: Sequence[Measure]) -> list[Measure]:
    """A sentence that is a time point and the same subscales again, after a sentence that scored them by part:
    "AQ: 2 Sep - anxiety 91, avoidance 24. 1 Dec - anxiety 63, avoidance 15", "ECBI: intake Intensity 172, Problem
    24. Week 10: Intensity 131, Problem 15". Every part must be one the sentence before scored, each number in range."""
    out: list[Measure] = []
    by_sentence: dict[tuple[str, int], dict[str, Measure]] = {}  # the part scores of each sentence, by part
    for m in found:
        if m.part:
            by_sentence.setdefault((m.evidence, m.note_index), {})[m.part.lower()] = m
    for prev, seg in zip(segs, segs[1:]):
        parts = by_sentence.get((prev.text, prev.note_index))
        if not parts or seg.note_index != prev.note_index or any(catalog().names_in(seg.text)):
            continue
        head = re.match(r"^\W*(?P<point>%s|%s)\s*(?:\((?P<date>%s)\))?\s*[:,=\u2013\u2014-]?\s*" % (_POINT, _WRITTEN_DATE, P.DATE.pattern), seg.text, re.I)
        if head is None:
            continue
        names = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted(parts, key=len, reverse=True))
        pair = re.compile(r"(?P<part>%s)\s*[:=]?\s*(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/])" % names, re.I)
        pairs, pos = [], head.end()
        while (m := pair.match(seg.text, pos)) is not None:
            pairs.append(m)
            pos = m.end()
            sep = re.match(r"\s*(?:[,;/]\s*(?:and\s+)?|\s+and\s+|\s+)", seg.text[pos:])
            pos += sep.end() if sep else 0
        if not pairs or seg.text[pos:].strip(" .;") or len({m.group("part").lower() for m in pairs}) != len(pairs):
            continue
        point = head.group("date") or P.DATE.search(head.group("point")) or re.fullmatch(_WRITTEN_DATE, head.group("point"), re.I)
        date = point if isinstance(point, str) else point.group(0) if point else (seg.date if re.search(r"today|now", head.group("point"), re.I) else None)
        news = []
        for m in pairs:
            before, num = parts.get(re.sub(r"[\s-]+", " ", m.group("part")).lower()) or parts.get(m.group("part").lower()), m.group("num")
            inst = catalog().get(before.instrument.removesuffix(" " + before.part)) if before else None
            if before is None or isinstance(before.score, str) or (inst is not None and not in_range(inst, float(num), before.part, before.scale)):
                news = []
                break
            news.append(replace(before, score=float(num) if "." in num else int(num), date=date, evidence=seg.text, baseline=False, when=None))
        out += news
        for m in news:  # a third group may follow the second
            by_sentence.setdefault((m.evidence, m.note_index), {})[m.part.lower()] = m
    return out
