"""A score told as a count out of the instrument's top score, in the sentences after its name:

    "Re-did the geriatric depression screen (short form). In spring she answered 10 of the 15 that way",
    "We went back over the MoCA. She got 22 out of 30 this time",
    "MDQ reviewed with him: yes to 9 of its 13 questions"

The count's whole must be the instrument's top score (its item count for a yes/no screen), so a count of days,
sessions or another list is never read as the score. Read only for a name the sentence gives no score of; the
search runs over the rest of the sentence and the next two of the same section, and stops at another
instrument's name.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import Hit, catalog, key_name, parse_score
from assistant.letters.facts import Measure
from assistant.letters.patterns import Segment

_COUNT = re.compile(r"(?<![\w./])(?P<num>\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+|a\s+possible\s+)?(?P<den>\d{1,3})(?![\d/.]\d|[\d/])"
                    r"(?!\s+(?:days?|nights?|weeks?|months?|years?|sessions?|times|visits?|hours?|minutes?|groups?|appointments?|"
                    r"meetings?|classes|shifts?|meals?|doses?)\b)", re.I)
# A count written as the earlier one: "up from 19 of 30", "was 11 of 15 in the spring".
_EARLIER = re.compile(r"\b(?:from|at (?:intake|baseline|admission|the start))\s+(?:the\s+|a\s+)?$|"
                      r"\b(?:ago|last|previously|earlier|initially|at first|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)


def _counts(text: str, hit: Hit) -> list[tuple[str, str | None, bool]]:
    """(score, date or None, told as earlier) for each "N of M" after the name, where M is the instrument's top score."""
    inst = hit.instrument
    rest = re.split(r"[.;]", text[hit.end:])[0]
    if P.NOT_DONE.search(rest) or P.NEGATION.search(rest) or inst.low != 0 or inst.high is None or inst.lab or inst.parts or hit.loose:
        return []
    window = text[hit.end:hit.end + 400]
    other = next(iter(catalog().names_in(window)), None)
    window = window[:other.start] if other else window
    out = []
    for m in _COUNT.finditer(window):
        if float(m.group("den")) != inst.high or int(m.group("num")) > inst.high:
            continue
        clause = re.split(r"[.;]", window[:m.start()])[-1]
        if P.NOT_DONE.search(clause) or P.NEGATION.search(clause) or P.GOAL_NEAR.search(clause):
            continue
        date = P.DATE.search(clause)
        out.append((m.group("num"), date.group(0) if date else None, bool(_EARLIER.search(clause))))
    return out


def follow_on_counts(segs: Sequence[Segment], found: Sequence[Measure]) -> list[Measure]:
    """Scores told as "N of M" after a name whose own sentence gives none; earlier undated counts are earlier values."""
    scored = {(m.evidence, m.note_index) for m in found}
    out: list[Measure] = []
    for i, seg in enumerate(segs):
        if seg.kind in ("goals", "discharge") or (seg.text, seg.note_index) in scored:
            continue
        after = [s.text for s in segs[i + 1:i + 3] if s.note_index == seg.note_index and s.kind == seg.kind]
        text = " ".join([seg.text] + after)
        for hit in catalog().names_in(seg.text):
            counts = _counts(text, hit)
            cued = any(c[2] for c in counts)  # "22 of 30 now, up from 19 of 30": the cue says which came first
            for k, (num, date, told) in enumerate(counts):
                earlier = date is None and (told if cued else k < len(counts) - 1)
                out.append(Measure(key_name(hit.instrument, "", ""), parse_score(num, None, hit.instrument),
                                   date if date or earlier else seg.date, seg.note_index, text, None, earlier, surface=hit.surface))
    return out
