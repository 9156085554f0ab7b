"""A payer's notice carried inside someone else's paper as an appendix, attachment or schedule.

A practice's comment letter with "APPENDIX A -- Redetermination notice received by ...", a school form with "ATTACHMENT 1
-- insurer letter (retyped by the school nurse)", a payment-plan agreement with "SCHEDULE A -- Insurer Explanation of
Benefits (retyped ...)": the enclosed notice is the decision. The carrying paper talks about denials, codes, frequencies
and progress in its own voice (colleagues' experience, the agreement's terms, a parent's account), so once the
enclosure gives a reason, the carrier's lines (and its codes) give none.
"""

from __future__ import annotations

import re
from typing import Callable

from assistant.denials.segments import Segment

# the enclosure's label, then the payer's notice it holds, said to be someone's copy of it
_LABEL = r"^\W*(?:appendix|attachment|schedule|exhibit|enclosure|annex|addendum)\b\s*(?:[A-Z0-9]{1,3}\b)?\s*(?:--|[-:\u2013\u2014.])?"
_NOTICE = (r"\b(?:(?:redetermination|reconsideration|denial|determination|decision|adverse|appeal decision|coverage) "
           r"(?:notice|letter)|(?:insurer|payer|plan|carrier|insurance company|health plan|Medicare|Medicaid)['\u2019]?s? "
           r"(?:letter|notice|decision|denial|determination|EOB|explanation of benefits)|explanation of benefits|EOB|"
           r"remittance advice|denial)\b")
_WHOSE = (r"\b(?:received by|retyped|re-typed|typed (?:out|up)|copied|copy|reproduced|pasted|scanned|transcribed|as received|"
          r"unedited|verbatim|from (?:the |a |her |his |their |our |the member's |the parent's |the patient's )?(?:copy|original))\b")
_ENCLOSED = re.compile(_LABEL + r"(?=.*" + _NOTICE + r")(?=.*(?:" + _WHOSE + r"|\b(?:insurer|payer|carrier)\b))", re.I)
# the member's own appeal or the practice's letter enclosed with a decision is no notice of the payer's
_NOT_NOTICE = re.compile(r"\b(?:your|our|my) (?:appeal|letter|request|notes?)\b|\bappeal (?:letter|request)\b", re.I)


def enclosure_start(segs: list[Segment]) -> int | None:
    """Index of the heading that opens an enclosed payer notice after some carrying text, or None."""
    for i, seg in enumerate(segs):
        if i and _ENCLOSED.search(seg.flat) and not _NOT_NOTICE.search(seg.flat) and len(seg.flat.split()) <= 30:
            return i
    return None


def enclosed_notice_roles(segs: list[Segment], roles: list[str], gives_reason: Callable[[Segment], bool]) -> list[str]:
    """Roles with the carrying paper before an enclosed notice set to 'carrier', when the notice itself gives a reason."""
    start = enclosure_start(segs)
    if start is None or not any(gives_reason(s) for s, role in zip(segs[start:], roles[start:])
                                if role in ("grounds", "copied_letter")):
        return roles
    return ["carrier" if k < start and role in ("grounds", "copied_letter", "background") else role
            for k, role in enumerate(roles)]
