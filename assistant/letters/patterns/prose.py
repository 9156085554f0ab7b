"""Cues for facts told as narrative, without a label: a role lost or avoided, care received before this episode,
why a lower level of care did not hold, a schedule in words.

Each cue is two small vocabularies that must meet in one clause (a verb of losing a role near the role; a care word
near a past-time word), so no single phrase from one note is needed.
"""
from __future__ import annotations

import re

from assistant.inputs import BLANK_VALUE, EMPTY_BOX
from assistant.letters.patterns.base import PLACEHOLDER, _rx

# --- functional impairment: a verb of losing, avoiding or failing at a role, then the role (within six words)
_LOSS = (r"stopped|quit|quits|gave up|no longer(?! (?:skip|miss|avoid|refus|cancel|fight|argu|isolat|withdr|struggl|yell)\w*)|gives up|cancel+ed|cancels|skip(?:s|ped|ping)?|avoid(?:s|ed|ing)?|miss(?:es|ed|ing)|lost|loses|"
         r"refus(?:es|ed|ing)|declin(?:es|ed|ing)|excused from|turned down|withdr(?:ew|awn) from|dropped out of|fell behind|"
         r"behind on|call(?:s|ed)? in sick|(?:on )?light duty|on leave|left (?:his|her|their) job|was (?:fired|let go|laid off|suspended)|"
         r"(?:has|have|had)(?: not|n't) (?:gone back|returned|been back|been able to \w+|spoken|had|left|attended|driven|worked|showered|"
         r"eaten|seen(?! (?:any|anything|signs?|evidence)\b)|called|dated|slept|cooked|cleaned|shopped|done|paid|visited|played|opened|answered|gone (?:to|out|into)|been (?:to|out|into))|(?:does|did|do|could|would|will|can)(?: not|n't) (?:go|leave|attend|drive|work|sleep|eat|cook|"
         r"shower|speak|talk|order|answer|finish|manage|get (?:up|out|dressed)|stay|sit)|cannot \w+|can't \w+|unable to \w+")
_ROLES = {
    "work_school": r"work(?:ing|s)?|job|shifts?|office|duty|deadlines?|boss|coworkers?|meetings?|standups?|promotions?|school|class(?:es|room)?|teachers?|"
                   r"grades?|homework|assignments?|presentations?|exams?|tests|lectures?|recess",
    "relationships": r"friends?|family|partner|wife|husband|spouse|fianc[e\u00e9]e?|boyfriend|girlfriend|children|kids|daughter|son|"
                     r"mother|father|parents?|sisters?|brothers?|grand(?:children|child|kids|sons?|daughters?|m\w+|f\w+|pa|ma)|nieces?|nephews?|"
                     r"aunts?|uncles?|cousins?|in-laws|neighbou?rs?|birthdays?|weddings?|funerals?|reunions?|relatives|church|chapel|Mass|choir|bingo|team|club|"
                     r"part(?:y|ies)|playdates?|practices?|rehearsals?|lessons?|troops?|scouts?|league|squad|band|orchestra|sleepovers?|trips?|games?|bridge|hobb(?:y|ies)|dating|dates|visits?|dinner|social\w*|"
                     r"people|peers|classmates|group",
    "self_care": r"meals?|breakfast|lunch|food|eat(?:s|ing)?|bed|sleep|showers?|hygiene|dressed|cook(?:s|ing)?|groceries|shopping|stores?|errands|"
                 r"bills|mail|paperwork|driv(?:e|ing)|highway|car|bus(?:es)?|trains?|subway|metro|transit|elevators?|crowds?|crowded|public places|"
                 r"phone|exercise|house|home|apartment|chores|laundry|dishes|appointments?|medications?|market|mall|pharmacy|bank|post office|gym",
}
FUNCTION_PROSE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (domain, _rx(r"\b(?:%s)\b(?:\s+(?:[\w'\u2019-]+|[+&]|<[A-Z_]+_\d+>(?:['\u2019]s)?)){0,6}?\s+(?:%s)\b" % (_LOSS, roles))) for domain, roles in _ROLES.items())
# A session exercise ("role-played declining extra shifts", "practiced skipping the check") is not an impairment.
EXERCISE = _rx(r"\b(?:role[- ]?play\w*|practic\w+|rehears\w+|problem[- ]solv\w+|discuss\w*|reviewed|worked on|plann\w+|"
               r"homework|assign\w+|scripted|psycho-?educat\w*|educat\w+|taught|teach\w*|coach\w*|modell?ed|introduced|"
               r"explored)\b[^.;]{0,25}$")
# Role first, or no verb needed: arguing, separate rooms, debt, reduced hours, meltdowns.
FUNCTION_STATES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    ("relationships", r"\bargu(?:e|es|ed|ing)\b|\bfights? (?:with|about|over)\b|separate (?:rooms|bedrooms)|meltdowns?|\bblow-?ups?\b|"
                      r"\blos(?:t|ing|es) it (?:at|with) (?:the |his |her |their |my )?(?:kids|children|wife|husband|partner|family|son|daughter)\b|"
                      # a partner who has moved out of the bedroom: "wife sleeps in the guest room", "he sleeps on the couch"
                      r"\b(?:sleeps?|sleeping|slept|moved)\s+(?:in|on|to|into)\s+the\s+(?:guest\s*room|spare\s+room|couch|sofa|basement)\b|"
                      r"threatened to leave|(?:has|have) asked (?:her|him|them) to stop"),
    # time lost to rituals or symptoms each day: "hand-washing 2 h a day", "checking about 3 hours/day"
    ("self_care", r"\b(?:wash\w*|check\w*|rituals?|clean\w*|counting|showering|reassurance[- ]seeking|scrolling|gaming)\b[^.;]{0,25}?"
                  r"\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\s*(?:a|per|/)\s*day\b|\bran up\b|credit card debt|\bdebts?\b|second (?:loan|mortgage)|overdraft|bankrupt\w*|eviction|lease violation|"
                  # housing lost: "evicted yesterday; sleeping in his car", "couch-surfing", "now homeless"
                  r"\bevicted\b|\bhomeless\w*|sleeping in (?:his|her|their|a|the) (?:car|truck|van)|couch[- ]surf\w*|"
                  r"lost (?:his|her|their) (?:housing|apartment|home|room)\b"),
    # drowsy or impaired driving: "fell asleep at the wheel", "nodded off driving", "a near-miss on the highway"
    ("safety", r"(?:fell|falls|falling|dozed|dozes|nodded|nods) (?:asleep|off) (?:at the wheel|while driving|driving)|near[- ]miss\w*|"
               r"(?:car|traffic) (?:accident|crash)|"
               # a child's behaviors that put them at risk: self-injury, head banging, running off
               r"self-injur\w*|(?-i:\bSIB\b)|head[- ]?bang\w*|\belop(?:e|es|ed|ing|ement)\b|\bbolt(?:s|ed|ing)\b|\b(?:ran|runs?|running) away\b"),
    ("work_school", r"\b(?:on|out on|went on) (?:short|long)[- ]term disability\b|\bdisability (?:leave|claim)\b|"
                    r"(?:working|works|worked) (?:only )?(?:\w+-hour|part-time|half|reduced|shortened) (?:days|shifts|hours|schedule)|"
                    r"(?:written|verbal|final) warning|(?:office|discipline|disciplinary|behaviou?r) (?:discipline )?referrals?|\bODRs?\b|early pick-?ups?|sent (?:(?:him|her|them)\s+)?home\b|"
                    # days lost: "missing about 1 day a week", "missed three shifts"; leaving early: "leaves meetings at work early"
                    r"\bmiss(?:es|ed|ing)\s+(?:about |around |roughly |nearly |at least |almost )?(?:\d+|one|two|three|four|five|a|"
                    r"several|half(?: a)?)\s+(?:full |whole |school |work )?(?:days?|shifts?|weeks?)\b|"
                    r"\bcall(?:ed|s|ing)? in (?:twice|once|sick|\d+ times|three times|several times)\b|"
                    r"\b(?:leaves?|leaving|left)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:work|school|class(?:es)?|meetings?|mtgs?|shifts?|practice|"
                    r"lectures?)\b(?:\s+[\w'\u2019-]+){0,3}?\s+early\b"),
))
# Role first, then a limit on how often: "cooks dinner only 2 nights a week", "showers only twice a week".
FUNCTION_LIMITED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (domain, _rx(r"\b(?:%s)\b(?:\s+[\w'\u2019-]+){0,3}?\s+(?:only|just|at most|no more than)\s+(?:\d+|once|twice|one|two|three|four|"
                 r"a few|a couple of)\b" % roles)) for domain, roles in _ROLES.items()) + (
    # work or school cut from its usual amount: "works 20 h/wk (was 40)", "3 days a week instead of 5", "cut back to
    # part-time", "41% of periods attended", "skips 1st-3rd period"
    ("work_school", _rx(r"\b(?:works?|working|worked|at work|in school|attends?|attending)\b[^.;\n]{0,25}?\b\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|days?|shifts?)\s*"
                        r"(?:/\s*|(?:a|per|each)\s+)(?:wk|week)\b[^.;\n]{0,30}?(?:\(?\s*(?:was|instead of|down from|from|vs\.?)\s+\d+)|"
                        r"\b(?:cut|went|dropped|reduced|moved)\s+(?:back\s+|down\s+)*to\s+part[- ]time\b|"
                        r"\b\d{1,2}\s*%\s+of\s+(?:(?:school\s+)?days|classes|periods|shifts)\s+(?:attended|worked|present)\b|"
                        r"\bskip\w*\s+(?:1st|2nd|3rd|first|second|third)(?:\s*[-\u2013]\s*(?:\d(?:st|nd|rd|th)|second|third|fourth))?\s+period\b")),)

# --- care before this episode: a care word and a past-time word in one clause
CARE_WORD = _rx(r"\b(?:early intervention\b|therap(?:y|ies|ist)|psychotherap\w+|counsel(?:l)?(?:ing|or|ors)\b|psychiatr\w+|psycholog\w+|sessions?\b|"
                r"(?<!kids' )(?<!kids\u2019 )(?<!church )(?<!youth )(?<!school )(?<!summer )(?<!reading )(?<!sports )(?<!TV )(?<!loyalty )(?<!rewards )(?<!exchange )program\b|IOP\b|PHP\b|(?-i:ABA)\b|residential|inpatient|hospitali[sz]\w+|admissions?|admitted\b(?=[^.;]{0,20}\b(?:19|20)\d\d\b)|detox\w*|withdrawal management|rehab\w*|"
                r"sober[- ]living|methadone (?:clinic|program|maintenance)|opioid treatment program|(?-i:\bOTP\b)|(?:alcoholics|narcotics|gamblers|overeaters) anonymous|\b(?:AA|NA|GA)\b meetings?|\bEAP\b|support group|"
                r"dietitian|treatment\b|medication trials?|social worker|outpatient\b|(?:[\w]+-directed|supervised|medical|outpatient) tapers?\b|(?:skills|lunch|therapy|process|counsel\w*|DBT|CBT|grief|bereavement|parenting|anger management|recovery) groups?\b)", 0 | re.I)  # an organizer, a cleaner or a coach is help, not care
PAST_TIME = _rx(r"^\W*(?:19|20)\d\d\s*[:\u2013\u2014-]\s|"  # a list item headed by its year: "- 2022: CPT, 12 weekly sessions"
                # early childhood: "as a toddler", "from 22 months", "from age 2 to 3", "ages 4-7"
                r"\bas an? (?:toddler|baby|infant|preschooler|young child)\b|\bfrom \d{1,2} months\b|\bfrom age \d{1,2}(?: to \d{1,2})?\b|"
                r"\bages? \d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2}\b|"
                # care with another provider, or a stretch of named months and years: "at another agency", "February 2025 to April 2026"
                r"\bat (?:another|a different|a previous|a prior|(?:her|his|their) (?:old|previous|former)) (?:agency|clinic|practice|provider|program|therapist|school)\b|"
                r"\b(?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]* (?:19|20)\d\d (?:to|through|until|[-\u2013]) (?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]* (?:19|20)\d\d\b|"
                # a course that was left: "left after 3 meetings", "quit after two sessions"
                r"\b(?:left|quit|stopped|dropped out) after (?:\d+|one|two|three|four|five|a few|several) (?:meetings|sessions|visits|weeks|months|groups)\b|"
                # a finished stretch of months: "between April and late June", "from January to March"
                r"\b(?:between|from) (?:early |mid-?|late )?(?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
                r" (?:and|to|through|until) (?:early |mid-?|late )?(?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b(?! (?:next|this coming))|"
                r"\bbetween (?:early |mid-?|late )?<DATE_\d+> and (?:early |mid-?|late )?<DATE_\d+>|"  # the same, redacted
                r"\bbefore (?:coming|starting|this|that|IOP|PHP|intake|admission|the referral|treatment here|seeing me)|\bpreviously\b|"
                # "Before he came here", "the last one on <DATE_4>": a course of care that has ended
                r"\bbefore (?:he|she|they|the (?:client|child|family|patient|teen)) (?:came|started|was referred|were referred|began|moved)\b|"
                r"\bthe last (?:one|session|visit|appointment) (?:was )?(?:on|in)\b|\bback then\b|\bin those days\b|\bdecades ago\b|"
                r"\bin the past\b|\bearlier in (?:life|(?:19|20)\d\d)|\blast (?:spring|summer|fall|autumn|winter|year)\b|\bback in\b|"
                # a month last year, care that was given up: "started seeing him last March", "stopped going altogether"
                r"\bin the (?:spring|summer|fall|autumn|winter)\b(?=[^.;]{0,80}\b(?:discharged|left|stopped|quit|dropped out|relapsed)\b)|"
                r"\bdischarged (?:in|after|on) (?:week|day) \d+|"
                # a span that ended: "weekly from age 2 until he aged out", "from 14 to 16"
                r"\buntil (?:he|she|they) aged out\b|\baged out\b|\bfrom ages? \d{1,2} (?:to|until|through) (?:age )?\d{1,2}\b|"
                r"\blast (?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:stopped|quit) (?:going|seeing|attending)(?= (?:to )?(?:the |his |her |their )?(?:[\w-]+ )?(?:therap|counsel|psychiatr|session|appointment|clinic|program|group))|"
                r"\bin (?:(?:early|late|mid|the )?(?:spring|summer|fall|autumn|winter)\s+)?(?:19|20)\d\d\b|\b(?:in|during|after) (?:the|her|his|their) (?:19|20)\d\d (?:episode|admission|hospitali[sz]ation|stay|relapse|crisis|breakdown)\b|"
                r"\b(?<!by )(?<!until )(?<!before )(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d\b|"
                # a bracketed or short-ranged past year, an age: "(2021 at Valley Detox; 2023 ...)", "2015-16", "first detox at 24"
                r"\(\s*(?:19|20)\d\d\b(?!\s*[-\u2013]\s*(?:present|now|current))|\b(?:19|20)\d\d\s*[-\u2013]\s*\d\d\b(?!\s*(?:school|academic))|\bat (?:age )?(?:[1-9]\d)\b(?!\s*(?:%|percent|mg|minutes|/|sessions?|visits?|weeks?|hours?|days?|months?|[ap]\.?m\b|units?))|"
                r"\b(?:\w+|\d+) (?:years?|months?) ago\b|\bas a (?:child|teen\w*|student)\b|\bdropped out\b|\bof the past (?:year|\w+ years)\b|"
                r"\b(?:after|despite) (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|several) (?:weeks?|months?|years?) of\b|"
                r"\battempts? in\b|\bwas referred by (?:her|his|their) (?:\w+ )?(?:therapist|counsel\w+|psychiatrist)|"
                r"\b(?:a|one|two|three|\d+) (?:years?|months?) of (?:weekly|individual|outpatient|group)")
# Care now, with this provider: not history ("since <DATE_3>", "started here", "we have been").
CURRENT_CARE = _rx(r"\bsince (?:%s|(?:\w+ \d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|last (?:week|month))\b)|"
                   r"\bsince (?:admission|intake|enrol(?:l)?ment|the start of (?:the )?(?:program|treatment))\b|"
                   r"\b(?:started|began) (?:here|with (?:me|us))|\bwe (?:have|'ve) been\b|\bcurrent(?:ly)?\b|\b(?:will|plan(?!\s*[\x22\u201d.])|next)\b|"
                   r"\b(?:earlier|previous|prior|last|past|recent)(?: few| two| three)? sessions?\b|\bthan (?:in )?(?:earlier|previous|last) \w+" % PLACEHOLDER)

# --- a lower level that did not hold, told as a story
LEVEL_STORY = _rx(r"\b(?:tried|trial of|drop(?:ped)? to|back to|went (?:back )?to|step(?:ped)? down to)\s+(?:once[- ])?weekly\b|\b(?:a|one) (?:whole |full )?week between (?:sessions|visits)\b|"
                  r"\bone session a week\b|\bonce a week\b|\bweekly sessions?\b|\bweekly (?:individual )?(?:counsel(?:l)?ing|therapy)\b|"
                  # the lower frequency written as a rate: "1x/wk", "1 session/wk", "one weekly hour"
                  # ... of sessions, not of anything else ("supervised visits 1x/wk at the agency")
                  r"\b(?:sessions?|therapy|counsel\w*|psychotherapy|tx|got|tested|tried|dropped to|went (?:back )?to|back to)\s+(?:\w+\s+){0,2}?"
                  r"(?:1|one)\s*(?:x|times?)\s*(?:/|a |per )\s*(?:wk|week)\b|(?<![\d.])(?:1|one)\s*sessions?\s*(?:/|a |per )\s*(?:wk|week)\b|"
                  r"\bone weekly (?:hour|session|visit)\b|"
                  r"\b(?:outpatient|IOP|PHP|lower level)\b|"
                  # outpatient care told as who saw whom: "he has seen me weekly since October", "started seeing me weekly"
                  r"\b(?:seen|seeing|saw|met with|meeting with)\s+(?:me|us)\s+(?:weekly|every (?:other )?week|once a week|biweekly)\b")
FAILED_STORY = _rx(r"\brather than (?:more |continued |another round of )?(?:weekly|outpatient|standard|IOP|PHP)|\binstead of (?:weekly|outpatient)|"
                   r"\bhave not (?:held|worked|helped|kept|maintained|prevented|stopped)|\bno (?:\w+ ){0,2}(?:IOP|PHP|program|openings|availability|beds?)\b|"
                   r"\b(?:went|go(?:es)?|going) to the (?:ED|ER|emergency)|\bback in the (?:ED|ER|hospital)|\breadmi\w+|\bkept (?:drinking|using|cutting|purging|bingeing)|"
                   r"\bwent from \w+ to (?:every day|daily)|\b(?:with|showed|made) no (?:change|improvement|progress|benefit)|"
                   r"\b(?:two|three|four|\d+|several|multiple) (?:\w+ )?attempts\b|\bnothing planned\b|\bno (?:evening |daily |weekend )?structure\b|"
                   r"\b(?:cut|used|drank|relapsed|purged) again\b|\bwent back up\b|\b(?:worse|worsened|deteriorated|declined) (?:over|during|through(?:out)?|across) (?:that|this|the same|those|the) (?:time|period|stretch|months|weeks)\b|"
                   # the lower level the client walked away from: "stopped opening the door to the nurse", "quit answering the outreach calls"
                   r"\b(?:stopped|quit) (?:opening|answering) the door\b|\b(?:stopped|quit) (?:answering|returning) (?:the |her |his |their )?(?:[\w'\u2019]+ )?(?:calls|texts|phone)\b|\b(?:stopped|quit) (?:letting (?:the |her |his |their )?\w+ in|showing up)\b|\b(?:back|crept|climbed|shot) (?:back )?up (?:to|again)\b|\bgot worse\b|\b(?:no|not) better\b|"
                   # a crisis in the middle of the lower level: "the DKA admission happened in the middle of that"
                   r"\b(?:admission|hospitali[sz]ation|overdose|attempt|ER visit)\b[^.;]{0,30}\bin the middle of (?:that|it|this)\b|"
                   # the lower level held while the problem grew ("... while the ideation built up"), or a step down would repeat it
                   r"\bwhile (?:the |her |his |their )?(?:\w+ ){0,2}(?:built up|got worse|worsened|escalated|grew|increased|climbed|mounted)\b|"
                   r"\bwould (?:just |only )?(?:repeat|undo|lose)\b|"
                   # the plan came apart between the lower level's sessions ("the activation plans fell apart by day 2 or 3")
                   r"\b(?:fell|fall|falls|falling|came|come|comes) apart\b|\b(?:fell|falls|falling) off between\b|\b(?:collapsed|unravel(?:l)?ed|broke down) (?:by|within|between|midweek|mid-week|before)\b|\b(?:returned|went|slid|dropped|reverted|slipped|fell) (?:back )?to (?:baseline|square one|where (?:she|he|they) (?:started|was|were)|the start)\b|\b(?:lost|losing|loses) (?:ground|(?:the |her |his |their )?gains?|progress) between\b|\brestart(?:ed|s|ing)? (?:the \w+ )?from (?:the bottom|scratch|the start|zero)\b")

# --- a schedule in words: weekday names mean weekly; "for about three more months" is a duration
# "eight Tuesday mornings": a weekday's sessions counted (the schedule, and its length in DURATION_WORDS)
_WEEKDAY_COUNT = (r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen) (?:consecutive )?"
                  r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:mornings|afternoons|evenings|nights)\b")
WEEKDAY_SCHEDULE = _rx(_WEEKDAY_COUNT + r"|\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\b|\s*(?:and|&|\+|/)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
                       r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s*(?:\+|&|and|/)\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?(?=\s*(?:\d|at\b|[,(]|evenings?|mornings?|afternoons?))|"
                       r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
                       # the sessions named by their weekday ("her Thursday sessions"), or two weekdays' short names ("Tue + Fri 4:00")
                       r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:visits|sessions|appointments|groups)\b|"
                       r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:mornings|afternoons|evenings|nights)\b")  # "Tuesday evenings"
DURATION_WORDS = _rx(_WEEKDAY_COUNT + r"|\bfor (?:about |around |roughly |approximately |another |at least )?(?:an? |one |two |three |four |five |six |eight |ten |twelve |"
                     r"several |a few )?(?:more |additional |further )?(?:weeks?|months?|years?)\b|\bfor (?:about )?(?:a|one) (?:more )?year\b|"
                     # the length told as an estimate: "we anticipate about six weeks", "expect roughly 10 sessions"
                     r"\b(?:anticipat|expect|estimat|project|predict)\w*\s+(?:it (?:will|to) (?:take|last)\s+)?(?:about |around |roughly |approximately |another )?"
                     r"(?:\d+(?:\s*[-\u2013]\s*\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty) "
                     r"(?:more |additional )?(?:weeks|months|sessions|visits|program days)\b")
PLAN_WORDS = _rx(r"\b(?:we(?:'ll| will)|will|keep (?:meeting|coming|seeing)|continue|plan\w*|agreed|going forward|from now on)\b")

# --- sentences that document nothing: a question, someone asking one, or a form prompt left for later.
# "Q: What is she not able to do day to day?"; "Her father asked whether anyone had screened her";
# "EXPLAIN WHY WEEKLY SESSIONS ARE NOT SUFFICIENT: see attached".
_ASKED = _rx(r"^\W*(?:Q\s*\d*|Question\s*\d*|Reviewer|UR|Payer)\s*[:.)\-–]\s*(?!.*\bA\s*:)|"
             # ... but "Asked the ASQ questions: no to all four" records a screen done, with its answers
             r"^\W*(?!(?:asked|administered|completed|reviewed|went (?:over|through)|did|ran|gave|read)\b)(?:[\w-]+ ){0,3}"
             r"(?:question|query|dilemma)s?\b[^:.?]{0,50}:|"
             r"\b(?:asked|asks|asking|wondered|wonders|wondering|wants? to know|wanted to know|questioned|inquired|"
             r"enquired)\s+(?:\w+\s+){0,2}?(?:whether|if|why|how come)\b")
_INTERROGATIVE = _rx(r"^\W*(?:[A-Za-z][\w /()-]{0,30}:\s*|(?:section|part|item|question|q)\s*[A-Z0-9]{1,3}\s*[-:.)]\s*)?(?:what|how|why|when|where|which|who|whose|whether|is|are|was|"
                     r"were|does|do|did|can|could|would|should|has|have|will)\b(?:\s+\S+){3,}?[^?.!]*\?[\s\"')\]]*$")
_DEFERRED_PROMPT = _rx(r"^\W*(?:\d+[.)]\s*)?(?:if\b[^:]{0,80}?,\s*)?(?:explain|describe|list|indicate|provide|specify|state|"
                       r"attach|document|give)\b[^:]{0,160}:\s*(?:see (?:attached|notes?|above|below|chart|record)|"
                       r"to follow|tbd|pending|_+|-+|\[\s*\])?\W*$")


# A template field left blank: "Expected duration of treatment / number of sessions: ______", "Goals: [      ]".
_BLANK_FIELD = _rx(rf"^[^:\n]{{1,100}}:\s*(?:{BLANK_VALUE})\s*$")
_WE_ASKED = _rx(r"\b(?:I|we|this writer|writer|clinician|therapist|counsel(?:l)?or|provider)\s+(?:\w+\s+){0,2}$")


# A pointer to a document the notes do not hold documents nothing: "Risk: see CAPS risk assessment in the student's
# record (not included in this release)", "Discharge criteria: per the program's standard step-down criteria
# (program manual)", "Safety plan: refer to the EHR".
_POINTER = _rx(r"^\W*(?:[A-Za-z][\w /()&'-]{0,40}:\s*)?(?:see|per|as per|refer to|according to|documented in|located in|"
               r"found in|kept in|available in)\b[^.;]{0,100}?\b(?:records?|chart|manual|protocol|assessment|policy|file|"
               r"packet|release|report|EHR|EMR|standards?|criteria|guidelines?|form|document\w*|system|portal)\b[^.;]{0,60}[.;]?\s*$|"
               r"\bnot (?:included|attached|enclosed|provided|available) (?:in|with) (?:this|these|the) (?:release|packet|"
               r"records?|file|fax|submission|documents?)\b")


# A sentence that says what a record leaves out (a payer's reason quoted, a reviewer's note) documents nothing:
# 'Reason given: "The treatment plan does not include measurable goals and an expected length of treatment."'
# ... said of a document ("the plan does not include"); care that "did not contain the crises" is history, not a gap.
_SAYS_ABSENT = _rx(r"\b(?:plans?|notes?|records?|documentation|letters?|requests?|submissions?|charts?|files?|forms?|assessments?|"
                   r"summary|summaries|reports?|packets?|it|they|this|these)\b(?:\s+[\w-]+){0,3}?\s+(?:does|do|did)(?: not|n['\u2019]t) "
                   r"(?:include|contain|document|list|specify|state|mention|describe)\b|\b(?:is|are|was|were) not (?:documented|stated|specified|included)\b|"
                   r"\bno (?:documentation|evidence) (?:of|that)\b")


# A notation's key ("key: [x] done [ ] open [>] migrated - note ! important") says how to read the note, not what happened.
_LEGEND = _rx(r"^\W*(?:key|legend|symbols?)\s*:")


# A task left open documents nothing yet: a to-do ("☐ ask about past counseling??", "Still need: est. LOS?", "need to
# get records from the prior therapist"), a short line that ends in a question mark ("Meds?"). An empty box alone is
# no task: goals are written as boxes to tick ("[ ] PHQ-9 under 10").
# (a cell starts at the last of a run of pipes, and its leading marks are taken whole: one pass over a long run)
_TODO = _rx(r"(?:^|\|(?!\|))\W*+(?:[A-Za-z][\w /()-]{0,30}:\s*)?(?:ask (?:about|re|whether|if|for|mom|dad|parents?|client|him|her|them)|"
            r"still (?:need|needs|missing)|need(?:s)? to (?:ask|get|obtain|find|request|clarify|confirm|check)|to ?do\b|todo\b|"
            r"find out|follow up (?:on|re|about)|obtain|request (?:records|notes)|clarify|confirm with)\b|"
            r"^[^?\n]{0,60}\?{1,3}[\s\"')\]]*$")


def asks(text: str) -> bool:
    """True for a sentence that asks something rather than documents it (see above). The clinician's own question
    ("I asked whether he wishes he were dead; he said no") is the screen itself, so it documents."""
    m = _ASKED.search(text)
    # a question reported after a first clause that documents ("Sertraline 50 mg daily; she asked whether it should go
    # up") leaves that clause documented
    if m and not _WE_ASKED.search(text[max(0, m.start() - 40):m.start()]) and not re.search(r";|\s--?\s|\u2014", text[:m.start()]):
        return True
    return bool(_INTERROGATIVE.match(text) or _DEFERRED_PROMPT.match(text) or _BLANK_FIELD.match(text) or _POINTER.search(text)
                or _SAYS_ABSENT.search(text) or _LEGEND.match(text) or _TODO.search(text))


# "Step down to weekly when the score is 15 or below": a criterion for later, not the schedule asked for now nor why less care fails.
STEP_DOWN_WHEN = _rx(r"\bstep(?:s|ping)?[- ]?down to\b[^.;]{0,40}\b(?:when|once|if|after|upon)\b|"
                     # the lower level named as where care returns: "Back to weekly once she has two scores under 10"
                     r"\b(?:back|return(?:ing)?|drop(?:ping)?|go(?:ing)?(?: back)?) to (?:weekly|biweekly|every other week|monthly|outpatient|"
                     r"once a week|IOP|standard)\b[^.;]{0,30}\b(?:when|once|if|after|upon)\b")


# An option of a form left unticked: "[ ] 1x/week", "☐ CBT", "( ) EMDR". What follows such a box was not chosen.
_EMPTY_BOX_BEFORE = _rx(rf"(?:{EMPTY_BOX})\s*$")


def unticked(text: str, pos: int) -> bool:
    """True when the phrase starting at `pos` is the label of an empty check box."""
    return bool(_EMPTY_BOX_BEFORE.search(text[max(0, pos - 8):pos]))


# "CY-BOCS 10 or below for 4 weeks": how long a threshold must hold, not how long treatment lasts.
_HELD_FOR = _rx(r"(?:or (?:below|less|lower|under|fewer|better)|(?:below|under|<|\u2264)\s*\d+(?:\.\d+)?)(?:\s+(?:for|over))?\s*$")


# "keeps this up for a month", "sustained over 6 weeks": how long a change must last; and any span inside an end
# condition ("Treatment can end when she speaks in class ... for a month") is part of that condition.
_KEPT_UP = _rx(r"\b(?:keeps? (?:this|it|that) up|kept (?:this|it|that) up|maintain\w*|sustain\w*|holds?|continues? (?:this|it))\b"
               r"[^.;]{0,40}$")
_END_WHEN = _rx(r"\b(?:treatment|therapy|services?|sessions?|care|she|he|they|client|pt|patient)\s+(?:can|will|may|could|would)\s+"
                r"(?:end|stop|conclude|be discharged|step down|taper)\s+(?:when|once|after|if)\b|\b(?:discharge|end (?:treatment|therapy)|"
                r"termination|stop (?:treatment|therapy))\s+(?:when|once|if)\b")


def held_for(text: str, pos: int) -> bool:
    """True when the span starting at `pos` ("4 weeks") is how long a score threshold or a change must hold, or
    sits inside an end condition."""
    return bool(_HELD_FOR.search(text[max(0, pos - 25):pos]) or _KEPT_UP.search(text[max(0, pos - 60):pos])
                or _RATE_WINDOW.search(text[max(0, pos - 90):pos]) or _END_WHEN.search(text[:pos]))


# The window a rate is measured over: "on 90% of school days across a 4-week period", "4 of 5 opportunities over a
# 6-week span" (an objective's measurement, not how long treatment runs).
_RATE_WINDOW = _rx(r"(?:\d+\s*%|\b\d+\s+(?:of|out of)\s+\d+|opportunit\w+|trials?|of (?:the |all )?(?:school )?days)\b[^.;]{0,50}?"
                   r"\b(?:across|over|in|during|within)\s+(?:a|an|any|each|the)\s*$")
# Care left for a reason that says nothing of how it worked: "dropped out when she moved".
LEFT_FOR_LIFE = _rx(r"\b(?:dropped out|stopped|ended|left|quit)\b[^.;]{0,40}\b(?:when|after|because|as)\s+(?:she|he|they|the family|"
                   r"the (?:therapist|counsel+or|clinician)|we)\s+(?:moved|relocated|left|changed|lost (?:insurance|coverage))")

# A return to the lower schedule on a condition, a discharge criterion in plain words: "then back to weekly if ...",
# "return to PCP-only follow-up once ...", "will go back to monthly check-ins when ...".
RETURN_TO_LOWER = (r"\b(?:(?:back|returns?|returning|go(?:es)? back|steps? back|moves?|moving|switch(?:es)?|shifts?) to|then(?: down to| drop to| to)?) (?:[\w/-]+[ -]){0,3}?(?:weekly|monthly|bi-?weekly|"
                   r"every other week|routine|usual|PCP|primary care|pediatrician|follow[- ]?ups?|check-?ins?|outpatient|maintenance|"
                   r"aftercare)\b(?=[^.;]{0,70}\b(?:when|once|if|after|until)\b)")

# Progress as a count set beside an earlier count: "2 rages this week (about 6 a week in September)", "3 outbursts this
# week (5 the week before)", "1 panic attack in the past 7 days, was 4".
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
COUNT_COMPARISON = (r"\b(?:\d+\s+(?:[a-z-]+\s+){1,2}?|(?<![\d/])\d+\s+)(?:this|last|per|a|in the (?:past|last) (?:\d+|seven|two|four)) ?(?:week|month|days?|wk|mo)\b"
                    r"[^.;\n(]{0,20}(?:\(\s*|,\s*(?!\d+\s*(?:days?|hours?|hrs?|h|sessions?|times?|x)\s*(?:a|per|/|each)\s*(?:week|wk|day|month)\b))(?:about |around |~\s*|was |were |vs\.? |down from |from |compared (?:with|to) )?(?:\d+|nightly|daily|every (?:day|night)|most (?:days|nights))"
                    r"(?=[^.;\n)]{0,40}\b(?:week|month|before|prior|ago|earlier|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|at (?:intake|baseline|referral|admission|the start)))"
                    # two months set side by side: "no school calls in October (4 in August)", "2 falls in May vs 6 in March"
                    r"|\b(?:no|zero|\d+)\s+(?:[a-z-]+\s+){1,3}?in %s\w*\b[^.;\n(]{0,15}(?:\(\s*|,\s*|\s+vs\.?\s+|\s+compared (?:with|to)\s+|"
                    r"\s+(?:down|up) from\s+)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b[^.;\n)]{0,30}\bin %s" % (_MONTHS, _MONTHS))

# Progress told by clean results after a lapse: "since then three negative screens", "4 consecutive negative UDS",
# "all screens negative since 11/10".
NEGATIVE_RUN = (r"\b(?:since (?:then|<DATE_\d+>|the lapse|the relapse|admission|intake)\b[^.;]{0,20}?|(?:\d+|two|three|four|five|six|"
                r"several) (?:consecutive |straight |clean )?)(?:negative|clean|clear)\s+(?:urine |drug |tox )?(?:screens?|tests?|UDS|UAs?|"
                r"breathalyzers?|results)\b|\ball (?:screens|tests|UDS|UAs) (?:have been )?negative since\b")
