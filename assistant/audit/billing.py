"""Billing codes: the line's codes, the codes a note writes itself, and which of them we know.

A line's `codes` apply to every note; a note that writes its own CPT/HCPCS codes ("CPT: 90837-95, POS 10")
uses its own codes instead. A note that writes only a modifier or a place of service adds it to the
line's codes. A code that is not one we know is reported and ignored, never guessed at.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from assistant.audit.catalog import codes as code_tables
from assistant.audit.visit_rows import other_visit_lines

_UNITS = r"\s*(?:[xX]|\u00d7|\*)\s*(?P<units>\d)\b|\s*\((?P<units2>\d)\s*units?\)|\s+(?P<units3>\d)\s+units?\b"
# A procedure code in a note, not inside a longer number, a date, a phone number or a ZIP after a state.
_STATE_ABBR = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
               "OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC")
_NOTE_CPT = re.compile(r"(?<![\w$/.-])(?<!(?:%s) )(?<!ZIP )(?<!zip )(9\d{4}|[GHTS]\d{4})(?:(?P<mods>(?:\s*-\s*[0-9A-Z]{2}\b)+))?"
                       r"(?:%s)?(?![\w/-])(?!\.\d)" % (_STATE_ABBR, _UNITS))
_NOTE_MOD = re.compile(r"\bmod(?:ifier)?s?\s*[:#-]?\s*((?:[0-9A-Z]{2}\b(?:\s*(?:,|and|&|\+)\s*)?)+)", re.IGNORECASE)
_NOTE_POS = re.compile(r"\b(?:POS|place of service)\s*(?:code)?\s*[:#-]?\s*(\d{2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Billing:
    """The codes billed for one note: procedure codes with units, modifiers, places of service."""

    procedures: Counter = field(default_factory=Counter)  # code -> units
    modifiers: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    from_note: bool = False  # the note wrote its own procedure codes
    evidence: str = ""       # the note's own billing line, when it has one

    @property
    def any(self) -> bool:
        """True when the note has any billing code at all (coding rules apply)."""
        return bool(self.procedures or self.modifiers or self.places)

    def has(self, *wanted: str) -> bool:
        return any(c in self.procedures for c in wanted)

    def units(self, code: str) -> int:
        return self.procedures.get(code, 0)


def _tables() -> dict:
    t = code_tables()
    return t


def is_em(code: str) -> bool:
    """True for an E/M visit code an add-on may accompany."""
    return code.isdigit() and any(lo <= int(code) <= hi for lo, hi in _tables()["em_ranges"])


def known_procedure(code: str) -> bool:
    """True for a CPT code necessity knows, or any HCPCS level II code (a letter and four digits)."""
    t = _tables()
    if re.fullmatch(r"[A-Z]\d{4}", code):
        return True
    if code in t["time_based"] or code in t["other_codes"] or code in t["time_ranges"]:
        return True
    return code.isdigit() and any(lo <= int(code) <= hi for lo, hi in t["other_ranges"])


@dataclass(frozen=True)
class LineCodes:
    """The line's codes read once: the billing they give, and the entries we could not read."""

    billing: Billing
    unknown: tuple[str, ...]


def read_line_codes(entries: Iterable[object]) -> LineCodes:
    """The batch line's `codes` (["90837", "90785", "95", "POS 10", "90840 x2"]) -> Billing + unknown entries."""
    t = _tables()
    procedures: Counter = Counter()
    modifiers, places, unknown = set(), set(), []
    for raw in entries or ():
        text = str(raw).strip().upper()
        if not text:
            continue
        pos = re.fullmatch(r"(?:POS|PLACE OF SERVICE)\s*[:#-]?\s*(\d{1,2})", text)
        if pos:
            code = pos.group(1).zfill(2)
            (places.add(code) if code in t["places_of_service"] else unknown.append(str(raw)))
            continue
        m = re.fullmatch(r"([0-9]{5}|[A-Z][0-9]{4})((?:\s*-\s*[0-9A-Z]{2})*)(?:%s)?" % _UNITS, text, re.IGNORECASE)
        if m:
            if not known_procedure(m.group(1)):
                unknown.append(str(raw))
                continue
            procedures[m.group(1)] += int(m.group("units") or m.group("units2") or m.group("units3") or 1)
            modifiers.update(x.strip() for x in re.findall(r"[0-9A-Z]{2}", m.group(2) or ""))
            continue
        if text in t["modifiers"]:
            modifiers.add(text)
        elif re.fullmatch(r"\d{2}", text) and text in t["places_of_service"]:
            places.add(text)
        else:
            unknown.append(str(raw))
    return LineCodes(Billing(procedures, frozenset(modifiers), frozenset(places)), tuple(unknown))


def _line_of(note: str, pos: int) -> str:
    start = note.rfind("\n", 0, pos) + 1
    end = note.find("\n", pos)
    return note[start:end if end >= 0 else len(note)].strip()


_NOT_BILLED_BEFORE = re.compile(r"\b(?:not|instead of|rather than|(?:changed|corrected|down-?coded|recoded|switched|"
                                r"moved) from|no longer|never|not (?:support|justify|warrant|qualify for|allow|meet)|"
                                r"without)\s+(?:CPT\s+|code\s+|an?\s+)?$", re.I)
# What the payer or its contractor did with the claim, told before a code: "the claim was reprocessed by the contractor
# as 90834", "downcoded to 90834", "paid as 90832", "denied as 90837": the payer's reading, not what this note bills.
_PAYER_ACTION_BEFORE = re.compile(r"\b(?:re-?processed|processed|adjudicated|paid|allowed|down-?coded|"
                                  r"re-?bundled|bundled|denied|rejected|reduced|changed by (?:the )?(?:payer|plan|insurer|"
                                  r"contractor|carrier))\b[^.;\n]{0,40}?\b(?:as|to|at|into)\s+(?:CPT\s+|code\s+|an?\s+)?$", re.I)
# A labelled billing line ("Billed: 90847", "Billing: 90834 only", "CPT: 90837"): when a note has one, codes named
# elsewhere in it ("alternating family sessions (90847) and parent sessions (90846)") are not this note's.
_BILLING_LINE = re.compile(r"\b(?:billed|billing|bill|cpt|codes?|procedures?|service codes?|charges?)\b[^:\n]{0,12}[:=#]", re.I)


_PLANNED_BEFORE = re.compile(r"(?:^\W*(?:plan|recommendations?|next steps?|next session)\b|\b(?:weekly|biweekly|fortnightly|"
                             r"monthly|every (?:other )?week|going forward|will (?:continue|start|bill|use)|to continue|"
                             r"continue with|recommend(?:ed|s)?)\b)[^.;\n]{0,30}$", re.I)


def read_note_codes(note: str) -> tuple[Billing, tuple[str, ...]]:
    """A note's own billing codes -> (Billing, unknown procedure codes written in the note)."""
    t = _tables()
    on_billing: Counter = Counter()
    elsewhere: Counter = Counter()
    modifiers, places, unknown, lines = set(), set(), [], []
    other_visits = other_visit_lines(note)
    for m in _NOTE_CPT.finditer(note):
        code = m.group(1)
        if _line_of(note, m.start()) in other_visits:
            continue  # "W.E. | 01/13/2026 | 90834" in a listing above the 01/06 note: another visit's code
        if _NOT_BILLED_BEFORE.search(note[max(0, m.start() - 30):m.start()]):
            continue  # "(not 90837 this date)", "changed from 90837": named to say it was not billed
        if _PAYER_ACTION_BEFORE.search(note[max(note.rfind("\n", 0, m.start()) + 1, m.start() - 70):m.start()]):
            continue  # "reprocessed by the contractor as 90834": how the payer read the claim
        if _PLANNED_BEFORE.search(note[max(note.rfind("\n", 0, m.start()) + 1, m.start() - 40):m.start()]):
            continue  # "Plan: weekly 90832 + 90785": the codes of later sessions, not of this note
        if not known_procedure(code):
            if code.startswith("9") and re.search(r"\b(?:CPT|code|billed|bill)\b", _line_of(note, m.start()), re.I):
                unknown.append(code)
            continue
        billed_line = bool(_BILLING_LINE.search(_line_of(note, m.start())))
        (on_billing if billed_line else elsewhere)[code] += int(m.group("units") or m.group("units2") or m.group("units3") or 1)
        modifiers.update(x for x in re.findall(r"[0-9A-Z]{2}", m.group("mods") or "") if x in t["modifiers"])
        lines.append(_line_of(note, m.start()))
    procedures = on_billing or elsewhere
    for m in _NOTE_MOD.finditer(note):
        found = [x.upper() for x in re.findall(r"[0-9A-Za-z]{2}", m.group(1)) if x.upper() in t["modifiers"]]
        modifiers.update(found)
        lines += [_line_of(note, m.start())] if found else []
    for m in _NOTE_POS.finditer(note):
        if m.group(1) in t["places_of_service"]:
            places.add(m.group(1))
            lines.append(_line_of(note, m.start()))
    evidence = next(iter(dict.fromkeys(lines)), "")
    return Billing(procedures, frozenset(modifiers), frozenset(places), bool(procedures), evidence), tuple(unknown)


def billing_for_note(line: Billing, note: Billing) -> Billing:
    """The codes that apply to one note: its own procedure codes win; its own modifiers/POS add to the line's."""
    if note.procedures:
        return note
    return Billing(line.procedures, line.modifiers | note.modifiers, line.places | note.places, False, note.evidence)


def describe(billing: Billing) -> str:
    """'90837, 90785; modifiers 95; POS 10' for messages."""
    parts = [", ".join(f"{c} x{n}" if n > 1 else c for c, n in sorted(billing.procedures.items()))]
    if billing.modifiers:
        parts.append("modifier " + ", ".join(sorted(billing.modifiers)))
    if billing.places:
        parts.append("POS " + ", ".join(sorted(billing.places)))
    return "; ".join(p for p in parts if p)


def codes_in(billing: Billing, wanted: Sequence[str]) -> list[str]:
    """The billed codes that are among `wanted`, in code order."""
    return sorted(c for c in billing.procedures if c in wanted)
