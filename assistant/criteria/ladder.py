"""Which appeal window a "what's the next level, and by when?" question needs: the one whose clock runs from the
decision the asker already holds, read from the ladder of levels in appeal_ladders.yaml (the QIC upheld the MAC's
redetermination -> the window that runs "from receiving the QIC decision", the ALJ hearing's 60 days)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_LADDERS = Path(__file__).with_name("appeal_ladders.yaml")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = yaml.safe_load(_LADDERS.read_text(encoding="utf-8"))
    ladders = {name: [re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(level, key=len, reverse=True)), re.I)
                      for level in levels] for name, levels in raw["ladders"].items()}
    return {"ladders": ladders, "asks_next": re.compile(raw["asks_next"], re.I), "counts_from": re.compile(raw["counts_from"], re.I)}


def decided_level(question: str) -> tuple[str, int] | None:
    """(ladder, level) of the highest decision a question that asks for the next step names; None when it asks no
    next step or names no level of one ladder."""
    data = _data()
    if not data["asks_next"].search(question):
        return None
    found = [(max(i for i, rx in enumerate(levels) if _held(rx, question)), name)
             for name, levels in data["ladders"].items() if any(_held(rx, question) for rx in levels)]
    if not found:
        return None
    level, name = max(found)  # two ladders named: the one its asker has climbed furthest
    return name, level


# a level named as what the asker means to file ("how long do we have to file the QIC reconsideration?", "request an
# ALJ hearing") is the step asked about, not a decision the asker holds
_TO_FILE = re.compile(r"\b(?:file|filing|request|requesting|ask(?:ing)? for|appeal(?:ing)? to|go(?:ing)? to|take it to|"
                      r"submit(?:ting)?|escalat\w* to)\s+(?:(?:the|a|an|our|this|that|her|his|their)\s+)?(?:\w+\s+)?$", re.I)


# "the QIC deadline is 120 days", "the ALJ window": a level named for its own filing window is the step asked about too
_ITS_WINDOW = re.compile(r"\s*(?:deadline|window|time limit|cut-?off|clock|filing|request)\b", re.I)


def _held(level: re.Pattern, question: str) -> bool:
    """Whether a question names a level's decision other than as the step it means to file or whose window it asks."""
    return any(not _TO_FILE.search(question[max(0, m.start() - 40):m.start()]) and not _ITS_WINDOW.match(question, m.end())
               for m in level.finditer(question))


def counts_from(sentence: str, ladder: str) -> int | None:
    """The level of `ladder` whose decision a window sentence counts from ("within 60 days of receiving the QIC
    decision" -> the QIC's level), or None when it names no start on that ladder."""
    levels = _data()["ladders"][ladder]
    for m in _data()["counts_from"].finditer(sentence):
        after = sentence[m.end():m.end() + 50]
        hits = [(rx.search(after).start(), i) for i, rx in enumerate(levels) if rx.search(after)]
        if hits:
            return min(hits)[1]
    return None


def next_window_bonus(question: str):
    """A scorer for window sentences: 4 for one whose clock runs from the decision the question holds, -2 for one
    counting from another level of the same ladder, 0 otherwise (and for every sentence when no next step is asked)."""
    held = decided_level(question)
    if held is None:
        return lambda text: 0
    ladder, level = held

    def bonus(text: str) -> int:
        start = counts_from(text, ladder)
        return 0 if start is None else 4 if start == level else -2
    return bonus
