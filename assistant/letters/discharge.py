"""Discharge and step-down criteria: conditions for leaving this level of care; a past discharge, a deferred plan, a
legend, a payer's own criteria or a fixed taper with no condition are none."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.qa_record import answer_body
from assistant.letters.facts import NOTE_TO_SELF as FACT_NOTE_TO_SELF, Finding, finding, first_per_text, labelled
from assistant.letters.patterns import Segment

# The payer's words quoted in a note: "Rationale as read to us: 'member is not at imminent risk'" is their finding.
_PAYER_SAYS = re.compile(r"\b(?:rationale|reviewer|denial|determination|peer[- ]to[- ]peer|UM nurse|utilization review|"
                         r"the (?:plan|payer|insurer) (?:said|says|wrote|states?))\b", re.I)


_NO_CRITERIA = re.compile(r"\b(?:can['\u2019]?t|cannot|can not|could not|couldn['\u2019]t|won['\u2019]t|unable to|no|without|lacks?|lacking|"
                          r"missing|never)\s+(?:\w+\s+){0,2}?(?:discharge|step[- ]?down|transition|termination) (?:criteria|plan|goals?)\b", re.I)


# A condition that is the leaving itself ("who will resume weekly sessions when she leaves") says what follows the stay,
# and one that is the level of care itself ("may discharge sooner once he no longer requires hospitalization") is circular:
# neither says what has to change before discharge.
_LEAVING = re.compile(r"\b(?:when|once|after|upon|as soon as)\s+(?:she|he|they|the (?:client|patient|resident|youth)|client|pt|patient)\s+"
                      r"(?:leaves|goes home|gets out|returns home|comes home|is (?:discharged|released)|discharges)\b|"
                      r"(?:\b(?:when|once|if|upon|after|until)\b(?:\s+\S+){0,6}?\s+)?\bno longer (?:requires?|needs?|meets? (?:the )?criteria for|qualif\w+ for)\s+(?:\w+\s+){0,2}?(?:hospitali[sz]ation|"
                      r"inpatient|residential|(?:this|the current|that) level of care|(?:acute|inpatient|residential|\w+) (?:care|treatment))\b", re.I)


# A step-down argued against: "dropping him back to weekly now ... is going back to what already failed"
_ARGUED_AGAINST = re.compile(r"\b(?:(?:what|which) (?:already |has )?failed|already failed|(?:is|was) what failed|is (?:going|a step) back to|"
                             r"would (?:put|send|set) (?:him|her|them) back|(?:is|would be) premature|too soon)\b", re.I)


_CONDITION_FIRST = re.compile(r"^\W*(?:when|once|if|after|as soon as|upon)\b(?=.*\s)", re.I)
_FIXED_TAPER = re.compile(r"\btaper(?:ed|ing)?\b", re.I)
_A_CONDITION = re.compile(r"\b(?:when|once|if|until|unless|below|under|criteria|ready|stable|remission)\b|[<\u2264]", re.I)


def _also_discharge(label: str) -> bool:
    """A goals label whose later part names discharge: "Goals / graduation (standard PCIT)", "Goals & discharge"."""
    parts = re.split(r"\s*(?:[/&+]|\band\b)\s*", re.sub(r"\s*\([^()]*\)", "", label).strip().lower())
    return any(P.DISCHARGE_LABEL.search(p) for p in parts[1:]) or bool(_BEFORE_FINISH.search(label))


# a goal told as what must be true before care ends: "What I am aiming for before we finish"
_BEFORE_FINISH = re.compile(r"\bbefore (?:we|you|she|he|they|I) (?:finish|end|close|wrap up|stop|are done|discharge)\b|"
                            r"\b(?:in order )?to (?:finish|graduate|close out)\b", re.I)


def find_discharge_criteria(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Conditions for discharge, step-down or transition; a past discharge is not a criterion."""
    out = []
    for seg in segs:
        seg = replace(seg, text=answer_body(seg.text))  # "WE SAY: To IOP when ...": the answer's tag is no label
        label = P.LABEL.match(seg.text)
        # "When goals are met: drop to weekly, then close": a condition with a colon is no label, it is the criterion's start
        body = seg.text[label.end():] if label and not _CONDITION_FIRST.match(label.group(1)) else seg.text
        # "Discharge/step-down:", and a label in two languages ("Criterii de încheiere / When we stop:"): any part names it
        labelled = seg.kind == "discharge" and (label is None or any(P.DISCHARGE_LABEL.search(p) for p in re.split(r"\s*[/&]\s*", label.group(1).strip().lower())))
        # "Goals / graduation (standard PCIT): ...": goals that are also the criteria for finishing
        labelled = labelled or seg.kind == "goals" and label is not None and _also_discharge(label.group(1))
        if re.match(r"^\W*(?:\[\s?\]|\u2610)", seg.text) or seg.kind == "legend":
            continue  # "[ ] Discharge / step-down criteria": a checklist item not done yet
        for clause in re.split(r";\s*", body):
            if labelled and P.DEFERRED.search(clause):
                break  # "criteria: NOT WRITTEN YET - team meeting Thursday; do not promise a date": the rest is about the gap
            if P.DISCHARGE_PAST.search(clause) or seg.kind == "prior" or P.DECISION_RECORD.search(clause) or P.DEFERRED.search(clause) or \
                    (P.VAGUE_END.search(clause) and not re.search(r"\d", clause)) or seg.kind != "discharge" and P.DISCHARGE_AS_TIME.search(clause) or P.ABSENT_VERDICT.search(clause):
                continue
            # ... or a label that ends by asking for the conditions: "Step-down to PHP when:", "Discharge once:"
            named = labelled and label is not None and re.search(r"criteri|requirements|conditions|^completion$|^graduation$|\b(?:when|once|if|after)$",
                                                                 label.group(1).strip(), re.I) \
                and not re.search(FACT_NOTE_TO_SELF, clause, re.I) and not _PAYER_SAYS.search(label.group(1))
            # "Transition criteria (team): ...", not "[TODO - ask Dr. X]" nor "The reviewer read me their step-down criteria: ..."
            if not labelled and _NO_CRITERIA.search(clause) or _FIXED_TAPER.search(clause) and not _A_CONDITION.search(clause):
                continue
            if _LEAVING.search(clause) and not P.DISCHARGE_COND.search(_LEAVING.sub(" ", clause)) or not labelled and _ARGUED_AGAINST.search(clause):
                continue  # the leaving or the level itself as the condition; a step-down argued against ("what already failed")  # "no step-down plan yet"; "then 6 taper sessions over 3 weeks": a fixed course, no condition
            if (labelled and (P.DISCHARGE_COND.search(clause) or (named and len(clause.split()) >= 4))) or \
                    (P.DISCHARGE_WORD.search(clause) and P.DISCHARGE_COND.search(clause)):
                out.append(finding(seg, clause))
    return first_per_text(iter(out))
