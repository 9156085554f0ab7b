"""An identifier's issuer written just before its number belongs to the identifier:

- The state that issued a licence or a plate, written into the number's field: "LPC  WI 6014-125", "plate NV KTW-118",
  "VEH NV 3-11842". A licence or a plate number is unique only within its state, so the state is part of the value a
  reader would copy (after a comma or a bracket, "LPC, WI 4017-125", the state is listed as an item of its own).
- A register's letters repeated before its number after a label that names the same register ("BIG-registr. BIG
  19027733401", "GMC no. GMC 7012345", "HCPC reg HCPC PYL04321").
- A pharmacy's prescription number printed with its "RX" in capitals, as a label or a sync sheet prints it ("RX 6620193");
  "Rx# 6620193" and "Rx 6620193" keep the "Rx" as a label outside the number.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import STATES
from assistant.records import PhiSpan

_ID_TYPES = ("LICENSE", "VEHICLE", "OTHER_ID", "MRN", "HEALTH_PLAN_ID", "DEVICE_ID")
# "ID" is Idaho and the word "ID"; "IN" and "OR" are words in a line written in capitals
_STATES = set(STATES) - {"ID", "IN", "OR"}
_LETTERS_BEFORE = re.compile(r"(?<![\w.&/-])([A-Z]{2,6})[ \t]$")
_LABELLED = re.compile(r"[A-Z]{2,3}[ \t]")  # "TX DL 08817734": the span opens with its own label, the state is the ID's
_RX_NUMBER = re.compile(r"\d{6,10}(?:-\d{1,3})?")


def _issuer(text: str, sp: PhiSpan) -> int | None:
    """Where the issuer before an identifier's span starts, or None when the word before is no issuer."""
    m = _LETTERS_BEFORE.search(text, max(0, sp.start - 8), sp.start)
    if not m or not any(c.isdigit() for c in text[sp.start:sp.end]):
        return None
    letters = m.group(1)
    if letters in _STATES and sp.entity_type in ("LICENSE", "VEHICLE", "OTHER_ID") and not _LABELLED.match(text, sp.start) \
            and not re.fullmatch(r"\d{5}(?:-\d{4})?", text[sp.start:sp.end]) \
            and not re.search(r"[,(][ \t]*$", text[max(0, m.start(1) - 3):m.start(1)]):
        # "WI 53403" is a state and its ZIP code; "LPC, WI 4017-125" and "(WI 6104-125)" list the state as an item of
        # its own after a comma or at a bracket's start, where readers keep it apart from the number
        return m.start(1)
    if letters == "RX" and _RX_NUMBER.fullmatch(text, sp.start, sp.end):
        return m.start(1)
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    if len(letters) >= 3 and re.search(rf"(?<![\w-]){letters}(?=[-. \t])[-. \t]*[A-Za-z]", text[line_start:m.start(1)]):
        return m.start(1)  # the label before named the same register
    return None


def with_issuers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> the same spans, each identifier grown over the issuer written right before it."""
    out = []
    for sp in spans:
        start = _issuer(text, sp) if sp.entity_type in _ID_TYPES else None
        out.append(sp if start is None else PhiSpan(start, sp.end, sp.entity_type, sp.score, sp.source))
    return out
