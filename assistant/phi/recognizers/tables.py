"""Values in table cells, typed by their column header: an intake form laid out as a pipe or tab table
("| SSN (last 4) | ... |" over "| 4471 | ... |") gives no label beside the value, only above it."""

from __future__ import annotations

import re
from itertools import accumulate
from pathlib import Path

from assistant.phi.lexicon import CREDENTIALS, MONTH_RE
from assistant.records import PhiSpan

# Header text -> type of the values below it. Headers that name people or places are left to the name
# and place rules, which read the cell's words themselves.
_HEADERS = [
    ("VEHICLE", re.compile(r"\b(?:plates?|licen[cs]e plate|tag|vin|vehicle)\b", re.I)),  # a gate's or a lot's log
    ("SSN", re.compile(r"\b(?:ssn|social security|ss#)", re.I)),
    ("ADDRESS", re.compile(r"\b(?:zip|postal|city|town|street|address|addr)\b", re.I)),
    ("DATE", re.compile(r"\b(?:dob|date of birth|birth ?date|born)\b", re.I)),
    # a log's date column: its cells are dates in whatever shape, "03-14", "1/2x/25" (a digit unreadable on a sign-in)
    # ... or its time stamp ("ts", "date/time"), whose time is left standing
    ("DATE", re.compile(r"^\s*(?:date|dates|dos|date of (?:service|contact|visit|call)|(?:contact|visit|call|service|appt|ref) date|"
                        r"ts|time ?stamp|date ?/ ?time|date ?time)\s*$", re.I)),
    # a column of months ("Month" over "Sep", "Oct"): a person's attendance or visits by month, each a month of their history
    ("MONTH", re.compile(r"^\s*(?:month|mo\.?|month/year|month of service)\s*$", re.I)),
    ("AGE_OVER_89", re.compile(r"^\s*age\b", re.I)),
    ("MRN", re.compile(r"\b(?:mrn|chart|record|account|acct)\b", re.I)),
    ("HEALTH_PLAN_ID", re.compile(r"\b(?:member|subscriber id|group|policy|claim|auth)", re.I)),
    ("LICENSE", re.compile(r"\b(?:licen[cs]e|npi|dea|dl)\b", re.I)),
    ("PHONE", re.compile(r"\b(?:phone|cell|mobile|tel)\b", re.I)),
    ("OTHER_ID", re.compile(r"^\s*(?:badge|employee (?:id|#|no\.?)|staff (?:id|#)|id|id #)\s*$", re.I)),
]
# More headers of people's columns kept as data: a warmline's "peer", a sign-in sheet's "volunteer", a test's "proctor"
_MORE_PEOPLE = [re.escape(h).replace(r"\ ", r"[ \t]+") for h in (ln.split("#", 1)[0].strip() for ln in (
    Path(__file__).resolve().parent.parent / "data" / "people_columns.txt").read_text(encoding="utf-8").splitlines()) if h]
# Columns that hold people: the staff who wrote each row of a contact log, the members of a group roster.
_PEOPLE = re.compile(r"^(?:(?:client|patient|member|participant|staff|provider|clinician|guardian|parent|contact|full|first|"
                     r"last|preferred)[ \t]+)?(?:staff|clinician|provider|therapist|counsel(?:l)?or|worker|author|writer|"
                     r"signed by|by|facilitator|case manager|cm|attendee|participant|member|client|patient|name|initials|"
                     r"guardian|parent|clin|clinician initials|staff initials|owner|assigned(?: to)?|seen by|entered by|"
                     r"rn|tech|coach|student|resident|youth|caller|pt|md|dr|doctor|attending|physician|psychiatrist|np|"
                     r"prescriber|nurse|therapist initials)s?[ \t]*$|^(?:" + "|".join(_MORE_PEOPLE) + r")s?[ \t]*$", re.I)
# Columns that list a family's surnames, several to a cell: a DNA match list's "Surnames in Tree" ("Lind; Berge").
_SURNAMES = re.compile(r"^(?:shared |ancestral |family |common |matching )?(?:surnames?|family names?|last names)"
                       r"(?: in (?:tree|common|family))?$", re.I)
# The two sides of a payment or message in an export ("From", "To", "Recipient"): a person, or a shop or a place ("Home",
# "Walmart"), so only a full name or a person's initials is taken, a verified mark after it left out ("TJ ✔").
_PARTIES = re.compile(r"^(?:from|to|sender|recipient|payee|counterparty|paid (?:to|by)|sent (?:to|by)|requested by)$", re.I)
_PARTY_CELL = re.compile(r"([A-Z]{2,3}|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3})(?:[ \t]*[✔✓☑★*])?")
# A person's name or initials in a cell, with credentials after a comma left out: "JR", "M-K, RN", "Dana Ruiz".
# A nickname in quotes may stand before or after the name: '"Papa Joe" ESPOSITO', 'GUNDERSEN, Olaf "Ole"'.
_NICK = r"""(?:["\u201c][^"\u201d\n]{1,20}["\u201d][ \t]+)?"""
_PERSON_CELL = re.compile(r"(" + _NICK + r"[A-Z][A-Za-z'.-]*(?:[ \t]+[A-Z][A-Za-z'.-]*){0,3})(?:,[ \t]*[A-Z]{2,6}(?:[ \t]*[A-Z]{2,6})?)?")
# A field of an export written as key, tab, value ("first_name<TAB>Temperance", "zip<TAB>14219").
_KEY_VALUE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z_ ./-]{1,30}?)(\t+|[ \t]*[:=][ \t]*)(\S[^\t\n]*?)[ \t]*$", re.M)
_NAME_KEYS = re.compile(r"^(?:(?:patient|client|member|guardian|parent|mother|father|spouse|partner|emergency(?: contact)?|"
                        r"legal|full|first|last|middle|given|family|sur|preferred|maiden|nick|pcp|referring)[ ]?)+"
                        r"(?:name|nm)?s?$|^(?:f|l)name$|^nickname$|^preferred$|^alias$", re.I)
_ROLE_VALUES = {"self", "client", "patient", "mother", "father", "mom", "dad", "parent", "guardian", "staff", "n/a"}
_JOINTED_RULE = re.compile(r"(?=[^+\n]*\+)(?=.*[-=]{3})[-=+ \t]+")  # a header's rule with "+" at the joints: "-----+---+--"
_EMPTY = re.compile(r"^(?:|-+|n/?a|none|self|same|unknown|yes|no|y|n|x|declined|negative|positive|—)$", re.I)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped content in a table row."""
    out, pos = [], 0
    for part in line.split(sep):
        stripped = part.strip()
        start = pos + (part.find(stripped) if stripped else 0)
        out.append((start, start + len(stripped)))
        pos += len(part) + len(sep)
    return out


_CSV_CELL = re.compile(r'[ \t]*(?:"((?:[^"]|"")*)"|([^,]*))')


def _csv_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's content in a comma-separated row, quotes left out."""
    out, pos = [], 0
    while pos <= len(line):
        m = _CSV_CELL.match(line, pos)
        g = 1 if m.group(1) is not None else 2
        start, end = m.start(g), m.end(g)
        while end > start and line[end - 1] in " \t":
            end -= 1
        out.append((start, end))
        pos = m.end() + 1
        if m.end() >= len(line) or line[m.end()] != ",":
            break
    return out


def _kind(header: str) -> str | None:
    return next((kind for kind, pat in _HEADERS if pat.search(header)), None)


_FIELD_KINDS = [("NAME", re.compile(r"^(?:first|last|given|family|middle|surname|maiden|nick)(?: ?name)?$|^(?:f|l)name$", re.I)),
                ("EMAIL", re.compile(r"\b(?:e-?mail|electronic ?mail)\b", re.I)),
                ("FAX", re.compile(r"\bfax\b", re.I)),
                ("ADDRESS", re.compile(r"\b(?:locality|address ?line ?\d?)\b", re.I)),
                ("LICENSE", re.compile(r"\b(?:lic|licen[cs]e ?(?:no|number|num|#)?|dea(?: ?number)?|npi)\b", re.I)),
                ("ORGANIZATION_LINKED", re.compile(r"^(?:business|organi[sz]ation|facility|practice|employer|school) ?name$", re.I)),
                # a log's or an export's fields: "patient_id=18832", "subscriber='DOE, JANE'", "user=jdoe", "device=WB-02"
                ("MRN", re.compile(r"^(?:patient|pt|client|chart|person) ?(?:id|no|num|number)$", re.I)),
                ("NAME", re.compile(r"^(?:subscriber|insured|guarantor|patient|user ?(?:name|id)?|login|username|signed ?by|"
                                    r"created ?by|modified ?by|author|owner)$", re.I)),
                # whoever did something to the record: "ExportedBy", "last_edited_by", "approvedBy" (not how data is sorted)
                ("NAME", re.compile(r"^(?:last ?)?(?!(?:sort|group|filter|index|key|partition|power|generat|compil|caus|"
                                    r"follow|separat|delimit|trigger|bound)ed\b)[a-z]+(?:ed|en|wn) ?by$", re.I)),
                ("DEVICE_ID", re.compile(r"^(?:device|device ?(?:id|name|serial)|serial(?: ?(?:no|number))?|imei|mac(?: ?address)?|"
                                         r"hostname|host|workstation)$", re.I))]


def kind_of_key(key: str) -> str | None:
    """The PHI type of a machine record's field ("StateLicenseNumber", "postal_code", "city", "first"), or None.
    A bare "id" (a row number) and a state or country are not typed."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ").strip()
    if re.fullmatch(r"(?i:id|state(?: ?province)?|country|region|gender|sex|status|type|qualifier)", words):
        return None
    if re.fullmatch(r"(?i:(?:\w+ )+(?:type|kind|format|mode|count|version|status))", words):
        return None  # "cell_type", "visit_mode", "execution_count": a category or a tally, never the value itself
    if _NAME_KEYS.match(words.lower()):
        return "NAME"
    kind = next((kind for kind, pat in _FIELD_KINDS if pat.search(words)), None) or _kind(words)
    return None if kind == "MONTH" else kind  # a record's month field holds a number as often as a month's name


# "FROST, Hope", "de la Peña, Ximena", "Little Bear, Dawson", "Marchbanks, J.": surname first, then a comma.
_PART = r"(?:(?:de|del|de la|la|le|van|von|der|den|da|di|du|dos|st\.?)[ \t]+)?[^\W\d_][\w'’-]*"
_SURNAME_FIRST_CELL = re.compile(rf"({_PART}(?:[ \t]+{_PART}){{0,2}},[ \t]*(?:[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?"
                                 r"""|["\u201c][^\W\d_][\w'’.-]{0,20}["\u201d])"""  # 'PIKE, "SPIKE"': a nickname for a given name
                                 r"""(?:[ \t]+["\u201c][^"\u201d\n]{1,20}["\u201d])?)""")
_CREDENTIAL_CODES = {c.upper().replace(".", "") for c in CREDENTIALS}


def _person(value: str) -> tuple[int, int] | None:
    """Where the name sits in a cell that holds a person, or None when the cell holds no name."""
    m = _SURNAME_FIRST_CELL.fullmatch(value)
    tail = re.search(r",[ \t]*([A-Z]{2,6})$", value)  # "Dana Ruiz, RN" is name + credential; "HOLLY, NOEL" is a name
    if m and value[:1].isalpha() and (not tail or value.isupper() and tail.group(1) not in _CREDENTIAL_CODES):
        return m.span(1)
    m = _PERSON_CELL.fullmatch(value)
    if not m or value.lower() in _ROLE_VALUES or _EMPTY.match(value):
        return None
    return m.span(1)


# Keys of structured exports (FHIR-like YAML, C-CDA XML) that hold a name part: <given>Wren</given>, family: Nwosu.
_EXPORT_NAME_KEYS = {"given", "family", "surname", "nickname", "alias", "fname", "lname", "firstname", "lastname",
                     "fullname", "middlename", "maidenname"}
_EXPORT_KEYS = _EXPORT_NAME_KEYS | {"postalcode", "zipcode", "zip"}
_XML_NAME = re.compile(r"<(given|family|firstName|lastName|fullName|middleName|surname|postalCode|zip|zipCode)\b[^>]*>"
                       r"([^<\n]{1,80})</\1>", re.I)
_JSON_FIELD = re.compile(r"""(["'])([A-Za-z][A-Za-z_ -]{1,30})\1[ \t]*:[ \t]*(["'])((?:(?!\3)[^\n]){1,80})\3""")  # or 'k': 'v'


def find_key_values(text: str) -> list[PhiSpan]:
    """Text -> NAME and ZIP spans in fields of a key-value export (keys written as words or snake_case, or JSON)."""
    spans = []
    pairs = [(m.group(1), m.start(3), m.group(3)) for m in _KEY_VALUE.finditer(text)
             if "\t" in m.group(2) or "_" in m.group(1) or m.group(1).strip().lower() in _EXPORT_KEYS]
    # ("Client: ..." lines are the name rules' job; "given:"/"family:" are an export's keys)
    pairs += [(m.group(2), m.start(4), m.group(4)) for m in _JSON_FIELD.finditer(text)]
    pairs += [(m.group(1), m.start(2), m.group(2)) for m in _XML_NAME.finditer(text)]
    pairs = [(raw, start + len(value) - len(value.lstrip("[\"'")), value.strip("[]\"' ")) for raw, start, value in pairs]
    for raw, start, value in pairs:
        raw = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", raw)  # postalCode -> postal Code
        if raw.strip().lower() in _EXPORT_NAME_KEYS and not value[:1].isupper():
            continue  # "family: supportive" is no name
        key = raw.replace("_", " ").strip().lower()
        if _NAME_KEYS.match(key) and re.fullmatch(r"[^\W\d_][\w'.-]*(?:[ ,]+[^\W\d_][\w'.-]*){0,3}", value) \
                and value.lower() not in _ROLE_VALUES:
            spans.append(PhiSpan(start, start + len(value), "NAME", 0.8, "key_value"))
        elif re.fullmatch(r"zip(?: ?code)?|postal(?: ?code)?|postcode", key) and re.fullmatch(r"\d{5}(?:-\d{4})?", value):
            spans.append(PhiSpan(start, start + len(value), "ADDRESS", 0.8, "key_value"))
    return spans


def _people_header(header: str) -> bool:
    """A column of people, named as one role ("RN") or as two roles sharing it ("MD/APP", "Therapist / Intern")."""
    return bool(_PEOPLE.match(header)) or "/" in header and all(p.strip() and _PEOPLE.match(p.strip()) for p in header.split("/"))


def _value_cell(cell: str) -> bool:
    """A cell that holds a value (a number, or words that name no column), not a column's name."""
    cell = cell.strip().replace("_", " ")
    if sum(c.isdigit() for c in cell) >= 3:
        return True  # "02/24/2026, office", "3:15-4:00 PM", "90834", "Ana Ruiz  ID 4471": a column is named in words
    return len(cell.split()) >= 2 and not _kind(cell) and not _PEOPLE.match(cell)


def find_table_values(text: str) -> list[PhiSpan]:
    """Text -> spans of cell values under identifying headers in pipe- or tab-separated tables."""
    spans: list[PhiSpan] = []
    lines = text.split("\n")
    offsets = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    header: list[str | None] | None = None
    just_headed = False
    for line, off in zip(lines, offsets):
        sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else "," if line.count(",") >= 3 else None
        headed, just_headed = just_headed, False
        if sep is None:  # "407| (empty)": one cell of a row; "-----+-----+---": the rule with joints right under a header
            header = header if line.count("|") == 1 or _JOINTED_RULE.fullmatch(line) and headed else None
            continue
        cells = _csv_cells(line) if sep == "," else _cells(line, sep)
        values = [line[s:e] for s, e in cells]
        if all(re.fullmatch(r"[-:= ]*", v) for v in values):
            continue  # the |---|---| rule under a header
        if sep == "," and (header is None or len(header) != len(values)) and not all(
                not v or re.fullmatch(r"[A-Za-z][\w#/.-]*(?: [\w#/.-]+){0,2}(?: \([\w ]{1,12}\))?", v) for v in values):  # ",ID,From,To"
            header = None  # a comma-separated header names columns in a word or two; prose with commas is no table
            continue
        if header is not None and len(values) < len(header) and any(header) and sep != ",":
            continue  # "407| (empty -- terminal clean)": a short row inside the table, not a new header
        if header is None or len(header) != len(values):
            filled = [v for v in values if v.strip()]
            if len(filled) == 2 and _value_cell(filled[1]):
                header = None  # "| Client | Ana Ruiz, ID 4471 |", "| Time | 3:15-4:00 |": a grid of labelled fields, no header
                continue
            if len(filled) == 1 and re.search(r"[A-Za-z)][ \t]*:[ \t]+\S", filled[0]):
                header = None  # "| Resident: ...  DOB: 03/30/1931 |": a boxed form's row of labelled fields names no column
                continue
            header = [_kind(v.replace("_", " ")) or ("NAME" if _people_header(v.replace("_", " ")) else
                                                     "SURNAMES" if _SURNAMES.match(v.strip()) else
                                                     "PARTY" if _PARTIES.match(v.strip()) else None) for v in values]
            just_headed = True
            continue
        for (s, e), value, kind in zip(cells, values, header):
            if kind == "SURNAMES":
                spans += [PhiSpan(off + s + m.start(), off + s + m.end(), "NAME", 0.75, "table") for m in
                          re.finditer(r"(?<![^;/,& \t])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?=[ \t]*(?:[;/,&]|$))", value)]
                continue
            if kind == "PARTY" and (party := _PARTY_CELL.fullmatch(value)):
                spans.append(PhiSpan(off + s + party.start(1), off + s + party.end(1), "NAME", 0.75, "table"))
            if kind == "NAME":
                if (where := _person(value)) is not None:
                    spans.append(PhiSpan(off + s + where[0], off + s + where[1], "NAME", 0.75, "table"))
                continue
            if kind == "MONTH" and re.fullmatch(rf"{MONTH_RE}\.?(?:[ \t]+(?:19|20)\d{{2}})?", value, re.I):
                # above 0.95, so the cell outlives a guess that reads "Sep<TAB>19" across the column gap as one date
                spans.append(PhiSpan(off + s, off + e, "DATE", 0.96, "table"))
                continue
            if not kind or _EMPTY.match(value) or not any(c.isdigit() for c in value) and kind != "ADDRESS":
                continue
            if len(value.split()) > 4 or len(value) > 40:
                continue  # a sentence in a cell ("What the record shows | YMRS 9 today (31 on 05/14) ...") is no identifier
            if kind == "VEHICLE":  # a plate, not a "2019 Honda" under "vehicle"
                if re.fullmatch(r"(?=(?:\D*\d){2})[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,4})?", value):
                    spans.append(PhiSpan(off + s, off + e, kind, 0.8, "table"))
                continue
            if kind == "DATE" and (stamp := re.match(r"(\S+)[ \tT]+\d{1,2}:\d{2}", value)):
                e = s + len(stamp.group(1))  # "11-09 08:52": the date, not the time of day
            if kind == "DATE" and not re.search(r"\d[/.-][\dxX?]|[A-Za-z]{3}[. ]*\d", value):
                continue  # a count or a year in a date column is no date
            if kind == "AGE_OVER_89" and not re.fullmatch(r"(?:9\d|1[01]\d)", value):
                continue
            if kind not in ("AGE_OVER_89", "DATE") and (re.fullmatch(r"\$?[\d,]*\.\d{2}", value)
                                                       or sum(c.isdigit() for c in value) < (2 if kind == "OTHER_ID" else 4)):
                continue  # amounts ("171.25") and short counts are no identifiers
            if kind == "ADDRESS" and not re.fullmatch(r"\d{5}(?:-\d{4})?", value):
                continue  # ZIP cells here; towns and streets are the place rules' job
            spans.append(PhiSpan(off + s, off + e, kind, 0.8, "table"))
    return spans + find_key_values(text)


# Columns that count things: "3/3" under "sessions" or "doses" is a count, not the 3rd of March.
_COUNT_HEADER = re.compile(r"\b(?:sessions?|attend\w*|groups?|doses?|items?|scores?|days?|visits?|completed|taken|"
                           r"adherence|endorsed|criteria|goals?|tasks?|homework|assignments?|shifts?|meetings?|classes)\b", re.I)


def _rows(text: str):
    """(offset of line, cells) for each row of a table laid out with pipes, tabs or aligned columns."""
    pos = 0
    for line in text.split("\n"):
        sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line else None
        if sep is not None:
            yield pos, line, _cells(line, sep)
        elif re.search(r"\S {2,}\S", line):  # aligned with spaces
            yield pos, line, [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
        else:
            yield pos, line, None
        pos += len(line) + 1


def find_count_cells(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of fractions in table columns that count things ("sessions 3/3")."""
    out, header = [], None
    for off, line, cells in _rows(text):
        if cells is None:
            header = None
            continue
        values = [line[s:e] for s, e in cells]
        if header is None or len(header) != len(values):
            header = [bool(_COUNT_HEADER.search(v)) and not re.search(r"\d", v) for v in values]
            continue
        out += [(off + s, off + e) for (s, e), v, counts in zip(cells, values, header)
                if counts and re.fullmatch(r"\d{1,2}/\d{1,2}", v)]
    return out

