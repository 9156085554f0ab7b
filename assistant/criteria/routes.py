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
    return {k: (re.compile(v, re.I) if not k.endswith("_query") else v) for k, v in raw.items()}


def asked_state(text: str) -> str:
    """The US state a question sentence of the text asks about ("Is that how it works in California?"), when the text
    shows no self-funded plan (state law does not reach one); "" otherwise."""
    from assistant.criteria.question_sentences import asked_sentences
    from assistant.criteria.vocab import vocabulary

    if _data()["self_funded"].search(text):
        return ""
    asked = " ".join(asked_sentences(text))  # where the asker says they practise is no state asked about
    return next((name for name, rx in vocabulary()["states"] if rx.search(asked)), "") if asked else ""


def federal_instead(text: str) -> str:
    """The search for the federal route when a text shows a self-funded plan and asks about a state route or the
    external review stage, or names the federal route itself; "" otherwise."""
    data = _data()
    asked = data["state_route"].search(text) or data["external_review"].search(text)
    # "federal or state external review for my fully insured plan?" weighs both routes: naming it is no choice then
    # a federal route named while a state's own is asked about ("is that how it works in California?") is checked
    federal = (data["self_funded"].search(text) and asked) or (data["federal_named"].search(text)
                                                                 and not data["state_route"].search(text)
                                                                 and not asked_state(text))
    return data["federal_query"] if federal else ""


def state_instead(text: str) -> str:
    """The search for a state's own external review when a question asks whether the external review stage (or the
    federal route someone named) works that way in a state, and shows no self-funded plan; "" otherwise."""
    data = _data()
    state = asked_state(text)
    stage = data["external_review"].search(text) or data["federal_named"].search(text)
    return data["state_query"].format(state=state) if state and stage and not federal_instead(text) else ""


def route_bonus(text: str):
    """A scorer for window sentences (sentence and its document title): +3 for the federal route's, -2 for a state
    route's, when the text asks a state route of a self-funded plan; 0 for every sentence otherwise."""
    if not federal_instead(text):
        return lambda where: 0
    data = _data()
    return lambda where: 3 if data["federal_marks"].search(where) else -2 if data["state_route"].search(where) else 0


def route_passages(retriever, text: str, mode: str = "hybrid") -> list:
    """The federal route's passages, best first, when the text asks a state route of a self-funded plan; the state's
    own external review passages when it asks whether a review works that way in a state."""
    found, seen = [], set()
    for query in (federal_instead(text) or state_instead(text)).split(" | "):  # the state's name for it; its deadline
        for p in retriever.search(query, k=2, mode=mode) if query else []:
            if p.chunk_id not in seen:
                seen.add(p.chunk_id)
                found.append(p)
    return found


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


def state_route_first(text: str, cands: list, chosen: list) -> list:
    """The chosen sentences with the one that names the asked state's own external review ("California calls its
    external review process Independent Medical Review (IMR)") first, when the text asks whether a review works that
    way in a state (state_instead); the chosen sentences unchanged otherwise."""
    state = state_instead(text) and asked_state(text)
    if not state:
        return chosen
    from assistant.criteria.vocab import vocabulary

    named = next(rx for name, rx in vocabulary()["states"] if name == state)
    data = _data()
    own = [c for c in cands if named.search(c.text) and (data["external_review"].search(c.text) or
                                                          data["state_route"].search(c.text))]
    best = max(own, key=lambda c: c.prior, default=None)
    return ([best] + [c for c in chosen if c is not best]) if best else chosen
