"""Where an insurer's own mailing address is written: a payer's P.O. box for claims and appeals is printed on every
member's card and letter and places nobody.

- A P.O. box after a payer's name or a claims word on the same line ("Mail claims to P.O. Box 3300, Dayton OH
  45401", "Aetna, PO Box 14079, Lexington KY"): from the box to its ZIP, or to the end of the line.
- A P.O. box opening the line under a letterhead that opens with a payer's or a carrier's name ("Pinecrest Mutual
  Life Insurance Company -- Underwriting / P.O. Box 64410, Hartford, CT 06143-4410").
- A P.O. box in an address block under a government body's name ("Internal Revenue Service / ... / Stop 840F,
  P.O. Box 120053 / Covington, KY 41012"): a federal or state office's mail stop, from the box to its ZIP.
- A state government's mail station or capitol building ("29 State House Station", "State Capitol").
- The insurer's address in an HL7 IN1 segment (field 5, "PO BOX 1000^^ALBANY^NY^12201").

A client's own box ("Mailing address: PO Box 61, Porcupine SD") has neither and stays redacted.
"""

from __future__ import annotations

import re

from assistant.phi.brands import find_brands
from assistant.phi.insurers import find_insurers
from assistant.phi.payers import find_plans

_PO_BOX = re.compile(r"(?i)\bP\.?[ \t]?O\.?[ \t]*Box[ \t]+\d+")
_CLAIMS_CUE = re.compile(r"(?i)\b(?:claims?|appeals?|grievances?|insurer|carrier|payer|remit(?:tance)?|correspondence)\b")
# a federal office heading an address block, or its internal mail stop ("Stop 840F"); a prison's or a county jail's
# box is an inmate's address and has neither
_AGENCY = re.compile(r"(?i:internal revenue service|social security administration|department of the treasury|"
                     r"centers for medicare|railroad retirement board|office of personnel management)|\bIRS\b|"
                     r"(?m:^[ \t]*(?i:M/?S|mail ?stop|stop)[ \t]+[A-Z0-9-]{2,8}\b)")
# the town, state and ZIP on the line after the box
_TOWN_LINE = re.compile(r"\n[ \t]*[A-Z][A-Za-z .'-]{1,30},?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_IN1 = re.compile(r"(?m)^IN1\|")
# a state government's internal mail station or capitol building, written as a street: "29 State House Station"
# (Maine's agencies), "State Capitol, Room 120", "State Office Building"; the office's address, never a client's
_STATE_MAIL = re.compile(r"\b(?:\d{1,4}[ \t]+)?State[ \t]+(?:House[ \t]+Station|Capitol|Office[ \t]+Building)\b")


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def _in1_address(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _IN1.finditer(text):
        start, end = _line(text, m.start())
        fields = text[start:end].split("|")
        if len(fields) > 5:
            a = start + sum(len(f) + 1 for f in fields[:5])
            out.append((a, a + len(fields[5])))
    return out


def _under_letterhead(text: str, box: re.Match, payers: list[tuple[int, int]]) -> bool:
    """The box opens its line right under a line that opens with a payer's or a carrier's name: its letterhead."""
    start = text.rfind("\n", 0, box.start()) + 1
    if start == 0 or text[start:box.start()].strip():
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    lead = len(text[above:start]) - len(text[above:start].lstrip())
    return any(a == above + lead and b < start for a, b in payers)


def payer_address_regions(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of the stretches that hold an insurer's own mailing address."""
    out = _in1_address(text) if "IN1|" in text else []
    out += [m.span() for m in _STATE_MAIL.finditer(text)]
    boxes = list(_PO_BOX.finditer(text))
    if not boxes:
        return out
    payers = find_plans(text) + find_brands(text) + find_insurers(text)
    for m in boxes:
        start, end = _line(text, m.start())
        before = text[max(start, m.start() - 80):m.start()]
        named = any(start <= a and b <= m.start() and m.start() - b <= 80 for a, b in payers) or _under_letterhead(text, m, payers)
        block = text[max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, start - 1)) - 1)) + 1):m.start()]
        if named or _CLAIMS_CUE.search(before) or _AGENCY.search(block):
            zipcode = _ZIP.search(text, m.end(), end) or _TOWN_LINE.match(text, end)
            out.append((m.start(), zipcode.end() if zipcode else end))
    return out
