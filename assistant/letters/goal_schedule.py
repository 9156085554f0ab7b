"""Sentences of a goals (or step-down) field that are the plan's schedule, not goals:

- one that opens with the schedule and gives its span ("Goals: PCL-5 under 33; back to class. Weekly through 05/2027.");
- one that continues the current schedule ("Step-down criteria: ... Continue PHP 5 days/week, 6 hrs/day.");
- a clause after the goal list that says how often the sessions meet ("We will meet weekly for these, 45 minutes
  each", "Sessions stay twice a week while we work on them").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.patterns import Segment

_OPENS_WITH_SCHEDULE = re.compile(r"^\W*(?:(?:sessions?|therapy|psychotherapy|counsell?ing|individual|family|group|(?-i:[A-Z]{2,5}))\s+)?(?:%s)"
                                  % P.FREQUENCY.pattern, re.I)
_CONTINUES = re.compile(r"^\W*(?:continue|continuing|request(?:ing)?)\s+(?:(?:at\s+)?(?:IOP|PHP|RTC|residential|outpatient|individual|family|"
                        r"group|therapy|sessions?|(?-i:[A-Z]{2,5}))\s+)*(?:%s)" % P.FREQUENCY.pattern, re.I)
# who meets, and the verb of meeting: "we will meet", "she'll be seen", "sessions stay", "the family will come in"
_MEETS = re.compile(r"^\W*(?:(?:and|then|so)\s+)?(?:we|she|he|they|I|the (?:family|client|patient|couple|parents)|(?:our |the |these |her |his |their )?"
                    r"(?:sessions?|visits?|appointments?|therapy|meetings?))(?:['\u2019]ll|\s+will|\s+are going to|\s+would|\s+plan to|\s+stay|"
                    r"\s+remain|\s+continue)?\s+(?:be\s+)?(?:meet(?:ing)?|seen|see (?:her|him|them)|come(?: in)?|held|stay|remain|continue|attend)\b", re.I)


def schedule_told(seg: Segment) -> bool:
    """A sentence of a goals field (not one of its listed items) that tells how often sessions meet."""
    return seg.kind == "goals" and seg.form != "item" and bool(_MEETS.match(seg.text)) and bool(P.FREQUENCY.search(seg.text))


def schedules_in_goals(segs: Sequence[Segment]) -> list[Segment]:
    """Segments -> the same, a goals field's schedule sentences read as the plan."""
    return [replace(s, kind="plan") if s.kind == "goals" and _OPENS_WITH_SCHEDULE.match(s.text) and P.DURATION.search(s.text)
            or s.kind in ("goals", "discharge") and _CONTINUES.match(s.text) or schedule_told(s) else s for s in segs]
