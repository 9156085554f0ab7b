"""A report with one row per patient, forwarded with a note that says which row is this patient's.

A payer's daily status report or a facility's census lists many members, each row with its own status and comment.
When the sender marks the row that is ours ("only row 3 is ours", "line 2 is my client"), the other rows are other
people's decisions: their reasons are not this denial's.
"""

from __future__ import annotations

import re

from assistant.denials.segments import Segment

_NUM = r"(?:row|line|entry|item|#|no\.?)[ \t]{0,3}#?[ \t]{0,3}(\d{1,3})"
# "only row 3 is ours", "Row 3 is my client", "line 12 is the patient's", "ours is row 3"
_MARKED = re.compile(rf"\b(?:only )?{_NUM}[ \t]{{1,3}}(?:is|=)[ \t]{{1,3}}(?:ours|our (?:client|patient|member|kid|child|resident)|my (?:client|patient)|"
                     rf"(?:the|this) (?:client|patient|member)['\u2019]?s?)\b|\b(?:ours|my (?:client|patient)) is (?:on )?{_NUM}\b", re.I)
# a row of the report: "3 | M. Doe | ...", "3. Doe ...", "#3  Doe"
_ROW = re.compile(r"^[ \t]*#?(\d{1,3})(?:[ \t]{0,3}\||[.)][ \t]|[ \t]{2})")


def marked_row(segs: list[Segment]) -> str | None:
    """The row number a forwarding note marks as this patient's, else None."""
    for seg in segs:
        if m := _MARKED.search(seg.flat):
            return next(g for g in m.groups() if g)
    return None


def others_rows(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with the rows that belong to other patients set to 'background' (when a note marks ours)."""
    ours = marked_row(segs)
    if ours is None:
        return roles
    out, other = list(roles), None   # other: the chunk of another patient's row (a row may run to several sentences)
    for i, seg in enumerate(segs):
        m = _ROW.match(seg.text)
        if m:
            other = seg.chunk if m.group(1) != ours else None
        if other is not None and seg.chunk == other:
            out[i] = "background"
    return out
