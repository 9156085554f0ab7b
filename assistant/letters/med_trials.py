"""Care before this episode told as medication trials: a psychiatric medication that was tried and ended, or
judged ("no meaningful change", "stopped it himself"), is prior treatment."""

from __future__ import annotations

import re

from assistant.letters import patterns as P
from assistant.letters.facts import Finding, finding
from assistant.letters.patterns import Segment
from assistant.letters.pronouns import other_pronoun_before, relative_subject

_WHEN_PAST = re.compile(r"(?:19|20)\d\d\b|%s|\b\d+ (?:weeks?|months?|years?)\b" % P.DATE_PLACEHOLDER)
# a drug stopped, with a time in words: "stopped taking it about a month ago", "for a year, stopped last month"
_STOPPED = re.compile(r"stopped|discontinued|d/c|tapered off|came off|went off|quit|self-stopped", re.I)
_WHEN_SAID = re.compile(r"\b(?:a|one|two|three|several|a few) (?:weeks?|months?|years?)\b|\b(?:last|this past) (?:month|year|spring|"
                        r"summer|fall|autumn|winter)\b|\bago\b", re.I)


def past_medication_trials(seg: Segment, pronoun: str | None = None) -> list[Finding]:
    """A psychiatric medication tried before and ended or judged: "sertraline 50 mg - started by PCP <DATE_2>; stopped it
    himself <DATE_3>", a trials table's row "escitalopram 20 mg  12 weeks, 2024  no meaningful change"."""
    out = []
    if relative_subject(seg.text):
        return out
    for m in P.MEDICATION_RE.finditer(seg.text):
        if m.group(1).lower() in P.NON_PSYCHIATRIC or P.negated(seg.text, m.start()):
            continue
        rest = re.split(r"\.\s|\n", seg.text[m.start():])[0][:160]  # the medication's own sentence or row
        end = P.MED_TRIAL_END.search(rest)
        if end and re.search(r"\b(?:no|without|denies)\s+$", rest[:end.start()]):
            continue  # "no side effects": a trial going well, not one that ended
        # the time it was taken is told before the end of the clause that ends it, not in a later field of the row
        # ("escitalopram 10 mg; side effects (mild nausea, resolved); PHQ-9 14 (17 on <DATE_3>)" is no ended trial)
        told = rest[:end.end() + (rest[end.end():] + ";").index(";")] if end else rest
        if end and (_WHEN_PAST.search(told) or _STOPPED.match(end.group(0)) and _WHEN_SAID.search(told)) \
                and not P.CURRENT_CARE.search(rest[:end.start()]) \
                and not other_pronoun_before(P.sentence_before(seg.text, m.start()), pronoun) \
                and not P.OTHER_MED_OWNER.search(seg.text[max(0, m.start() - 80):m.start()]):
            out.append(finding(seg, rest[:end.end()]))
    return out
