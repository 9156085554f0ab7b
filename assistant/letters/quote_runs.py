"""A letter summarizes and quotes; it does not paste the record. A section's sentences that follow one another in
the notes are kept only while the run of words copied in a row stays short (the letter checks call 90 words in a
row "notes pasted"; the narrative sections stop at 85 words for the same reason)."""

from __future__ import annotations

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
