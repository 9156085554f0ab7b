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
    found = [(max(i for i, rx in enumerate(levels) if rx.search(question)), name)
             for name, levels in data["ladders"].items() if any(rx.search(question) for rx in levels)]
    if not found:
        return None
    level, name = max(found)  # two ladders named: the one its asker has climbed furthest
    return name, level


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
