"""Schedule finders: how often sessions are planned and for how long, read from plan statements (not from a
symptom's frequency, a goal's time frame, a later step-down, the payer's approval or past treatment); and where a
sentence states goals (goal zones), since a time frame there is a goal's target."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.medical_orders import medical_order
from assistant.letters.facts import Finding, finding, first_per_text
from assistant.letters.goal_schedule import schedules_in_goals
from assistant.letters.number_words import with_digits
from assistant.letters.patterns import Segment
from assistant.letters.schedule_clocks import another_clock  # noqa: F401  (element_checks imports it from here)


# A goal list labelled inside a line that carries another field: "goals: ...", "Goal 1 ...; Goal 2 ...".
_INLINE_GOALS = re.compile(r"(?:^|(?<=[;(,.:\u2013\u2014-]\s)|(?<=[;(,]))\s*(?:(?:treatment |tx |plan )?(?:goals?|objectives|(?:treatment |short[- ]term |long[- ]term )objective|targets?)"
                           r"(?:\s*:|\s+[\u2013\u2014-]|\s+(?!(?:is|are|was|were|of|for|to|and|or|in|on|at|with|will|would|"
                           r"include\w*|set|met|reviewed|discussed|remain\w*|progress\w*|updated|revised|unchanged|"
                           r"the|her|his|their|this|that|these|those|we|she|he|they|dates?|end|completion|weight)\b)(?=[A-Za-z0-9<]))\s*"
                           r"|(?=(?:goal|objective)\s*#?\s*1\b)|(?=(?-i:G|LTG|STG|Obj)\s*#?\s*1[a-z]?[:.)]?\s+(?-i:[A-Za-z<])))", re.I)


def _until_close(body: str, start: int, end: int) -> str:
    """The goal list after an inline label: to the parenthesis that closes one opened before it, else to the end."""
    depth = body.count("(", 0, start) - body.count(")", 0, start)
    if depth > 0:
        close = body.find(")", end)
        return body[end:close] if close > 0 else body[end:]
    field = _NEXT_FIELD.search(body, end)  # "...; goals: X; Y; plan: continue PHP": the list ends at the next field
    return body[end:field.start()] if field else body[end:]


_NEXT_FIELD = re.compile(r";\s*(?:plan|progress|family|school|peers|labs|meds|medications?|risk|dx|diagnos\w*|supplements|"
                         r"frequency|duration|discharge\w*|program|attendance|status|response|mse|next)\b[^:;]{0,20}:", re.I)


_NOT_PLAN = ("goals", "discharge", "prior", "function", "risk", "measures", "dx", "meds", "relative")


# The level that is not enough: "Weekly sessions can't give him the daily coaching", "escalating despite weekly therapy".
_NOT_ENOUGH_AFTER = re.compile(r"^[^.;:(]{0,40}?\b(?:can't|cannot|can not|isn't|is not|wasn't|was not|(?:not|isn't) enough|insufficient|"
                               r"has not|hasn't|have not|haven't|did not|didn't|failed|won't|will not|could not|couldn't)\b", re.I)
_DESPITE_BEFORE = re.compile(r"\b(?:despite|in spite of|even with|after)\s+(?:\w+\s+){0,2}$", re.I)


# A course counted after its schedule and approach: "weekly CBT/exposure x 10", "weekly CBT for BDD x 20".
_TIMES = re.compile(r"(?:\bx|\u00d7)\s*\d{1,2}\b(?!\s*(?:/|per\b|a day|mg|min|weeks?|wks?|months?|mos?|sessions?|sess|days?))", re.I)
_FREQUENCY_BEFORE = re.compile(r"\b(?:weekly|biweekly|bi-weekly|\d[x\u00d7]/(?:week|wk))(?![\w/])[^.;,\n]{0,30}$", re.I)


class _FrequencyTimes:
    """ "x 10" after a schedule in the same clause (the span found is "x 10" alone, so the schedule stays the frequency)."""

    def finditer(self, text: str):
        return (m for m in _TIMES.finditer(text) if _FREQUENCY_BEFORE.search(text, max(0, m.start() - 45), m.start()))


_FREQUENCY_TIMES = _FrequencyTimes()


def not_enough(text: str, m: re.Match[str]) -> bool:
    """A schedule named as what did not or cannot hold, which is the reason for more care, not the plan."""
    return bool(_NOT_ENOUGH_AFTER.match(text[m.end():]) or _DESPITE_BEFORE.search(text[max(0, m.start() - 30):m.start()]))


# A schedule that opens its clause and runs for a span: sessions, not a goal's count of activities.
_OWN_SCHEDULE = re.compile(r"^\W*(?:(?:then|increase(?:d)? to|continue|step up to|sessions?|therapy|psychotherapy|individual|"
                           r"(?:9\d{4}\s*)|(?:CBT|DBT|IPT|ERP|EMDR|CPT|PE))\W+)*$", re.I)
_SPAN_AFTER = re.compile(r"\s*(?:for|x|\u00d7)\s*(?:the next\s+)?\d+\s*(?:more\s+)?(?:weeks?|wks?|months?|mos?|sessions?)\b", re.I)


def _planned(seg: Segment, m: re.Match[str], cue: re.Pattern[str]) -> bool:
    # Past treatment ("weekly outpatient was tried for 3 months") is history, not the plan; an aside in brackets about
    # what failed ("twice weekly for 8 weeks (weekly failed twice)") is the reason for it, not its tense.
    whole = P.clause_of(seg.text, m.start(), ";:")
    at = m.start() - max(0, seg.text.rfind(whole, 0, m.start() + 1))  # a span inside the brackets keeps them
    clause = re.sub(r"\([^()]*\)", lambda b: b.group(0) if b.start() <= at < b.end() else " ", whole)
    if not_enough(seg.text, m):
        return False
    if seg.kind in ("goals", "") and _OWN_SCHEDULE.match(seg.text[:m.start()].rsplit(";", 1)[-1].rsplit(".", 1)[-1]) \
            and _SPAN_AFTER.match(seg.text, m.end()) and not P.PAST_CUE.search(clause):
        return True  # a plan field that lists its targets, then the schedule: "...; 3 walks/week. 2x/week for 6 weeks"
    if seg.kind in _NOT_PLAN or P.PAST_CUE.search(clause) or P.DECISION_RECORD.search(clause) \
            or P.STEP_DOWN_WHEN.search(_near(seg.text, m)):
        return False
    if seg.kind == "loc" and P.INSUFFICIENT.search(clause):
        return False  # "Why IOP: weekly counseling for 7 months has not stopped use": the lower level that fell short
    if P.BENEFIT_OR_USED.search(clause):
        return False  # "he used the 3 EAP sessions his plan allows": what a benefit allows, or what was used up
    if _SCHEDULE_FIELD.match(seg.text) or _COUNT_OVER_SPAN.match(seg.text) and not P.PAST_CUE.search(clause) \
            and not re.search(r"\b(?:were|was|had)\b", clause):
        return True  # a field whose value is a schedule: "Group: weekly, 90 minutes, for fourteen weeks; 8 teens"
    if _PROGRAM_BRACKET.search(seg.text, 0, m.start()):
        return True  # the program's own schedule in its title: "Adult Mental Health IOP (3 h/day, 3 days/week)"
    return seg.kind == "plan" or bool(P.PLAN_CUE.search(seg.text) or P.PLAN_WORDS.search(seg.text)
                                      or cue.search(P.clause_of(seg.text, m.start(), ";:")))  # "(individual + group)" names the care


def _near(text: str, m: re.Match[str]) -> str:
    """The words around a schedule within its clause: "Twice weekly for 12 months; step down to weekly when ..." is
    the schedule, then the step-down's own clause."""
    ends = [i for i in (text.find(";", m.end()),) if i >= 0]
    return text[max(0, m.start() - 30, text.rfind(";", 0, m.start()) + 1):min([m.end() + 60] + ends)]


# A sentence that opens with a number of sessions over a span is a schedule: "Three sessions over two weeks: ..."
_COUNT_OVER_SPAN = re.compile(r"^\W{0,3}\d{1,2}\s+(?:[\w-]+\s+){0,2}(?:sessions?|visits?|appointments?|meetings?)\s+(?:over|across|within|in)\s+"
                              r"(?:the next\s+)?\d{1,2}\s+(?:days?|weeks?|months?)\b", re.I)
_SCHEDULE_FIELD = re.compile(r"^\W{0,3}[A-Za-z][\w /&()-]{0,30}:\s*(?:%s)\s*[,;(]\s*(?:\d{2,3}[ -]?(?:min|minutes?)\b|for\b)"
                             % P.FREQUENCY.pattern, re.I)
_PROGRAM_BRACKET = re.compile(r"\b(?:IOP|PHP|RTC|intensive outpatient|partial hospitali[sz]ation|day (?:treatment|program)|program)\s*\([^()]*$", re.I)


def _without_keys(segs: Sequence[Segment]) -> list[Segment]:
    return [s for s in segs if len(re.findall(r"(?<![\w.-])\d{1,2}\s*=\s*(?=\S)", s.text)) < 2]


def find_frequency(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Planned session frequency in plan or current-treatment statements; a rating scale's key ("Frequency: 0 = never
    or 1 day, 1 = 2-6 days, 2 = 7-11 days") tells what an answer means, never how often sessions are held."""
    segs = _without_keys(schedules_in_goals(segs))
    # the plan's own statement first: "Plan: DBT weekly ..." outranks "I have seen her weekly since 2024" for the same words
    segs = sorted(segs, key=lambda s: s.kind != "plan")
    return first_per_text(finding(seg, m.group(0)) for seg in segs for rx in (P.FREQUENCY, P.WEEKDAY_SCHEDULE)
                           for m in rx.finditer(seg.text) if _planned(seg, m, P.TREATMENT_CUE) and not P.unticked(seg.text, m.start())
                           and not _SYMPTOM_BEFORE.search(seg.text[max(0, m.start() - 60):m.start()]) and not _DOSING_AFTER.match(seg.text[m.end():])
                           and not _DOCUMENT_AFTER.match(seg.text[m.end():]))


# "nightmares 2x/wk", "purging 4x/wk": how often a symptom happens is not how often sessions are held.
# "daily observed dosing", "weekly injections": how often a medication is given is not how often sessions are held.
# "Weekly Treatment Review", "daily activity log", "monthly summary": how often a document is written, not sessions held.
_DOCUMENT_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:reviews?|reports?|summar(?:y|ies)|updates?|staffings?|rounds|huddles?|team meetings?|"
                             r"logs?|sheets?|notes?|newsletters?|charting|documentation)\b", re.I)
# ... nor is how often a substance is used: "daily use despite three overdoses", "weekly cannabis", "daily drinking".
_DOSING_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:dosing|doses?|injections?|dispensing|pick-?ups?|medication|meds|use(?!\s+of\b)|using|users?|drinking|"
                           r"smoking|vaping|gambling|betting|cannabis|marijuana|alcohol|meth\w*|fentanyl|heroin|opioids?|cocaine)\b", re.I)
_SYMPTOM_BEFORE = re.compile(r"\d(?:\.\d+)?\s*(?:mg|mcg|\u00b5g|mL|units?)\s*$|\b(?:dos(?:e|es|ing)|insulin|meals?|medications?|meds|vitals|weigh-?ins?|weigh(?:s|ed|ing)?|blood sugars?|glucose checks?|nightmares?|panic(?: attacks?)?|attacks?|binge\w*|purg\w*|cutting|self-harm\w*|drinks?|drinking|"
                             r"tantrums?|outbursts?|episodes?|flashbacks?|rituals?|checking|vomiting|crying|fights?|meltdowns?|"
                             r"urges?|cravings?|headaches?|stomachaches?|absences?|"
                             # daily living told with its own frequency: "showering daily instead of twice a week"
                             r"shower\w*|bath(?:e|es|ed|ing|s)?|eat(?:s|ing)?|walk(?:s|ed|ing)?|exercis\w*|gym|runs?|running)\b(?:(?!\b(?:therapy|sessions?|counsel\w*|CBT|DBT|ERP|EMDR|groups?|visits?|treatment)\b)[^;,.()]){0,40}$|"
                             r"\b(?:instead of|rather than|down from|up from|compared (?:with|to)|vs\.?|versus)\s+$", re.I)


_TOWARD_GOAL = re.compile(r"\b(?:toward|towards|working on|to meet)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+)?goals?\b", re.I)
_AHEAD = re.compile(r"\b(?:more|additional|another|further|target|projected|anticipated|expected|est\b\.?|session \d+ of|protocol|curriculum|"
                    r"(?:through|until) session)", re.I)  # "session 6 of 12", "through session 12": a counted course  # a span still ahead
_AHEAD_BEFORE = re.compile(r"\b(?:another|additional|(?:a )?further)\s+$", re.I)
_NOT_A_SPAN = re.compile(r"(?:\bevery|\b\d+\s+of|\bout of|\b(?:longer|more|less|fewer|shorter) than)\s+(?:\d+\s*[-\u2013]\s*|\d+\s+(?:to|or)\s+)?$", re.I)  # "every 6 weeks" is a frequency, "5 of 5 days" a count


def goal_zones(seg: Segment) -> list[tuple[int, int]]:
    """Where a segment states goals (a goal section, an inline goal list, "toward a goal of ..."): a time frame there
    is a goal's target, not the treatment's planned duration, and "no admissions" there is a goal, not history."""
    if seg.kind == "goals":
        return [(0, len(seg.text))]
    zones = []
    inline = _INLINE_GOALS.search(seg.text)
    if inline:
        zones.append((inline.start(), inline.end() + len(_until_close(seg.text, inline.start(), inline.end()))))
    zones += [(m.start(), len(seg.text)) for m in _TOWARD_GOAL.finditer(seg.text)]
    return zones


def _in_zone(pos: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in zones)


# A count whose unit is in its label: "planned_sessions: 12", "Expected duration (weeks): 8", "Sessions requested: 10".
_COUNT_LABEL = re.compile(r"^\s*[-*]?\s*[\"']?((?:(?:planned|expected|estimated|est\.?|anticipated|requested|remaining|total|number of|add['\u2019]?l|additional|"
                          r"no\.? of|# of)[ _]+){1,2}(?:sessions|visits|weeks|months|units|days)|(?:(?:add['\u2019]?l|additional|more)[ _]+)?(?:sessions|visits|weeks|months|units|days)[ _]+"
                          r"(?:planned|requested|expected|remaining|authori[sz]ed)|(?:expected |estimated )?(?:duration|length of "
                          r"(?:treatment|stay|care))(?:[ _]*\((?:weeks|months|sessions)\))?)[\"']?\s*[:=]\s*[\"']?(\d{1,3})[\"']?\.?\s*$", re.I)


_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d\d)")


def _length_after_schedule(span: str, clause: str) -> bool:
    """ "Thursdays 6:00-7:30 pm, 12 weeks", "Mondays and Thursdays, 8 weeks": a bare length right after the sessions'
    weekday or frequency (with its clock time) is the course's length, when the clause names sessions or the weekday
    carries a time (an appointment)."""
    at = clause.find(span)
    scheds = [m for rx in (P.FREQUENCY, P.WEEKDAY_SCHEDULE) for m in rx.finditer(clause) if m.end() <= at]
    if not scheds:
        return False
    sched = max(scheds, key=lambda m: m.end())
    between = clause[sched.end():at]
    timed = re.match(r"\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[-\u2013]\s*\d{1,2}(?:[.:]\d\d)?)?\s*(?:[ap]\.?m\.?)?", between, re.I)
    return len(between) <= 40 and re.fullmatch(r"[\s\d:.,apm\u2013-]*", between, re.I) is not None \
        and (_SESSIONS.search(clause) is not None or bool(timed and re.search(r"\d", timed.group(0)))) \
        and not _SYMPTOM_BEFORE.search(clause[:sched.start()])


def _with_schedule(span: str, clause: str) -> bool:
    """'for the first 16 weeks', 'Weekly CPT, 12 sessions' in a clause that gives the sessions' frequency (not a
    symptom's): the plan's length."""
    sched = P.FREQUENCY.search(clause) or P.WEEKDAY_SCHEDULE.search(clause)  # "Thursdays 6-7:30 pm for 12 weeks"
    if re.match(r"\d+(?:\s*[-\u2013]\s*\d+)?[\s-]+(?:weeks?|months?)\b", span, re.I) and _length_after_schedule(span, clause):
        return True
    counted = re.match(r"\d+(?:\s*[-\u2013]\s*\d+)?[\s-]+(?:[\w-]+\s+){0,2}(?:sessions?|visits?)\b", span, re.I)
    if counted:  # a count of sessions right after the schedule it belongs to ("Weekly PGDT, 16 sessions"), or in a
        at = clause.find(span)  # sentence that opens with it ("Twice a week, 45-minute sessions, ... - about 20 sessions")
        opens = P.FREQUENCY.match(clause.lstrip(" -*\u2022"))
        return at > 0 and bool(_SCHEDULE_THEN_COUNT.search(clause[:at]) or opens) and not _SYMPTOM_BEFORE.search(clause[:at]) \
            and not _COUNTED_SO_FAR.search(clause)
    return bool(re.match(r"(?:for|over)\b|\)?\s*(?:x|\u00d7)\s*\d", span, re.I)
                and sched and _SESSIONS.search(clause)
                and not _SYMPTOM_BEFORE.search(clause[max(0, sched.start() - 40):sched.start()]))


_SCHEDULE_THEN_COUNT = re.compile(r"(?:^|[.;:,]\s*|\b(?:plan|continue|request\w*)\W+)(?:weekly|bi-?weekly|every (?:other )?week|twice (?:a|per) week|"
                                  r"\d+\s*x\s*/?\s*(?:wk|week)\w*)\b[\w\s/-]{0,30},\s*(?:about |approx\.? |~)?$", re.I)


# Sessions held, not planned: "weekly since March, 12 sessions attended so far".
_COUNTED_SO_FAR = re.compile(r"\b(?:attended|completed|held|kept|missed|used|so far|to date|since|ha(?:s|ve|d) had)\b", re.I)


# The clause is about sessions, not use or symptoms: "2 contacts per week (90837 + 90847)", "group 3x/wk".
_SESSIONS = re.compile(r"\b(?:sessions?|therapy|psychotherapy|groups?|IOP|PHP|program|visits?|contacts?|appointments?|follow[- ]?ups?|f/u|"
                       r"individual|family|couples|CBT|DBT|EMDR|ERP|meet\w*|90[78]\d\d)\b", re.I)


# A length named but not given: "Anticipated length of stay: to be determined at the first team review".
UNDETERMINED = re.compile(r"(?:\s+of\s+(?:stay|treatment|care|services|the program))?\s*[:\-]?\s*(?:(?:is|was|will be|remains?)\s+)?(?:to be (?:determined|decided|set)|TBD|TBA|unknown|undetermined|"
                          r"not (?:yet )?(?:set|known|determined|decided)|pending|n/?a\b|open[- ]ended|individuali[sz]ed|varies|variable|flexible|"
                          r"as (?:needed|clinically indicated)|as (?:long as )?(?:is |it is )?(?:medically|clinically) (?:necessary|needed|indicated|appropriate|warranted)|per (?:clinical )?progress|based on (?:clinical )?progress|"
                          # left to the program or to progress: "determined by progress in treatment", "per program"
                          r"(?:determined|decided|set|guided|driven) by (?:clinical |treatment |his |her |their |the client['’]s )?"
                          r"(?:progress|response|the (?:treatment )?team|the program)|depend(?:s|ing|ent)? (?:up)?on (?:clinical |treatment )?"
                          r"(?:progress|response)|per (?:the )?program(?: (?:protocol|policy|standards?|guidelines?))?\b|per protocol\b)", re.I)


def not_a_plan_span(text: str, pos: int, zones: Sequence[tuple[int, int]]) -> bool:
    """True when the span at pos is not how long treatment runs: the wait to the next visit ("next appointment in 2
    weeks"), a count ("5 of 5 days"), "every 6 weeks", a goal's time frame, or how long a threshold must hold."""
    before = text[max(0, pos - 30):pos]  # "follow-up every 2 weeks x 6 months" is the schedule's length, not the wait
    wait = P.NEXT_VISIT.search(before)
    return bool((wait and not P.FREQUENCY.search(before, wait.start())) or _in_zone(pos, zones)
                or _NOT_A_SPAN.search(text[max(0, pos - 10):pos]) or P.held_for(text, pos))


def find_duration(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Planned duration or session count; sustain windows ("4 consecutive weeks"), goal target dates, "every N
    weeks", "N of N days" and a rating scale's key do not count."""
    segs = _without_keys(schedules_in_goals(segs))
    out = [finding(seg, f"{m.group(2)} ({m.group(1).replace('_', ' ')})") for seg in segs
           if seg.kind not in ("prior", "goals") and (m := _COUNT_LABEL.match(seg.text))]
    for told in segs:
        if told.kind == "prior":
            continue  # "Treatment history: ... kept going weekly with her (about 14 visits)": care that came before
        seg = replace(told, text=with_digits(told.text))  # "another ten weekly sessions" is a count of sessions too
        zones = goal_zones(seg)
        for rx in (P.DURATION, P.DURATION_WORDS, _FREQUENCY_TIMES):
            for m in rx.finditer(seg.text):
                clause = P.clause_of(_CLOCK_COLON.sub(".", seg.text), m.start(), ";:")  # "6:00-7:30 pm" splits no clause
                # "2 contacts per week for the first 16 weeks": a span told with its schedule is the plan's own length
                # "another 8 weeks", "8 more weeks": a span still ahead (the word may come before the span)
                ahead = (_AHEAD.search(m.group(0)) or _AHEAD_BEFORE.search(seg.text, 0, m.start()) or _with_schedule(m.group(0), clause)) and not P.PAST_CUE.search(clause) \
                    and not P.DECISION_RECORD.search(clause) and not (seg.kind == "loc" and P.INSUFFICIENT.search(clause))
                if another_clock(seg.text, m) or medical_order(seg.text):
                    continue  # "Appeal due within 60 days", "a decision within 14 days": a clock, not the plan's length
                if ((ahead or _planned(seg, m, P.PLAN_CUE)) and not P.SUSTAIN.search(seg.text[m.start():m.end() + 25])
                        and not not_a_plan_span(seg.text, m.start(), zones)
                        and not ((UNDETERMINED.match(seg.text, m.end()) or UNDETERMINED.match(seg.text, m.end() - 1)) and not re.search(r"\d", m.group(0)))):  # "5-7 more days pending ..."
                    out.append(finding(told, _label_value(seg.text, m)))
    return first_per_text(iter(out))


_LABEL_CUE = re.compile(r"duration\s*[:\-]\s*[A-Za-z0-9]", re.I)


def _label_value(text: str, m: re.Match) -> str:
    """A "Duration: 12 sessions" field is found by its label: the finding is the field's value, not "Duration: 1"."""
    if not _LABEL_CUE.fullmatch(m.group(0)):
        return m.group(0)
    return re.split(r"[;\n]|\.(?!\d)", text[m.end() - 1:m.end() + 80], maxsplit=1)[0].strip(" ,")
