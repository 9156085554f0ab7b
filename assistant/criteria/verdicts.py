"""A yes/no question ("is that true?", "does the protection carry over?", "who decides?") answered first by the
source sentence that settles it in its own words: a rule that does not reach a plan, a practice that no longer
happens, what is deemed when a plan misses its duty, a threshold that does not exist, whose judgment governs.

The settling phrases are data (settling.yaml). A sentence is quoted only when it also shares the asked sentences'
rarer words, so the verdict is the source's, never one we word ourselves; no settling sentence, no verdict line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.criteria.select import Candidate, overlap

_FILE = Path(__file__).with_name("settling.yaml")
_MIN_SHARE = 0.6     # the weighted share of asked words a settling sentence must hold (overlap's scale)
_MAX_QUOTED = 2
_POINTED_AT = 240    # characters before a question that only points back, read as what it points at
_AGAINST_PLAIN = 0.6  # the best settling sentence must score this share of the nearest sentence that settles nothing
_POINTS_BACK = re.compile(r"\b(?:is|was|are) (?:that|this|those|these) (?:really |actually |even |still )?(?:true|right|correct|"
                          r"accurate|so|legit|(?:the|a|an) (?:real |actual )?(?:rule|law|policy|requirement|regulation))\b", re.I)
_RUNNER_UP = 0.7     # a second sentence is quoted only when it scores this share of the best one


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def settling_phrases() -> dict[str, re.Pattern[str]]:
    """settling.yaml -> {kind: one pattern over its phrases}."""
    return {kind: re.compile("|".join(f"(?:{p})" for p in phrases), re.I) for kind, phrases in _data()["settles"].items()}


def wants_verdict(text: str, yes_no: bool) -> bool:
    """Whether a question wants a verdict: yes/no, or a claim checked ("is that true?"), two parties weighed."""
    return yes_no or any(re.search(p, text, re.I) for p in _data()["asks"])


def settles(sentence: str) -> str:
    """The kind of settling statement a sentence makes ('reach', 'deemed', ...), or ''."""
    return next((kind for kind, rx in settling_phrases().items() if rx.search(sentence)), "")


def asked_text(text: str, asked: tuple[str, ...]) -> str:
    """The words a verdict must share: the asking sentences, and when they only point back ("Is that true?",
    "Who decides?") the lines just before them, which hold the claim or the choice."""
    # "Before I write this up: is that actually the rule under NGS? And what should the plan say?" checks the claim
    # above it, however many words of its own it has; the verdict is on that claim, not on the question beside it
    pointing = next((s for s in asked if _POINTS_BACK.search(s)), "")
    joined = pointing or " ".join(asked)
    if not asked or (len(re.findall(r"[A-Za-z]{4,}", joined)) >= 4 and not pointing):
        return joined or text
    start = text.find(pointing or asked[0])
    return text[max(0, start - _POINTED_AT):start] + " " + joined


def settling_sentences(cands: list[Candidate], asked: dict[str, float], context: dict[str, float],
                       ranks: set[int]) -> list[Candidate]:
    """The sentences, from the passages in `ranks`, that settle the asked question in their own words, best first.

    `asked` weighs the words of the sentences that ask; `context` those of the whole message (a place or plan named
    only in the story around the question still counts, for half)."""
    def score(c: Candidate) -> float:
        return (overlap(c, asked) + 0.5 * overlap(c, context)) * c.prior

    found = [c for c in cands if c.rank in ranks and settles(c.text) and overlap(c, asked) > 0]
    # a plain sentence much nearer the question ("the vendor flags long episodes") answers it as stated: no verdict
    plain = max((score(c) for c in cands if c.rank in ranks and not settles(c.text)), default=0.0)
    found = sorted((c for c in found if score(c) >= _MIN_SHARE), key=score, reverse=True)
    if not found or score(found[0]) < _AGAINST_PLAIN * plain:
        return []
    return [c for c in found if score(c) >= _RUNNER_UP * score(found[0])][:_MAX_QUOTED]


def verdict_line(settling: list[Candidate], number: dict[int, int]) -> str:
    """'On the yes-or-no point, in the sources' own words: "..." [2]' from the settling sentences; '' when there are none."""
    if not settling:
        return ""
    quoted = " ".join(f"\u201c{c.text.strip()}\u201d [{number[c.rank]}]" for c in settling)
    return f"On the yes-or-no point, in the sources' own words: {quoted}"
