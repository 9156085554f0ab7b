"""When the asker's own filing went out or arrived, set against the last day: a tracking history, a fax
confirmation or a portal receipt pasted under the question ("delivered ... November 13", "faxed on 3/2/2026")."""

from __future__ import annotations

import re
from datetime import date

from assistant.criteria.dates import dated, spoken

# the words a carrier, a fax log or a portal writes beside the day a filing reached the other side, or left
_ARRIVED = re.compile(r"\b(?:delivered|arrived|signed for|receipt date|date received|received (?:by|at) the|"
                      r"(?:it|appeal|request|packet|form|fax|envelope) (?:was )?received)\b", re.I)
_SENT = re.compile(r"\b(?:mailed|posted|postmarked|shipped|faxed|submitted|uploaded|dropped off|sent (?:it|the|our|my))\b",
                   re.I)


def _latest(text: str, cue: re.Pattern, after: date) -> date | None:
    """The latest date written shortly after a cue word (within two lines or 100 characters), later than `after`."""
    found = [d for pos, d in dated(text) if d > after and cue.search(text[max(0, pos - 100):pos])]
    return max(found, default=None)


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def filed_line(text: str, start: date, last: date) -> str:
    """'It reached them on ..., 1 day after the last day: late ...' when the text dates its own filing; else ""."""
    arrived, sent = _latest(text, _ARRIVED, start), _latest(text, _SENT, start)
    if arrived:
        gap = (arrived - last).days
        if gap > 0:
            return (f"By the dates in your text it reached them on {spoken(arrived)}, {_days(gap)} after the last day; "
                    "where a filing counts on the day it is received, it is late: ask for a good-cause late filing now. ")
        return f"By the dates in your text it reached them on {spoken(arrived)}, {_days(-gap)} before the last day: in time. "
    if sent:
        gap = (sent - last).days
        if gap > 0:
            return (f"By the dates in your text it went out on {spoken(sent)}, {_days(gap)} after the last day: that is "
                    "late; ask for a good-cause late filing now. ")
        return (f"By the dates in your text it went out on {spoken(sent)}, {_days(-gap)} before the last day; where a "
                "filing counts on the day it is received, check that it arrived by the last day. ")
    return ""
