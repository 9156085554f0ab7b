"""The letter's "Frequency and duration, as planned in the notes" line: the plan's schedule, not every schedule.

Notes mention many rhythms that are not the plan: a medication taken daily, "24-hour notice" for absences, the
weekly outpatient care a "Why not ..." paragraph rules out, a deadline "within 14 days of this notice" in a
pasted letter. The line takes the sentence that best states the planned frequency and the one that best states
the expected duration (often the same sentence), scored by what the sentence is about, and shows the phrases
of those sentences only.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters import sections as S
from assistant.letters.sections import usable

# a sentence about care: its sessions, program, group or level
_CARE = re.compile(r"\b(?:sessions?|therapy|psychotherapy|groups?|program(?:me)?s?|treatment|visits?|IOP|PHP|counsel\w*|"
                   r"attend\w*|individual|family|residential|hours?/day|days?/week|h/day|level of care)\b", re.I)
# a sentence that plans, asks for or expects care
_PLANS = re.compile(r"\b(?:plan\w*|recommend\w*|request\w*|will|continu\w*|agreed|propos\w*|expect\w*|anticipat\w*|"
                    r"schedul\w*|authori[sz]\w*|asking|estimated|goal\w*)\b", re.I)
# a paragraph that argues against another level ("Why IOP still, not weekly outpatient:"), or rules out a schedule
_RULES_OUT = re.compile(r"^\W*why\b|\brather than\b|\binstead of\b|\bnot (?:enough|sufficient|adequate)\b|\bfailed\b", re.I)
# a deadline or notice, not care: "within 14 days of this notice", "a hearing", "will result in suspension"
_DEADLINE = re.compile(r"\bnotices?\b|\bhearings?\b|\bsuspen\w+|\bdeadline\b|\bpenalt\w+|\bterminat\w+|\bdue\b", re.I)


def _score(evidence: str) -> int:
    label = P.LABEL.match(evidence)
    return (2 * bool(label and P.label_kind(label.group(1)) == "plan") + bool(_CARE.search(evidence))
            + bool(_PLANS.search(evidence)) - 3 * bool(_RULES_OUT.search(evidence)) - 2 * bool(_DEADLINE.search(evidence)))


def _best(found: Sequence) -> str | None:
    """The evidence of the best-scored sentence (the first on a tie)."""
    best = None
    for f in found:
        if best is None or _score(f.evidence) > _score(best):
            best = f.evidence
    return best


def plan_schedule(frequency: Sequence, duration: Sequence, length_label: re.Pattern) -> list[str]:
    """'twice-weekly; 24 weeks': the planned frequency and duration phrases as the plan's sentences write them,
    each once ("weekly" is dropped beside "twice weekly")."""
    freq = [f for f in frequency if usable(f.evidence)]
    dur = [f for f in duration if usable(f.evidence)]
    chosen = {_best(freq), _best(dur)} - {None}
    # one sentence that states both beats two that each state one, unless it scores lower than either
    both = [e for e in {f.evidence for f in freq} & {f.evidence for f in dur}]
    if both:
        top = max(both, key=_score)
        if _score(top) >= max(_score(e) for e in chosen):
            chosen = {top}
    phrases: dict[str, str] = {}
    for f in [*freq, *dur]:
        if f.evidence in chosen and not length_label.fullmatch(f.text.strip(" .:")):
            phrases.setdefault(S.text_key(f.text), f.text.lower() if f.text.isupper() else f.text)
    keys = list(phrases)
    return [phrases[k] for k in keys if not any(k != o and re.search(r"\b%s\b" % re.escape(k), o) for o in keys)]
