"""The semantic second signal: the local embedder proposes note sentences as evidence for elements the rules left
empty; a proposal becomes evidence only when the sentence also passes the element's own check (element_checks.py).

A sentence is proposed for an element when its closest labelled example (assistant/data/element_examples.yaml)
belongs to that element, not to another element or to the "other" sentences, and is at least THRESHOLD similar.
Only sentences that pass some empty element's check are embedded, so a draft embeds a handful of sentences; one
written under its element's own label (OWN_LABEL) is proposed without embedding. A clause of a goal list is a goal.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from assistant.letters.element_checks import CHECKS
from assistant.letters.facts import Facts
from assistant.letters.patterns import Segment
from assistant.letters.schedule import goal_zones
from assistant.ports import Embedder

EXAMPLES_FILE = Path(__file__).resolve().parents[1] / "data" / "element_examples.yaml"
THRESHOLD = 0.40  # cosine similarity to the nearest example of the element (all-MiniLM-L6-v2)
MARGIN = 0.05  # how far below the closest other element it may be; it must beat the "other" sentences outright
# Which Facts field each check fills.
FIELDS = {"prior_treatment": "prior_treatment", "functional_impairment": "impairments", "frequency": "frequency",
          "duration": "duration", "treatment_modality": "modalities", "progress": "progress",
          "lower_level_insufficient": "lower_level_rationale"}
# The label kind (patterns/segments.py) that says a sentence is about the element.
OWN_LABEL = {"functional_impairment": "function", "prior_treatment": "prior", "progress": "progress"}
_EXAMPLE_KEY = {"frequency": "frequency_duration", "duration": "frequency_duration"}
# A sentence written under a goal, step-down, risk, diagnosis or medication label is about that: a step-down
# criterion's "a written daily schedule she follows at home" is no session frequency, a goal's "back at work 3 days a
# week" no impairment. (A progress or history sentence often tells impairment or past care too: those stay open.)
_OTHER_LABELS = frozenset({"goals", "discharge", "risk", "dx", "meds"})


@dataclass(frozen=True)
class Proposal:
    """A sentence the embedder proposes for an element, and how close it is to that element's examples."""
    check: str
    segment: Segment
    similarity: float


@lru_cache(maxsize=1)
def examples() -> dict[str, list[str]]:
    """Element -> its description and example sentences; 'other' -> sentences that document no element."""
    with open(EXAMPLES_FILE, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    out = {k: [v["description"]] + list(v["examples"]) for k, v in raw.items() if k != "other"}
    out["other"] = list(raw["other"])
    return out


_VECTORS: dict[str, dict[str, list[list[float]]]] = {}


def _example_vectors(embedder: Embedder) -> dict[str, list[list[float]]]:
    """The example vectors of one embedder, computed once per process."""
    name = getattr(embedder, "name", type(embedder).__name__)
    if name not in _VECTORS:
        groups = examples()
        flat = [text for texts in groups.values() for text in texts]
        vectors, out, i = embedder.embed(flat), {}, 0
        for key, texts in groups.items():
            out[key], i = vectors[i:i + len(texts)], i + len(texts)
        _VECTORS[name] = out
    return _VECTORS[name]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def empty_checks(facts: Facts) -> list[str]:
    """The checks whose Facts field the rules left empty."""
    return [check for check, field in FIELDS.items() if not getattr(facts, field)]


def clauses(seg: Segment) -> list[Segment]:
    """A sentence, or its clauses when it strings several facts together with semicolons or runs long."""
    parts = [p.strip() for p in re.split(r";\s+", seg.text) if p.strip()]
    if len(parts) == 1 and len(seg.text.split()) > 30:
        parts = [p.strip() for p in re.split(r",\s+(?=(?:and|but|so|which|while|where|when|since)\b)", seg.text) if p.strip()]
    if len(parts) == 1:
        return [seg]
    # a clause inside the sentence's goal list ("goals: 30 self-harm-free days; attends school 5 of 5 days") is a goal
    zones, out, at = goal_zones(seg), [], 0
    for p in parts:
        at = seg.text.find(p, at)
        out.append(replace(seg, text=p, kind="goals" if any(a <= at < b for a, b in zones) else seg.kind))
    return out


def propose(segs: Sequence[Segment], checks: Sequence[str], embedder: Embedder) -> list[Proposal]:
    """Sentences (or clauses) passing an empty element's check that are about that element: close to its examples,
    closer than to the sentences that document nothing, and not clearly closer to another element."""
    pieces = [c for seg in segs for c in clauses(seg)]
    candidates = [(seg, [c for c in checks if seg.kind not in _OTHER_LABELS and CHECKS[c](seg)]) for seg in pieces]
    candidates = [(seg, cs) for seg, cs in candidates if cs and len(seg.text.split()) >= 5]
    # a sentence under its element's own label ("Function: still cannot cook at the stove") needs no embedding
    out = [Proposal(c, seg, 1.0) for seg, cs in candidates for c in cs if OWN_LABEL.get(c) == seg.kind]
    candidates = [(seg, [c for c in cs if OWN_LABEL.get(c) != seg.kind]) for seg, cs in candidates]
    candidates = [(seg, cs) for seg, cs in candidates if cs]
    if not candidates:
        return out
    refs = _example_vectors(embedder)
    vectors = embedder.embed([seg.text for seg, _ in candidates])
    for (seg, cs), vec in zip(candidates, vectors):
        best = {key: max(_cosine(vec, ref) for ref in group) for key, group in refs.items()}
        for check in cs:
            key = _EXAMPLE_KEY.get(check, check)
            rivals = max(v for k, v in best.items() if k not in (key, "other"))
            if best[key] >= THRESHOLD and best[key] > best["other"] and best[key] >= rivals - MARGIN:
                out.append(Proposal(check, seg, best[key]))
    return out


def supplement(facts: Facts, segs: Sequence[Segment], embedder: Embedder) -> Facts:
    """Facts with evidence added for empty elements from proposed sentences that pass the element's own check."""
    added: dict[str, list] = {}
    for p in sorted(propose(segs, empty_checks(facts), embedder), key=lambda p: -p.similarity):
        added.setdefault(FIELDS[p.check], []).extend(CHECKS[p.check](p.segment))
    return replace(facts, **{field: tuple(getattr(facts, field)) + tuple(items) for field, items in added.items()}) if added else facts
