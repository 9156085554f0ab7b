"""Identifiers the label table of ids.py does not name, told by where they stand or by their shape:

- A number after any label that says it is one ("Rental agreement #: RA 0477 21 90316", "Incident no.: K-2291 04",
  "Intake number: 55 01923"): a label of one to three words ending in "#", "no." or "number", then a value of
  capital letter and digit groups with five digits, or four after a letter prefix, up to a wide gap or the line's end.
- A staff member's number in brackets after their name ("J. HOLLOWAY (CW 4471)", "Rosa Diaz (SW-2210)"): letters
  and a number, as a caseworker's or an officer's id is printed; a clinical code's name ("CPT", "ICD") is no prefix.
- An opaque token a survey or a web form gives each response or session ("R_3kPq8ZfT2wLmA9x", "sess_8Hq2LmZ0xT"):
  a short prefix, an underscore, and letters of both cases mixed with digits.
- A military unit at company and battalion level ("B CO, 2-187TH SIGNAL BN", "HHC, 1-5 Infantry Bn", "Alpha Co.,
  3rd Bn"): it places a service member as a workplace does.
"""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_LABELLED = re.compile(r"(?m)(?:^|(?<=[ \t]{2})|(?<=[|;(]))[ \t]*[A-Za-z][A-Za-z'’-]*(?:[ \t][A-Za-z][A-Za-z'’-]*){0,2}[ \t]*"
                       r"(?:#|(?i:no\.|number|nr\.))[ \t]*[:#.]?[ \t]*"
                       r"((?:[A-Z]{1,4}[ \t-]?)?\d[\dA-Z]*(?:[ \t-][\dA-Z]+){0,4})(?=[ \t]{2,}|[ \t]*$|[ \t]*[,;)|])")
_NOT_IDS = re.compile(r"(?i)^(?:cpt|hcpcs|icd|dsm|pos|phq|gad|session|sessions|visit|page|room|unit|step|item|question|"
                      r"week|day|level|grade|dose|goal|objective|tab|line|row|version|rev|form)\b")
_STAFF_NUMBER = re.compile(r"(?:\b[A-Z]\.[ \t]?|\b[A-Z][a-z]+[ \t]+)[A-Z][A-Za-z'’-]+[ \t]+\(([A-Z]{1,4}[ \t-]?\d{3,6})\)")
_CODE_NAMES = {"ID", "NPI", "LIC", "CPT", "ICD", "DSM", "POS", "HCPCS", "PHQ", "GAD", "DX", "RX", "MG", "ML", "BID", "TID", "QD", "PRN", "HR"}
_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]{1,5}_(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])"
                    r"[A-Za-z0-9]{8,40}(?![\w-])")
_UNIT = re.compile(r"(?i)\b(?:[A-H]|HHC|HSC|HHD|alpha|bravo|charlie|delta|echo|fox|foxtrot|golf)[ \t]+(?:co|company|btry|battery|trp|troop)\.?,?"
                   r"[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:-|bn\.?,?)[ \t]*)?\d{1,3}(?:st|nd|rd|th)?"
                   r"(?:[ \t]+[A-Za-z]+){0,2}?[ \t]+(?:bn|battalion|regt|regiment|sqdn|squadron|bde|brigade)\b\.?")


def find_prefixed_ids(text: str) -> list[PhiSpan]:
    """Text -> OTHER_ID spans of labelled numbers, staff numbers and opaque tokens; ORGANIZATION_LINKED military units."""
    spans = []
    for m in _LABELLED.finditer(text):
        label = text[m.start():m.start(1)].strip()
        value = m.group(1)  # a short bare number ("Thread #4471", "Creditor #: 8841") counts a thread or a creditor
        if (sum(c.isdigit() for c in value) >= 5 or re.match(r"[A-Z]", value) and sum(c.isdigit() for c in value) >= 4) \
                and not _NOT_IDS.match(label):
            spans.append(PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.7, "prefixed_id"))
    spans += [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.75, "prefixed_id") for m in _STAFF_NUMBER.finditer(text)
              if re.match(r"[A-Z]+", m.group(1)).group() not in _CODE_NAMES]
    spans += [PhiSpan(m.start(), m.end(), "OTHER_ID", 0.75, "prefixed_id") for m in _TOKEN.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.8, "military_unit") for m in _UNIT.finditer(text)]
    return spans
