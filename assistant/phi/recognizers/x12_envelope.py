"""The envelope of an ASC X12 claim file (837, 835, 270/271), read by its segment ids.

Every segment opens with its id ("ISA", "GS", "NM1") and splits its elements on "*". The envelope's control numbers
("000000914", "0001"), its version ("005010X222A1"), the receiving clearinghouse's or payer's name and id
("NM1*40*2*AVAILITY*****46*030240928", "NM1*PR*2*AETNA*****PI*60054"), qualifiers, hierarchy numbers and a provider's
taxonomy code ("PRV*PE*PXC*101YP2500X") are the file's machinery and public codes, never PHI. The sender's id
(often the practice's NPI), dates and every value about the patient or the provider stay with the recognizers
(structured.py types the patient's name, address and birth date).
"""

from __future__ import annotations

import re

_SEGMENT = re.compile(r"(?m)(?:^|(?<=~))[ \t]*([A-Z][A-Z0-9]{1,2})\*([^~\n]*)")
_ALL = frozenset(range(1, 40))
# 1-based element positions that are machinery, by segment id
_MACHINERY = {
    "ISA": frozenset({1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 14, 15, 16}),  # ISA06 (sender) and ISA09/10 (date, time) stay
    "GS": frozenset({1, 3, 5, 6, 7, 8}),  # GS02 (sender) and GS04 (date) stay
    "ST": _ALL, "SE": _ALL, "GE": _ALL, "IEA": _ALL, "HL": _ALL, "LX": _ALL, "PRV": _ALL,
    "BHT": frozenset({1, 2, 3, 5, 6}),  # BHT04 is a date
}
_RECEIVERS = {"40", "PR"}  # NM1 entity codes of the receiver and of the payer: public names and ids


def _is_x12(text: str) -> bool:
    return text.count("~") >= 3 and re.search(r"(?m)(?:^|~)[ \t]*(?:ISA|GS|ST)\*", text) is not None


def x12_machinery(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of an X12 file's segment ids, envelope elements and receivers' names and ids."""
    if not _is_x12(text):
        return []
    out = []
    for m in _SEGMENT.finditer(text):
        seg, elements = m.group(1), m.group(2).split("*")
        out.append(m.span(1))
        wanted = _MACHINERY.get(seg, frozenset())
        if seg == "NM1":
            wanted = frozenset({1, 2, 3, 8, 9}) if elements[0] in _RECEIVERS else frozenset({1, 2, 8})
        pos = m.start(2)
        for i, value in enumerate(elements, start=1):
            if i in wanted and value.strip():
                out.append((pos, pos + len(value)))
            pos += len(value) + 1
    return out
