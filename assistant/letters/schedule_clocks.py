"""Clocks that are not the treatment's length: a deadline, time since an event, a review's own period, the taper
after a step-down, how long something in the past lasted, how long an attempt was planned."""
from __future__ import annotations

import re

from assistant.letters import patterns as P


_DEADLINE_BEFORE = re.compile(r"\b(?:due|deadline|appeal\w*|file[ds]?|filing|submit\w*(?! for\b)|respond\w*|decision|decide[ds]?|notice|"
                              r"reply|turnaround|review(?:ed)? (?:by|within)|review(?: date)?(?=\s*[:\-])|"  # "POSC review date: <DATE> (90 days)"
                              r"auth\w*(?: period)? (?:runs|expires|ends|is good|is valid|lasts)|"  # the payer's approval, not the plan
                              # a lab's or a test's timing: "Li level + BMP in 3 mo", "recheck TSH in 6 weeks"
                              r"levels?|labs?|BMP|CMP|CBC|TSH|A1c|lipids?|EKG|ECG|blood ?work|draws?|re-?check|re-?assess\w*|re-?evaluat\w*|"
                              # how long a wait is: "IOP waitlist ~5 wks", "next opening in 3 weeks", "backlog of 6 weeks"
                              r"wait\s*-?list\w*|wait(?:ing)?|backlog|next (?:opening|available|slot|intake)|"
                              # when the next visit is, not how long care lasts: "Recall 3 mo", "see back in 4 weeks", "RTC 6 wks"
                              r"recall|RTC|return to clinic|return visit|see (?:again|back)|next (?:visit|appt|appointment|check-?up)|"
                              # a leave from work: "Continuous incapacity: from ... through ...", "off work until ..."
                              r"incapacit\w*|FMLA|off work|out of work|return to work|leave of absence|medical leave|"
                              # how long someone stays with the client: "mother arriving tonight and will stay with her two weeks"
                              r"stay(?:s|ing)? with (?:her|him|them|the client)|visit(?:s|ing)? (?:her|him|them))\b[^.;]{0,40}$", re.I)


# A time limit on something to get done: "obtain a substance use evaluation within 30 days", "call within 7 days".
_TO_DO_BEFORE = re.compile(r"\b(?:obtain\w*|get|complete\w*|schedul\w*|submit\w*|enroll\w*|register\w*|contact\w*|call|report|"
                           r"provide\w*|return\w*|file|send)\b[^.;]{0,40}$", re.I)


_CARE_WORD = re.compile(r"\b(?:protocol|program|course|treatment|therapy|psychotherapy|sessions?|IOP|PHP|CBT|DBT|ERP|EMDR|CPT|PE|"
                        r"module|curriculum|workbook)\b", re.I)  # "complete the protocol within 16 weeks": the plan's own length


# The taper after a step-down is not the plan's length: "-> every other week x 2, then close", "then biweekly x 4".
_AFTER_STEP_DOWN = re.compile(r"(?:->|\u2192|\bthen\b|\bstep(?:s|ped|ping)? down to\b|\btaper(?:ing)? to\b)[^;.]{0,30}$", re.I)


def _after_step_down(before: str) -> bool:
    """The span follows a step-down: an arrow or "step down to", or "then" with a new schedule after it ("then
    biweekly x 4"); "in the office and then at the mall, about 12 sessions" is one plan told in order."""
    m = _AFTER_STEP_DOWN.search(before)
    return bool(m) and (not m.group(0).lower().startswith("then") or P.FREQUENCY.search(m.group(0)) is not None)
# A review's or report's own period: "MASTER TREATMENT PLAN REVIEW - 30 DAY", "the 30-day review", "90-day recert".
_REVIEW_PERIOD = re.compile(r"\b(?:review|report|summary|update|recert\w*|reassessment)\W{1,4}$", re.I)
_REVIEW_AFTER = re.compile(r"[\s-]+(?:(?:plan|treatment|team|progress|case|concurrent|utili[sz]ation)\s+){0,2}(?:review|report|summary|update|recert\w*|reassessment)\b", re.I)


# "within 7 wks of finishing PHP", "2 weeks after discharge": time since an event, not how long care will last.
_SINCE_EVENT = re.compile(r"\s+(?:of|after|since|from)\s+(?:finishing|discharge|leaving|completing|starting|stopping|admission|the (?:last|"
                          r"previous|prior)|(?:his|her|their|the) (?:discharge|last|previous|prior))\b", re.I)


# A span that something in the past lasted: "nothing replaced it for 5 weeks", "she stayed home for 3 weeks".
_PAST_SPAN = re.compile(r"\b(?!(?:planned|scheduled|requested|authori[sz]ed|approved|extended|continued|recommended|prescribed|"
                        r"needed|expected|anticipated|estimated|projected|proposed|intended|renewed)\b)(?:\w{3,}ed|was|were|went|"
                        r"took|lasted|had|kept|stayed|stopped)(?: (?:it|him|her|them|on|off|out|up|away|there|home|inside))?\s*$", re.I)


# How long the client planned an attempt: "Planned for about a week: bought the pills", "planned the overdose for 3 days".
_PLANNED_HARM = re.compile(r"\b(?:planned|planning|plotted|thought about it|been thinking about it)\b[^.;]{0,20}$", re.I)
_HARM = re.compile(r"\b(?:pills?|overdos\w*|attempt\w*|suicid\w*|kill (?:him|her|them)sel(?:f|ves)|end (?:it|(?:his|her|their) life)|"
                   r"goodbye|stockpil\w*|noose|hang\w*|firearm|gun)\b", re.I)


def another_clock(text: str, m: re.Match[str]) -> bool:
    """The span at m times something other than the treatment: a deadline ("appeal within 60 days"), time since an
    event, a review's own period ("30-DAY REVIEW"), or the taper after a step-down ("-> every other week x 2")."""
    before = text[max(0, m.start() - 40):m.start()].split(")")[-1]  # "(review due 11/20): weekly, 12 more sessions"
    counted = re.search(r"sessions?|visits?", m.group(0), re.I)  # "8-10 sessions after discharge": the plan after an event
    return bool(_DEADLINE_BEFORE.search(before) or not counted and _SINCE_EVENT.match(text, m.end())
                or m.group(0).lower().startswith("for ") and _PAST_SPAN.search(text, 0, m.start())
                or _PLANNED_HARM.search(text, max(0, m.start() - 30), m.start()) and _HARM.search(P.clause_of(text, m.start(), ";"))
                or m.group(0).lower().startswith("within") and _TO_DO_BEFORE.search(before) and not _CARE_WORD.search(before)
                or _REVIEW_PERIOD.search(text, 0, m.start()) or _REVIEW_AFTER.match(text, m.end()) or _after_step_down(text[:m.start()]))
