"""Values in machine records, typed by the field that holds them: XML elements (<City>Fresno</City>,
<StateLicenseNumber>95521</StateLicenseNumber>), SQL rows under their INSERT's column list ('Seattle' under `city`),
and vCard properties (ADR's locality and postal code, N's family and given names). The field name says what the
value is where no sentence around it does."""

from __future__ import annotations

import re

from assistant.phi.recognizers.directory_export import find_directory_values
from assistant.phi.recognizers.gedcom import find_gedcom
from assistant.phi.recognizers.file_formats import find_file_values
from assistant.phi.recognizers.json_fields import find_json_fields
from assistant.phi.recognizers.notebooks import find_notebook_values
from assistant.phi.recognizers.program_objects import find_program_fields
from assistant.phi.recognizers.sql_dump import find_dump_rows
from assistant.phi.recognizers.tables import kind_of_key
from assistant.phi.recognizers.chat_handles import chat_handles, find_chat_handles
from assistant.records import PhiSpan

_XML_FIELD = re.compile(r"<([A-Za-z][\w.-]{0,60})\b[^<>]*>([^<>\n]{1,120})</\1>")
_SQL_INSERT = re.compile(r"INSERT\s+INTO\s+\S+\s*\(([^()]{1,800})\)\s*VALUES\s*", re.I)
_SQL_ROW = re.compile(r"\(((?:'(?:[^'\\]|\\.|'')*'|[^()'])*)\)\s*[,;]?")
_SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'|([^,\s][^,]*)")
# a property may be grouped under an item label ("item2.ADR;type=HOME:", as phones export their contacts)
_VCARD_ADR = re.compile(r"^(?:[\w-]+\.)?ADR[^:\n]*:([^\n]*)$", re.M)
_VCARD_N = re.compile(r"^N[;:][^:\n]*?:?([^\n:]*)$|^N:([^\n]*)$", re.M)


def _xml(text: str) -> list[PhiSpan]:
    out = []
    for m in _XML_FIELD.finditer(text):
        kind = kind_of_key(m.group(1))
        value = m.group(2)
        if kind and value.strip() and not value.strip().isspace():
            start = m.start(2) + len(value) - len(value.lstrip())
            out.append(PhiSpan(start, start + len(value.strip()), kind, 0.8, "structured"))
    return out


def _sql(text: str) -> list[PhiSpan]:
    out = []
    for ins in _SQL_INSERT.finditer(text):
        columns = [c.strip(" `\"[]") for c in ins.group(1).split(",")]
        kinds = [kind_of_key(c) for c in columns]
        pos = ins.end()
        while (row := _SQL_ROW.match(text, pos)) is not None:
            col = 0
            for v in _SQL_VALUE.finditer(row.group(1)):
                if v.group(1) is not None and col < len(kinds) and kinds[col] and v.group(1).strip():
                    out.append(PhiSpan(row.start(1) + v.start(1), row.start(1) + v.end(1), kinds[col], 0.8, "structured"))
                col += 1
            pos = row.end()
            pos += len(text[pos:]) - len(text[pos:].lstrip())
    return out


def _vcard(text: str) -> list[PhiSpan]:
    if "BEGIN:VCARD" not in text:
        return []
    out = []
    for m in _VCARD_ADR.finditer(text):
        parts, pos = m.group(1).split(";"), m.start(1)
        for i, part in enumerate(parts):
            if i in (1, 2, 3, 5) and part.strip():  # extended address, street, locality, postal code (not PO box, region, country)
                out.append(PhiSpan(pos, pos + len(part), "ADDRESS", 0.8, "structured"))
            pos += len(part) + 1
    for m in re.finditer(r"^(?:[\w-]+\.)?N:([^\n]*)$", text, re.M):
        parts, pos = m.group(1).split(";"), m.start(1)
        for i, part in enumerate(parts):
            if i in (0, 1, 2) and part.strip():  # family, given, additional names (not prefix or suffix)
                out.append(PhiSpan(pos, pos + len(part), "NAME", 0.8, "structured"))
            pos += len(part) + 1
    return out


# A log line's fields: key=value or key='quoted value' (the key says what the value is).
# An unquoted value that opens an object ("patient=Patient{id=...") is the object's class, not a value.
_KEY_VALUE = re.compile(r"(?<![\w./-])([A-Za-z][A-Za-z_]{1,30})=(?:'([^'\n]{1,80})'|\"([^\"\n]{1,80})\"|([^\s'\"=&;,{}()]{1,80})(?![\w{(]))")


def _key_values(text: str) -> list[PhiSpan]:
    out = []
    for m in _KEY_VALUE.finditer(text):
        kind = kind_of_key(m.group(1))
        group = next(g for g in (2, 3, 4) if m.group(g) is not None)
        if kind and m.group(group).strip() and not re.fullmatch(r"(?i:null|none|n/?a|true|false|-)", m.group(group)):
            out.append(PhiSpan(m.start(group), m.end(group), kind, 0.8, "structured"))
    return out


# ASC X12 837/835 segments: elements split by "*", segments end with "~". The segment id says what each element is.
_X12_SEGMENT = re.compile(r"(?:(?<=~)|^)\s*(NM1|N3|N4|DMG)\*([^~\n]*)~?", re.M)


def _x12(text: str) -> list[PhiSpan]:
    if text.count("~") < 3 or "*" not in text:
        return []
    out = []
    for m in _X12_SEGMENT.finditer(text):
        seg, pos, elements = m.group(1), m.start(2), m.group(2).split("*")
        wanted = {"N3": {0: "ADDRESS", 1: "ADDRESS"}, "N4": {0: "ADDRESS", 2: "ADDRESS"}, "DMG": {1: "DATE"}}.get(seg, {})
        if seg == "NM1" and len(elements) > 1 and elements[1] == "1":  # a person: last, first, middle; then the id
            wanted = {2: "NAME", 3: "NAME", 4: "NAME", 8: "OTHER_ID"}
        for i, value in enumerate(elements):
            if i in wanted and value.strip():
                out.append(PhiSpan(pos, pos + len(value), wanted[i], 0.8, "structured"))
            pos += len(value) + 1
    return out


def find_structured(text: str) -> list[PhiSpan]:
    """Text -> spans of identifying values in XML elements, SQL INSERT rows, vCards, X12 claim segments, a log's
    key=value fields, a JSON export's typed keys, a GEDCOM family tree's tagged lines, an LDIF address book
    (directory_export.py), a database dump's rows (sql_dump.py) and a notebook's printed tables (notebooks.py)."""
    out = _key_values(text) if "=" in text else []
    out += _x12(text) if "~" in text else []
    out += find_json_fields(text) + find_gedcom(text) + find_file_values(text) + find_notebook_values(text)
    out += find_directory_values(text)
    out += find_program_fields(text)  # a log's printed objects, an INI export, a property list (program_objects.py)
    if "<" not in text and "INSERT" not in text.upper() and "VCARD" not in text:
        return out
    return out + find_chat_handles(text) + _xml(text) + _sql(text) + _vcard(text) + find_dump_rows(text)


_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>|<\?xml[^<>]*\?>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


# Attributes whose values are a standard's codes, not anybody's details: a C-CDA's LOINC code and its system, an
# address's or a phone's use ("HP", "MC"), a participant's class ("POLHOLD"), a schema's version ("20170715")
_CODED_ATTRIBUTES = {"code", "codesystem", "codesystemname", "codesystemversion", "use", "classcode", "typecode",
                     "moodcode", "determinercode", "contextcontrolcode", "nullflavor", "mediatype", "representation",
                     "unit", "xmlns", "version", "transportversion", "transactionversion", "transactiondomain",
                     "qualifier", "schemalocation", "type", "negationind", "inversionind", "operator"}
# an OID naming a coding system or an assigning authority ("2.16.840.1.113883.10.20.22.1.2"), and a template's version
_OID = re.compile(r"[12](?:\.\d+){3,}")


def _coded(tag: str, before: str, value: str) -> bool:
    name = re.search(r"([\w.-]+)\s*=\s*$", before)
    name = name.group(1).split(":")[-1].lower() if name else ""
    return name in _CODED_ATTRIBUTES or name == "root" and _OID.fullmatch(value) is not None \
        or name == "extension" and tag.lower().startswith("<templateid")


def coded_values(text: str) -> list[tuple[int, int]]:
    """(start, end) of the values of coded attributes in a text with several markup tags: a version's date or an OID
    that a date or an IP address rule would read is the standard's, so it is dropped whatever a rule made of it."""
    tags = list(_TAG.finditer(text))
    if len(tags) < 3:
        return []
    return [(t.start() + q.start() + 1, t.start() + q.end() - 1) for t in tags for q in _QUOTED.finditer(t.group(0))
            if _coded(t.group(0), t.group(0)[:q.start()], q.group()[1:-1])]


def tag_intervals(text: str) -> list[tuple[int, int]]:
    """Where markup tags sit in a text that has several of them ("<LastName>", "</Address>"): a tag's name and its
    attribute names are never PHI, nor the values of coded attributes; other attribute values in quotes are left to
    the detectors."""
    handles = chat_handles(text)  # "[21:02:11] <mossfern> hi": a chat log's speaker, not a tag
    tags = [t for t in _TAG.finditer(text) if not any(t.start() < e and s < t.end() for s, e in handles)]
    if len(tags) < 3:
        return []
    out = []
    for t in tags:
        cursor = t.start()
        for q in _QUOTED.finditer(t.group(0)):
            if _coded(t.group(0), t.group(0)[:q.start()], q.group()[1:-1]):
                continue
            out.append((cursor, t.start() + q.start()))
            cursor = t.start() + q.end()
        out.append((cursor, t.end()))
    return out
