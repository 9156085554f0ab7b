"""Exported files read by their own structure: a GEDCOM family tree and an iCalendar or vCard file.

- GEDCOM ("0 @I1@ INDI", "1 FAMC @F2@"): the level, the record's pointer and the tag are the file's machinery,
  never PHI (the values under NAME, PLAC and the rest are typed by recognizers/gedcom.py).
- iCalendar and vCard: the component after BEGIN/END ("VEVENT"), the slashes, version and language of the producer's
  id ("-//Google Inc//Google Calendar 70.9054//EN": a practice's own scheduler may name the practice there), a
  property's coded value (VERSION, CALSCALE, STATUS, RRULE) and a parameter ("PARTSTAT=DECLINED", "TZID=America/
  Chicago") are machinery; a date-time value ("20250311T093000", a rule's UNTIL) holds a date and a time of day, and
  only the date is PHI.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.armor import armour_machinery
from assistant.phi.recognizers.directory_export import directory_machinery
from assistant.phi.recognizers.notebooks import notebook_machinery
from assistant.phi.recognizers.sql_dump import dump_machinery
from assistant.phi.recognizers.x12_envelope import x12_machinery
from assistant.records import PhiSpan

_GEDCOM_LINE = re.compile(r"(?m)^([0-9]{1,2}) (?:(@[A-Za-z0-9_]{1,20}@) )?(_?[A-Z][A-Z0-9_]{2,9})(?=[ \t]|$)([ \t]+[^\n]*)?$")
_POINTER = re.compile(r"@[A-Za-z0-9_]{1,20}@")

_CALENDAR = re.compile(r"(?m)^BEGIN:(?:VCALENDAR|VCARD)\b")
# a content line: NAME[;PARAM=VALUE...]:value
_CONTENT = re.compile(r"(?m)^((?:[A-Za-z0-9-]+\.)?[A-Z][A-Za-z0-9-]*)((?:;[A-Za-z0-9-]+=[^:;\n]*)*):([^\n]*)$")
_PARAM = re.compile(r";([A-Za-z0-9-]+)=([^:;\n]*)")
_PERSON_PARAMS = {"CN", "SENT-BY", "DELEGATED-TO", "DELEGATED-FROM", "MEMBER"}
_CODED = {"BEGIN", "END", "PRODID", "VERSION", "CALSCALE", "METHOD", "STATUS", "TRANSP", "CLASS", "RRULE", "EXRULE",
          "ACTION", "TZID", "X-WR-TIMEZONE", "TZOFFSETFROM", "TZOFFSETTO", "SEQUENCE", "PRIORITY", "KIND"}
_DATE_TIMES = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP", "CREATED", "LAST-MODIFIED",
               "BDAY", "ANNIVERSARY"}
_DATE_TIME = re.compile(r"((?:19|20)\d{6})(T\d{4,6}Z?)?")
# the structure of a producer id: its slashes, a version number and the language code
_PRODUCER_PARTS = re.compile(r"-//|//(?:[A-Z]{2}$)?|(?<![\w.])v?\d+(?:\.\d+)+(?![\w.])", re.M)


def _is_gedcom(text: str) -> bool:
    return re.search(r"(?m)^0 (?:HEAD|@[A-Za-z0-9_]+@ (?:INDI|FAM))\b", text) is not None \
        and len(_GEDCOM_LINE.findall(text)) >= 5


def _gedcom(text: str) -> list[tuple[int, int]]:
    """The level, pointer and tag of each line, and a value that is only a pointer ("1 FAMC @F2@")."""
    machinery = []
    for m in _GEDCOM_LINE.finditer(text):
        machinery.append((m.start(1), m.end(3)))
        value = (m.group(4) or "").strip()
        if _POINTER.fullmatch(value):
            start = m.start(4) + m.group(4).index(value)
            machinery.append((start, start + len(value)))
    return machinery


def _calendar(text: str) -> tuple[list[PhiSpan], list[tuple[int, int]]]:
    spans, machinery = [], []
    for m in _CONTENT.finditer(text):
        name = m.group(1).split(".")[-1].upper()
        machinery.append((m.start(1), m.end(1)))
        for p in _PARAM.finditer(text, m.start(2), m.end(2)):
            if p.group(1).upper() not in _PERSON_PARAMS:
                machinery.append((p.start(), p.end()))
            else:
                machinery.append((p.start(), p.start(2)))
        if name == "PRODID":  # "-//Cascade Lantern Counseling//Scheduler 4.2//EN": a practice may name itself here
            machinery += [p.span() for p in _PRODUCER_PARTS.finditer(text, m.start(3), m.end(3))]
        elif name in _CODED:
            cursor = m.start(3)  # a rule's end date is a date: "RRULE:FREQ=WEEKLY;UNTIL=20251230T235959Z"
            for d in _DATE_TIME.finditer(text, m.start(3), m.end(3)):
                spans.append(PhiSpan(d.start(1), d.end(1), "DATE", 0.85, "date"))
                machinery.append((cursor, d.start(1)))
                cursor = d.end(1)
            machinery.append((cursor, m.end(3)))
        elif name in _DATE_TIMES:
            for d in _DATE_TIME.finditer(text, m.start(3), m.end(3)):
                spans.append(PhiSpan(d.start(1), d.end(1), "DATE", 0.85, "date"))
                if d.group(2):
                    machinery.append((d.start(2), d.end(2)))
    return spans, machinery


def find_file_values(text: str) -> list[PhiSpan]:
    """Text -> the dates of an iCalendar or vCard file's date-time properties (GEDCOM values: gedcom.py)."""
    return _calendar(text)[0] if _CALENDAR.search(text) else []


def file_machinery(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of the parts of an exported file that are its structure, never PHI."""
    out = _gedcom(text) if _is_gedcom(text) else []
    out += dump_machinery(text) + notebook_machinery(text) + x12_machinery(text) + armour_machinery(text)
    out += directory_machinery(text)  # an LDIF export's attribute names and a distinguished name's keys
    return out + (_calendar(text)[1] if _CALENDAR.search(text) else [])
