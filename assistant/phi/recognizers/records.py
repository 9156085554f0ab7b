"""Identifiers in shapes the prose rules do not see: person names in HL7 v2 fields ("PID|...||DE LA CRUZ^ESPERANZA^ROSE"),
international phone numbers ("+44 1632 960418"), UK postcodes ("HX6 2QG") and register numbers ("2023/449120")."""

from __future__ import annotations

import re

from assistant.phi.recognizers.booking_codes import find_booking_codes
from assistant.phi.recognizers.coordinates import find_coordinates
from assistant.phi.recognizers.prefixed_ids import find_prefixed_ids
from assistant.phi.recognizers.trip_codes import find_trip_codes
from assistant.phi.recognizers.url_params import find_url_ids
from assistant.records import PhiSpan

# Segment -> the fields that hold a person's name: PID-5 (and 6, 9), NK1-2, GT1-3, IN1-16 are names (family^given);
# PV1-7/8/9/17 and ORC-12 are clinicians (id^family^given).
_NAME_FIELDS = {"PID": (5, 6, 9), "NK1": (2,), "GT1": (3,), "IN1": (16,), "PV1": (7, 8, 9, 17), "ORC": (12,), "OBR": (16,)}
_SEGMENT = re.compile(r"^[ \t]*(PID|NK1|GT1|IN1|PV1|ORC|OBR)\|.*$", re.M)
_NAME_PART = re.compile(r"[A-Za-z][A-Za-z' .-]*[A-Za-z.]|[A-Za-z]")
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\d{2,5}){2,4}(?![\w-])")
_UK_POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![A-Za-z0-9])")
# Irish Eircodes ("H91 X2T4", "D6W Y2K8") and Canadian postal codes ("K1A 0B1"): a routing key and a unique part.
_OTHER_POSTCODE = re.compile(r"(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])|"
                             r"(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d(?![A-Za-z0-9])")

# A register's number written as its year, a slash and a serial ("Protokol No: 2023/449120", "file 2021/88412"), as
# Turkish, Italian and Spanish hospitals and courts number them; a second year ("2023/2024") or a short serial
# ("2000/1500 kcal") is no register number.
_YEAR_SERIAL = re.compile(r"(?<![\w/.-])(?:19|20)\d{2}/\d{5,8}(?![\w/]|\.\d)")


def _name_span(line: str, base: int, start: int, field: str) -> PhiSpan | None:
    """The span from the first to the last name component of one field repetition (ids and degrees left out)."""
    parts, pos = [], 0
    for comp in field.split("^"):
        if _NAME_PART.fullmatch(comp) and not re.fullmatch(r"(?:MD|DO|PhD|PsyD|LCSW|LPC|LMFT|RN|NP|PA|NPI|L|D|B|MR|MB)", comp):
            parts.append((pos, pos + len(comp)))
        pos += len(comp) + 1
    if not parts:
        return None
    return PhiSpan(base + start + parts[0][0], base + start + parts[-1][1], "NAME", 0.85, "hl7_name")


def find_record_values(text: str) -> list[PhiSpan]:
    """Text -> NAME spans of HL7 name fields, PHONE spans of international numbers, MRN spans of register numbers and
    ADDRESS spans of UK postcodes."""
    spans = find_trip_codes(text) + find_prefixed_ids(text) + find_coordinates(text) + find_url_ids(text) + find_booking_codes(text)
    for m in _SEGMENT.finditer(text):
        line, fields, pos = m.group(0), m.group(0).split("|"), 0
        starts = []
        for f in fields:
            starts.append(pos)
            pos += len(f) + 1
        for n in _NAME_FIELDS[m.group(1)]:
            if n < len(fields):
                rep_start = starts[n]
                for rep in fields[n].split("~"):
                    sp = _name_span(line, m.start(), rep_start, rep)
                    if sp:
                        spans.append(sp)
                    rep_start += len(rep) + 1
    # a full number abroad has at least eight digits with its country code: "+90840" is an add-on CPT code
    spans += [PhiSpan(m.start(), m.end(), "PHONE", 0.8, "intl_phone") for m in _INTL_PHONE.finditer(text)
              if sum(c.isdigit() for c in m.group()) >= 8]
    spans += [PhiSpan(m.start(), m.end(), "MRN", 0.8, "register_number") for m in _YEAR_SERIAL.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "uk_postcode") for m in _UK_POSTCODE.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "uk_postcode") for m in _OTHER_POSTCODE.finditer(text)
              if re.search(r"\d", m.group(0)[-4:]) and re.search(r"[A-Z]", m.group(0)[-4:])]
    return spans
