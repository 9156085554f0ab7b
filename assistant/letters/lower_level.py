"""Why a less intensive level of care is not enough: a "Why IOP" field, a level and an insufficiency in one sentence,
or a story told over two sentences in a row; a bare claim with no reason ("Weekly sessions are not enough.") is not
a rationale a reviewer can weigh."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Finding, finding, first_per_text, labelled
from assistant.letters.patterns import Segment


# "Level of care: Mental Health Intensive Outpatient (IOP)": a field that names the level gives no reason for it.
_LEVEL_NAMED = re.compile(r"^\W*(?:requested |current |proposed )?(?:level of care|LOC)\s*(?:requested)?\s*[:\-]", re.I)


# A level's staff named by their role: "IOP psychiatrist", "the outpatient therapist", "PHP nurse".
_STAFF_AFTER = re.compile(r"[ \t]+(?:psychiatrist|therapist|nurse|staff|team|counsel\w*|coordinator|director|prescriber|doctor|"
                          r"physician|case manager|clinician|provider)s?\b", re.I)


_FILLER = re.compile(r"^(?:is|are|was|were|be|been|the|a|an|she|he|they|her|his|their|it|this|that|not|just|simply|clearly|"
                     r"currently|now|still|alone|anymore|any|more|longer|enough|sufficient|adequate|client|pt|patient|member|"
                     r"needs?|requires?|and|or|of|for|to|at|level|care|treatment|services?|sessions?|therapy)$", re.I)


def _bare_claim(text: str, level: re.Match, insuff: re.Match) -> bool:
    """Level and insufficiency words and nothing else: no reason, no symptom, no event, no count."""
    label = P.LABEL.match(text)
    rest = text[label.end() if label else 0:]
    for m in sorted((level, insuff), key=lambda x: -x.start()):
        at = m.start() - (label.end() if label else 0)
        if at >= 0:
            rest = rest[:at] + " " + rest[at + len(m.group(0)):]
    return not re.search(r"\d", rest) and sum(not _FILLER.match(w) for w in re.findall(r"[A-Za-z']+", rest)) < 1


def find_lower_level_rationale(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Why less intensive care is not enough: a "Why IOP" label, level + insufficiency words in one sentence, or a story told over two sentences in a row."""
    out, prev = [], None
    for seg in (s for s in segs if s.kind not in ("goals", "discharge") and not P.STEP_DOWN_WHEN.search(s.text)):
        level = P.LEVEL_WORD.search(seg.text) or P.LEVEL_STORY.search(seg.text)
        if P.DECISION_RECORD.search(seg.text[:level.start()] if level else seg.text):  # "Stated reason: ... weekly therapy
            prev = None  # cannot meet ...": the payer's words, not the clinician's
            continue
        if level and P.NEVER_TRIED.search(seg.text[max(0, level.start() - 25):level.start()]):
            level = None  # "No outpatient therapy before DBT": a lower level never tried has not failed
        if level and seg.text[:level.start()].rstrip().endswith("(") and _STAFF_AFTER.match(seg.text, level.end()):
            level = None  # "naltrexone 50 mg daily (IOP psychiatrist)": who prescribes, not a level of care tried
        insuff = P.INSUFFICIENT.search(seg.text) or P.FAILED_STORY.search(seg.text)
        if insuff and insuff.group(0).lower() == "tried" and P.LEFT_FOR_LIFE.search(seg.text):
            insuff = None  # "tried outpatient DBT, dropped out when she moved": left for a reason that says nothing of the care
        if level and insuff and _bare_claim(seg.text, level, insuff):
            insuff = None  # "Weekly sessions are not enough.": a claim with no reason a reviewer can weigh
        out += [f for f in labelled(seg, "loc", 3) if not _LEVEL_NAMED.match(seg.text)] + ([finding(seg, "%s / %s" % (level.group(0), insuff.group(0)))] if level and insuff else [])
        if insuff and not level and prev is not None and prev[0].note_index == seg.note_index and prev[1] and not prev[2]:
            out += [finding(prev[0], "%s (then)" % prev[1].group(0)), finding(seg, "(then) %s" % insuff.group(0))]
        prev = (seg, level, insuff)
    return first_per_text(iter(out))
