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
    """The search for the federal route when a text shows a self-funded plan and asks about a state route or the
    external review stage, or names the federal route itself; "" otherwise."""
    data = _data()
    asked = data["state_route"].search(text) or data["external_review"].search(text)
    # "federal or state external review for my fully insured plan?" weighs both routes: naming it is no choice then
    federal = (data["self_funded"].search(text) and asked) or (data["federal_named"].search(text)
                                                                 and not data["state_route"].search(text))
    return data["federal_query"] if federal else ""


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


# an unchecked box on a form ("[ ] Medicaid MCO") names nothing the case is about
_UNCHECKED = re.compile(r"[\[(]\s[\])]\s*[^\[(\n]{0,40}")


def routes_named(text: str) -> list[re.Pattern]:
    """The coverage routes a question names and does not rule out: "straight fee-for-service, no managed care plan"
    names fee-for-service only, an unchecked box names nothing, and "MCO" or "FFS" is read as the route it abbreviates
    (question_vocab.yaml, coverage_routes, abbreviations and phrases)."""
    from assistant.criteria.vocab import vocabulary

    vocab = vocabulary()
    text = _UNCHECKED.sub(" ", text)
    text += " " + " ".join(v for rx, v in vocab["phrases"] if rx.search(text))  # "regular Medicaid": fee-for-service
    text = re.sub(r"\b[A-Za-z]{2,5}\b", lambda m: vocab["abbreviations"].get(m.group(0).lower(), m.group(0))
                  if m.group(0).isupper() else m.group(0), text)
    return [rx for rx in vocab["coverage_routes"] if any(
        not re.search(r"\b(?:no|not|non|without|never)\W+(?:\w+\W+)?$", text[max(0, m.start() - 20):m.start()], re.I)
        for m in rx.finditer(text))]
