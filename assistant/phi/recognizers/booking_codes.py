"""Codes told by a booking's or a document's own short label, with no trip word before them:

- A reservation's code after "res", "resv", "reservation", "booking", "conf", "confirmation", "PNR" or "record locator"
  ("res # 7F3K2A", "conf. no. QX84LM", "PNR: 4KDL9Z"): five to eight capitals and digits mixed, which find one
  traveller's or one guest's booking.
- A document's number written in parts joined by a slash after "No." or "Nr." ("No. KHC-26/0412", "Ref. Nr. 2025/AB/118",
  "No: MOH/2291/24"): a referral, a court file or a ministry's letter is numbered so; one number finds one person.
"""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_BOOKING_LABEL = (r"(?<![\w-])(?i:res|resv|reservation|booking(?:[ \t]+(?:ref|code|no))?|conf|confirmation|pnr|"
                  r"record[ \t]+locator|locator)\.?")
_BOOKING = re.compile(rf"{_BOOKING_LABEL}[ \t]*(?:#|(?i:no\.?|number|code|ref\.?))?[ \t]*[:#]?[ \t]*"
                      r"((?=[A-Z0-9]*\d)(?=(?:[A-Z0-9]*[A-Z]){2})[A-Z0-9]{5,8})(?![\w-])")
# "No." or "Nr." (with a "Ref." before it), then letters or digits in two to four parts, at least one part joined by a
# slash, with letters and four digits or with six digits: "KHC-26/0412", "2025/AB/118", "2024/118842"; a dose, a ratio or
# a day ("No. 2/3", "no 12/14") is no such number.
_SLASHED = re.compile(r"(?<![\w-])(?i:no|nr|num)\.?[ \t]*[:#]?[ \t]*"
                      r"((?=[A-Z0-9/-]*/)(?=(?:[A-Z0-9/-]*\d){4})(?=[A-Z0-9/-]*[A-Z]|(?:[A-Z0-9/-]*\d){6})[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,8}){1,3})(?![\w/-])")


def find_booking_codes(text: str) -> list[PhiSpan]:
    """Text -> OTHER_ID spans of reservation codes and of slash-numbered documents after their labels."""
    return [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.8, "booking_code") for pat in (_BOOKING, _SLASHED)
            for m in pat.finditer(text)]
