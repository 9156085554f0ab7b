"""A figure the question asks about ("can a LOCUS composite even be 38?", "is a PHQ-9 of 29 possible?") set against the
range a source sentence gives for the score ("the composite score ranges from 7 to 35", "total 0-27"): the answer says
first whether the figure can occur, with the range cited. A figure outside the range is an error in whatever states it."""

from __future__ import annotations

import re

from assistant.criteria.select import Candidate

# the figure asked about, in a sentence that asks whether it can be: "can it even be 38?", "is 29 a possible score?",
# "a composite of 38 - is that valid?", "could the total reach 40?"
_ASKED = (
    re.compile(r"\b(?:can|could|may)\b[^?.!\n]{0,40}?\b(?:score|composite|total|rating|sum)s?\b[^?.!\n]{0,20}?\b(?:be|reach|hit|"
               r"equal|exceed|go (?:up )?to)\s+(?:an?\s+|as high as\s+)?(\d{1,3})\b[^?.!\n]{0,30}\?", re.I),
    re.compile(r"\b(?:is|are|was)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?<![\w-])(\d{1,3})\b(?![-\w])[^?.!\n\d]{0,30}\b(?:even\s+)?"
               r"(?:possible|valid|real|legit\w*|plausible|a real score|in range)\b[^.!\n]{0,20}\?", re.I),
    re.compile(r"(?<![\w-])(\d{1,3})\b(?![-\w])[^?.!\n\d]{0,40}\b(?:is|was) (?:that|this|it) (?:even )?(?:possible|valid|real|"
               r"legit\w*|plausible)\b", re.I),
)
# a score's range as a source states it: "ranges from 7 to 35", "range of 0-27", "total 0-21", "scored 0 to 63"
_RANGE = re.compile(r"\b(?:rang(?:es?|ing)|runs?|scored|scores?|totals?|total score|composite)\b[^.;\d]{0,25}?\b(\d{1,3})\s*"
                    r"(?:-|–|to|through)\s*(\d{1,3})\b", re.I)


def asked_figure(text: str) -> int | None:
    """The figure a question asks whether a score can take, or None when it asks no such thing."""
    for rx in _ASKED:
        if m := rx.search(text):
            return int(m.group(1))
    return None


def scale_line(text: str, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'By the figures in your question: 38 is outside the range 7-35 the source gives (...), so it cannot be a valid
    score [1].' or '' when the question asks no such thing or no chosen sentence gives a range."""
    figure = asked_figure(text)
    if figure is None:
        return ""
    # a scale's whole range is the widest one its sentences give ("0-27" over a band's "5-9")
    found = [(int(m.group(1)), int(m.group(2)), c) for c in chosen for m in _RANGE.finditer(c.text)
             if int(m.group(1)) < int(m.group(2))]
    if not found:
        return ""
    low, high, c = max(found, key=lambda f: f[1] - f[0])
    if low <= figure <= high:
        return (f"By the figures in your question: {figure} is within the range {low}-{high} the source gives, so it is "
                f"a possible score [{number[c.rank]}].")
    side = "above the maximum" if figure > high else "below the minimum"
    return (f"By the figures in your question: no, {figure} is {side} of the range {low}-{high} the source gives, so it "
            f"is not a possible score: it is an error in whatever states it [{number[c.rank]}].")
