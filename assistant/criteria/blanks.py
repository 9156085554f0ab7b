"""The blanks of a worksheet as questions: an answer key or a grid left to fill in ("B = ____", "2: ______") asks,
for each labelled item it leaves blank, the question the worksheet puts to every item ("sort the letters into
ELIGIBLE / NOT ELIGIBLE for external review"). A sentence left with blanks that the asker wants filled ("the speech still
has the blank: 'There are ___ classifications, and they are: ___.'", "what number goes in 'within [___] days'?") asks
what its blanks stand for: how many of the thing a blank counts, which ones a blank lists, what the rest are."""

from __future__ import annotations

import re

# "B = ________", "C: ______", "(3) ____": a labelled cell left blank (three or more underscores)
_BLANK = re.compile(r"(?<![\w/])\(?([A-H]|\d{1,2})\)?\s*[=:]\s*_{3,}")
# "A -- CareFirst: residential stay denied", "B. coverage ended", "3) ...": the labelled items of a list
_ITEM = r"[ \t]*(?:--|-|\u2013|\u2014|[.):])[ \t]+(\S.{8,})$"


def _item(text: str, label: str) -> tuple[int, str]:
    """(offset, text) of the list item that carries `label`, or (-1, "")."""
    m = re.search(r"^[ \t]*\(?" + re.escape(label) + r"\)?" + _ITEM, text, re.M)
    return (m.start(), m.group(1).strip()) if m else (-1, "")


def _task(text: str, first: int) -> str:
    """The line above a list that says what is done with each item (the sorting or rating instruction)."""
    above = [line.strip() for line in text[:first].splitlines() if line.strip()]
    return above[-1] if above else ""


def blank_items(text: str) -> tuple[str, ...]:
    """A worksheet with labelled blanks -> one question per blank: the item's own line and the task set for all
    items; () when the text leaves no labelled blank, or no listed item carries a blank's label."""
    labels = list(dict.fromkeys(m.group(1) for m in _BLANK.finditer(text)))
    items = [(label, *_item(text, label)) for label in labels]
    items = [(label, pos, item) for label, pos, item in items if pos >= 0]
    if not items:
        return ()
    # the task is read above the first item of the list, answered or not ("A = eligible" is the worked example)
    series = "ABCDEFGH" if items[0][0].isalpha() else [str(n) for n in range(1, 21)]
    first = min(pos for pos, _ in (_item(text, x) for x in series) if pos >= 0)
    task = _task(text, first)
    return tuple(f"{item}: {task}".strip() for label, pos, item in items)


# a blank in running text: "___", "[____]"
_GAP = re.compile(r"\[\s*_{3,}\s*\]|_{3,}")
# the asker wants a blank filled: "still has the blank", "I left the blanks", "what goes in", "fill it in"
# (a placeholder such as "P.O. Box [fill in]" is itself a blank, no request)
_FILL = re.compile(r"\bblanks?\b|(?<![\[(])\bfill(?:s|ed|ing)?(?: (?:it|them|this|that))? in\b(?![\])])|"
                   r"\b(?:goes|go|belongs?) in(?:to)?\b", re.I)
# a blank's sentence: from the mark, colon or quote before it to the mark after it, on its own line
_SENTENCE = re.compile(r"[^.!?:\n\"\u201c\u201d\u201e]*(?:\[\s*_{3,}\s*\]|_{3,})[^!?\n\"\u201c\u201d\u201e]*?(?:[.!?](?=\s|$|[\"\u201c\u201d])|$)", re.M)
# "___ classifications", "[___] days": a blank before a plural counts; ": ___" at the end lists
_COUNTED = re.compile(r"(?:\[\s*_{3,}\s*\]|_{3,})(?=\s+[A-Za-z-]+s\b)")
_FIELD = re.compile(r"^\W*[A-Za-z][\w /&'-]{0,30}:\s*(?:\[\s*_{3,}\s*\]|_{3,})\W*$")
_LISTED = re.compile(r":\s*(?:\[\s*_{3,}\s*\]|_{3,})\s*[.!]?$")


# a blank after a word that dates ("covered since ____", "effective ____") asks when; after a word of recurrence ("no
# less often than ____", "once every ____") how often; after "within" how long
_WHEN = re.compile(r"\b(since|as of|effective|starting|beginning|until)\s+(?:\[\s*_{3,}\s*\]|_{3,})", re.I)
_HOW_OFTEN = re.compile(r"\b(?:no less often than|at least (?:once )?every|once every|every)\s+(?:\[\s*_{3,}\s*\]|_{3,})", re.I)
_HOW_LONG = re.compile(r"\bwithin\s+(?:\[\s*_{3,}\s*\]|_{3,})(?!\s+[A-Za-z-]+s\b)", re.I)


def _asked_blank(sentence: str) -> str:
    """'There are ___ classifications, and they are: ___.' -> 'There are how many classifications, and they are: which
    ones?'; 'covered since ____' -> 'covered since when'; 'no less often than ____' -> 'how often'."""
    sentence = _LISTED.sub(": which ones?", sentence.strip())
    sentence = _HOW_LONG.sub("within how long", _HOW_OFTEN.sub("how often", _WHEN.sub(r"\1 when", sentence)))
    sentence = _GAP.sub("what", _COUNTED.sub("how many", sentence))
    return sentence if sentence.endswith("?") else sentence.rstrip(".! ") + "?"


def blank_sentences(text: str) -> tuple[str, ...]:
    """A text that asks for its blanks to be filled -> each English sentence left with a blank, asked as a question;
    () when the text has no such sentence, or asks nothing of its blanks (a form's empty fields)."""
    found = [m.group(0) for m in _SENTENCE.finditer(text)]
    if not found or not _FILL.search(_SENTENCE.sub(" ", text)):  # the request is made outside the blanks' sentences
        return ()
    out = []
    for sentence in found:
        words = _GAP.sub(" ", sentence).split()
        latin = [w for w in words if re.search(r"[A-Za-z]", w)]
        # a sentence in the sources' language, not a form's labelled field ("Member ID: ____")
        if len(words) >= 4 and 2 * len(latin) > len(words) and not _FIELD.match(sentence):
            out.append(_asked_blank(sentence))
    return tuple(dict.fromkeys(out))


def asked_blanks(text: str) -> tuple[str, ...]:
    """Every blank a text asks to have filled: a worksheet's labelled items, then sentences left with blanks."""
    return tuple(dict.fromkeys(blank_items(text) + blank_sentences(text)))
