"""A chosen sentence's follow-on: the next sentence of its passage when that one opens by pointing back at it ("Filing
windows range from 60 days to 180 days. Because the numbers vary, use the deadline printed in the denial letter.").
The follow-on says what to do with the rule just quoted, so it is quoted right after it."""

from __future__ import annotations

import re

# "Because the numbers vary, ...", "For that reason ...", "So ...", "In that case ...": a sentence that leans on the one
# before it and turns it into what to do
_POINTS_BACK = re.compile(r"^(?:Because (?:the|these|those|this|that|of (?:this|that))\b|Since (?:these|those|this|that|the "
                          r"\w+ (?:vary|varies|differ))\b|For (?:that|this) reason\b|So\b|Therefore\b|Given (?:this|that)\b|"
                          r"That is why\b|This is why\b|In (?:that|this|either) case\b)")


def with_follow_ons(chosen: list, cands: list, reach: int = 3) -> list:
    """The chosen sentences, each followed by the first of its passage's next `reach` sentences that points back (a
    remark may sit between the rule and what to do about it)."""
    after = {}
    for i, before in enumerate(cands):
        nxt = next((c for c in cands[i + 1:i + 1 + reach] if c.rank == before.rank and _POINTS_BACK.match(c.text)), None)
        if nxt is not None:
            after[id(before)] = nxt
    out: list = []
    for c in chosen:
        out.append(c)
        follow = after.get(id(c))
        if follow is not None and follow not in chosen and follow not in out:
            out.append(follow)
    return out
