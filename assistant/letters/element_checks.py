"""Each element's own check on one sentence: the ingredients a sentence must have to be evidence for it.

These checks are necessary conditions, looser than the finders in elements.py (which need a known phrase). On
their own they would over-accept; they decide only on sentences the semantic signal proposes (semantic.py), so a
verdict of met always rests on a quoted sentence that names the element's ingredients.
"""
from __future__ import annotations

import re
from typing import Callable

from assistant.letters import patterns as P
from assistant.letters.pronouns import relative_subject
from assistant.letters.schedule import UNDETERMINED, another_clock, goal_zones, not_a_plan_span, not_enough
from assistant.letters.facts import Finding, Impairment, finding
from assistant.letters.patterns import Segment
from assistant.letters.patterns.prose import _ROLES

_ROLE = {domain: re.compile(r"\b(?:%s)\b" % words, re.I) for domain, words in _ROLES.items()}
_LIMIT = re.compile(r"\b(?:not|never|stopped|quit|avoid\w*|skip\w*|miss\w*|lost|loses|can't|cannot|unable|barely|rarely|trouble|"
                    r"difficult\w*|struggl\w*|hard to|afraid|refus\w*|fights?|fighting|argu\w*|conflicts?|late|behind|warn\w*|"
                    r"dropped|fail\w*|piles? up|pil(?:ed|ing) up|no longer|no (?:one|friends|contact)|"
                    # school functioning told as what happens: "out of his seat 10 times an hour", "picked up early"
                    r"redirect\w*|out of (?:his|her|their) seat|picked up early|sent home|absen(?:t|ces?)|tard(?:y|ies)|"
                    r"detentions?|suspen(?:ded|sions?)|cried|crying|tantrums?|meltdowns?|"
                    # a role given up or fled: "removed from class", "gave away 2 shifts", "left his cart and went home"
                    r"removed from|pulled (?:out )?(?:of|from)|sent (?:out of|to the office)|(?:trad|gav|giv)\w* away|swapp(?:ed|ing)|"
                    r"walk(?:ed|s|ing)? out|left (?:early|(?:his|her|their|the) \w+ and went home)|went (?:back )?home early)\b", re.I)
_PAST_VERB = re.compile(r"\b(?:had|was|were|went|saw|attended|tried|completed|left|received|did|spent|stopped going|dropped out|"
                        r"used to (?:see|go|attend))\b", re.I)
_IN_SESSION = re.compile(r"\b(?:in the room|in[- ]session|during (?:the |this |today'?s )?session|this session|at (?:this|today'?s) "
                         r"(?:visit|session)|with (?:me|this writer))\b", re.I)
_ATTENDED_FOR = re.compile(r"\b(?:went to|attended|saw|was in|joined|tried)\b[^.;]{0,60}\bfor (?:about |around |nearly )?(?:a few|several|a|\d+|"
                           r"one|two|three|four|five|six) (?:weeks?|months?|years?|sessions|visits)\b", re.I)
_ATTENDANCE = re.compile(r"\b(?:attended|attends|made|missed|came to)\s+(?:\d+|all|every)\s+(?:of|out of)\s+(?:the\s+)?\d*\s*(?:program |group |scheduled |IOP |PHP )?"
                         r"(?:days|sessions|groups|visits|appointments)\b", re.I)
_ENDED = re.compile(r"\b(?:discharged|dropped out|left|quit|stopped|ended|terminated)\b", re.I)
_FREQUENCY = re.compile(r"\bevery (?:\w+ )?(?:week|day|month|other \w+)\b|\b(?:\d+|one|two|three|four|five) (?:times|sessions|days|"
                        r"mornings|afternoons|evenings|visits) (?:a|per|each) (?:week|month)\b", re.I)
_DURATION = re.compile(r"\b(?:through|until) (?:the end of (?:the )?\w+|%s|\d{1,2}/(?:19|20)\d\d\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|"
                       r"sep|oct|nov|dec)\w*)|\bfor (?:the next |another |roughly |about )?(?:a |one |two |three |four |five |six |\d+ )?"
                       r"(?:half (?:a )?year|weeks?|months?|sessions?)\b" % P.PLACEHOLDER, re.I)
_METHOD = re.compile(r"\b(?:[A-Za-z-]+ ){0,2}(?:therapy|treatment|training|protocol|model|approach|coaching|interviewing|exposure|"
                     r"restructuring|activation|psychoeducation|skills|mindfulness|relaxation|grounding|chain analysis|diary cards?|"
                     r"thought records?|role[- ]?play\w*|hierarchy|praise|planned ignoring|dialogues?|narrative work)\b", re.I)
_NOT_METHOD = re.compile(r"treatment (?:plan|history|team|goals?)|level of care|\bprior\b|\bprevious\b", re.I)
# Therapy named only by what it is for or where it goes, or by its format: "Hopes for therapy", "came to therapy",
# "individual therapy weekly", "response to treatment" (no approach).
_NO_APPROACH = re.compile(r"^(?:.*\b(?:for|to|in|into|about|from|of|after|before|with|at|toward|towards|says|said|thinks|thought|feels|felt|"
                          r"hated|hates|liked|likes|loved|loves|wants|wanted|calls|called|tells|told)|(?:[A-Za-z-]+ )?(?:individual|group|"
                          r"outpatient|weekly|ongoing|more|the|her|his|their|this|that|any|some|continued|further))\s+(?:therapy|treatment)$", re.I)
# A change against a reference point: "now", "compared with", "unlike at intake", "no longer", "back to", "down to".
_CHANGE = re.compile(r"\b(?:now|compared|than (?:before|at|in|last|when)|vs\.?|unlike|used to|fewer|improv\w*|better|back (?:to|at|in)|"
                     r"for the first time|(?<!\bcan )(?<!\bcould )no longer|decreased|reduced|lifted|down to|up to|rejoined|resumed|since (?:starting|treatment|"
                     r"intake|admission|we (?:began|started)))\b|" + P.PROPORTION_CHANGE, re.I)
_NOW_LABEL = re.compile(r"^\W*(?:now|currently|current|today|presently|at present)\s*[:\u2013\u2014-]\s*", re.I)
_NEED = re.compile(r"\b(?:not enough|insufficient|did not|didn't|could not|couldn't|can't|cannot|unable|failed|tried|relaps\w*|"
                   r"worse\w*|again|back (?:in|to)(?! (?:work|school|class|college|his job|her job|their jobs?|normal|the office)\b)|needs? (?:more|the|daily|a)|requires?|structure|supervis\w*|24-hour|"
                   r"around the clock|within (?:a |two |\d+ )?(?:days?|weeks?|months?)|no (?:\w+ ){0,2}(?:program|IOP|PHP))\b", re.I)
_NOT_NOW = ("goals", "discharge", "plan")
_PREFERS = re.compile(r"\b(?:prefers?|preferred|would rather|wants?|wanted|chose|chooses|asked for|likes?)\s+(?:to\s+(?:do|attend|try|start|go to)\s+)?(?:the\s+|an?\s+)?$", re.I)


def _prior(seg: Segment) -> list[Finding]:
    if seg.kind in _NOT_NOW or P.CURRENT_CARE.search(seg.text) or P.PRIOR_EXCLUDE.search(seg.text) or _IN_SESSION.search(seg.text) \
            or relative_subject(seg.text):
        return []  # "Steps 1-2 were done with the therapist in the room": this treatment, not earlier care
    if _ATTENDANCE.search(seg.text) and not P.PAST_TIME.search(seg.text) and not _ENDED.search(seg.text):
        return []  # "Attended 11 of 12 program days": this program's attendance, not earlier care
    care = P.CARE_WORD.search(seg.text) or _ATTENDED_FOR.search(seg.text)
    if care and re.search(r"\(\s*(?:the |her |his |their )?$", seg.text[max(0, care.start() - 8):care.start()]) \
            and seg.text[care.end():care.end() + 2].lstrip().startswith(")"):
        return []  # "Reporter: mandated reporter (therapist)": a person's role in a bracket, not care received
    past = P.PAST_TIME.search(seg.text) or _PAST_VERB.search(seg.text)
    if care and P.OTHER_TREATMENT_OWNER.search(seg.text[max(0, care.start() - 70):care.start()]):
        return []  # "My dad went through rehab twice": a relative's care
    found = finding(seg, care.group(0)) if care and past else None
    return [found] if found and not unknown_history(found) else []


def _impairment(seg: Segment) -> list[Impairment]:
    if seg.kind in _NOT_NOW + ("meds", "measures", "dx", "loc", "risk", "family", "prior") or P.PROGRESS_BLOCK.search(seg.text):
        return []  # a line about earlier care ("stopped (schedule conflict)") is history, not today's impairment
    if P.GRID_ROW.match(seg.text):
        return []  # a grid's or a questionnaire's item row ("Item 44 (work violence): 0 Never") is a rating, no event
    if _prior(seg):
        return []  # "he saw a play therapist for six months and it ended when the grant ran out": earlier care
    limit = _LIMIT.search(seg.text)
    if not limit or P.negated(seg.text, limit.start()) and limit.group(0).lower() != "no longer":
        return []
    for domain, rx in _ROLE.items():
        role = rx.search(seg.text)
        if role:
            return [Impairment(domain, role.group(0), seg.text, seg.note_index)]
    return []


def _planned(seg: Segment) -> bool:
    if P.DECISION_RECORD.search(seg.text) or P.STEP_DOWN_WHEN.search(seg.text):
        return False  # the payer's decision, or the schedule of a later step-down
    text = P.BENEFIT_OR_USED.sub(" ", seg.text)
    return seg.kind == "plan" or bool(P.PLAN_WORDS.search(text) or P.PLAN_CUE.search(text)) and not P.PAST_CUE.search(seg.text)


def _frequency(seg: Segment) -> list[Finding]:
    m = P.FREQUENCY.search(seg.text) or P.WEEKDAY_SCHEDULE.search(seg.text) or _FREQUENCY.search(seg.text)
    return [finding(seg, m.group(0))] if m and _planned(seg) and seg.kind not in ("goals", "prior") and not not_enough(seg.text, m) else []


_COUNTED = re.compile(r"\d+(?:\s*[-\u2013]\s*\d+)?\s+(?:[\w-]+\s+){0,3}(?:sessions?|visits?)\b", re.I)


def _duration(seg: Segment) -> list[Finding]:
    if not _planned(seg) or seg.kind in ("goals", "prior") or P.SUSTAIN.search(seg.text):
        return []
    zones = goal_zones(seg)  # "toward a goal of no self-harm for 8 weeks", "goals - PHQ-9 below 15 in 8 weeks": the goal's time frame
    for rx in (P.DURATION, P.DURATION_WORDS, _DURATION):
        for m in rx.finditer(seg.text):
            if not_a_plan_span(seg.text, m.start(), zones) or UNDETERMINED.match(seg.text, m.end()) or another_clock(seg.text, m):
                continue
            if _COUNTED.match(m.group(0)) and seg.kind != "plan" and not P.PLAN_CUE.search(seg.text[max(0, m.start() - 40):m.start()]):
                continue  # "Assessment: 11 sessions of outpatient FBT ...": sessions held so far, not the plan's length
            return [finding(seg, m.group(0))]
    return []


def _modality(seg: Segment) -> list[Finding]:
    if seg.kind in ("prior", "goals", "discharge") or P.PAST_MODALITY.search(seg.text):
        return []
    m = next((m for m in _METHOD.finditer(seg.text) if not _NOT_METHOD.search(seg.text[m.start():m.end() + 8]) and not _NO_APPROACH.match(m.group(0))
              and not P.unticked(seg.text, m.start()) and not seg.text[m.end():m.end() + 1] == ":"), None)
    # "[ ] Psychoeducation": an option left unticked; "Approach:" is a field's name
    return [finding(seg, m.group(0))] if m else []


def _progress(seg: Segment) -> list[Finding]:
    if seg.kind in _NOT_NOW + ("prior", "dx", "meds", "loc") or P.PROGRESS_BLOCK.search(seg.text):
        return []
    text = _NO_CONTRAST.sub(" ", _NOW_LABEL.sub("", seg.text))  # "Now: low mood most days" is a field of the picture today, no change
    m = _CHANGE.search(text)
    return [finding(seg, m.group(0))] if m else []


# "For now", "until now": a stay or an arrangement for the time being, no change. "She used to garden every morning"
# with nothing said of today is the life before the illness (what was lost), no change since care began.
_NO_CONTRAST = re.compile(r"\b(?:for (?:right )?now|(?:up )?(?:until|till|til) now|just now|as of now|by now)\b|"
                          r"\bused to\b(?![^.!?]*\b(?:now|these days|nowadays|today|this (?:week|month)|anymore|any more|since (?:starting|treatment|intake|admission)))", re.I)


def _lower_level(seg: Segment) -> list[Finding]:
    if seg.kind in ("goals", "discharge") or P.STEP_DOWN_WHEN.search(seg.text):
        return []
    level = P.LEVEL_WORD.search(seg.text) or P.LEVEL_STORY.search(seg.text)
    if level and P.NEVER_TRIED.search(seg.text[max(0, level.start() - 25):level.start()]) or P.DECISION_RECORD.search(seg.text):
        return []  # never tried, or the payer's own words ("Stated reason: ... weekly therapy cannot meet ...")  # "No outpatient therapy before DBT": a lower level never tried has not failed
    need = _NEED.search(seg.text)
    if level and _PREFERS.search(seg.text[max(0, level.start() - 40):level.start()]):
        return []  # "client prefers IOP so he can get back to work": the client's wish, no clinical reason
    return [finding(seg, "%s / %s" % (level.group(0), need.group(0)))] if level and need else []


def unknown_history(f: Finding) -> bool:
    """A history finding whose clauses all say the history is not known or not here."""
    at = max(0, f.evidence.find(f.text))
    if _HEARD_OF.search(f.evidence) and _UNCONFIRMED.search(f.evidence):
        return True  # "none per client; his sister thinks he saw someone in college, no records found": not known either way
    return all(_HISTORY_UNKNOWN.search(P.clause_of(f.evidence, at + i, ";")) for i in (0, len(f.text) - 1))


# Someone else's memory of care that nobody could confirm turns a "none" into an unknown.
_KIN = r"(?:mother|father|mom|dad|brother|sister|wife|husband|partner|parents?|son|daughter|aunt|uncle|cousin|grand\w+|friend)"
_HEARD_OF = re.compile(r"\b(?:thinks?|believes?|recalls?|remembers?|suspects?|mentioned|mentions|hints?|heard)\b(?:(?!\b%s\b)[^.;]){0,60}?"
                       r"\b(?:saw|seen|see|talked|talking|went|was in|had|got|getting|counsell?ing|counsell?or|therapy|therapist|treatment|"
                       r"psychiatrist|hospital|program|rehab)\b|"
                       r"\b(?:may|might) have (?:seen|had|talked|been|gone)\b|\bpossibly (?:saw|had|seen)\b" % _KIN, re.I)
_UNCONFIRMED = re.compile(r"\bno (?:details|records?|documentation|dates?)\b(?! of (?:any )?(?:prior|past|previous))|\b(?:not sure|unsure|uncertain|"
                          r"(?:does not|doesn't|do not|don't|can't|cannot) (?:know|remember|recall))\b|"
                          r"\brecords? (?:were |was )?(?:not|never) (?:found|located|obtained|available)\b|"
                          r"\b(?:unable to|could not|couldn't|can't|cannot) (?:confirm|verify|find|locate)\b|\bun(?:verified|confirmed)\b|"
                          # the client says it was something else: "that was about a failing grade, not this"
                          r"\bwas (?:only |just )?(?:about|for|over) (?:a|an|his|her|their|the)\b[^.;]{0,40}\bnot (?:this|that|therapy|counsel\w*)\b", re.I)


# A history not yet taken or not known is no history: "I didn't get to past psychiatric history today", "Mom isn't sure
# - she thinks the school might have had him see someone", "Dr. K will get his prior treatment history".
_HISTORY_UNKNOWN = re.compile(r"\b(?:didn't|did not|couldn't|could not) (?:get to|obtain|ask about|cover)\b|\b(?:isn't|is not|wasn't|was not) sure\b|"
                              r"\basked\b[^.]{0,80}?\b(?:changed the subject|(?:would not|wouldn't|did not|didn't|declined to) (?:say|answer|discuss))|"
                              r"\b(?:not |un)sure (?:if|whether|about (?:any|prior|past))\b(?! (?:that|this|it) (?:matters|is relevant|counts|helps|is important))|\bmight have (?:had|been|seen|gone)|\bwill (?:get|ask about|obtain|gather|request|clarify)\b"
                              r"[^.;]{0,30}\b(?:history|prior|past|previous)|\b(?:history|hx)\b[^.;]{0,20}\b(?:not|wasn't|was not) "
                              r"(?:yet )?(?:obtained|taken|gathered|completed|available)|\bnot yet (?:obtained|gathered|taken|known)\b|"
                              r"\bto be (?:obtained|gathered|determined)\b|\bunknown\b|"
                              # an unsure answer: "mom not sure -- 'maybe the shelter had someone?'", "pt unsure."
                              # a to-do that only names whom to ask: "Will ask the school counselor."
                              r"^\W*(?:will|to|need to|plan to) (?:ask|check with|call|contact|follow up with|get (?:records|history) from)\b|"
                              r"\b(?:not sure|unsure|doesn't know|does not know|don't know|can't recall|cannot recall|can't remember)(?=\s*(?:[-\u2013\u2014:;,.(]|$))|(?<!\()\brecords? (?:have been |were |was |now )?(?:requested|pending)\b|"  # "(records requested)": an aside
                              # records pointed to but not here, or a history the client would not give
                              r"\bnot (?:yet )?(?:received|available|attached|on file|in (?:the )?(?:chart|packet|file|referral))\b|"
                              r"\b(?:declined|refused|unwilling|did not want|didn't want|not willing) to (?:discuss|go into|talk about|answer|say|share|get into)\b|"
                              # a history field holding a to-do: "Prior treatment history: will get from PCP records"
                              r":\s*(?:will (?:get|obtain|request|ask)|pending|awaiting|requested|to be (?:obtained|requested|gathered)|"
                              r"records? (?:requested|pending|to come))\b", re.I)


CHECKS: dict[str, Callable[[Segment], list]] = {
    "prior_treatment": _prior, "functional_impairment": _impairment, "frequency": _frequency, "duration": _duration,
    "treatment_modality": _modality, "progress": _progress, "lower_level_insufficient": _lower_level,
}


# Care that began on a date and has no end, told as this provider's or as still going: "From <date> we moved to twice
# weekly: one CBT session ...", "Since March 2026 she has been in DBT skills group". Under a "History:" label that
# runs up to the present, such a sentence is the current course, not prior treatment.
_WHEN = r"(?:%s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?\b|(?:19|20)\d\d\b)" % P.DATE.pattern
_OPEN_START = re.compile(r"\b(?:from|since|starting(?: on| in)?|as of|beginning(?: on| in)?)\s+%s(?![^.;]{0,40}?(?:\b(?:to|until|till|through|thru)\b|[-\u2013])\s*%s)"
                         % (_WHEN, _WHEN), re.I)
_NOW_OURS = re.compile(r"\b(?:we|us|our|with me|here|now|currently|ongoing|to (?:the )?present|to date|so far|still)\b|"
                       r"\b(?:has|have)\s+been\b|\b(?:is|are)\s+(?:in|on|attending|seen|doing|receiving)\b", re.I)
_ENDED = re.compile(r"\b(?:ended|stopped|discontinued|terminated|dropped out|discharged|completed|quit|left|finished|until)\b", re.I)


def runs_to_now(text: str) -> bool:
    """A sentence -> True when it tells care that began on a date, has no end, and is ongoing or this provider's."""
    start = _OPEN_START.search(text)
    return bool(start and _NOW_OURS.search(text) and not _ENDED.search(text))
