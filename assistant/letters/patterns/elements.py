"""Cues for the narrative checklist elements: goals, risk, function, history, level of care, discharge, plan, progress."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import I, PLACEHOLDER, _rx  # noqa: F401
from assistant.letters.patterns.clinical import MEDICATIONS
from assistant.letters.patterns.prose import COUNT_COMPARISON, NEGATIVE_RUN

GOAL_HINT = _rx(r"\b(?:goals?|objectives?)\b(?:\s+(?:is|are|of|for))?")
NUMBERING = _rx(r"^\s*(?:[-*\u2022]|\(?\d{1,2}[.)](?!\d)|\(?[a-h]\)|(?:goal|objective)\s*#?\s*\d+\s*[:.)-]?|"
                r"(?-i:G|LTG|STG|Obj)\s*#?\s*\d{1,2}[a-z]?\b\s*[:.)-]?)\s*")
GOAL_SPLIT = re.compile(r";\s*|\s*\((?:\d{1,2}|[a-h])\)\s*|(?:(?<=\s)|^)(?:\d{1,2}|[a-h])\)\s+")
# A treatment plan written with its targets after a colon: "Tx plan (12/15/2025; review 03/15/2026): SRM >= 4.0; MADRS <= 10",
# "per treatment plan dated 02/19/2026 (review 05/19/2026): PHQ-9 < 10; children attend school 5 of 5 days".
# A target's sign: a comparison, a count out of a total, "2+", "or fewer", "at least" (a "<DATE_1>" placeholder is none).
TARGET_SIGN = (r"(?:<(?![A-Z]+_\d+>)|(?<!_\d)(?<!_\d\d)>|\u2264|\u2265|(?<![\d/])\d{1,3}\s*(?:of|/)\s*\d{1,3}(?![\d/])|\d\+|\d\s*(?:x\s*)?/\s*(?:day|d|week|wk|month|mo)\b|\b(?:below|under|at least|at most|no more than|fewer than|less than|or (?:fewer|less|more|lower|higher|better|above|greater)|in a row)\b|\d\s*%|"
               r"\b(?:once|twice|\d+ times) (?:a|per|each) (?:day|week|month)\b|"
               # an absence held for a time: "no binges for 4 weeks", "zero missed shifts for 2 months"
               r"^\W*(?:\d{1,2}[.)]\s*)?(?:[Nn]o|[Zz]ero)\s+(?:[\w-]+\s+){1,3}?for\s+(?:\d{1,2}|two|three|four|six|eight)\s+(?:consecutive\s+)?(?:days|weeks|months)\b)")
# The targets may also follow a dash or open a bracket: "tx plan 10/29/2025 (review 01/29/2026) - RHS-15 < 12; ESL
# 3x/week", "per treatment plan of 06/03/2025 (PCL-5 < 33 by 12/2025; nightmares <= 2/week)".
# A bare "Plan (reviewed 01/05/2026, next review 04/05/2026): PHQ-9 below 10; ..." is the treatment plan too: its
# bracket dates it as a written plan.
PLAN_TARGETS = re.compile(r"(?:\b(?:(?:treatment|tx|service|care)\s+plan|plan of care|(?-i:ISP|ITP|IPOS|IPOC))\b[^:\n]{0,70}(?::|\s(?:--?|[\u2013\u2014])\s|\()|\bplan\s+(?:of\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|<DATE_\d+>)(?![^:\n]{0,40}\bgoals?\b)[^:\n]{0,40}:|"
                          r"\bplan\s*\((?=[^)\n]{0,60}\b(?:review\w*|written|updated|dated|signed|revised|rev)\b)[^)\n]{0,80}\)\s*[:\-\u2013\u2014]|"
                          # "Plan (10/19/2026):", "Plan dated 07/21/2026:", "Plan from 10/14/2026:": a plan named by its date
                          r"\bplan\s*(?:\(\s*|(?:dated|from|of|written|signed|updated|revised)\s+)(?:<DATE_\d+>|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d\d-\d\d)\s*\)?\s*:)"
                          r"\s*(?=[^.\n]{0,200}%s)" % TARGET_SIGN,
                          re.I)
# What a plan schedules (sessions, a dose, the next review) is the plan, not one of its targets.
SCHEDULE_WORDS = re.compile(r"\b(?:sessions?|therapy|psychotherapy|visits?|appointments?|IOP|PHP|groups?|mg|dose|taper|"
                            r"review|90[78]\d\d)\b", re.I)
# A treatment plan's heading ("Tx plan (written 08/12/2025, review due 11/12/2025):"): its listed targets are goals.
PLAN_HEADING = re.compile(r"\b(?:treatment|tx|service|care)\s+plan\b", re.I)
# A run-in numbered list ("1. weight restoration  2. normalize eating  3. ...") also splits before each "N. ".
RUN_IN_LIST = re.compile(r"\s*1\.\s+\S[^\n]*?\s2\.\s+[A-Za-z<]")
GOAL_SPLIT_NUMBERED = re.compile(GOAL_SPLIT.pattern + r"|\s+(?=\d{1,2}\.\s+[A-Za-z<])")

# Goal measurability: strip time frames first, since "by week 14" alone is not a target.
TIMEFRAME = _rx(r"\b(?:by|within|in|over|after|before|at)\s+(?:the\s+)?(?:end of\s+)?(?:next\s+|first\s+)?(?:week|month|session|day)s?\s*\d+"
                r"|\b(?:by|within|in|over|after|before|for)\s+(?:the\s+)?(?:next\s+)?\d+\s*(?:weeks?|months?|sessions?|days?)(?!\s+(?:in a row|straight))"
                r"|\(\d+\s*(?:weeks?|months?)\)|\bby\s+(?:%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?|discharge|the end of \w+)" % PLACEHOLDER)
MEASURABLE = _rx(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|zero|once|twice|half|daily|weekly|nightly|every)\b"
                 r"|\b(?:no|zero)\s+(?:further\s+|new\s+|more\s+)?(?:[a-z-]+\s+){0,2}?(?:ED|emergency|hospitali\w*|NSSI|self-harm\w*|cutting|suicid\w*|"
                 r"binge\w*|purg\w*|panic attacks?|missed|absences?|warnings?|suspensions?|arrests?|fights?|episodes?|incidents?|"
                 r"(?:alcohol|substance|cannabis|drug) use|drinks?|tantrums?|outbursts?|detentions?|relapses?)")

# Risk: an actual screen (instrument, SI/HI status, risk formulation), never a risk factor alone.
RISK_SCREEN = _rx(
    r"\b(?:C-?SSRS|Columbia|ASQ|SAFE-?T|SBQ-?R|suicide risk (?:assessment|screen\w*))\b"
    # the self-harm item of a depression scale: "PHQ-9 item 9 = 0", "EPDS item 10 'hardly ever'"
    r"|\b(?:PHQ-?9|PHQ-?A)[^.;\n]{0,20}?\bitem (?:#\s*)?9\b|\bitem (?:#\s*)?9 (?:of the )?PHQ|\bEPDS[^.;\n]{0,20}?\bitem (?:#\s*)?10\b"
    # asking about it is the screen: "asked alone about wishing to be dead", "asked directly re thoughts of death"
    r"|\basked\b[^.;\n]{0,80}?\b(?:about|re|regarding|whether|if)\b[^.;\n]{0,30}?\b(?:suicid\w*|self-harm\w*|(?-i:SI|HI)\b(?!-\w)|(?:hurting|harming) (?:(?:anyone|others|someone|other people|anybody) (?:or|and) )?(?:him|her|them)sel\w+|(?:hurting|harming) (?:anyone|others|someone|other people|anybody)\b|"
    r"killing (?:him|her|them)sel\w+|harming (?:him|her|them)sel\w+|wish\w* (?:to be|(?:that )?(?:s?he|they) (?:was|were)) dead|"
    # ... and a young child's safety screen: "Asked both parents about harsh discipline, injuries, and violence"
    r"thoughts? of (?:death|dying|ending|suicide|killing|harming)|harsh discipline|abuse|maltreatment|violence (?:in|at|between)|injuries)"
    # a lifetime answer is a screen's result: "she has never had thoughts of suicide", "never had any thoughts of self-harm"
    r"|\bnever (?:had|reported|endorsed|experienced) (?:any )?(?:thoughts?|ideas?|urges?) of (?:suicide|self-harm|killing|hurting|harming|ending)"
    # "no plan, no intent", "no intent or plan": the formulation of a screen
    r"|\bno (?:suicidal )?(?:plan|intent)\s*(?:,|;|or|and|nor|/)\s*(?:no )?(?:plan|intent)\b"
    # told as two denials or after the wish it screens: "Denies any plan, denies intent", "... better off if I wasn't
    # here ... Denies any plan"
    r"|\b(?:denie[sd]|denying|no)\s+(?:any\s+)?(?:suicidal\s+)?(?:plan|intent)s?\s*(?:[,;.]|or|and|/)\s*(?:(?:denie[sd]|no)\s+)?(?:any\s+)?(?:plan|intent)\b"
    r"|\b(?:better off (?:if|without)|(?:was|were)n't here|not (?:be )?here anymore|wish\w* (?:(?:s?he|they|I) (?:was|were) )?dead|"
    r"want\w* to die|thoughts? of (?:death|dying)|suicid\w*)[^\n]{0,160}?\b(?:denie[sd]|no)\s+(?:any\s+)?(?:plan|intent)\b"
    r"|\bitem (?:#\s*)?10\b[^.;\n]{0,80}?\b(?:harming myself|self-harm)"
    r"|\b(?:denie[sd]|denying|no|negative for|without|endorse[sd]?|endorsing|reports?|reported|current|passive|active|intermittent|fleeting|chronic)\b"
    r"[^.;\n]{0,30}?\b(?:SI|HI|SI/HI|HI/SI|suicidal(?: or homicidal)? (?:ideation|thoughts?|intent|plan|urges)|homicidal (?:ideation|thoughts?)|"
    r"thoughts (?:of|about) (?:suicide|killing|death|dying|self-harm|ending (?:(?:his|her|their|my) )?life|"
    r"harming (?:self|others|(?:him|her|them|my|your)sel(?:f|ves)|him|her|them|the baby|the child|(?:his|her|their) (?:baby|child|children|kids?)))|"
    r"(?:wish(?:es|ing)?|want(?:s|ing)?) to (?:be dead|die)|intent or plan|plan or intent)\b(?!-\w)"  # "SI-R" is the Saving Inventory, not SI
    r"|\b(?:(?-i:SI|HI|SI/HI|HI/SI)(?!-\w)\s*[:=\-]?|(?:SI|HI|SI/HI|HI/SI|suicidal ideation|homicidal ideation)\s*[:=\-])\s*(?:denied|denies|none|neg|negative|no|yes|present|passive|active|endorsed)\b"
    r"|\brisk (?:assessment|level|formulation|screen\w*)\b|\bsafety (?:screen\w*|assessment)\b|\b(?:assessed|rated|estimated|formulated) as (?:low|moderate|high|minimal|elevated)"
    r"|\b(?:low|moderate|high|imminent|elevated|minimal)\s+(?:acute\s+|chronic\s+)?(?:suicide\s+|suicidal\s+|self-harm\s+|violence\s+)?risk\b(?!\s+(?:of|for)\s+(?!suicide|self-harm|harm|violence))(?!\s+factors?)"
    r"|\b(?:chronic|acute) (?:risk )?(?:high|moderate|low)\b"
    # the level after the word: "Suicide and self-harm risk judged low", "risk was assessed as minimal"
    r"|\brisk (?:(?:is|was) )?(?:judged|assessed|rated|considered|deemed|felt to be|estimated|formulated)(?: as| to be)? (?:low|moderate|high|minimal|elevated)\b"
    r"|\brisk to (?:self|others)\s*(?:[:\-]|is|was|judged|assessed as)?\s*(?:low|moderate|high|minimal|elevated|imminent|none)"
    r"|\bno (?:statements?|thoughts?|talk|mention) (?:about|of) (?:wanting to die|suicide|killing (?:himself|herself|themselves)|"
    r"hurting (?:himself|herself|themselves)|self-harm)"
    # in plain words, as a child is asked: "denies wanting to hurt himself or others", "no self-harm statements"
    r"|\b(?:denie[sd]|denying|no|without)\b[^.;\n]{0,20}?\b(?:wanting|wish(?:es|ing)?|urges?|thoughts?|intent(?:ions?)?|plans?) (?:to|of|about) "
    r"(?:hurt|harm|kill)(?:ing)? (?:him|her|them|my|your)sel(?:f|ves)|\bno (?:suicidal |self-harm )(?:statements|talk|urges|thoughts)\b")
RISK_FACTOR = _rx(r"\b(?:firearms?|guns?|handguns?|rifles?|weapons?|(?:prior|previous|lifetime|past) (?:suicide )?attempts?|suicide attempt|"
                  r"self-harm|NSSI|cutting(?! (?:down|back|out|class|classes|school|corners|ties))|overdose|access to (?:means|pills|medications))\b")

TREATMENT_WORD = (r"(?:treatment|treated|tx\b|(?:psycho)?therapy|(?:psycho)?therapist|counsel\w*|psychiatri\w+|psycholog\w+|hospitali\w+|inpatient|IOP|PHP|residential|rehab\w*|"
                  r"detox\w*|program|medication trials?|outpatient|(?:mental|behaviou?ral)[- ]health (?:care|services|treatment))")
PRIOR_NONE = _rx(r"\b(?:no|denies(?: any)?) (?:prior|previous|past|earlier)\b[^.;\n]{0,45}?\b(?:%s|services)|never (?:been in|had|received|seen|attended|tried) (?:any )?(?:therapy|counsel|treatment|"
                 r"a therapist|a counselor|mental health|psych)|(?<!for the )first (?:time in|episode of|contact with|time seeking) (?:any (?:kind|form|sort) of )?(?:therapy|treatment|counsel|mental health)|"
                 r"\b(?:is|was|marks|as|will be|would be|becomes|['\u2019]s) (?:her|his|their|the (?:client|patient|child|member)['\u2019]s|pt['\u2019]s|\w+['\u2019]s) (?:very )?first(?: ever)?\b[^.;\n]{0,40}?\b(?:treatment|therapy|counsel\w*|(?:psychiatric|mental[- ]health|psychological) (?:care|help|services)|contact with (?:mental health|a (?:therapist|counsel\w*)))|\b(?:no ?one|nobody|no (?:doctor|therapist|counsell?or|professional|provider|specialist))\s+(?:has\s+|had\s+|ever\s+)*(?:seen|treated|evaluated|assessed|helped)\s+(?:him|her|them|the (?:client|child|patient))\s+(?:for (?:this|it|these|that|any of (?:this|it))|before)\b|\bthe first (?:\w+[- ])?(?:treatment|therapy|counsel\w*|care|help) (?:she|he|they|I)(?:['\u2019]ve| has| have)? ever (?:had|received|sought|tried|got(?:ten)?)\b|"
                 r"\bfirst time (?:in (?:her|his|their|my) (?:life|lives) |ever )?(?:she|he|they|I|the (?:client|patient|child|family|parents)|(?:her|his|their) (?:parents|family))(?:['\u2019]s| has| have| had)? (?:ever )?(?:seen|been to|been in|had|sought|tried|received|talked (?:to|with)|spoken (?:to|with)|gone to|met with|worked with) (?:help (?:from|with) )?(?:a |any )?(?:therapist|counsel\w*|therapy|treatment|mental health)|"
                 r"\b(?:seeking|sought|seeks|starting|entering) (?:\w+ )?(?:counsel\w*|therapy|treatment|mental health care) for the first time\b|"
                 # "No mental health treatment in Haiti", "no psychiatric care before": none of that kind, ever
                 r"\bno (?:mental[- ]health|psychiatric|psychological|behavio(?:u)?ral[- ]health) (?:treatment|care|services|counsel\w*|therapy|history)\b(?!\s+(?:currently|now|at (?:this time|present)|yet|today|this week|scheduled|planned|available|in (?:place|the plan)))|"
                 # "no counseling ever before", "no therapy before now", "never any counseling before this"
                 r"\b(?:no|never any)\s+(?:counsel\w*|therapy|psychotherapy|treatment|psychiatric care|mental health (?:care|treatment|services))"
                 r"(?:\s*(?:,|or|and|/)\s*(?:counsel\w*|therapy|psychotherapy|treatment|psychiatric care|psychiatry|medication|mental health (?:care|treatment|services)))*\s+"
                 r"(?:ever\s+)?(?:before(?:\s+(?:now|this|or since|or after))?|previously|until now|in (?:her|his|their) life)(?=\s*(?:[.;,(\"'\u201c)\n-]|$))|"
                 r"treatment[- ]na[i\u00ef]ve|no treatment history|(?:prior|previous|past) (?:treatment|therapy|counsel\w*|psychiatric (?:history|treatment))"
                 r"\s*[:\-]\s*(?:none|denied|denies|no\b|n/a)" % TREATMENT_WORD)
# An earlier stage of life, and the care a client may have had in it.
_LIFE_STAGE = (r"(?:\b(?:in|during) (?:(?:the )?\d{1,2}(?:st|nd|rd|th) grade|(?:middle|high|elementary|grade|grad(?:uate)?|primary|secondary) "
               r"school|college|university|(?:his|her|their) (?:teens|twenties|20s|freshman|sophomore|junior|senior) year)|\bas an? "
               r"(?:child|kid|teen(?:ager)?|adolescent|young adult|student)\b|\bwhen (?:she|he|they) (?:was|were) (?:\d{1,2}|little|"
               r"younger|an? (?:child|kid|teen(?:ager)?)))")
_NOT_AHEAD = r"(?:(?!\b(?:will|plans?|planned|going to|would|next|wants?|hopes?|future)\b)[^.;\n])"
_CARE_OF_OLD = (r"(?:therap(?:y|ist)|counsel(?:l)?(?:ing|or)s?(?: check-?ins?)?|psychiatrist|psychologist|CBT|DBT|EMDR|"
                r"hospitali[sz]\w*|inpatient|residential)")
PRIOR_SOME = _rx(r"(?:\b(?:prior|previous|past|previously|formerly|earlier)\b|\b(?:history|hx) of\b)[^.;\n]{0,40}?\b%s|(?:was|were|been) (?:psychiatrically )?(?:hospitali[sz]ed|admitted)|"
                 r"(?:inpatient|psychiatric|hospital) (?:stay|admission|hospitali[sz]ation|unit)s?|discharged\b[^.;\n]{0,40}\b(?:inpatient|hospital|PHP|IOP|residential|unit|program|stay)|"
                 r"(?:completed|graduated from|stepped down from|transferred from|discharged from)\b[^.;\n]{0,30}\b(?:IOP|PHP|residential|rehab|detox|inpatient|hospital)|"
                 r"(?:tried|failed)\s+(?:weekly |individual |group |outpatient )*(?:therapy|outpatient|counsel\w*|CBT|DBT|EMDR|treatment)|"
                 r"(?:trials? of|tried|failed)\s+(?:%s)|(?:therapy|counsel\w*|treatment)\s+(?:in|from|during)\s+(?:(?:19|20)\d\d|the (?:19|20)\d0s|ages?\s+\d+(?:\s*[-\u2013]\s*\d+)?)|(?:therapy|counsel\w*|CBT|DBT|EMDR)\s+(?:(?:in|at|during) (?:college|high school|grad(?:uate)? school|the (?:army|military|navy)) )?\(?(?:19|20)\d\d\b(?!\s*[-\u2013/])|"
                 # a stay told as a story ("two weeks on a unit in 2023", "ten days in a psych hospital"): "a", never this stay's
                 # "the"; and visits counted ("went to the clinic twice")
                 r"\b(?:days?|weeks?|nights?|months?) (?:on|in|at) an? (?:\w+ )?(?:unit|ward|hospital|rehab|detox|residential|program)\b|"
                 r"\bwent (?:to|back to) (?:the |a |an )?(?:\w+ )?(?:clinic|counsel\w*|therap\w*|psychiatrist|program)\b[^.;\n]{0,20}?\b(?:once|twice|\d+ times|a few times|a couple of times)\b|"
                 # an earlier attempt at care counted: "her second try at a more intensive program", "his third admission"
                 r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another|repeat) (?:try|attempt|round|go|admission|stay|course|"
                 r"episode of care|time in)\b[^.;\n]{0,40}?\b(?:program|treatment|therapy|counsel\w*|IOP|PHP|residential|rehab|detox|"
                 r"hospital\w*|unit|inpatient|admission|stay)\b|"
                 r"(?:treatment|psychiatric|therapy) history|\b(?:saw|seen by|was seeing) a (?:therapist|counselor|psychiatrist|psychologist)|\b(?:was|were|had been) in (?:therapy|counsel\w*|treatment)|"
                 # care placed in an earlier stage of life: "school counselor check-ins in 8th grade", "in high school he
                 # went to a therapist", "counseling in college for a semester", "as a teen she saw a psychiatrist"
                 # a visit or two counted, then left: "One outpatient counseling visit in <DATE_12>, did not go back"
                 r"\b(?:one|two|three|a few|a couple of|several|\d{1,2})\s+(?:(?:outpatient|therapy|counsel\w*|psychiatr\w*|"
                 r"psycholog\w*|intake|mental health)\s+)+(?:visits?|sessions?|appointments?)\b[^.;\n]{0,40}?(?:\b(?:did not|didn't|"
                 r"never) (?:go|come|went) back\b|\b(?:then )?stopped (?:going|attending)\b|\bdropped out\b|\bnever returned\b)|"
                 # a withdrawal stay, told by its days or its setting: "3-day inpatient medical withdrawal management"
                 r"\b(?:inpatient|residential|hospital|medically (?:supervised|managed))\s+(?:medical\s+)?(?:withdrawal management|detox\w*)\b|"
                 r"\b\d{1,2}-day\s+(?:\w+\s+){0,2}(?:withdrawal management|detox\w*|hospital stay|psychiatric (?:stay|admission))\b|"
                 # a stay named by its setting and a past year: "28-day residential program 2019", "STATE HOSP 2017 X 3 WKS"
                 r"\b(?:residential|inpatient|IOP|PHP|rehab|detox|state hosp\w*|psych(?:iatric)? hosp\w*)\b(?:(?!\b(?:will|plans?|planned|"
                 r"going to|would|next|wants?|hopes?|future|through|thru|until|till|starting|start|started|begins?|began|request\w*|"
                 r"continu\w*|more|current\w*|now|admitted|admission|schedule|week|wk)\b)[^.;\n]){0,25}?(?<![/\-.\d])(?:19|20)\d\d\b(?![/\-.]\d)|"
                 # years in mutual help that ended: "sober 11 years with AA (2014-2025)"
                 r"\b(?-i:AA|NA|SMART Recovery|Al-Anon)\b[^.;\n]{0,15}?\(?(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d|"
                 # ... never care still ahead ("will check in weekly during high school", "plans to see a therapist in college")
                 r"(?:^|(?<=[.;:\n]))%s*?\b%s\b%s{0,40}?%s|%s%s{0,60}?\b%s\b"
                 % (TREATMENT_WORD, "|".join(MEDICATIONS), _NOT_AHEAD, _CARE_OF_OLD, _NOT_AHEAD, _LIFE_STAGE, _LIFE_STAGE, _NOT_AHEAD, _CARE_OF_OLD))
# A field called only "History" is about care when it names some (or says there was none): "History: always 'slow to
# warm up'" is a temperament, "Prior workups: cardiology, MRI" is medical testing; "Hx: no prior therapy" is care.
_BARE_HISTORY = _rx(r"^\s*(?:[^\W\d_][^\s/:]*(?:\s[^\W\d_][^\s/:]*){0,2}\s/\s)?(?:history|hx|past history|background|(?:prior|past|previous)\s+(?:medical\s+)?(?:work-?ups?|tests?|testing|labs?|imaging|consults?))\s*[:\-\u2013]")
_CARE_OR_NONE = _rx(r"\b(?:none|no|never|denies|n/?a|meds?|medications?|rx|hospitali[sz]\w*|inpatient|admi(?:tted|ssions?)|"
                    r"\w*therap\w*|counsel\w*|psychiatr\w*|treat\w*|tx|program|IOP|PHP|RTC|residential|rehab|detox|sober living|groups?|sessions?|clinic|CBT|CPT|DBT|EMDR|ERP|IPT|%s)\b" % "|".join(MEDICATIONS))

def history_without_care(text: str) -> bool:
    return bool(_BARE_HISTORY.search(text)) and not _CARE_OR_NONE.search(text)


# A discharge word that is not a condition for leaving: a goal's deadline ("PCL-5 < 40 by discharge") or a step of a
# medication taper ("Hold the next step-down if CIWA-B >= 15", "step-down to 10 mg").
DISCHARGE_AS_TIME = _rx(r"\b(?:by|at|before|until|prior to|after|following|upon|post-?)\s*(?:the time of |(?:her|his|their|the) )?discharge\b(?!\s+(?:when|if|once|criteria))|"
                        r"\b(?:by|at|before|until)\s+(?:the\s+)?end of (?:treatment|therapy|care|services|the (?:program|episode|school year))\b(?!\s+(?:when|if|once))|"
                        r"\b(?:taper\w*|dos(?:e|es|ing)|\d+\s*mg)\b[^.;]{0,60}\bstep[- ]?downs?\b|"
                        r"\bstep[- ]?downs?\b[^.;]{0,40}\b(?:taper\w*|dos(?:e|es|ing)|\d+\s*mg)\b|\bhold (?:the )?(?:next )?step[- ]?down")


# A line that says an element is absent: a review grid's "N" or "Partial" column, "None in plan or notes", "not yet defined".
ABSENT_VERDICT = _rx(r"\|\s*(?:N|No|P|Partial|\u2717|\u2718|\u2610)\s*\||\bnone (?:in|documented|found|noted|stated|listed|defined|yet)\b|"
                     r"\bnot (?:yet )?(?:documented|defined|stated|specified|established|set)\b")


# An admission used as a point in time of this episode: "scored 23 on the day she was admitted", "since he was admitted".
ADMISSION_ANCHOR = _rx(r"\b(?:the day|since|when|once|after|until|before)\s+(?:she|he|they|I|we|the (?:client|patient|teen|child|resident))\s+"
                       r"(?:was|were)\s+admitted\b(?!\s+(?:to|at|into|in)\b)")
PRIOR_EXCLUDE = _rx(r"prior (?:auth\w*|to)\b|previous (?:session|week|visit)|past (?:week|month|two weeks|\d+ (?:weeks|months|days))\b|"
                    # "on 6 of the last 20 school mornings": the current weeks, not earlier care
                    r"\b(?:last|past) (?:\d+|few|several|two|three|four) (?:school )?(?:days|mornings|afternoons|evenings|nights|"
                    r"weeks|school days|sessions|visits)\b")

# A level of care never tried, right before the level word: "No outpatient therapy before DBT", "never tried IOP".
NEVER_TRIED = _rx(r"\b(?:no|never (?:had|tried|attended|received|been (?:in|to))|has not (?:had|tried)|without (?:any )?)"
                  r"(?:\s+(?:prior|previous|earlier|formal))?\s*$")
# Lower level of care insufficient: a level word and an insufficiency word in one sentence.
LEVEL_WORD = _rx(r"outpatient|\bevening(?:-only| only)? (?:support|program(?:ming)?|groups?|care|IOP)\b|\bhalf[- ]days?\b(?= (?:program|of (?:program|treatment)))|\b(?:monthly|bi-?weekly|every other week|once[- ]a[- ](?:week|month)|twice[- ]a[- ]month)[- ](?:\w+ )?(?:therapy|counsel\w*|sessions?|visits?|appointments?|psychotherapy)\b|\b(?:weekly|office|once[- ]a[- ]week)\b(?=[\w -]{0,20} would (?:normally |usually |ordinarily )?be (?:the )?(?:usual|standard|typical|normal|default|first)\b)|weekly (?:therapy|sessions|individual|care)|\b(?:weekly|once[- ]a[- ]week|biweekly)(?= (?:alone )?(?:has|had|was|were|is) (?:been )?(?:tried|attempted|not enough|insufficient))|weekly (?:\w+ ){0,2}(?:spacing|frequency|schedule|ERP|CBT|DBT|EMDR|IPT|CPT|therapy|psychotherapy|sessions|counseling|treatment|appointments?|visits?)|once[- ]weekly|lower level|less intensive|lower intensity|standard (?:weekly )?(?:therapy|care)|"
                 r"\bIOP\b|intensive outpatient|\bPHP\b|partial hospitali|office[- ]based|(?:individual|routine) (?:therapy|care)|current level|step[- ]?down|ambulatory (?:care|services|treatment)|community (?:resources|services|care|treatment)|mobile crisis|crisis (?:stabili[sz]ation|beds?|respite)|safe(?:ly)? at home|\b(?:counsel\w*|therap\w*|sessions?|saw|sees|seeing|visits?)\b[^.;]{0,40}?\b(?:once|an hour|one hour|a half[- ]hour|half an hour) (?:a|per) week\b|\b(?:counsel(?:l)?or|therapist|psychologist|social worker|nurse)s? (?:\w+ )?(?:weekly|monthly|every (?:other )?week)\b|\b(?:once|an hour|one hour|a half[- ]hour|half an hour) (?:a|per) week\b(?=[^.;]{0,30}\b(?:counsel\w*|therap\w*|sessions?)\b)")
INSUFFICIENT = _rx(r"\btried\b|\bfailed\b|\b(?:outpatient|weekly|current|treating) (?:team|therapist|provider|psychiatrist|clinician|counsel\w+)s? (?:has |have )?(?:referred|sent|recommended|moved|stepped) (?:(?:her|him|them|the (?:client|patient|member)) )?(?:up )?(?:to|for) (?:a higher level|IOP|PHP|intensive|partial|residential|day treatment)|"
                   # what the lower level cannot carry: "I do not think she can hold this at evening-only support"
                   r"\b(?:can(?:not|'t)|could(?: not|n't)|do(?: not|n't) think (?:she|he|they) (?:can|could)|unable to) (?:hold|sustain|"
                   r"keep (?:this|it|that) up|get through|carry)\b|"
                   # in other words: "weekly spacing is too slow for the exposure", "scores stuck at 30-32 the whole time"
                   r"\btoo (?:slow|infrequent|spread out|far apart|little|long between)\b|\bnot (?:frequent|intensive|often) enough\b|\bstuck (?:at |around |near |between )?\d|"
                   r"\b(?:progress|scores?|symptoms?|gains)\b[^.;]{0,20}\b(?:stuck|plateau\w*)\b|"
                   # the lower level named as the usual choice, then why not: "Weekly office-only would be the usual format, but she cannot ..."
                   r"\bwould (?:normally |usually |ordinarily )?be (?:the )?(?:usual|standard|typical|normal|default|first)\b[^.;]{0,40}\bbut\b|"
                   # what the lower level would leave uncovered: "a day program does not cover nights", "would be home
                   # ... unsupervised by staff", "would not be safe while getting herself to and from a day program"
                   r"\b(?:would|could|will) not be (?:safe|enough|sufficient|adequate)\b|\bunsupervised\b|without (?:staff|supervision|monitoring)\b|"
                   r"\b(?:program|level|IOP|PHP|outpatient|it|which|sessions?) (?:does(?:n't| not)|would(?:n't| not)|can(?:'t|not)) (?:cover|provide|offer|"
                   r"supervise|monitor)\b|insufficient|not (?:been )?(?:sufficient|enough|adequate|effective|appropriate|safe|available)|inadequate|unsuccessful|"
                   r"(?:did not|didn't|does not|doesn't|could not|couldn't) (?:reduce|improve|help|work|prevent|stop|decrease|change|control|curb|(?:contain|hold)(?= (?:the |her |his |their )?(?:[\w-]+ ){0,2}(?:crises|crisis|symptoms?|urges?|behaviou?rs?|purging|bingeing|binges|self-harm|cutting|use|drinking|relapses?|outbursts|episodes|panic)\b))|without (?:reduction|improvement|benefit|change|success)|despite|escalat\w+|"
                   r"worsen\w*|deteriorat\w+|unable to (?:maintain|manage|stabilize|keep|remain|be safe)|cannot be (?:managed|treated|safely|met)|"
                   r"requires? (?:more|daily|additional|a higher|greater|24-hour)|needs? (?:more|daily|\d+ hours)|unavailable|no (?:IOP|PHP|program|openings|availability)|"
                   r"too (?:severe|acute|unsafe)|not (?:been )?(?:able|possible)|ineffective|(?:no|minimal|limited) benefit|(?:has not|hasn't|did not) helped?|plateau\w*|relaps\w+(?![- ]prevention)|"
                   r"(?:did not|didn't|does not|doesn't) (?:give|provide|offer) (?:enough|sufficient)|"
                   # "has not stopped her fentanyl use", "needs at least 9 hours a week", "IOP can't cover the other evenings"
                   r"(?:has|have|had) not (?:stopped|prevented|reduced|held|worked|changed|controlled|kept|contained|lowered|resolved)|"
                   # "weekly IPT was not holding her", "weekly outpatient would leave him six unstructured days"
                   r"\b(?:was|were|is|are) not (?:holding|working|enough)\b|\bwasn't (?:holding|working)\b|\bunstructured\b|(?:hasn't|haven't|hadn't) "
                   r"(?:stopped|prevented|reduced|held|worked|helped|changed|controlled|contained|lowered|resolved)|"
                   # the level left the problem where it was, so care was stepped up: "weekly sessions left BDI-II at 33-36 and
                   # absences rising, so frequency was increased"
                   r"\bleft (?:(?:her|his|their|the) )?[\w-]+ (?:at|unchanged|high|elevated|rising|the same)\b|"
                   r"\b(?:frequency|sessions|level of care) (?:was|were|had to be) (?:increased|stepped up|raised|doubled)|needs? (?:at least |a minimum of |more than )?\d+\s*(?:\+\s*)?"
                   r"(?:hours?|hrs?|h\b|days?)|can(?:'t|not|\u2019t) (?:cover|provide|manage|meet|keep (?:him|her|them) safe|offer|handle|address|contain)|(?:do|does|did) not meet (?:the |his |her |their )?(?:\w+ )?needs|\bbeds? (?:were|was|are|is) (?:all )?full\b|\b(?:isn't|isnt|wasn't|wasnt|aren't|weren't) (?:enough|sufficient|adequate|working|helping)\b|\b(?:didn't|did not) (?:hold|work|help|last|stick)\b")

FREQUENCY = _rx(r"\b(?:24[- ]hour|24/7|around[- ]the[- ]clock|weekly|bi-?weekly|fortnightly|twice[- ](?:a[- ])?week(?:ly)?|semi-?weekly|once[- ]weekly|every (?:other )?(?:week|day)|every (?:two|three|four|[2-4]) ?(?:weeks|wks)|daily|monthly|"
                r"(?:once|twice|three times|four times|five times|\d+\s*(?:x|times))\s*(?:a|per|/)\s*(?:week|wk|day|month)|\d+x\s*/?\s*(?:week|wk|day)|\bx\s*\d\s*/\s*(?:week|wk)\b|"
                r"(?<![\w/])q\.?\s?(?:week|wk|wkly|other week|[1-4] ?weeks|[1-4] ?wks?|[1-4]w|day|month|mo)|"
                # with each session's length between: "two 60-minute sessions a week", "3 x 45 min sessions per week"
                r"(?:\d+|one|two|three|four|five)\s*(?:x\s*)?(?:\d+[- ]?min(?:ute)?s?\.?\s+|\d+[- ]hour\s+)?(?:(?:individual|family|group|ERP|CBT|DBT|therapy)\s+)?"
                r"(?:days?|sessions?|hours?|hrs?|h|contacts?|visits?|appointments?|mornings?|afternoons?|evenings?|nights?)\s*(?:a|per|/|each)\s*(?:week|wk|day))\b")
DURATION = _rx(r"\b\d+[- ](?:session|week|visit)s? (?:protocol|course|program|curriculum|model)\b|\b(?:sessions|visits),?\s+(?:\d{2,3}[ -]?min(?:utes)?\.?,?\s+)?(?:(?:about|around|approx\.?|~)\s*\d+(?:\s+(?:more|additional|further|total|in (?:all|total)))?|\d+\s+(?:total|in (?:all|total)))\b|\b(?:through|thru|until) (?:the )?end of (?:the )?(?:term|semester|school year|quarter)\b|\b(?:for|over|within) (?:an? )?(?:estimated |additional |another |the next |the first |up to |about |around |approx(?:imately|\.)? |~ ?)?(?:\d+(?:\s*[-\u2013]\s*\d+)?|one|two|three|four|five|six|eight|ten|twelve) (?:more )?"
               r"(?:weeks?|wks?|months?|mos?|sessions?|visits?|days?|program days)\b|\b(?<![\d.])\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?\s+(?:(?:more|additional|further|weekly|individual|group|family|program|"
               r"treatment|biweekly|\d+-minute|\d+-min|\d+ min(?:ute)?|\d+(?:\.\d)?-(?:hour|hr)|(?:one|two|three)-hour|(?-i:[A-Z]{2,5}(?:-[A-Z]{1,2})?)|skills|exposure|therapy|counsell?ing|psychotherapy)\s+)*(?:sessions|visits|treatment days|program days)\b(?!\s*(?:/|(?:per|a|each) (?:week|wk|month|day)\b))|(?:sessions?|visits?|(?:bi-?)?weekly(?: (?-i:[A-Z]{2,6}))?|\d{5}|(?<![\d.])\d{1,3}\+? min(?:utes|s)?\+?)\s*(?:x|\u00d7)\s*\d+\b(?!\s*(?:claim\s+)?(?:lines?|claims?)\b)|(?:sessions?|visits?),?\s+(?:about |around |approx\.? |~ ?)?(?:\d+|two|three|four|five|six|eight|ten|twelve) (?:more|additional|further)\b|\b(?:through|until|to) session \d+\b|\bsession \d+ of \d+\b|(?:(?<=\))|(?<=weeks)|(?<=wks)|(?<=week)|(?<=wk)|(?<=weekly)|(?<=monthly)|(?<=month))\s*(?:x|\u00d7)\s*\d+\b(?!\s*(?:weeks?|wks?|sessions?|sess|months?|mos?|days?))|(?:\bx|\u00d7)\s*\d+\s*(?:more |additional |further )?(?:weeks?|wks?|sessions?|sess|months?|mos?|days?)\b|\b\d+[- ](?:week|wk|month|mo|session|day)s?\b"
               r"(?!\s*(?:/|a\b|per\b|old|ago|history|postpartum|pregnant|sober|clean\b|abstinent|in a row|straight|of (?:sobriety|abstinence)|"
               r"without (?:a |any )?(?:alcohol|drinking|a drink|drinks|using|use|drugs|cannabis|substances?|vomiting|purging|self-harm|cutting)))|duration\s*[:\-]\s*(?!\d{1,3}\s*(?:min|minutes?|mins?|hrs?|hours?|h)\b|\d{1,2}:\d{2})[A-Za-z0-9]|length of stay|\bE?LOS\b|\bEDD\b|"
               r"(?:estimated|expected|anticipated|est\.?) (?:duration|length|number)|"
               # the count after the sessions it counts, with no unit of its own: "Weekly video sessions around his shifts, 12 more."
               r"\b(?:sessions?|visits?)\b[^.;\n]{0,50},\s*(?:about |~)?\d{1,2} more(?=\s*[.;]|\s*$)|\b(?:sessions|visits),\s*\d{1,2}(?=\s*(?:[.;)]|$))|\b(?:\d+(?:\s*[-\u2013]\s*\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
               r"fifteen|sixteen|twenty)\s+(?:more|additional|further)\s+(?:weeks?|months?|sessions?|visits?|(?:program |treatment )?days)\b|\b(?:through|until|thru) (?:%s|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/(?:19|20)\d{2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d{2}\b)|"
               # a plan's own end point (the "duration" of a Medicare plan is a target date under a year away)
               r"\b(?:target|projected|anticipated|expected) (?:end |completion |discharge )?date\s*(?:of\s*)?[:\-]?\s*(?:%s|\d{1,2}/\d{1,2}/\d{2,4})|"
               # up to the plan's next review: "weekly through the April review", "weekly to the 04/07 review"
               r"\b(?:through|until|till|to) the (?:next |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* |\d{1,2}/\d{1,2}(?:/\d{2,4})? |%s )?"
               r"(?:plan |treatment plan )?(?:review|reassessment|re-?evaluation)\b" % (PLACEHOLDER, PLACEHOLDER, PLACEHOLDER))
PLAN_CUE = _rx(r"\b(?:plan\w*|recommend\w*|request\w*|submitted for|asked for|asking for|authori[sz]\w*|propos\w*|will|continue\w*|anticipat\w*|expect\w*|estimat\w*|est\b|agreed to|commit\w*|"
               r"schedul\w*|sched|course of|over the next|for the next|additional|starting|starts|begin\w*)\b")
# A benefit plan is no treatment plan, and sessions used up are history: "he used the 3 EAP sessions his plan allows".
BENEFIT_OR_USED = _rx(r"\b(?:health|insurance|benefits?|EAP|employer'?s?|dental|medical|(?:his|her|their|my|your|the member's) (?=plan\s+"
                      r"(?:allows|covers|pays|limits|caps|permits|gives|includes)))\s*plan\b|\bused (?:up )?(?:the|his|her|their|all|\d+)\b|\b(?:were|was|have been|has been|had been|are now|is now)\s+(?:all\s+)?(?:used|exhausted)\b")
PAST_CUE = _rx(r"^\W*(?:19|20)\d\d\s*[:\u2013\u2014-]\s|\b\d+\s+(?:visits|sessions)\s+(?:so far|to date|completed so far)\b|\b(?:has|have) (?:attended|completed|had) \d+\s+(?:visits|sessions)\b|\bsince\b[^.;]{0,40}\b\d+\s+(?:visits|sessions)\s+(?:total|in all|attended)\b|"
               # time already spent: "she has now been off it for two weeks", "he had been in IOP for 6 weeks"
               r"\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?been\b[^.;\n]{0,40}?\bfor\s+(?:about\s+)?(?:\d+|two|three|four|five|six|eight|ten|twelve|several|a few)\s+(?:days|weeks|months|years)\b|"
               r"\bbeen\s+(?:about\s+|like\s+)?(?:\d+|two|three|four|five|six|a few|several)\s+(?:days|weeks|months|years)\b|\b(?:prior|previous|previously|past|history|tried|failed|did not|\bhad\b|ago|saw|was seen|went to|kept going|slipped|(?:was|were) (?:cut|reduced|dropped)|went back (?:up |down )?to|moved everyone|from ages?|in (?:19|20)\d\d|(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)?\d\d|"
               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s*[-\u2013]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
PAST_MODALITY = _rx(r"\b(?:previously|prior|previous|past|tried|failed|formerly|used to|declined)\b")
# A course told as over after its name: "DBT skills group in 2023 -- finished 16 of 24 wks, left when she started a job".
ENDED_AFTER = _rx(r"[^.;\n]{0,60}?\b(?:left (?:when|after|in|because|early)|dropped out|discontinued|quit|stopped attending|"
                  r"ended (?:in|on|after|when)|was discharged|terminated (?:in|on|after)|declined|refused|was offered|"
                  # care of an earlier life stage, or left unfinished: "play therapy from age 7", "that she did not finish"
                  r"did not finish|didn't finish|never finished|from (?:the )?ages? (?:of )?\d{1,2}|as a (?:child|kid|teen(?:ager)?|young child))\b")
TREATMENT_CUE = _rx(r"\b(?:sessions?|follow[- ]?ups?|therapy|psychotherapy|group|IOP|PHP|program|treatment|visits?|individual|family|couples|CBT|DBT|EMDR|sees|seen|seeing|com(?:es|ing)(?! home)|meets?|attend\w*|9\d{4})\b")
MED_CUE = _rx(r"\b(?:prescri\w+|taking|takes|started|on|medications?|meds|dose|titrat\w+|increased to|decreased to)\b")
# "Next session in 1 week", "RTC 2 weeks": the interval to the next visit is not a treatment duration.
NEXT_VISIT = _rx(r"(?:next (?:session|appointment|visit)|follow[- ]?up|f/u|return\w*|RTC|see (?:her|him|them|client) again)\b[^.;]{0,15}$")
SUSTAIN = _rx(r"consecutive|in a row|straight|sustained")

# Change told as a proportion or in plain words: "way down, maybe a third of what they were", "half as often", "cut in half".
_EARLIER = (r"at intake|at baseline|at admission|at the start|last (?:week|month)|at (?:session|visit|week) (?:1|one)|at the first (?:session|visit)|"
            r"in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|before (?:treatment|therapy|intake|admission|we (?:started|began))")
PROPORTION_CHANGE = (r"\bway (?:down|up|better|less)\b|\b(?:a|one) (?:third|half|quarter) (?:of what|as (?:often|much|many|long))\b|"
                     r"\bcut (?:in half|by (?:half|a third|\d+ ?%))\b|\bhalf as (?:often|much|many|long)\b|\b(?:went|has gone|have gone|came) down\b|"
                     r"\b(?:dropped|fell|went down|came down|reduced|decreased|rose|increased|improved) from\b[^.;\n]{0,30}?\bto\b|"
                     # the earlier figure in brackets, or after "up/down from": "3 of 5 nights (1 of 5 at intake)", "(0 of 4 in
                     # January)", "5 nights of 7 this week, up from 2 in March"
                     r"\(\s*\d+(?:\s*(?:of|/)\s*\d+)?[^()\n]{0,25}?\b(?:EARLIER)\b|\b(?:up|down) from (?:about |around |~\s?)?\d+(?:\s*(?:of|/)\s*\d+)?\s+(?:EARLIER)\b|"
                     # the earlier figure told with "was": "texts to mother about 8/day (was 20-30)", "1 h/day (was 4 h)"
                     r"\d[^()\n]{0,20}\(\s*(?:was|previously|formerly|down from|up from)\s+(?:about |around |~\s?)?\d").replace("EARLIER", _EARLIER)
# a count before care began set against a later one: "6 cutting episodes in the week before admission -> 2 since"
PROGRESS = _rx(PROPORTION_CHANGE + r"|"
               # change counted in a program's days: "day 1 left group after 2 hours; since day 4 stays the full 6 hours"
               r"\bsince (?:day|week|session) \d{1,3}\b[^.;\n]{0,40}?\b(?:stays?|stayed|attends?|attended|eats?|ate|sleeps?|slept|"
               r"joins?|joined|speaks?|spoke|completes?|completed|finishes|finished|participates?|participated)\b|\b\d+(?:/\w+)?\b[^.;\n]{0,70}?\b(?:before|at|on|prior to|pre-?)\s?(?:admission|intake|treatment|baseline|the start)\b[^.;\n]{0,30}?(?:->|\u2192|=>)\s*\d+|\b(?:fell|dropped|decreased|declined|went down|came down|rose|went up|increased|climbed|went) from (?:about |around |roughly |nearly )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)[^.;]{0,60}?\bto\b|\bimprov(?:ed|ing|ement)\b|\bbetter\b(?! (?:things|stuff|places?|ways?|jobs?|life|options?|ideas?|people|person|parents?|friends?)\b)|\bcalmer\b|\bless (?:anxious|depressed|irritable|frequent|often|severe|avoidant)\b|\bfewer\b|"
               r"\bdecreased\b|(?<!count )(?<!counts )(?<!counted )(?<!counting )\b(?:down|decreased) from\b|\b(?:down|decreased|reduced|dropped) to \d|\bfor the first time (?:since|in)\b|(?<!\bcan )(?<!\bcould )(?<!\bmay )\bno longer\b(?! (?:\w+ )?(?:able|capable|interested|wants?|enjoys?|helps?|works?|goes|attends?|plays?|sees|visits?|drives?|cooks?|hosts?|leaves?|socializ\w*|participates?|talks?|calls?|reads?|exercises?|invites?|sings?|teaches?|volunteers?|coaches?|leads?|joins?|showers?|bathes?|dresses?|answers?|cares?|feels? like)\b)|\bresumed\b|\breturned to\b|\b(?:has|have) (?:started|begun)\b|"
               r"\bnow (?:able|helps|attends|runs|sleeps|goes|uses|completes|eats|drives|works)\b|\b(?:made|make|makes|making|good|some|steady|significant|clear) progress\b|\bprogress(?:ed|ing) (?:well|toward)|\bgains?\b|\b(?:goal|goals) (?:met|achieved)\b|"
               r"\b(?:partial|good|some|positive) response\b|\bresponding\b|(?<!whether )(?<!if )(?<!sure )\b(?:it|this|therapy|treatment|the (?:work|therapy|sessions?|group)|sessions?|CBT|DBT|ERP|EMDR)\s+(?:is|are|has been|have been|seems?(?: to be)?)\s+(?:really\s+)?helping\b|\bremission\b|\bstabiliz(?:ed|ing)\b|\bmore (?:engaged|active|consistent|independent)\b|"
               r"\bindependently\b|\bsuccessfully\b|\bcompared (?:with|to)\b[^.;\n]{0,40}\d|"
               # a coping step taken in place of the old behaviour: "went to staff both times instead of leaving"
               r"\b(?:went|came|called|calls|texted|texts|told|tells|used|uses|chose|asked|asks|reached out|walked away|talked)\b[^.;\n]{0,60}?"
               r"\binstead of (?:acting|leaving|going|drinking|using|cutting|self-harming|hurting|harming|running|hitting|yelling|purging|"
               r"bingeing|binging|fighting|walking|storming|hanging up|isolating|calling 911|going to the ED)\b|"
               r"\b(?:voices?|thoughts?|urges?|mind|head|nightmares?|flashbacks?|cravings?|symptoms?)\b[^.;\n]{0,30}\bquieter\b|"
               r"\bunlike (?:in |at |during |last |when )[^.;\n]{0,40}|\bvs\.? (?:about |only )?\d|\b(?:now|today)\b[^.\n]{0,60}\b(?:was|were) (?:\d|about \d|only)|\bnow\b[^.;\n(]{0,60}\(\s*(?:before|previously|used to|was|at (?:intake|admission))\b|\b(?:now|today)\b[^.\n]{0,40}\b(?:on|at) (?:admission|intake|baseline)\b[^.\n]{0,30}\d|\b(?:hasn't|haven't|havent|hasnt|has not|have not|no)\b[^.;\n]{0,15}\b(?:self[- ]?harm\w*|cut(?:ting)?|used|us(?:e|ing)|drank|drinking|purg\w*|binge?\w*|vomit\w*|panic attacks?|relapsed?|ED visits?)\b[^.;\n]{0,12}\b(?:in|for|since) (?:\d+|two|three|four|five|six|several) (?:days|weeks|months)\b|" + COUNT_COMPARISON + "|" + NEGATIVE_RUN)
PROGRESS_BLOCK = _rx(r"\b(?:will|would|hope\w*|expect\w*|goal|aim\w*|want\w*|to improve|should|may|might|could|if)\b|\bnot (?:\w+ )?(?:improv|better)|"
                     r"\bno (?:improvement|progress|change)|without (?:improvement|progress)|did not")

NOT_STARTED = _rx(r"wait ?-?list\w*|has not (?:yet )?(?:started|begun|been admitted)|not yet (?:started|begun|admitted|enrolled)|pre-?service|"
                  r"awaiting (?:admission|start|intake|authori[sz]ation)|pending (?:admission|authori[sz]ation)|before (?:IOP|PHP|treatment|admission) (?:starts|begins|can start)|"
                  r"(?:unable|could not) (?:to )?(?:start|begin|admit)|on hold|scheduled to (?:start|begin) (?:IOP|PHP|residential|treatment|the program)|"
                  # a placement still being sought: "next bed ~11/03; needs pre-cert", "holding the bed if auth obtained", "PRE-ADMISSION"
                  r"needs? pre-?cert\w*|next (?:open |available )?bed|holding (?:a |the |his |her |their )?bed|bed (?:search|hold)|pre-?admission")
# A payer's decision on services already asked for ("8 sessions of 90837 denied", "Optum authorized 6 sessions",
# "claim for 10 visits was not covered") records history, not the clinician's plan.
DECISION_RECORD = _rx(r"\b(?:denied|denials?|not (?:been )?(?:authori[sz]e[sd]?|approved?|certif(?:y|ied)|covered?)\b|non-?certif\w*|"
                      r"adverse (?:benefit )?determination|EOB|explanation of benefits|remittance|"
                      r"(?:authori[sz]ed|approved|certified|covered) (?:only )?(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\b|"
                      # an authorization already spent: "authorization for 12 visits used up", "the 20 approved sessions ran out"
                      r"\b(?:authori[sz]ation|auth|approval)\b[^.;]{0,40}\b(?:used up|exhausted|ran out|run out|expired|expires)\b|"
                      # the payer's side: "your plan approved 10 visits", "the reviewer read me their step-down criteria"
                      r"\b(?:plan|insurer|insurance|payer|reviewer|care (?:advocate|manager)|UR)\b (?:has |had )?(?:approved|"
                      r"authori[sz]ed|allowed|certified)\b|\b(?:reviewer|care (?:advocate|manager)|insurer|payer|plan)\b[^.;]{0,40}"
                      r"\b(?:their|its) (?:[\w-]+ )?criteria\b|"
                      # the payer's reason quoted: "Stated reason: ...", "Reason given: ...", "the reviewer wrote ..."
                      r"\b(?:stated|denial|given|payer'?s|reviewer'?s|insurer'?s|plan'?s) (?:reasons?|rationale)\b|\breasons? (?:given|stated|"
                      r"for (?:the )?(?:denial|decision))\b|\b(?:reviewer|letter|payer|insurer) (?:wrote|writes|states?|stated|said|says)\b)")
