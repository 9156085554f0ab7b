"""The last four digits of an SSN, an account or a card, given under a "last 4" label for one person or for several on
one line: "SSN (last 4): self 3357   son 0921", "last four of SS#: 6612 (client), 0470 (mother)", "acct last 4 -- 8830".
A "last 4" label with no SSN, account or card word beside it counts nothing ("last 4 sessions 2023-2024")."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_WHAT = r"(?:SSN|SS#|SS[ \t]+no\.?|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?|acct\.?|account|card|debit|credit)"
# the label: what is numbered, then "last 4" (in brackets or not), or "last 4 (digits) of" and what is numbered
_LABEL = re.compile(rf"(?i:\b{_WHAT}[^\n\d]{{0,12}}?[(\[]?[ \t]*last[ \t-]*(?:4|four)(?:[ \t]+digits)?[ \t]*[)\]]?"
                    rf"|\blast[ \t-]*(?:4|four)(?:[ \t]+digits)?[ \t]+(?:of[ \t]+)?(?:(?:the|her|his|their|client'?s|pt'?s)[ \t]+)?{_WHAT}(?!\w))")
# one value: up to three words naming whose it is ("self", "son", "grandmother's"), then the four digits
_VALUE = re.compile(r"[ \t]*(?:[:#=-]+[ \t]*)?(?:[(\[]?[A-Za-z][\w'’/]*[)\]]?[ \t]*[:=-]?[ \t]*){0,3}(?<![\w/.-])(\d{4})(?![\w/-]|[.,]\d)"
                    r"(?:[ \t]*\([^()\n\d]{1,20}\))?[ \t,;/&]*")
# a program's key for the last four, in a dict, JSON or a query string: 'ssn4': '6612', "ssn_last4": "0470", last4=8830
_KEY = re.compile(r"(?<![\w])[\"']?(?i:(ssn|ss|soc|acct|account|card)[_-]?(?:last[_-]?)?(?:4|four)|last[_-]?(?:4|four)[_-]?"
                  r"(ssn|ss|acct|card)?)[\"']?[ \t]*[:=][ \t]*[\"']?(\d{4})(?![\w.-])")
# a year after a word of time is no value: "on file since 2019"
_TIME_WORD = re.compile(r"(?i:\b(?:since|in|from|until|till|by|of|year|dated|filed|expires?|exp)[ \t]*)$")


def find_last_fours(text: str) -> list[PhiSpan]:
    """Text -> SSN (or OTHER_ID, for an account or a card) spans of the four-digit values after a "last 4" label."""
    out = []
    for label in _LABEL.finditer(text):
        kind = "SSN" if re.search(r"(?i)ss|social", label.group()) else "OTHER_ID"
        pos = label.end()
        while (m := _VALUE.match(text, pos)) and "\n" not in m.group():
            if _TIME_WORD.search(text, pos, m.start(1)) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                break
            out.append(PhiSpan(m.start(1), m.end(1), kind, 0.85, "last_four"))
            pos = m.end()
    for m in _KEY.finditer(text):
        kind = "SSN" if re.match(r"(?i)s", (m.group(1) or m.group(2) or "")) else "OTHER_ID"
        out.append(PhiSpan(m.start(3), m.end(3), kind, 0.85, "last_four"))
    return out
