"""Finders for the checklist's narrative elements: function, risk, modality, goals, plan, progress, history, level of care, discharge."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.pronouns import client_pronoun, in_time_clause, other_pronoun_before, relative_subject
from assistant.letters.element_checks import CHECKS, runs_to_now, unknown_history
from assistant.letters.past_care import earlier_year_course, referrers_care, this_stay
from assistant.letters.facts import NOTE_TO_SELF as FACT_NOTE_TO_SELF, Finding, Impairment, Risk, Trend, empty_field_after, finding, first_per_text, labelled
from assistant.letters.med_trials import past_medication_trials
from assistant.letters.patterns import Segment
from assistant.letters.payer_words import payer_quoted
from assistant.letters.goals import find_goals, is_measurable  # noqa: F401  (the goal finders live in goals.py)
from assistant.letters.schedule import _in_zone, goal_zones
from assistant.letters.lower_level import find_lower_level_rationale  # noqa: F401  (lives in lower_level.py)
from assistant.letters.discharge import _PAYER_SAYS, find_discharge_criteria  # noqa: F401  (lives in discharge.py)


_NOT_FUNCTION = ("goals", "discharge", "plan", "meds", "measures", "dx", "risk", "family")  # a why-this-level field tells function too


def _normal_sleep(phrase: str) -> bool:
    # "sleeps 7 hours" is not an impairment; 5 or fewer, or 10 or more, is.
    hours = [float(h) for h in re.findall(r"\d+(?:\.\d+)?", phrase)] if re.search(r"sleep|slept|night", phrase, re.I) else []
    return bool(hours) and "+" not in phrase and 5 < min(hours) and max(hours) < 10


def told_care(seg: Segment) -> bool:
    """A sentence that tells care the client had (a care word and a past verb): history, not functioning."""
    # "did not take part in the session": today's session is not earlier care
    return any(f.text.lower() not in ("session", "sessions", "visit", "visits") for f in CHECKS["prior_treatment"](seg))


# "At admission he was showering twice a week": admission dates the functioning, it tells no care.
_AS_TIME = re.compile(r"\b(?:at|on|upon|since|before|after|prior to) (?:the )?(?:admission|intake)\b", re.I)


def _care_span(text: str, at: int) -> str:
    """The stretch of a sentence around a match up to a colon or semicolon (dashes and commas stay inside)."""
    start = max(text.rfind(c, 0, at) for c in ":;") + 1
    ends = [i for i in (text.find(c, at) for c in ":;") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def find_impairments(segs: Sequence[Segment]) -> tuple[Impairment, ...]:
    """Concrete, non-negated impairments per domain, outside goals and plans."""
    out = []
    for seg in segs:
        if seg.kind in _NOT_FUNCTION or P.ICD10.search(seg.text) or P.GRID_ROW.match(seg.text):
            continue  # a diagnosis line names the stressor ("parents separated"), not the client's functioning
        if _prior_in_prose(seg):
            continue  # "he saw a play therapist for six months in kindergarten": earlier care, not today's functioning
        care = told_care(seg)
        for domain, rx in P.IMPAIRMENT + P.FUNCTION_PROSE + P.FUNCTION_STATES + P.FUNCTION_LIMITED:
            for m in rx.finditer(seg.text):
                if (not P.negated(seg.text, m.start()) and not P.NONE_AFTER.match(seg.text, m.end()) and not _normal_sleep(m.group(0))
                        and not P.in_empty_box(seg.text, m.start())
                        and not _listed_symptom(seg.text, m.group(0))
                        and not P.EXERCISE.search(seg.text[max(0, m.start() - 40):m.start()])
                        and not _kept_up(seg.text[max(0, m.start() - 50):m.start()])
                        and not (care and P.CARE_WORD.search(_AS_TIME.sub("", _care_span(seg.text, m.start()))))
                        # a history field tells care and life: "History: IOP 2024, left after 2 weeks; lost his job in 2025"
                        and not (seg.kind == "prior" and P.CARE_WORD.search(P.clause_of(seg.text, m.start(), ";,")))):
                    out.append(Impairment(domain, m.group(0), seg.text, seg.note_index))
    return tuple(out)


# A domain told as kept up: "continues to drive and manage the household", "still does the chores", "able to keep up
# with the housework". With a word that says otherwise ("still can't manage the household") it is an impairment.
_KEEPS_UP = re.compile(r"\b(?:continues? to|continuing to|still (?:does|drives|works|manages|goes to|cooks|handles|keeps up|runs|takes care of)|"
                       r"manages?|managing|keeps? up(?: with)?|keeping up(?: with)?|"
                       r"able to|handles?|handling)\b(?:\s+[\w-]+){0,5}\s+$", re.I)
_BUT_NOT = re.compile(r"\b(?:can(?:no|')t|cannot|unable|no longer|not|never|stopped|struggl\w*|hard|difficult|barely|less)\b", re.I)


def _kept_up(before: str) -> bool:
    m = _KEEPS_UP.search(before)
    return bool(m) and not _BUT_NOT.search(before[m.start():])


# A list of criteria symptoms ("depressed mood, anhedonia, terminal insomnia, decreased appetite, guilt") names the
# diagnosis's symptoms; a symptom word in it is no account of what the client can no longer do.
_SYMPTOM_TERMS = re.compile(r"\b(?:anhedonia|depressed mood|guilt|worthlessness|hopelessness|fatigue|low energy|psychomotor|"
                            r"poor concentration|(?:in)?decisive\w*|irritability|restlessness|hypersomnia|anxious mood|"
                            r"(?:de|in)creased appetite|muscle tension|feeling keyed up)\b", re.I)


def _listed_symptom(text: str, found: str) -> bool:
    return len(_SYMPTOM_TERMS.findall(text)) >= 2 and text.count(",") >= 2 and bool(re.search(r"insomnia|appetite|sleep", found, re.I))


# "STOP-BANG: 2 (low risk)", "AUDIT-C 2, low-risk drinking", "fall risk high": a risk that is not of harm to self or others.
_OTHER_RISK = re.compile(r"\b(?:STOP-?BANG|apn(?:o)?ea|OSA|AUDIT(?:-C)?|PGSI|gambl\w*|falls?|drinking|alcohol|relapse|cardiac|"
                         r"cardiovascular|ASCVD|Framingham|bleeding|pregnan\w*|malnutrition|refeeding|Epworth|CRAFFT|DAST\w*|"
                         r"readmission|elopement|AWOL|medical|metabolic|diabetes|hoarding|home[- ]safety|environmental|fire|"
                         r"health|wellness|fire-?setting|arson)\b[^.;\n]{0,40}$", re.I)  # "HEALTH RISK ASSESSMENT": a wellness visit's form


_HAZARD = re.compile(r"\b(?:fire|egress|falls?|fall-risk|trip(?:ping)?|clutter\w*|sanitation|mold|pests?|rodents?|structural|"
                     r"wander\w*|driving|choking|aspiration|car seat|booster|seat ?belts?|helmets?|smoke detectors?|sunscreen)\b", re.I)
_HARM = re.compile(r"suicid|self-?harm|\bSI\b(?!-\w)|\bHI\b|homicid|violen|harm to (?:self|others)|hurt(?:ing)? (?:him|her|them)sel|"
                   r"kill|dead|C-?SSRS|ASQ|safety plan", re.I)



def _is_screen(seg: Segment, m: re.Match[str]) -> bool:
    clause = P.clause_of(seg.text, m.start()).replace(m.group(0), " ")  # "to be dead" is what was asked, not a plan
    if P.NOT_DONE.search(clause) or seg.kind in ("goals", "discharge"):
        return False
    if _PAYER_SAYS.search(seg.text[:m.start()]):
        return False  # a screen only the payer's rationale states
    if re.search(r"(?i)\brisk\b", m.group(0)) and not re.search(r"(?i)suicid|self-harm|harm|violence|SI\b", m.group(0)) \
            and _OTHER_RISK.search(seg.text[max(0, m.start() - 60):m.start()]):
        return False
    if P.DONE_ONLY.search(seg.text) and not P.SCREEN_RESULT.search(seg.text.replace(m.group(0), " ")):
        return False  # named as done, result elsewhere
    if _HAZARD.search(seg.text) and not _HARM.search(seg.text):
        return False  # "Risk assessment: HIGH fire/egress risk": a home-safety hazard, not a risk of harm to self or others
    # "history of SI" alone is a risk factor; it needs a current status to be a screen.
    if m.group(0).lower().startswith("never") and relative_subject(P.sentence_before(seg.text, m.start())):
        return False  # "her mother has never had thoughts of suicide": someone else's answer
    # "no history of self-injury" is a finding of the screen, not a history
    return not (re.search(r"(?<!\bno )(?<!\bnever a )history of", clause, re.I) and not re.search(r"current|now|today|denie|none|never", clause, re.I))


# Means given up is protection, not a risk factor: "No firearms (sold his rifles in 2019)", "husband removed the pistol"
# (a rifle stored at a relative's stays a factor: it can be fetched).
_MEANS_REMOVED = re.compile(r"\bno (?:firearms|guns|weapons)\b|\b(?:sold|gave (?:away|them|it|(?:his|her|their|the) \w+ (?:to|away))|given away|removed|taken away|"
                            r"handed over|turned (?:in|over)|surrendered)\b", re.I)


def _asked_unanswered(seg: Segment, m: re.Match[str], following: str) -> bool:
    """ "We also asked about thoughts of suicide." with no answer in the sentence, a quote, or the next sentence: the
    question is recorded, the screen's result is not."""
    if not m.group(0).lower().startswith("asked"):
        return False
    rest = seg.text[m.end():] + " " + seg.text[:m.start()]
    return not (P.SCREEN_RESULT.search(rest) or re.search(r"[\"\u201c]", rest) or P.SCREEN_RESULT.match(following.strip())
                or re.match(r"^\W*(?:she|he|they|client|pt|patient)\b[^.]{0,40}\b(?:den|said|says|stat|report|answer|endors)", following, re.I))


def find_risk(segs: Sequence[Segment], table_screens: Sequence[Finding] = ()) -> Risk:
    """A documented SI/HI/self-harm screen or instrument (also a screen column of a score table); firearms or
    history alone are factors."""
    after = {id(a): b.text if b.note_index == a.note_index else "" for a, b in zip(segs, list(segs[1:]) + [segs[-1]])} if segs else {}
    screens = first_per_text(iter([finding(seg, m.group(0)) for seg in segs for m in P.RISK_SCREEN.finditer(seg.text)
                                   if _is_screen(seg, m) and not _asked_unanswered(seg, m, after.get(id(seg), ""))] + list(table_screens)))
    factors = first_per_text(finding(seg, m.group(0)) for seg in segs for m in P.RISK_FACTOR.finditer(seg.text)
                              if not P.negated(seg.text, m.start()) and not _MEANS_REMOVED.search(P.sentence_before(seg.text, m.start()) + seg.text[m.start():m.end() + 60]))
    sentences = list(dict.fromkeys(f.text if f in table_screens else f.evidence for f in screens))
    return Risk(bool(screens), " ".join(sentences[:3]), sentences[0] if sentences else "", screens, factors)


# A field left empty in words: "none this session", "n/a", "not today", "deferred".
# An entry that names nothing: "none", "n/a", or a pointer to the plan itself ("continue per treatment plan", "as above").
_NO_VALUE = re.compile(r"\s*(?:none|no\b|nil\b|n/?a\b|not\b|deferred\b|-+\s*$|(?:continue\s+)?(?:(?:as\s+)?per|see|as in|same as|as)\s+"
                       r"(?:the\s+|current\s+)?(?:(?:treatment|tx|care|service)\s+)?(?:plan|above|before|previous|prior|last)\b)", re.I)


def _someone_elses(before: str) -> bool:
    """The treatment named next is a relative's ("husband did EMDR"), not one the client shares ("she and her mother did")."""
    owner = P.OTHER_TREATMENT_OWNER.search(before)
    return bool(owner) and not re.search(r"\b(?:client|patient|pt|she|he|they|I)\s+and\s+(?:her|his|their|my)?\s*$",
                                         before[:owner.start()], re.I) and not in_time_clause(before, owner.start())


# A peer's or reviewer's suggestion is not care given: "contingency management would be worth adding".
_ADVICE = re.compile(r"\b(?:would be (?:worth|good|helpful|useful)|worth (?:adding|trying|considering)|consider(?:ing)? (?:adding|"
                     r"trying|a trial of|referral)|could (?:add|try)|might (?:add|try|benefit)|suggest(?:ed|s)? (?:adding|trying))\b", re.I)


# Exposure the client lived through, not the technique: "combat exposure", "exposure to domestic violence".
_EVENT_EXPOSURE = re.compile(r"\b(?:combat|trauma(?:tic)?|war|violence|occupational|chemical|toxic|lead|sun|smoke|mold)\s+exposure\b|"
                             r"\bexposure\s+to\s+(?:trauma|violence|domestic|abuse|combat|war|gunfire|death|alcohol|drugs|lead|"
                             r"chemicals?|toxins?)", re.I)


def _first_item(text: str) -> str:
    """A list's first item, cut at a comma or semicolon outside brackets ("interoceptive exposure (spinning chair x3,
    straw breathing), cognitive ..." -> "interoceptive exposure (spinning chair x3, straw breathing)"), at most 60
    characters and never ending inside a bracket."""
    depth, end = 0, len(text)
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            end = i
            break
    item = text[:end].strip()
    if len(item) > 60 or item.count("(") > item.count(")"):
        item = re.split(r"\(|\s[-\u2013\u2014]\s|:\s", item)[0].strip()  # the name before its bracket or its description
    return item if len(item) <= 60 else item[:61].rsplit(" ", 1)[0].rstrip(" ,;:-")  # never half a word


def find_modalities(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Named treatment approaches in current or planned care (not past treatment)."""
    out = []
    for seg in segs:
        if seg.kind == "prior" and not runs_to_now(seg.text):
            continue
        named: list[tuple[int, int]] = []  # spans the catalog of approaches already named
        for name, rx in P.MODALITY_RES:
            for m in rx.finditer(seg.text):
                named.append(m.span())
                past = P.PAST_MODALITY.search(P.clause_before(seg.text, m.start(), 80)) or P.ENDED_AFTER.match(seg.text, m.end()) \
                    or _someone_elses(seg.text[max(0, m.start() - 70):m.start()]) or _ADVICE.search(P.clause_of(seg.text, m.start())) \
                    or earlier_year_course(P.clause_before(seg.text, m.start(), 80))
                if not past and seg.text[max(0, m.start() - 4):m.start()].lower() != "non-" and not P.negated(seg.text, m.start()) \
                        and not P.unticked(seg.text, m.start()):
                    out.append(Finding(name, seg.text, seg.note_index))
        out += [Finding(m.group(1), seg.text, seg.note_index) for m in P.NAMED_APPROACH.finditer(seg.text)
                if not P.PAST_MODALITY.search(P.clause_before(seg.text, m.start(), 80)) and not P.unticked(seg.text, m.start(1))]
        if seg.kind in ("interventions", "plan", "") or P.LABEL.match(seg.text):
            out += [Finding(m.group(1), seg.text, seg.note_index) for m in P.TECHNIQUE.finditer(seg.text)
                    if not any(a < m.end() and m.start() < b for a, b in named)
                    and seg.text[max(0, m.start() - 4):m.start()].lower() != "non-"
                    and not P.PAST_MODALITY.search(P.clause_before(seg.text, m.start(), 80)) and not P.negated(seg.text, m.start())
                    and not P.unticked(seg.text, m.start()) and not _EVENT_EXPOSURE.search(seg.text[max(0, m.start() - 25):m.end() + 30])]
        if seg.kind == "interventions":  # an "Interventions:" field names what was done, in the clinician's words
            out += [Finding(_first_item(f.text), seg.text, seg.note_index)
                    for f in labelled(seg, "interventions", 2) if not _NO_VALUE.match(f.text)
                    and not P.unticked(f.text.lstrip()[:2], 2)]  # a row of empty boxes names nothing
    return first_per_text(iter(out))



def find_progress(segs: Sequence[Segment], trends: Sequence[Trend]) -> tuple[Finding, ...]:
    """Documented change (improvement or a changed score), never hopes or goals."""
    out = [Finding("%s %s -> %s" % (t.instrument, t.first, t.last), t.evidence, t.note_index) for t in trends if t.first != t.last]
    for seg in segs:
        if seg.kind in ("goals", "discharge", "plan", "prior", "loc", "dx", "meds"):
            continue
        if seg.kind == "progress" and seg.form == "item" and _NOW_THEN.search(seg.text) and len(seg.text.split()) >= 6:
            out.append(finding(seg, seg.text))  # an answer to "How is she doing compared with the start?": "Now: ..."
        for m in P.PROGRESS.finditer(seg.text):
            if not P.PROGRESS_BLOCK.search(P.clause_before(seg.text, m.start(), 80)) and not P.negated(seg.text, m.start()) \
                    and not P.unticked(seg.text, m.start()) and not payer_quoted(seg.text, m.start()):  # "[ ] Improvement" is an option left unticked
                out.append(finding(seg, m.group(0)))
    return tuple(out)


_NOW_THEN = re.compile(r"^\W*(?:now|then|at (?:the )?start|at intake|these days|this week|since)\b|\b(?:than|compared (?:with|to))\b", re.I)


# A class for the body is no mental-health care: "tried the senior center's balance class but stopped after one session".
_BODY_CLASS = re.compile(r"\b(?:balance|exercise|fitness|yoga|tai chi|aerobics|pilates|swim\w*|dance|cooking|weight[- ]loss|zumba|"
                         r"strength|walking)\s+(?:class|classes|program|course|group)\b|"
                         # a lesson's session is no care either: "Instructor: ...  Session: Fall 2026, 8 lessons"
                         r"\b(?:lessons?|instructor|swimmer|tutor(?:ing)?|recital)\b", re.I)


# "Before IOP she saw Dr. S weekly since June": a "since" inside care told as before this level ran up to it, not now
_BEFORE_THIS = re.compile(r"^\W*before (?:the |this )?(?:IOP|PHP|admission|intake|residential|the program|this program|this stay|"
                          r"(?:she|he|they) (?:came|started|was admitted|were admitted))\b|"
                          # the care now, then what came before it: "ABA since June 2025, after Early Intervention from 22 months"
                          r"\bsince\b[^.;]{0,40},\s*(?:right |soon |just )?after\b", re.I)


def _prior_in_prose(seg: Segment, pronoun: str | None = None) -> list[Finding]:
    """Care before this episode told in a sentence: a care word and a past-time word in one clause, not current care,
    and not care the clause gives to someone the other pronoun names ("Mena says he ... saw a psychiatrist")."""
    out = []
    if relative_subject(seg.text):
        return out
    for clause in re.split(r";\s*|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.\s+", seg.text):  # "Dr. S" ends no clause
        past = P.PAST_TIME.search(clause)
        # the care word must be more than the time cue itself: "Before admission he lived alone" names no care
        care = P.CARE_WORD.search(clause[:past.start()] + " " * len(past.group(0)) + clause[past.end():]) if past else None
        if care and past and not (P.CURRENT_CARE.search(clause) and not _BEFORE_THIS.search(clause)) and not P.PRIOR_EXCLUDE.search(clause) \
                and not _someone_elses(clause[max(0, care.start() - 70):care.start()]) \
                and not other_pronoun_before(clause[:care.start()], pronoun) \
                and not (_BODY_CLASS.search(clause) and care.group(0).lower().startswith("session")):
            out.append(finding(seg, clause[min(care.start(), past.start()):max(care.end(), past.end())]))
    return out


def find_prior_treatment(segs: Sequence[Segment], answered: Sequence[Finding] = ()) -> tuple[Finding, ...]:
    """Treatment before this episode of care, including an explicit "no prior treatment" (and `answered`: a form's
    question about earlier care answered with a ticked box, read from the questions the other finders skip)."""
    pronoun = client_pronoun(seg.text for seg in segs)
    out = [finding(seg, m.group(0)) for seg in segs for rx in (P.PRIOR_NONE, P.PRIOR_SOME, P.NO_CARE_BEFORE, P.PAST_COURSE, P.PAST_SESSIONS)
           for m in rx.finditer(seg.text)
           if not P.PRIOR_EXCLUDE.search(seg.text[max(0, m.start() - 5):m.end() + 10]) and not _in_zone(m.start(), goal_zones(seg))
           and not empty_field_after(seg.text, m.end()) and not P.ADMISSION_ANCHOR.search(seg.text[max(0, m.start() - 30):m.end() + 12])
           and not _someone_elses(seg.text[max(0, m.start() - 70):m.end()])
           and not other_pronoun_before(P.sentence_before(seg.text, m.start()), pronoun)
           and not relative_subject(P.sentence_before(seg.text, m.start())) and not (rx is P.PRIOR_SOME and this_stay(seg, m))
           and not re.search(r"\d\s*\(\s*$", seg.text[max(0, m.start() - 8):m.start()])]  # "YMRS 34 (inpatient admission 11/05)": a score's date
    out += [f for seg in segs if seg.kind not in ("goals", "plan", "discharge") and not P.DECISION_RECORD.search(seg.text)
            for f in _prior_in_prose(seg, pronoun) + past_medication_trials(seg, pronoun)]  # "BCBS denied residential before admission" is the payer's record, not care
    out += referrers_care(segs)  # "I'm referring him to your group. I have seen him weekly since September"
    # a "previous" field that holds only a number ("pcl5_previous: 58 (2024-12-10)") is an earlier score, not care; a
    # field called "History" that names no care is not care either
    found = out + [f for seg in segs for f in labelled(seg, "prior", 1)
                   if re.search(r"[A-Za-z]{3}", re.sub(P.PLACEHOLDER, "", f.text)) and not P.history_without_care(seg.text)]
    return first_per_text(f for f in found + list(answered) if not unknown_history(f))

