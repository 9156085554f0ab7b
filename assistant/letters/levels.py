"""The requested level of care decides what a schedule sentence is.

When a program (IOP, PHP or residential) is requested, the notes often come from the outpatient clinician who is
asking for it: "weekly outpatient counseling here since 02/2026 (9 sessions)", "11 sessions of outpatient FBT
with weekly dietitian visits". That is the care already tried at a lower level, so it is prior treatment, and its
schedule is not the requested program's frequency and duration. A sentence that names the requested program too
("IOP 3 days a week, then weekly outpatient") stays a schedule.
"""
from __future__ import annotations

import re
from dataclasses import replace

from typing import Sequence

from assistant.letters.facts import Facts, Finding, finding
from assistant.letters.patterns.segments import Segment

_LOWER_LEVEL = re.compile(r"\boutpatient\b(?!\s+(?:program|treatment program))|\boffice[- ]based\b|"
                          r"\bweekly (?:individual |family |group )?(?:therapy|counsel(?:l)?ing|sessions?|psychotherapy|CBT|ERP|DBT|EMDR|IPT|visits)\b|"
                          r"\b(?:seen|seeing|met|meeting|meets|sees)\s+(?:\w+\s+)?weekly\b|"
                          # who gave it, then how often: "school counselor weekly since 09/2026", "a therapist every other week"
                          r"\b(?:counsel(?:l)?or|therapist|psychologist|social worker)s? (?:\w+ )?(?:weekly|every (?:other )?week)\b", re.I)
# Care already given: a start in the past, a count of sessions held, a course that ran for a time.
_DELIVERED = re.compile(r"\bsince\b|\b(?:have|has) been (?:seeing|in|attending|receiving)\b|\b(?:has|have) (?:had|attended|completed)\b|"
                        r"\b(?:attended|completed|received|tried|had)\b|\b\d+\s+sessions?\s+(?:of|so far|to date|in)\b|"
                        r"\(\s*\d+\s+sessions?\b|\bafter\s+\d+\s+(?:sessions|weeks|months)\b|\bfor the (?:past|last)\b|\bto date\b", re.I)
_PROGRAM = {"twice_weekly": r"\b(?:twice|2x|two (?:sessions|times)|2 (?:sessions|times))[ -]?(?:a |per |/ ?)?(?:week|wk)|\btwice[- ]weekly\b|\bsemi-?weekly\b",
            "iop": r"\bIOP\b|intensive outpatient|\bASAM (?:level )?2\.1\b",
            "php": r"\bPHP\b|partial hospitali[sz]ation|day (?:program|treatment)|\bASAM (?:level )?2\.5\b",
            "residential": r"residential|\bRTC\b|24[- ]hour|\blength of stay\b|\bASAM (?:level )?3\.\d\b",
            "inpatient": r"\binpatient\b|hospitali[sz]|\bunit\b|24[- ]hour|\blength of stay\b|\bASAM (?:level )?(?:3\.7|4)\b"}
_PLANNED = re.compile(r"\b(?:plan|planned|will|recommend\w*|request\w*|propos\w*|step(?:ping)?[- ]down|return to|then)\b", re.I)


def intensity(level_of_care: str) -> str:
    """Level-of-care string -> routine | twice_weekly | iop | php | residential | inpatient (24-hour hospital care)."""
    level = level_of_care.lower()
    for key, pattern in (("residential", r"residential"), ("php", r"\bphp\b|partial hosp"),
                         ("iop", r"\biop\b|intensive outpatient"), ("twice_weekly", r"2x|twice|higher frequency|2 ?times"),
                         ("inpatient", r"\binpatient\b|acute (?:psychiatric|hospital)|crisis stabili[sz]ation|\bdetox\b|withdrawal management")):
        if re.search(pattern, level):
            return key
    return "routine"


def _course(text: str) -> bool:
    return bool(_LOWER_LEVEL.search(text) and _DELIVERED.search(text) and not _PLANNED.search(text))


def care_so_far(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Sentences that tell of outpatient care already given ("seeing him weekly since January, 12 sessions"),
    whatever level is requested: prior treatment once a program is asked for (at_level)."""
    return tuple(finding(seg, "outpatient care so far") for seg in segs
                 if seg.kind not in ("goals", "plan", "discharge") and _course(seg.text))


def lower_level_course(evidence: str, level: str) -> bool:
    """The sentence tells of outpatient care already given, and not of the requested program."""
    if level not in _PROGRAM or re.search(_PROGRAM[level], evidence, re.I):
        return False
    return _course(evidence)


def at_level(facts: Facts, level_of_care: str) -> Facts:
    """Facts read for the requested level: a lower-level course given so far is prior treatment, not the schedule."""
    level = intensity(level_of_care or "")
    moved = [f for f in facts.frequency + facts.duration + facts.care_so_far if lower_level_course(f.evidence, level)]
    if not moved:
        return facts
    known = {f.evidence for f in facts.prior_treatment}
    prior = list(facts.prior_treatment)
    for f in moved:
        if f.evidence not in known:
            known.add(f.evidence)
            prior.append(Finding("care at a lower level so far", f.evidence, f.note_index))
    return replace(facts, frequency=tuple(f for f in facts.frequency if f not in moved),
                   duration=tuple(f for f in facts.duration if f not in moved), prior_treatment=tuple(prior))
