"""An HL7 v2 message (MDM^T02, ORU^R01) sent to a payer's interface, read as the labelled note it carries.

A practice system that sends a note as HL7 writes each fact in a segment: the clinician in PV1-7 or TXA-5
("1588302214^MBEKI^TENDAI^^^^LPCC-S"), the session's start, stop and length as OBX results ("OBX|3|TS|START^Session
start||20260914150200"), the narrative as a TX result with escaped line breaks, the signature as one more OBX. The rules
read labelled fields, so each segment that holds a fact of the note becomes a "Label: value" line (an observation the
system could not obtain, result status X, is a label with no value); the envelope (MSH, EVN, insurance) is dropped.
A text that is no HL7 message comes back unchanged.
"""

from __future__ import annotations

import re

from assistant.letters.hl7_text import unescape as _unescape

# Coding systems of procedure codes: the text beside such a code is its catalogue name ("Psychotherapy 45 min"),
# not what the note documents, so only the code is kept.
_PROCEDURE_SYSTEMS = {"C4", "C5", "CPT", "CPT4", "HCPCS", "HCPT", "HPC"}
# Segments whose field holds the clinician as a person (XCN): PV1-7 attending, PV1-8 referring..., TXA-5, TXA-9.
_CLINICIAN_FIELDS = {"PV1": (7,), "TXA": (5, 9)}
_TEXT_TYPES = {"TX", "FT", "ST"}


def _when(value: str) -> str:
    """An HL7 time stamp ("20260914150200", "20260921") -> "09/14/2026 15:02" / "09/21/2026"; else as written."""
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:(\d\d)(\d\d)(?:\d\d(?:\.\d+)?)?)?(?:[+-]\d{4})?", value.strip())
    if not m:
        return value.strip()
    date = f"{m.group(2)}/{m.group(3)}/{m.group(1)}"
    return f"{date} {m.group(4)}:{m.group(5)}" if m.group(4) else date


def _person(value: str, comp: str) -> str:
    """An XCN field ("id^FAMILY^GIVEN^middle^suffix^prefix^degree") -> "Given Family, DEGREE", or ''."""
    parts = (value.split(comp) + [""] * 7)[:7]
    family, given, middle, degree = parts[1], parts[2], parts[3], parts[6]
    name = " ".join(w.strip().title() for w in (given, middle, family) if w.strip())
    return f"{name}, {degree.strip()}" if name and degree.strip() else name


def _coded(value: str, comp: str) -> str:
    """A CE/CWE value ("F33.1^Major depressive disorder^I10") -> "F33.1 Major depressive disorder"; a procedure
    code ("90834^Psychotherapy 45 min^C4") -> "90834"."""
    parts = value.split(comp)
    code, text = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
    system = parts[2].strip().upper() if len(parts) > 2 else ""
    if system in _PROCEDURE_SYSTEMS or re.fullmatch(r"9\d{4}|[GH]\d{4}", code):
        return code
    return " ".join(p for p in (code, text) if p)


# Segments that carry billing codes in coded fields: a charge (FT1: procedure, place, diagnoses), a procedure (PR1), a
# diagnosis (DG1). Senders differ in which field holds which code, so each coded field is read by what it holds.
_CODED_SEGMENTS = {"FT1", "PR1", "DG1"}
_ICD10 = re.compile(r"[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?")


def _codes_in(fields: list[str], comp: str, rep: str) -> list[str]:
    """The coded fields of a charge, procedure or diagnosis segment -> "Procedure: 90837", "Diagnosis: F33.1 ..."."""
    out = []
    for field in fields:
        for value in field.split(rep) if rep else [field]:
            parts = value.split(comp)
            code, system = parts[0].strip(), parts[2].strip().upper() if len(parts) > 2 else ""
            if re.fullmatch(r"9\d{4}|[GH]\d{4}", code) or (system in _PROCEDURE_SYSTEMS and code):
                out.append(f"Procedure: {code}")
            elif _ICD10.fullmatch(code) and (comp in value or system.startswith("I")):
                out.append(f"Diagnosis: {_coded(value, comp)}")
    return out


def _observation(fields: list[str], comp: str, rep: str) -> list[str]:
    """OBX|set|type|id^label|sub|value|units|... -> ["Label: value"] (a narrative's further lines after it)."""
    kind = fields[2].strip().upper() if len(fields) > 2 else ""
    ident = (fields[3] if len(fields) > 3 else "").split(comp)
    label = (ident[1] if len(ident) > 1 and ident[1].strip() else ident[0]).strip() or "Observation"
    raw = fields[5] if len(fields) > 5 else ""
    values = [v for v in raw.split(rep)] if rep else [raw]
    if kind in _TEXT_TYPES:
        text = "\n".join(_unescape(v) for v in values).strip()
        first, *rest = text.split("\n") if text else [""]
        return [f"{label}: {first.strip()}".rstrip()] + [ln.strip() for ln in rest if ln.strip()]
    if kind in ("TS", "DTM", "DT"):
        value = "; ".join(_when(v) for v in values if v.strip())
    elif kind in ("CE", "CWE", "CNE", "CF"):
        value = "; ".join(_coded(v, comp) for v in values if v.strip())
    elif kind == "NM":
        units = (fields[6] if len(fields) > 6 else "").split(comp)
        unit = units[0].strip() or (units[1].strip() if len(units) > 1 else "")
        value = f"{raw.strip()} {unit}".strip() if raw.strip() else ""
    else:
        value = _unescape(raw).replace(comp, " ").strip()
    return [f"{label}: {value}".rstrip()]


def _segment_lines(name: str, fields: list[str], comp: str, rep: str, seen: set[str]) -> list[str]:
    out = []
    for at in _CLINICIAN_FIELDS.get(name, ()):
        person = _person(fields[at], comp) if at < len(fields) else ""
        if person and person not in seen:
            seen.add(person)
            out.append(f"Clinician: {person}")
    if name == "PID" and len(fields) > 5:
        patient = _person("^" + fields[5], comp)
        out += [f"Patient: {patient}"] if patient else []
    elif name == "TXA" and len(fields) > 4 and fields[4].strip():
        out.insert(0, f"Date of service: {_when(fields[4].split(comp)[0])}")
    elif name in _CODED_SEGMENTS:
        out += _codes_in(fields[1:], comp, rep)
    elif name in ("OBX", "NTE"):
        if name == "NTE":
            text = _unescape(fields[3] if len(fields) > 3 else "").strip()
            out += [ln.strip() for ln in text.split("\n") if ln.strip()]
        else:
            out += _observation(fields, comp, rep)
    return out


def hl7_as_fields(text: str) -> str:
    """An HL7 v2 message -> its note as "Label: value" lines (segments that carry no fact of the note dropped);
    any other text unchanged."""
    lines = re.split(r"\r\n|\r|\n", text.strip())
    header = next((ln.strip() for ln in lines if re.match(r"MSH[^\w\s]\S{3}", ln.strip())), "")
    if not header:
        return text
    sep, comp, rep = header[3], header[4], header[5]
    segment = re.compile(r"^([A-Z][A-Z0-9]{2})%s" % re.escape(sep))
    out, seen = [], set()
    for line in lines:
        m = segment.match(line.strip())
        if not m:
            out.append(line)  # a line that is no segment (a heading the sender added) stays as written
            continue
        fields = line.strip().split(sep)
        out += _segment_lines(m.group(1), fields, comp, rep, seen)
    return "\n".join(out)
