"""Speech-recognition text read as typed text: a dictation buffer keeps its spoken punctuation ("... tonight period
mental status colon ...", "is that right question mark") and says codes as words ("nine oh seven eighty five"). Read
as it stands it asks nothing (no question mark) and names no code; with the punctuation and the codes written out it
reads like any typed note around its questions.
"""

from __future__ import annotations

import re

# spoken punctuation as dictation software takes it; a text is dictation when it uses several of these, several times
_SPOKEN = (("new paragraph", "\n\n"), ("new line", "\n"), ("question mark", "?"), ("exclamation point", "!"),
           ("full stop", "."), ("period", "."), ("comma", ","), ("colon", ":"), ("semicolon", ";"))
_SPOKEN_RX = re.compile(r"[ \t]*\b(%s)\b[ \t]*" % "|".join(w.replace(" ", r"\s+") for w, _ in _SPOKEN), re.I)
_MARK = {w: m for w, m in _SPOKEN}

_UNITS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD = "|".join(sorted(list(_UNITS) + list(_TEENS) + list(_TENS), key=len, reverse=True))
# a run of number words and digit groups that starts "nine oh" (every psychotherapy and E/M code starts 90 or 99)
_CODE_RUN = re.compile(rf"\bnine[\s-]+(?:oh|o|zero|nine)\b(?:[\s-]+(?:{_WORD}|\d{{1,3}})\b)+", re.I)


def is_dictation(text: str) -> bool:
    """Whether a text keeps its spoken punctuation: two or more kinds, four or more times in all."""
    found = [m.group(1).lower().split()[0] for m in _SPOKEN_RX.finditer(text)]
    return len(found) >= 4 and len(set(found)) >= 2


def _digits(run: str) -> str:
    """'nine oh seven eighty five' -> '90785'; 'nine oh 839' -> '90839'; 'eighty five' is two digits, 'eight' one."""
    out, words = "", re.findall(rf"{_WORD}|\d+", run.lower())
    i = 0
    while i < len(words):
        w = words[i]
        if w.isdigit():
            out += w
        elif w in _TENS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _UNITS and nxt not in ("oh", "o", "zero"):
                out, i = out + str(_TENS[w] + _UNITS[nxt]), i + 1
            else:
                out += str(_TENS[w])
        else:
            out += str(_TEENS.get(w, _UNITS.get(w, "")))
        i += 1
    return out


def _code(m: re.Match) -> str:
    """The run's five-digit code, the words after it kept ("nine oh seven eighty five four mom": "four" is "for")."""
    run = m.group(0)
    ends = [t.end() for t in re.finditer(rf"\b(?:{_WORD}|\d+)\b", run, re.I)
            if re.fullmatch(r"9\d{4}", _digits(run[:t.end()]))]
    return _digits(run[:ends[-1]]) + run[ends[-1]:] if ends else run  # the longest: "seven eighty five", not "seven eighty"


def written_out(text: str) -> str:
    """A dictated text with its spoken punctuation as marks and its spoken codes as digits; any other text unchanged."""
    if not is_dictation(text):
        return text
    text = _CODE_RUN.sub(_code, text)
    return _SPOKEN_RX.sub(lambda m: _MARK[" ".join(m.group(1).lower().split())] + ("" if "\n" in _MARK[
        " ".join(m.group(1).lower().split())] else " "), text)
