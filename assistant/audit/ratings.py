"""A score written as a fraction of its scale ("worry 7/10 -> 4/10", "pain 6/10", "confidence 3/5"), which the
date pattern also reads as a month and a day (July 10, April 10, March 5).

A month-and-day with no year is a rating when its scale is the usual 0-10 or 1-5, the score is within it, and the note
says so: a rating word in the clause before it (cues.yaml, rating_before), a scale named after it (rating_after), an
arrow joining it to another fraction of the same scale ("7/10 -> 4/10", "8/10 → 5/10"), or an earlier fraction of the
same sentence read as a rating ("anxiety 8/10 at the start, 5/10 at the close"). "Seen 7/10", "next session 3/5",
"authorized 2/10 - 4/10" stay dates.
"""

from __future__ import annotations

import re

from assistant.audit.catalog import cue

_BARE = re.compile(r"(\d{1,2})/(\d{1,2})")
_SCALES = (5, 10)
_ARROW = r"\s*(?:->|-->|=>|\u2192|\u21d2|>)\s*"
_CLAUSE_BREAK = re.compile(r"[.;,(]\s|\s(?:-|\u2013|\u2014)\s|[.;(]$")


# Words right before a fraction that make it a day: "anxious about the 3/10 hearing", "9/10 before the 4/10 hearing".
_DATING = re.compile(r"\b(?:on|about|for|until|till|before|after|by|since|due|scheduled|starting|through|next|last)"
                     r"(?:\s+(?:the|her|his|their|a|an|this|that))?\s*$", re.I)


def _rating_word_before(clause: str) -> bool:
    """The clause before a fraction ends with a rating word and at most three words more, none of them dating it."""
    words = list(cue("rating_before").finditer(clause))
    if not words:
        return False
    between = clause[words[-1].end():]
    return len(between.split()) <= 3 and not _DATING.search(between)


def _told_as_rating(text: str, start: int, end: int, scale: int) -> bool:
    """The fraction at text[start:end] is told as a score: a rating word before it, a scale after it, or an arrow to
    or from another fraction of the same scale."""
    before = text[max(0, start - 40):start]
    if _rating_word_before(_CLAUSE_BREAK.split(before)[-1]) or cue("rating_after").search(text[end:end + 30]):
        return True
    fraction = r"\d{1,2}/%d(?!\d)" % scale
    return bool(re.match(_ARROW + fraction, text[end:]) or re.search(fraction + _ARROW + "$", before))


def rating_spans(text: str, found: list[re.Match[str]]) -> set[int]:
    """The starts of the dates among `found` (matches in `text`) that are ratings on a scale, not dates."""
    out: set[int] = set()
    last: tuple[int, int] | None = None  # (end, scale) of the last rating read in this sentence
    for m in found:
        bare = _BARE.fullmatch(m.group(0))
        if not bare:
            continue
        score, scale = int(bare.group(1)), int(bare.group(2))
        if scale not in _SCALES or score > scale:
            continue
        gap = text[last[0]:m.start()] if last else ""
        same_sentence = last is not None and last[1] == scale and not re.search(r"[.;]\s|\n", gap) \
            and not _DATING.search(gap)
        if same_sentence or _told_as_rating(text, m.start(), m.end(), scale):
            out.add(m.start())
            last = (m.end(), scale)
    return out
