"""An instrument's ratings listed in a question ("1. Risk of Harm = 4 ... 9. Composite = 42"), asked for the real
composite: only the instrument's own ratings are added (instrument_items.yaml), each once; a rating given for a dimension
that is rated through its parts, or a second rating of the same item, is named and left out."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.criteria.select import Candidate

_ASKS_TOTAL = re.compile(r"\b(?:composite|total|sum|add(?:ed|s)? up|max(?:imum)?|highest)\b[^?\n]{0,60}\?|\breal (?:composite|"
                         r"score|total)\b|\bscore(?:d)? (?:something|anything|it) twice\b", re.I)
# "4. Recovery Environment = 5", "Risk of Harm: 4", "Engagement - 4"
_RATED = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?([A-Za-z][A-Za-z &/,()'-]{2,60}?)[ \t]*(?:=|:|-|\u2013)[ \t]*([1-5])\b"
                    r"(?![ \t]*[+\d])", re.M)
# the source sentence that states how many ratings make the composite
_STATES_COUNT = re.compile(r"\b(?:seven|eight|six|\d) ratings\b|\bcomposite\b", re.I)


@lru_cache(maxsize=1)
def _instruments() -> dict:
    data = yaml.safe_load(Path(__file__).with_name("instrument_items.yaml").read_text(encoding="utf-8"))
    return {name: {"names": re.compile(spec["names"], re.I), "scale": spec["scale"],
                   "items": [(item, re.compile(rx, re.I)) for item, rx in spec["items"].items()],
                   "split": [(item, re.compile(rx, re.I)) for item, rx in spec.get("split", {}).items()]}
            for name, spec in data.items()}


def _read(text: str, spec: dict) -> tuple[dict[str, int], list[str]]:
    """The instrument's ratings the text gives (first of each), and the ratings left out with the reason."""
    rated, out = {}, []
    for m in _RATED.finditer(text):
        label, value = m.group(1).strip().replace("{", "{{").replace("}", "}}"), int(m.group(2))  # filled by format later
        item = next((name for name, rx in spec["items"] if rx.search(label)), None)
        if item and item not in rated:
            rated[item] = value
        elif item:
            out.append(f"{label} = {value} (a second rating of {item})")
        elif part := next((name for name, rx in spec["split"] if rx.search(label)), None):
            out.append(f"{label} = {value} ({part} is rated through its parts, not as a whole)")
    return rated, out


def rating_line(text: str, cands: list[Candidate], doc_of: dict[int, str]) -> tuple[str, list[Candidate]]:
    """(a line with "{}" for the citation, the sentence cited) adding up an instrument's ratings the question lists,
    when it asks for the composite and a retrieved sentence states the instrument's ratings; ("", []) otherwise."""
    if not _ASKS_TOTAL.search(text):
        return "", []
    for name, spec in _instruments().items():
        if not spec["names"].search(text):
            continue
        rated, out = _read(text, spec)
        if len(rated) < len(spec["items"]) - 2:
            continue
        source = next((c for c in cands if _STATES_COUNT.search(c.text) and spec["names"].search(c.text + " " +
                                                                                               doc_of.get(c.rank, ""))), None)
        if source is None:
            continue
        low, high = spec["scale"]
        n, total = len(spec["items"]), sum(rated.values())
        missing = [item for item, _ in spec["items"] if item not in rated]
        line = (f"By the figures in your question: {name} has {n} ratings ({', '.join(item for item, _ in spec['items'])}), "
                f"each {low} to {high}, so the composite runs from {n * low} to {n * high} {{}}. Your ratings for them add up "
                f"to {' + '.join(str(v) for v in rated.values())} = {total}"
                + (f", with no rating given for {', '.join(missing)}" if missing else "") + ".")
        if out:
            line += " Not added: " + "; ".join(out) + "."
        return line, [source]
    return "", []
