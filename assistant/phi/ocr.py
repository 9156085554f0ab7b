"""A scanned fax read by OCR swaps look-alike characters: "Hea1th C1inic", "O3/21/2O25", "6l39". This gives a
view of the text with those swaps undone, character for character, so every offset found in it is an offset
of the original and the recognizers can run on both."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_AS_LETTER = {"0": "o", "1": "l"}


# One capital and a one or a nought ("H1", "T1", "Q10", "S0"): an outline's, a time point's or a question's label, written
# so on purpose; OCR makes no such pair out of a word.
_LABEL_CODE = re.compile(r"[A-Z][01]{1,2}")


def _fixed(token: str) -> str:
    if _LABEL_CODE.fullmatch(token):
        return token
    letters = sum(c.isalpha() and c not in _AS_DIGIT for c in token)
    digits = sum(c.isdigit() and c not in _AS_LETTER for c in token)
    if letters > digits and any(c in _AS_LETTER for c in token):  # "Hea1th", "Th0rsby", "0p"
        upper = sum(c.isupper() for c in token) > sum(c.islower() for c in token)
        head = "O" if token[0] == "0" else ""  # a word's first "0" is a capital O ("0bsessive"): a small o sits lower
        return head + "".join((_AS_LETTER[c].upper() if upper else _AS_LETTER[c]) if c in _AS_LETTER else c
                              for c in token[len(head):])
    if digits > letters and any(c in _AS_DIGIT for c in token):  # "2O25", "6l39", "l0O4478"
        return "".join(_AS_DIGIT.get(c, c) for c in token)
    return token


def ocr_view(text: str, min_swaps: int = 3) -> str | None:
    """The text with OCR look-alike swaps undone, or None when it shows fewer than min_swaps of them."""
    out, swaps, last = [], 0, 0
    for m in _TOKEN.finditer(text):
        fixed = _fixed(m.group())
        if fixed != m.group():
            swaps += 1
            out.append(text[last:m.start()])
            out.append(fixed)
            last = m.end()
    if swaps < min_swaps:
        return None
    out.append(text[last:])
    return "".join(out)
