"""The blanks of a worksheet as questions: an answer key or a grid left to fill in ("B = ____", "2: ______") asks,
for each labelled item it leaves blank, the question the worksheet puts to every item ("sort the letters into
ELIGIBLE / NOT ELIGIBLE for external review")."""

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
