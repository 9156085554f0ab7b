"""A state review route asked of a self-funded plan ("should we file an IMR with the DMHC?" under a benefits guide that
says the plan is self-funded): the federal external review is that plan's route, so its passages are searched first
and its window, not the state review's, is the one counted. Patterns live in routes.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_ROUTES = Path(__file__).with_name("routes.yaml")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = yaml.safe_load(_ROUTES.read_text(encoding="utf-8"))
    return {k: (re.compile(v, re.I) if k != "federal_query" else v) for k, v in raw.items()}


def federal_instead(text: str) -> str:
    """The search for the federal route when a text shows a self-funded plan and asks about a state route; ""
    otherwise."""
    data = _data()
    return data["federal_query"] if data["self_funded"].search(text) and data["state_route"].search(text) else ""


def route_bonus(text: str):
    """A scorer for window sentences (sentence and its document title): +3 for the federal route's, -2 for a state
    route's, when the text asks a state route of a self-funded plan; 0 for every sentence otherwise."""
    if not federal_instead(text):
        return lambda where: 0
    data = _data()
    return lambda where: 3 if data["federal_marks"].search(where) else -2 if data["state_route"].search(where) else 0


def route_passages(retriever, text: str, mode: str = "hybrid") -> list:
    """The federal route's passages, best first, when the text asks a state route of a self-funded plan."""
    query = federal_instead(text)
    return retriever.search(query, k=2, mode=mode) if query else []
