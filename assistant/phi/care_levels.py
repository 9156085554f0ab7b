"""Clinical facts a letter must keep that look like places or dates: a level of care named like a facility ("step-down
to Adult Residential Facility", from data/care_levels.txt, with its initials in brackets after it), a session counted
against the course ("session 6/16" is the sixth of sixteen, not June 16th), and text glued to a label printer's
field command ("^FDsertraline 50 mg" is ZPL's field-data command before the drug)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_LEVELS = Path(__file__).resolve().parent / "data" / "care_levels.txt"
# a capitalised word before the level makes it a facility's own name ("Redwood Oaks Skilled Nursing Facility")
_NAME_BEFORE = re.compile(r"\b(?!(?:The|An?|To|At|In|From|For|Into|Per|Of|And|Or)\b)[A-Z][\w'’&-]*[ \t]+$")
_INITIALS_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
# "CPT session 6/12", "PGDT session 4/16", "Module 3/12", "lesson 3 / 8": the count before the slash is no more than
# the course's length, and a session is counted when the protocol is named before it (its acronym, or a name ending
# "Therapy", "Protocol"...); "next session 5/16", "Missed session 7/16" and "session 3/14" alone are dates
_NOT_PROTOCOL = (r"(?!(?:Next|Last|Prior|Previous|Following|Upcoming|Family|Individual|Group|Couples?|This|That|The|"
                 r"Each|Every|Her|His|Their|Our|My|Your)\b)")
_PROTOCOL = r"(?:[A-Z]{2,}(?:-[A-Z0-9]+)*|(?:Therapy|Treatment|Training|Protocol|Program|Exposure|Processing))"
_COUNT = re.compile(rf"(?:\b{_NOT_PROTOCOL}{_PROTOCOL}[ \t]+(?:session|Session)|"
                    rf"(?<!(?i:next|last) )(?<!(?i:prior) )\b(?i:module|lesson))"
                    rf"[ \t]+#?(\d{{1,2}})[ \t]*/[ \t]*(\d{{1,2}})\b(?![/.-]\d)")
# ZPL's field commands glue their data to a caret and two letters: "^FD", "^FH", "^FV", "^FX" (a comment)
_PRINTER_FIELD = re.compile(r"\^F[DHVX]")


@lru_cache(maxsize=1)
def _levels() -> re.Pattern[str]:
    names = [ln.split("#", 1)[0].strip() for ln in _LEVELS.read_text(encoding="utf-8").splitlines()]
    alts = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(filter(None, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})s?(?![\w-])", re.I)


def printer_view(text: str) -> str:
    """Text -> the same text with label-printer field commands blanked, so a drug glued to one reads as a word."""
    return _PRINTER_FIELD.sub("   ", text) if "^F" in text else text


def find_care_levels(text: str) -> list[tuple[int, int]]:
    """Text -> spans of levels of care named like facilities (and their initials in brackets) and of session counts."""
    spans = []
    for m in _levels().finditer(text):
        if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        spans.append(m.span())
        if (ini := _INITIALS_AFTER.match(text, m.end())) is not None:
            spans.append(ini.span(1))
    return spans + find_session_counts(text)


def find_session_counts(text: str) -> list[tuple[int, int]]:
    """Text -> spans of a session's place in its course written as a fraction ("session 6/16", "module 3 / 8")."""
    return [(m.start(1), m.end(2)) for m in _COUNT.finditer(text) if 0 < int(m.group(1)) <= int(m.group(2))]
