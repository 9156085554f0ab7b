"""Goals: goal sections, inline goal lists, a treatment plan's listed targets (inline, in its items, or in a table's
Goal column), and whether each goal is measurable."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.goal_schedule import schedule_told
from assistant.letters.catalog import catalog
from assistant.letters.facts import Goal
from assistant.letters.patterns import Segment
from assistant.letters.schedule import _INLINE_GOALS, _until_close


# An answer's tag in a question-and-answer record ("Q: Goals on the plan?" / "A: (1) ..."): the answer is the goals.
# (or an arrow under a numbered question: "7. Her goals?" / "-> ..."), then who set them ("Written with Nadia:", "Agreed
# with the family:"), which is no other field
_ANSWER_TAG = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:(?:A|Ans(?:wer)?|Resp(?:onse)?)\s*[:.)]|\u2192|->|=>|\u21d2)\s+", re.I)
_SET_BY = re.compile(r"^(?:written|agreed|set|chosen|made|drafted|developed|decided)(?: on| up)?(?: (?:together|jointly))?"
                     r"(?: (?:with|by) [^:\n]{1,40})?\s*:\s*", re.I)


def _goal_texts(seg: Segment) -> list[str]:
    body = _SET_BY.sub("", _ANSWER_TAG.sub("", seg.text, 1), 1) if seg.kind == "goals" else seg.text
    label = P.LABEL.match(body)
    kind = P.label_kind(label.group(1)) if label else ""
    both = kind == "plan" and bool(re.search(r"\bgoals?\b", label.group(1), re.I))  # "PLAN/GOALS: weekly, 12 sessions; ..."
    # DBT's target hierarchy names the behaviours to treat; its items count as goals only where they set a target
    hierarchy = label if label and re.search(r"\btarget hierarchy\b", label.group(1), re.I) else None
    plan = None if (goals_label := kind == "goals" or both) else P.PLAN_TARGETS.search(body) or hierarchy
    if goals_label:
        body = body[label.end():]
    elif plan:  # "Tx plan (12/15; review 03/15): SRM >= 4.0; MADRS <= 10": a plan that lists its targets (only those count)
        body = body[plan.end():]
    elif seg.kind != "goals":
        inline = _INLINE_GOALS.search(body)
        if inline:  # "...; goals: GAD-7 below 8; 3 job applications a week" - a goal list inside another field
            body = _until_close(body, inline.start(), inline.end())
        else:
            # "My goal for phase 3 is ...", "the target this month is ...": the goal's span named between noun and verb
            m = re.search(r"\b(?:goals?|targets?|objectives?)(?: (?:for|in|during|this|by|over) [\w' -]{1,25}?)? (?:is|are|of|will be|include)\b:?\s*(?:to\s+)?|"
                          r"\b(?:set|agreed on|chose|picked) (?:\w+ )?(?:goals?|targets?)(?: together)?\s*[,:]\s*|"
                          # the client's wants listed after a colon: "What he wants, in his order: to be in the store ..."
                          r"\bwhat (?:she|he|they|I|we|the (?:client|patient|child|family|parents?)) (?:wants?|would like|hopes? for|"
                          r"(?:is|are) (?:aiming|working) (?:for|toward))\b[^:.;\n]{0,30}:\s*(?:to\s+)?", body, re.I)
            if m and _ASPIRATION.search(body[:m.end()]):
                return []  # "Protective: ... future goal of working with horses": a hope of the client's, no treatment goal
            if not m:
                return bare_targets(body) if seg.kind in ("plan", "") else []
            body = P.GOAL_SPLIT.split(body[m.end():])[0]
    parts = []
    for part in (P.NUMBERING.sub("", p).strip(" .") for p in _split_outside_brackets(body)):
        other = P.LABEL.match(part)
        if other and P.label_kind(other.group(1)) != "goals" and not hierarchy:
            break  # "Goals: ... . Next: 3/19" - the next label starts another field (a hierarchy's items carry their own)
        parts.append(part)
    if both:
        parts = [p for p in parts if not P.SCHEDULE_WORDS.search(_AVOIDED.sub("", p)) and not _SCHEDULE_FIRST.match(p)]
    if plan:  # "(PCL-5 < 33 by 12/2025; nightmares <= 2/week; next review 09/03/2025)": the bracket ends the list
        parts = [p.rstrip(") ") if p.count(")") > p.count("(") else p for p in parts]
        parts = [p for p in parts if not _REVIEW.match(p) and not P.SCHEDULE_WORDS.search(_AVOIDED.sub("", _BY_SESSION.sub("", p))) and not _SCHEDULE_FIRST.match(p)]
    return [p for p in parts if len(p) > 3 and p in seg.text and (plan is None or is_measurable(p))]


# A hope for life named among strengths or reasons for living: "future goal of becoming a vet", "career goal is nursing".
_ASPIRATION = re.compile(r"\b(?:future|life|career|college|dream|long-term life)\s+(?:goals?|plans?)\s+(?:is|are|of|will be)\b|"
                         r"\b(?:protective(?: factors)?|strengths?|reasons for living|hopes?)\s*[:\-][^.]*\bgoals?\b", re.I)


# "weekly IPT", "2x/wk ERP": the plan's schedule, listed among its targets
_SCHEDULE_FIRST = re.compile(r"^\W*(?:weekly|bi-?weekly|fortnightly|daily|monthly|every (?:other )?(?:week|day|month)|\d+\s*x\s*/?\s*(?:wk|week)|"
                             r"(?:once|twice|\d+ times) (?:a|per) (?:week|day|month))\s+"
                             r"(?:[A-Za-z-]+\s*){1,3}$|^\W*(?:bi-?)?weekly(?: [A-Za-z]{2,6})?\s*(?:x|\u00d7)\s*\d+\W*$", re.I)  # "weekly x 16"
_BY_SESSION = re.compile(r"\b(?:by|before|until|at) (?:the )?(?:(?:session|visit|review) ?#?\d+|\w+ (?:session|visit|review))\b", re.I)  # a deadline
# Events a goal counts down, which name no schedule: "no ER or hospital visits", "zero missed sessions", "<= 1 ED visit"
_AVOIDED = re.compile(r"\b(?:no|zero|fewer than \d+|at most \d+|under \d+)\s+(?:[\w/-]+\s+){0,3}?(?:visits?|admissions?|"
                      r"sessions?|appointments?)\b|(?:<=?|\u2264)\s*\d+\s+(?:[\w/-]+\s+){0,2}?visits?\b|\bmissed (?:sessions?|appointments?|visits?)\b", re.I)
_REVIEW = re.compile(r"^\W*(?:next |plan )?(?:review|update|re-?eval\w*)\b", re.I)  # a review date is no target


def _split_outside_brackets(body: str) -> list[str]:
    """Goals split at their separators, but not inside a parenthesis ("60-62 kg (his growth curve; 63.0 kg in 01/2025)")."""
    out, start = [], 0
    for m in (P.GOAL_SPLIT_NUMBERED if P.RUN_IN_LIST.match(body) else P.GOAL_SPLIT).finditer(body):
        if body.count("(", 0, m.start()) > body.count(")", 0, m.start()) and ";" in m.group(0):
            continue
        out.append(body[start:m.start()])
        start = m.end()
    return out + [body[start:]]


_ENUMERATOR = re.compile(r"^\s*(?:(?:goal|objective|obj|problem)\s*)?(?:#\s*)?\(?\d{1,2}(?:[.)]\s|\s*[-\u2013\u2014:]\s)", re.I)


def is_measurable(goal: str) -> bool:
    """True when a goal has a countable target or score threshold once time frames are removed."""
    text = re.sub(P.PLACEHOLDER, " ", P.TIMEFRAME.sub(" ", goal))  # "f/u <DATE_8>" is a redacted date, not a target
    text = _ENUMERATOR.sub(" ", text)  # "1 - Improve family communication": the list number is no target
    text = re.sub(r"\b(?:\d-[A-Z]|[A-Z]-\d{1,3})\b", " ", text)  # a name with a digit ("4-H", "K-12", "I-95") is no number
    for hit in reversed(catalog().find(text)):
        text = text[:hit.start] + " " + text[hit.end:]
    # ... or one observable act with its deadline: "Walk to the mailbox alone by session 6" is done or not done by then
    # ("Improve sleep by week 6" names a direction, not an act)
    milestone = _DEADLINE.search(goal) and not _VAGUE.search(goal) and len(goal.split()) >= 5 and not _BLANK.search(goal)
    return bool(P.MEASURABLE.search(text) or milestone)


_BLANK = re.compile(r"_{3,}|\[\s*\]|\bTBD\b|\?{2,}")  # "ICG below ____ by session 16": a target left blank
_DEADLINE = re.compile(r"\bby (?:the end of )?(?:session|visit|week|wk|month|appointment) #?\d{1,2}\b|\bby (?:discharge|<DATE_\d+>|"
                       r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2})?)(?!\w)", re.I)
_VAGUE = re.compile(r"\b(?:improv\w*|reduc\w*|decreas\w*|increas\w*|lessen\w*|feel\w*|better|less|more|fewer|manag\w*|cop(?:e|ing)|"
                    r"understand\w*|learn\w*|develop\w*|build\w*|gain\w*|explor\w*|process\w*|work(?:ing)? (?:on|through)|identif\w*|"
                    r"enhanc\w*|strengthen\w*|maintain\w*|stabili[sz]\w*|address\w*|insight|awareness|health(?:y|ier)|appropriate\w*|"
                    r"try|trying|consider\w*|discuss\w*|express\w*|practic\w*|use|using|skills?|happ\w*|calm\w*|confiden\w*|"
                    r"comfortabl\w*|relax\w*|positive|motivat\w*|safer|stronger)\b|^\W*(?:be|become|stay|remain|seem)\b", re.I)


def find_goals(segs: Sequence[Segment]) -> tuple[Goal, ...]:
    """Goals from goal sections, inline goal lists and "goal is to..." sentences."""
    return tuple(Goal(text, is_measurable(text), text, seg.note_index)
                 for seg in segs if seg.kind not in ("discharge", "prior") for text in _goal_texts(seg)
                 if not _HEADING_ONLY.match(text) and not _NOT_SET_YET.search(_with_lead(seg.text, text))
                 and not _REFERENCE.search(seg.text[:max(0, seg.text.find(text))]) and not _SIGNATURE_LINE.match(text)
                 and not _CARE_ENDS.match(text) and not schedule_told(seg))


# A line of the goal list that says when care ends or steps down is the discharge criterion, no goal: "STEP DOWN TO
# WEEKLY when ...", "Discharge to the alumni group once ...", "Graduates from the program after ...".
_CARE_ENDS = re.compile(r"^\W*(?:step(?:s|ping)?[- ]?down|discharge[ds]?|graduat\w*|transition(?:s|ed)? (?:to|out)|"
                        r"(?:end|close|stop|finish)(?:s)? (?:treatment|therapy|services|care|the case|the program)|move (?:down )?to "
                        r"(?:weekly|biweekly|monthly|maintenance|aftercare))\b[^.;]{0,100}?\b(?:when|once|after|if|as soon as)\b", re.I)


# A signature under the plan ("T. Okafor, LCSW", "<PERSON_3>, PhD (primary therapist)") is who wrote it, not a goal.
_SIGNATURE_LINE = re.compile(r"^\W*(?:(?:electronically )?signed(?: by)?:?\s*)?(?:(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+)?(?:%s|[A-Z][\w.'\u2019-]*"
                             r"(?:\s+[A-Z][\w.'\u2019-]*){0,3})[,\s]+(?:LCSW|LICSW|LMSW|LSW|LPC|LPCC|LCPC|LMHC|LMFT|MFT|PsyD|PhD|Ph\.D\.|MD|DO|"
                             r"APRN|PMHNP|NP|RN|LCADC|LADC|CADC|BCBA|MSW|MA|MS)\b[\w ,./-]{0,20}(?:\([^()]{0,40}\))?\W*$" % P.PLACEHOLDER)


# A lab's or a device's reference target beside its value ("CV 41.8 % (target <=36 %)", "A1c 9.6% (goal < 7%)") is the
# report's range, not a treatment goal.
# ... and so is a work or production report's own target ("Finished audio: 9.5 min (target 40 min)", "42 units (goal 60)").
_REFERENCE = re.compile(r"\d(?:\.\d+)?\s*(?:%|mg/dL|mmol/L|mmHg|kg|lbs?|bpm|ng/mL|[a-z]{1,10})?\s*\(\s*(?:target|goal|ref\w*|normal|quota)\W*$", re.I)


def _with_lead(sentence: str, goal: str) -> str:
    """The goal with the words that introduce it ("goals will be set ...")."""
    at = sentence.find(goal)
    return sentence[max(0, at - 25):at + len(goal)] if at >= 0 else goal


# Goals still to be written are no goals: "Formal goals to be finalized in the IOP treatment plan within 72 hours".
_NOT_SET_YET = re.compile(r"\b(?:to be|will be|yet to be|not yet|still to be) (?:finali[sz]ed|set|written|determined|developed|established|"
                          r"completed|agreed|defined|identified)\b|\bgoals?\b[^.;]{0,20}\b(?:TBD|pending)\b|^\W*(?:TBD|pending|to follow)\b", re.I)


# A line that only introduces the goals below it ("Suggested treatment targets:"), or a verdict on them, is no goal.
_HEADING_ONLY = re.compile(r"^\W*(?:[A-Za-z][\w/&-]*\s+){0,4}(?:goals?|targets?|objectives?|aims?)\s*(?:\([^)]*\))?\s*:\s*$|"
                           r"^\W*(?:not |un)?(?:measurable|clear|specific|vague|realistic|documented)\W*$", re.I)  # or a verdict on them


# A target stated bare in a plan, with no word "goal": a score threshold with its deadline ("PHQ-9 < 15 by 12/01/2026",
# "GAD-7 under 8 within 12 weeks"). The instrument opens the clause; a threshold alone ("PHQ-9 < 10") is no target.
_BARE_TARGET = re.compile(r"(?:<=?|\u2264|\bunder\b|\bbelow\b|\bless than\b|\bat or below\b)\s*\d{1,3}(?:\.\d+)?\s+"
                          r"(?:by|before|within)\s+(?:<DATE_\d+>|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d+\s*(?:weeks?|months?)|discharge|"
                          r"the end of \w+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)", re.I)


def bare_targets(body: str) -> list[str]:
    out = []
    for clause in re.split(r";\s*|(?<=[.!?])\s+", body):
        clause = clause.strip(" .")
        hits = catalog().find(clause)
        if hits and hits[0].start <= 2 and _BARE_TARGET.search(clause, hits[0].end):
            out.append(clause)
    return out
