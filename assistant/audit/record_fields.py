"""A structured record (a textproto message, a Lisp plist) written out as the labelled lines the rules read.

A record is a list of (field name, value) pairs, a value being text or a nested record. Each field becomes a "Label:
value" line; a repeated field is one line of its values; a nested record of plain values is one line on its field's
label, the thing it is about beside its number ("Measures: GAD-7 total 13", "Diagnosis: F41.1 Generalized anxiety
disorder; rank primary", "Plan: frequency weekly; 16 sessions planned"); a record holding a date or a time as its parts
is that date ("Date of service: 2026-11-18"); a deeper record is a heading over its own fields.
"""

from __future__ import annotations

import re
from typing import Union

from assistant.audit.exports import field_line, label

Message = list[tuple[str, Union[str, "Message"]]]

_DATE_PARTS = {"year", "month", "day", "hour", "hours", "minute", "minutes", "second", "seconds", "nanos"}


def record_lines(fields: Message) -> list[str]:
    """A record -> its "Label: value" lines (a field left empty records nothing and is left out)."""
    out: list[str] = []
    _lines(fields, out)
    return out


def _moment(fields: Message) -> str:
    """A message of date and time parts -> "2026-11-18", "2026-11-18 18:04" or "18:04"; '' when it is not one."""
    parts = dict(fields)
    if not fields or set(parts) - _DATE_PARTS or any(not isinstance(v, str) or not v.isdigit() for v in parts.values()):
        return ""
    date = "%04d-%02d-%02d" % (int(parts["year"]), int(parts["month"]), int(parts["day"])) \
        if {"year", "month", "day"} <= set(parts) else ""
    hour, minute = parts.get("hour", parts.get("hours")), parts.get("minute", parts.get("minutes"))
    clock = "%02d:%02d" % (int(hour), int(minute)) if hour is not None and minute is not None else ""
    return " ".join(x for x in (date, clock) if x)


def _grouped(fields: Message) -> dict[str, list[Union[str, Message]]]:
    """A message's fields by name, in the order each first appears (a repeated field's values together)."""
    out: dict[str, list[Union[str, Message]]] = {}
    for name, value in fields:
        out.setdefault(name, []).append(_moment(value) or value if isinstance(value, list) else value)
    return out


# Fields that hold what the message is about, written as the value alone: "instrument: "GAD-7"", "icd10: "F41.1"".
_ROLE = re.compile(r"(?:display_|full_)?name|signer|by|instrument|inst|measure|scale|tool|label|text|title|description|value|ref|"
                   r"code|icd_?10(?:_?cm)?|dx_code", re.I)
# A record's goals ("goals", "treatment_goals", "objectives").
_GOALS = re.compile(r"(?:\w+[_-])?(?:goals?|objectives?)", re.I)
# A count under a key naming what is counted is written as a note counts it: planned_sessions: 16 -> "16 sessions planned".
_COUNTED = re.compile(r"(?:(\w+)_)?(sessions|visits|weeks|months|days)(?:_(\w+))?", re.I)


def _flat(fields: Message) -> str:
    """A message of plain values -> its fields in one line, a named thing next to its number: "GAD-7 total 13",
    "F41.1 Generalized anxiety disorder; rank primary", "A. Name; credential LMHC; signed at 2026-11-18 18:04"."""
    out, joined_to_last = "", False
    # a note's goals run to the end of their line, so a record's goals are written last ("...; 16 sessions; goals ...")
    for name, values in sorted(_grouped(fields).items(), key=lambda item: bool(_GOALS.fullmatch(item[0]))):
        filled = "; ".join(v for v in values if isinstance(v, str) and v.strip())
        if not filled:
            continue
        role = bool(_ROLE.fullmatch(name.replace("-", "_")))
        if role:
            part = filled
        elif (counted := _COUNTED.fullmatch(name.replace("-", "_"))) and filled.isdigit():
            before, unit, after = counted.groups()
            part = " ".join(label(w).lower() for w in (filled, unit, before or "", after or "") if w)
        else:
            part = f"{label(name).lower()} {filled}"
        # a value beside the thing it is told of reads as one: "GAD-7 total 13", "F41.1 Generalized anxiety disorder"
        close = joined_to_last and (role or re.fullmatch(r"[\d.]+", filled))
        out += (" " if close else "; ") + part if out else part
        joined_to_last = role
    return out


def _lines(fields: Message, out: list[str]) -> None:
    """One "Label: value" line per field; a message of plain values on its label's line, a deeper one as a heading."""
    for name, values in _grouped(fields).items():
        plain = [v for v in values if isinstance(v, str) and v.strip()]
        if plain:
            out.append(field_line(name, "; ".join(plain)))
        for value in (v for v in values if isinstance(v, list)):
            if all(isinstance(v, str) for vs in _grouped(value).values() for v in vs):
                if flat := _flat(value):
                    out.append(f"{label(name)}: {flat}")
            else:
                out.append(f"{label(name)}:")
                _lines(value, out)
