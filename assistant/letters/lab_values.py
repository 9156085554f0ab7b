"""A lab value or vital sign written with its unit and a word or two between name and value:

    "A1c today 11.4% (05/2026: 7.9%)", "Glucose Management Indicator .... 9.6 %", "QTc (Bazett) 461 ms"

The general score reader stops at a percent sign or a unit (a rating scale's "30%" is a change, not a score); for a
catalog entry marked `lab` the value is read with the units the catalog gives it, and an earlier value in parentheses
right after it ("(05/2026: 7.9%)", "(prev 8.2)") is read as the earlier reading with its date.
"""
from __future__ import annotations

import re

from assistant.letters import patterns as P
from assistant.letters.catalog import Instrument
from assistant.letters.facts import Measure

_GAP = (r"(?:\s*\([^()\n]{0,30}\)|\s*,|\s+(?:today|now|currently|was|is|of|at|on admission|at admission|on arrival|this week|"
        r"this visit|result|reading|value|level|avg|average|mean|measured|came back|returned|drawn))*")
_NUM = r"-?\d{1,4}(?:\.\d+)?"
_UNIT = r"%|percent|ms|msec|bpm|mg/dL|ng/mL|mmol/L|mEq/L|mcg/mL|ug/mL|\u00b5g/mL|mg/L|mcg/L|ug/L|kg/m2|kg|lbs?|mmHg|\u00b0[CF]"
_VALUE = re.compile(r"%s\s*(?:[:=]|\.{2,}|\u2026+)?[\s.]*(?P<num>(?<![\w./-])%s)(?![\d/])(?!,\d{3}(?!\d))\s*(?P<unit>%s)?(?![\w/])" % (_GAP, _NUM, _UNIT), re.I)
_EARLIER = re.compile(r"\s*\(\s*(?:(?:prev(?:ious)?|prior|last|was|from|down from|up from)\s*)?(?P<d>%s)?\s*[:=,-]?\s*"
                      r"(?P<num>(?<![\w./])%s)\s*(?:%s)?\s*\)" % (P.DATE.pattern, _NUM, _UNIT), re.I)


# "(12/02)", "(drawn 12/02)", "(03/2025 well visit)": the day it was taken, and at most a few words on where
_DATE_AFTER = re.compile(r"\s*\(\s*(?:drawn\s+|on\s+)?(?P<d>%s)(?:\s+[A-Za-z][\w -]{0,24})?\s*\)" % P.DATE.pattern, re.I)
_CHANGE = re.compile(r"\s*(?:down|up|lost|gained|less|more|lighter|heavier|loss|gain|drop(?:ped)?|lower|higher)\b", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:down|up|lost|gained|dropped|loss of|gain of|change of|by)\s*$", re.I)


# later readings told on in a list, each with its unit and date: "41.2 kg on 6/1, 43.0 kg on 6/15 and 44.1 kg on 6/29"
_ON_DATE = re.compile(r"\s*(?:on|drawn)\s+(?P<d>%s)" % P.DATE.pattern, re.I)
_NEXT = re.compile(r"\s*(?:,|;|->|\u2192|\bthen\b|\band\b|\bto\b)\s*(?:then\s+|and\s+)?(?P<num>(?<![\w./])%s)\s*(?P<unit>%s)\s*"
                   r"(?:(?:today|now|currently)\s*)?(?:\(\s*(?:on\s+)?(?P<d1>%s)\s*\)|(?:on|drawn)\s+(?P<d2>%s))" % (_NUM, _UNIT, P.DATE.pattern, P.DATE.pattern), re.I)


def changed_by(text: str, end: int) -> bool:
    """The value just before `end` is an amount of change: "14 lb down", "6 kg lost"."""
    return bool(re.match(r"\s*(?:%s)?%s" % (_UNIT, _CHANGE.pattern), text[end:end + 30], re.I))


def dose_after(text: str, end: int) -> bool:
    """The number just before `end` is a dose ("Lithium 600 mg at night"), not a reading."""
    return bool(re.match(r"\s*(?:mg|mcg|\u00b5g|g|mL)\b", text[end:end + 8], re.I))


def _unit_fits(inst: Instrument, unit: str | None) -> bool:
    """No unit, or one the catalog gives the instrument (a "%" after a rating scale is a change, not a score)."""
    return not unit or unit.lower() in {u.lower() for u in inst.units}


# A drug's blood level in a bracket after its dose: "Lithium carbonate 300 mg tid (level 0.7 mmol/L on 03/20)",
# "valproate 500 mg bid (trough 78, 02/11)".
_BRACKET_LEVEL = re.compile(r"[^.;()\n]{0,60}?\(\s*(?:serum |blood |12-?h(?:ou)?r? )?(?:level|trough)\s*(?:[:=]|of|was|is)?\s*"
                            r"(?P<num>(?<![\w./])%s)\s*(?P<unit>%s)?(?![\w/])\s*(?:,|;)?\s*(?:(?:on|drawn)\s+)?(?P<d>%s)?"
                            % (_NUM, _UNIT, P.DATE.pattern), re.I)


def lab_values(text: str, end: int, inst: Instrument) -> list[tuple[str, str | None, bool]]:
    """(value, date or None, earlier?) for a lab or vital named just before `end`; [] when none is written there."""
    if inst.domain == "medication level" and (lvl := _BRACKET_LEVEL.match(text, end)) and _unit_fits(inst, lvl.group("unit")):
        return [(lvl.group("num"), lvl.group("d"), False)]
    m = _VALUE.match(text, end)
    if m is None or not _unit_fits(inst, m.group("unit")) or changed_by(text, m.end()) or _CHANGE_BEFORE.search(text, end, m.start("num")):
        return []  # "Weight 14 lb down since June", "weight: lost 6 kg": an amount of change, not a reading
    after = _DATE_AFTER.match(text, m.end())  # "LITHIUM 0.8 mmol/L (12/02)": the day it was drawn, after the unit
    out = [(m.group("num"), P.date_near(text, (end, m.start("num")), m.end()) or (after and after.group("d")), False)]
    earlier = _EARLIER.match(text, after.end() if after else m.end())
    if earlier is not None:
        out.append((earlier.group("num"), earlier.group("d"), True))
        return out
    pos = after.end() if after else m.end()
    if on := _ON_DATE.match(text, pos):
        out[0], pos = (out[0][0], out[0][1] or on.group("d"), False), on.end()
    while (nxt := _NEXT.match(text, pos)) and _unit_fits(inst, nxt.group("unit")):
        out.append((nxt.group("num"), nxt.group("d1") or nxt.group("d2"), False))
        pos = nxt.end()
    return out


# A body weight told by its unit alone, anchored to a time: "has lost about 6 kg since July (now 51 kg)", "52.1 kg in
# 07/2025 -> 45.8 kg today", "98 lb at admission". An amount lost or gained ("lost 6 kg") is a change, not a weight.
_WEIGHT_UNIT = r"(?P<unit>kg|kgs|lbs?|pounds)(?![\w/])"
_WEIGHT_NUM = r"(?P<num>(?<![\w./-])\d{2,3}(?:\.\d)?)"
_WHEN_FIRST = re.compile(r"\b(?:now|today|currently|at (?:intake|admission|discharge|entry)|on admission|this week)\s+"
                         r"(?:(?:at|about|around|~|down to|up to)\s*)?%s\s*%s" % (_WEIGHT_NUM, _WEIGHT_UNIT), re.I)
_WEIGHT_FIRST = re.compile(r"%s\s*%s\s*(?:\(\s*)?(?:(?:in|on|at)\s+(?P<d>%s)|(?P<w>today|now|at (?:intake|admission|discharge)))\b"
                           % (_WEIGHT_NUM, _WEIGHT_UNIT, P.DATE.pattern), re.I)
_CHANGE_JUST_BEFORE = re.compile(r"\b(?:lost|gained|losing|gaining|down|up|dropped|dropping|loss of|gain of|by|another|extra|target|goal)\s*"
                                 r"(?:about|around|nearly|almost|over|roughly|~)?\s*$", re.I)


def weight_measures(segs, found) -> list[Measure]:
    """Body weights given by their unit and a time, as measures of "weight"; none already read from the same sentence."""
    seen = {(m.evidence, str(m.score)) for m in found if m.instrument == "weight"}
    out = []
    for seg, value, date, unit in unit_weights(segs):
        score = float(value) if "." in value else int(value)
        if (seg.text, str(score)) not in seen:
            seen.add((seg.text, str(score)))
            out.append(Measure("weight", score, date or seg.date, seg.note_index, seg.text, surface=unit))
    return out


def unit_weights(segs) -> list[tuple[object, str, str | None, str]]:
    """(segment, value, date or None, unit) for each body weight a sentence gives by its unit and a time."""
    out = []
    for seg in segs:
        if seg.kind in ("goals", "discharge"):
            continue  # "Weight to 50 kg by discharge": a target
        for rx in (_WHEN_FIRST, _WEIGHT_FIRST):
            for m in rx.finditer(seg.text):
                if _CHANGE_JUST_BEFORE.search(seg.text[max(0, m.start("num") - 20):m.start("num")]) or changed_by(seg.text, m.end("unit")):
                    continue
                date = m.groupdict().get("d")
                out.append((seg, m.group("num"), date, m.group("unit")))
    return out
