"""The payer's own words inside a note: a denial or a reviewer's decision quoted by the clinician ("UCare concurrent
review 10/21: IOP 'no longer medically necessary ...'") states the payer's view, not the client's progress."""
from __future__ import annotations

import re

from assistant.letters import patterns as P


def payer_quoted(text: str, at: int) -> bool:
    """Inside the quoted words of a denial: 'BCBS denial ("no longer necessary; symptoms improved")' is the payer's claim."""
    before = text[:at]
    decision = P.DECISION_RECORD.search(before) or _REVIEW_WORDS.search(before)
    if bool(decision) and (before.count('"') - before[:decision.start()].count('"')) % 2 == 1 or \
            bool(decision) and before.count("\u201c") > before.count("\u201d"):
        return True
    opened = max(before.rfind('"'), before.rfind("\u201c"))  # inside a quote that speaks the payer's language
    return before.count('"') % 2 == 1 and opened >= 0 and bool(_PAYER_WORDS.search(text[opened:opened + 300].split('"', 2)[1]
                                                                                      if text.count('"', opened) >= 2 else text[opened:]))


# A reviewer's decision named without the word "denied": "UCare concurrent review 10/21: IOP 'no longer ...'".
_REVIEW_WORDS = re.compile(r"\b(?:concurrent|utilization|UM|UR|peer|medical necessity|continued stay) review\b|\b(?:reviewer|determination|"
                           r"adverse decision)\b", re.I)
_PAYER_WORDS = re.compile(r"\b(?:(?:not|no longer) medically necessary|does not meet (?:the )?(?:medical necessity )?criteria|"
                          r"can be (?:safely )?(?:managed|treated|served|cared for) (?:at|in|with)|lower level of care)\b", re.I)
