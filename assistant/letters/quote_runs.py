"""A letter summarizes and quotes; it does not paste the record. A section's sentences that follow one another in
the notes are kept only while the run of words copied in a row stays short (the letter checks call 90 words in a
row "notes pasted"; the narrative sections stop at 85 words for the same reason)."""

from __future__ import annotations

import re

from typing import Sequence

from assistant.letters.model_letter_checks import copied_runs

RUN_WORDS = 85


def within_run_limit(sentences: Sequence[str], notes: Sequence[str], limit: int = RUN_WORDS) -> list[str]:
    """The sentences in order, leaving out any that would make a verbatim run of the notes longer than `limit`
    words (a first sentence is always kept: one long sentence is a quote, not the record pasted)."""
    kept: list[str] = []
    for sentence in sentences:
        if kept and any(n > limit for n, _ in copied_runs(" ".join(kept + [sentence]), tuple(notes))):
            continue
        kept.append(sentence)
    return kept


def without_repeats(sentences: Sequence[str]) -> list[str]:
    """The sentences in order, leaving out any whose words another one already holds (a screen's line found once as the
    screen and again under its "Risk:" label, the second time with the next sentence joined): a reviewer reads it once."""
    def words(s: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", s.lower()))
    keys = [words(s) for s in sentences]
    return [s for i, (s, k) in enumerate(zip(sentences, keys))
            if k and not any(j != i and k in other and (len(other) > len(k) or j < i) for j, other in enumerate(keys))]
