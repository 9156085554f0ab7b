"""Billing codes a question asks about that no knowledge document mentions.

A question about a procedure code (CPT 9xxxx, HCPCS H0035) is answered by that code's own rules: when every code the
question names is one the sources never mention, they hold no rule for it, and quoting the rules of other codes
would be a confident wrong answer. A code one digit away from a code the sources know is read as a typo of it
("90883" for 90833), and a question that also names a known code is about that code too.
"""

from __future__ import annotations

import re

# psychiatry, medicine and E/M codes (9xxxx) and HCPCS Level II codes (a letter and four digits)
_CODE = re.compile(r"(?<![\w$.,-])(9\d{4}|[A-V]\d{4})(?![\w,]|\.\d)")
# a code-shaped number counts only where the question speaks of codes or billing: a ZIP or an ID is no code
_BILLING = re.compile(r"\b(?:CPT|HCPCS|codes?|bill\w*|units?|modifiers?|add-?ons?|claims?|report\w*|paid|pays?)\b", re.I)


def _typo_of_known(code: str, known) -> bool:
    """Whether a code differs from a code the sources mention in one character (a slip of the finger)."""
    for other in known:
        if len(other) == len(code) and other[:1].isalnum() and sum(a != b for a, b in zip(other, code)) <= 1:
            if re.fullmatch(r"9\d{4}|[a-v]\d{4}", other):
                return True
    return False


def unknown_codes(text: str, known) -> tuple[str, ...]:
    """The codes a question names, as "CPT 99492", when none of them is in the knowledge base's vocabulary `known`
    (or a one-character slip from a word in it); () when it names no code or any known one."""
    if not _BILLING.search(text):
        return ()
    codes = list(dict.fromkeys(m.group(1) for m in _CODE.finditer(text)))
    if not codes or any(c.lower() in known or _typo_of_known(c.lower(), known) for c in codes):
        return ()
    return tuple(f"{'CPT' if c[0].isdigit() else 'HCPCS'} {c}" for c in codes)
