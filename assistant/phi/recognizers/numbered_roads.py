"""Address lines of the Indian cities that number their roads and blocks: "No. 14, 11th Main Road, 4th Block",
"#221, 3rd Cross, 2nd Stage", "Flat 4B, 12th Main, Sector 7". A road named by an ordinal and "Main" or "Cross", or a
layout's block, stage, phase or sector, counts with a house number before it or another such part beside it; "Phase
2" or "2nd Stage" alone is a trial's or an illness's stage. The town and the PIN code after the line are
address_lines.py's, as after any street."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
_HOUSE = (r"(?:(?:No\.?|#|Door[ \t]No\.?)[ \t]?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?|"
          r"(?:Flat|Plot|House)[ \t](?:No\.?[ \t]?)?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4})?)")
_ROAD = rf"{_ORDINAL}[ \t]+(?:Main|Cross)(?:[ \t]+(?:Road|Rd\.?|Street|St\.?))?"
_AREA = (rf"(?:{_ORDINAL}[ \t]+(?:Block|Stage|Phase|Sector|Layout)|(?:Block|Stage|Phase|Sector)[ \t]+\d{{1,3}}[A-Z]?)"
         rf"(?![\w-])")
_PART = rf"(?:{_ROAD}|{_AREA})(?![\w-])"
_LABEL_BEFORE = re.compile(r"[A-Z][\w.]*[ \t]+$")  # a capitalised word before "No.": "Case", "Policy", "Claim"
_LINE = re.compile(rf"(?<![\w/#-])(?:({_HOUSE}),?[ \t]+)?({_PART}(?:,[ \t]*{_PART})*)")


def find_numbered_roads(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of address lines with numbered roads, blocks and sectors after a house number or together."""
    spans = []
    for m in _LINE.finditer(text):
        if m.group(1) and _LABEL_BEFORE.search(text, 0, m.start()):
            continue  # "Case No. 14, 2nd Stage": a label's number, not a house's
        if m.group(1) or "," in m.group(2):
            spans.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "street"))
    return spans
