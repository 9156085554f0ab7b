"""A list of sample reasons printed as general teaching: an app's "Common reasons claims are denied" panel, an EOB's
"Typical reasons include:" box, a portal FAQ followed by "These are general examples and may not apply to your claim."

Its items name reasons ("The provider is out of network") without giving one for this claim, so a list headed by such
teaching, or closed by a caveat that its items may not apply, is background. The claim's own reason is elsewhere
(a code, a sentence of the decision) or, when the payer gives none, the denial stays vague.
"""

from __future__ import annotations

import re

from assistant.denials import tables as T
from assistant.denials.segments import Segment

_GENERAL = re.compile(T.GENERAL_SENTENCE, re.I)
# a heading that introduces sample reasons: "Common reasons claims are denied", "Typical reasons include:", "Why claims
# are sometimes denied"
_SAMPLES_HEADING = re.compile(r"\b(?:common|typical|usual|frequent)\b[^.]{0,20}\breasons?\b|"
                              r"\bwhy (?:a )?claims? (?:are|is|get|gets|can be|may be) (?:sometimes |often )?(?:denied|rejected)\b",
                              re.I)
# the caveat after the list: "These are general examples and may not apply to your claim", "The reasons above might not
# apply to your visit"
_CAVEAT = re.compile(r"^\W*(?:these|those|the (?:reasons|examples|items) (?:above|listed))\b[^.]{0,40}\b(?:(?:general|common|"
                     r"typical) examples|(?:may|might|do|does) not (?:necessarily )?apply to (?:your|this|every))\b", re.I)
# a list item: a bullet, a dash or a number opening the line (a number may stand as a segment of its own)
_ITEM = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u2023*-]\s+\S|\d{1,2}[.)](?:\s+\S|\s*$))")


def _is_heading(seg: Segment) -> bool:
    """A short line or a lead-in ending on a colon that introduces sample reasons."""
    short = len(seg.flat.split()) <= 10 and not seg.flat.rstrip().endswith(".")
    return (short or seg.flat.rstrip().endswith(":")) and bool(_GENERAL.search(seg.flat) or _SAMPLES_HEADING.search(seg.flat))


def _item_chunks(segs: list[Segment], i: int, step: int) -> list[int]:
    """Indexes of the segments in the run of list-item paragraphs right after (step 1) or before (step -1) segment i."""
    out, k, chunk = [], i + step, None
    while 0 <= k < len(segs) and segs[k].chunk == segs[i].chunk:
        k += step  # the rest of the heading's (or the caveat's) own paragraph
    while 0 <= k < len(segs):
        first = next(j for j in range(len(segs)) if segs[j].chunk == segs[k].chunk)
        if segs[k].chunk != chunk and not _ITEM.match(segs[first].text):
            break
        chunk = segs[k].chunk
        out.append(k)
        k += step
    return out


def example_list_roles(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with the items of a sample-reasons list (and its heading and caveat) set to 'background'."""
    out = list(roles)
    for i, seg in enumerate(segs):
        items = _item_chunks(segs, i, 1) if _is_heading(seg) else _item_chunks(segs, i, -1) if _CAVEAT.search(seg.flat) else []
        if items:
            for k in items + [i]:
                out[k] = "background"
    return out
