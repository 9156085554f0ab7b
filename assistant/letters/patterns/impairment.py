"""Functional impairment by domain (work or school, relationships, self-care and daily living, safety): the words a
note uses for a loss of function. Negated mentions are dropped by the caller (letters/elements.py)."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import _rx

IMPAIRMENT: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    ("work_school", r"\bmissed \d+(?![\d/.:-])(?!\s+(?:\w+\s+)?(?:treatments?|sessions?|appointments?|appts?|visits?|doses?|groups?|dialysis|infusions?|injections?)\b)|missed (?:the |a |an )?(?:whole |entire )?(?:\w+ )?(?:semester|term|school year|quarter)|missing assignments|missed (?:work|school|shifts?|class(?:es)?|days|deadlines)|\bGPA\b|grades? (?:fell|dropped|declin\w+|slipp\w+)|"
                    r"\bfailing\b(?!\s+(?:\w+\s+){0,2}(?:trials?|medications?|meds|treatments?|antidepressants?|SSRIs?|courses?))|failed (?:a |two |\d+ )?(?:class|course|exam)|absen(?:t|ces)\b|tard(?:y|ies)|suspen(?:ded|sion)|expelled|detentions?|"
                    r"written warning|\bfired\b|terminated from|lost (?:his|her|their) job|laid off|job loss|(?:(?:was|were|been|got|being)\s+|,\s*)let go\b(?!\s+of\b)|"
                    r"\b(?:still |been )?off work\b|out of work|lost (?:the|his|her|their) (?:[\w-]+ )?(?:slot|position|placement|shifts?)|"
                    r"notice to (?:vacate|quit)|evict\w*|(?:losing|lost|no) (?:his |her |their )?housing|on (?:medical |disability |stress |unpaid |sick |short-term disability |FMLA )?leave|\bFMLA\b|"
                    r"unable to work|can(?:no|')t work|stopped working|reduced (?:hours|to part-time)|moved to part-time|performance (?:review|improvement|problems)|"
                    r"late to (?:work|school|class|(?:first |second |third |\w+ )?period|homeroom|(?:her|his|their) shift)|missing (?:or late to )?(?:school|class(?:es)?|work|shifts?|(?:first |\w+ )?period)|call(?:ed|ing|s) (?:out|in sick)|call(?:ed|ing|s) in (?:sick )?to (?:work|(?:his|her|their) (?:job|shift)|the (?:bakery|shop|store|office|plant|warehouse|restaurant|job))|withdr(?:ew|awn) from (?:\d+ |two |a )?(?:of \d+ )?(?:class|course|school)|"
                    # work declined, taken away or paid less: "still declining roof inspections", "refused one load", "moved
                    # him to desk audits at lower pay", "on light duty", "lost about $900"
                    r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)? down|pass(?:es|ed|ing)? on)\s+(?:\w+\s+){0,3}?"
                    r"(?:loads?|routes?|runs?|shifts?|jobs?|assignments?|inspections?|deliveries|trips?|flights?|overtime|gigs?|contracts?|"
                    r"promotions?|projects?|travel)\b|\b(?:light|lighter|modified|restricted) duty\b|\bat (?:a )?lower pay\b|"
                    r"\b(?:pay|wages?|income|earnings|hours) (?:were |was )?(?:cut|docked|reduced)\b|\blost (?:about |around |roughly |nearly |~\s?)?\$\d|"
                    r"\b(?:cut|reduced) (?:her|his|their) hours\b|\bmoved (?:him|her|them) (?:off \w+ |back )?to (?:desk|light|lighter|modified|restricted|part-time)\b|"
                    r"dropped (?:one |a |\d+ )?(?:class|course)|retire[ds]? early|declines? (?:all )?in-office|school refusal|refus\w+ (?:to (?:go to|attend) )?school|"
                    r"behind (?:in|on) (?:school|work|assignments)|(?:work|job|academic|school) performance|afraid (?:she|he|they) will not manage|"
                    r"grade at risk|at risk of (?:termination|failing|losing)|\b(?:school[- ])?nurse(?:['\u2019]s office)? visits?\b|"
                    r"\b(?:visits?|trips?) to the (?:school )?nurse\b|sent home from school\b|"
                    # leaving work, class or a meeting because of the symptoms: "Left one staff meeting when her chest got tight"
                    r"\b(?:left|leaves|leaving|walked out of|walks out of|ran out of)\s+(?:a |an |the |one |two |three |\d+ |several |both )?"
                    r"(?:staff |team |work |school |morning |afternoon )?(?:meetings?|class(?:es)?|lectures?|shifts?|work|school|the office|exams?)\b"
                    r"(?!\s+(?:at|by|around|after) (?:\d|noon|lunch)|\s+(?:for|on) (?:lunch|coffee|a break|breaks|the day|the weekend|vacation|time))(?=[^.;\n]{0,30}\b(?:when|because|due to|during|mid-?way|halfway|in the middle|early|twice|three times|\d+ times|with (?:a )?panic|after (?:a |an |her |his )?"
                    r"(?:panic|attack|flashback)))"),
    ("relationships", r"\barguments?\b|\bconflicts?\b|\bfights?\b|isolat\w+|withdr(?:awn|ew|awing) from (?:friends|family|peers|others)|"
                      r"stopped (?:seeing|calling|visiting) (?:friends|teammates|family|peers)|avoids? (?:friends|family|social|eating with|being alone with|people|peers)|"
                      r"moved out|estranged|no friends|lost (?:friends|contact)|refuses? (?:sleepovers|to see)|"
                      r"skip(?:s|ped)? (?:\w+ )?family|angry outbursts|outbursts at|irritable (?:with|w/)|yell(?:s|ing|ed) at|tantrums|peer (?:rejection|conflict)|"
                      r"bullied|teased|(?:classmates|peers|kids|other children) (?:imitate|mock|tease)\w*|made fun of|picked on|stays? in (?:his|her|their) room|eats? (?:\w+ )?alone|(?:has not|hasn't|never) (?:joined|made|had) (?:any |a )?(?:club|friends?|activit)|"
                      r"refus\w+ to (?:speak|talk|order|go out|attend|leave the house)|missed (?:her|his|their) \w+'s|relationship (?:strain|distress|problems)|"
                      r"marital (?:conflict|distress)|custody|"
                      # company given up: "stopped hosting her card group", "no longer invites her sisters over"
                      r"\b(?:stopped|quit|gave up|no longer)\s+(?:hosting|inviting|having (?:friends|family|people|anyone|her \w+|his \w+) over|"
                      r"visiting (?:friends|family|her|his|their|neighbou?rs))\b|stopped (?:his|her|their) (?:weekly )?\w+ (?:game|club|group)|stopped going to|"
                      # contact with a child only under supervision: "supervised visits with his daughter"
                      r"supervised (?:visits?|visitation|contact|parenting time)\b|"
                      # activities given up and meals taken apart: "had quit volleyball", "ate lunch in a bathroom stall"
                      r"\b(?:quit|dropped out of|gave up|has given up|stopped going to|stopped)\s+(?:the |her |his |their )?(?:[a-z]+ )?(?:team|club|band|choir|"
                      r"orchestra|volleyball|soccer|basketball|football|baseball|softball|hockey|swim\w*|track|dance|lessons|scouts|youth group|church|"
                      r"woodshop|painting|gardening|golf|fishing|hobbies|the gym|gym|book club|bible study|mass|services)\b|"
                      r"\bat(?:e|es|ing)? (?:lunch |meals? )?(?:alone )?in (?:a|the) (?:bathroom|restroom|toilet|stall|library|nurse['\u2019]s office|car)\b"),
    ("self_care", r"\b(?:sleep(?:s|ing)?|slept) (?:about |only |less than |under |fewer than |barely |just |around |maybe |roughly |~\s*|approx\.?\s+|<\s*)?\d+(?:\.\d+)?(?:\s*[-\u2013]\s*\d+)?\+?(?:\s*(?:hours?|hrs?|h\b))?|\d+\s*(?:-\s*\d+\s*)?(?:hours?|hrs?) (?:of sleep|a night|per night|nightly)|insomnia|"
                  r"not (?:showered|bathed|showering|bathing|eating|eaten|getting dressed|left (?:the|her|his|their) (?:house|home|bed|apartment))|"
                  r"eat(?:s|ing)? (?:only )?(?:one|1) meal|refus\w+ (?:to eat|to sleep|meals|snacks|food)|hygiene|(?:does|did) not get dressed|poor appetite|not eating|skip(?:s|ping|ped) meals|"
                  r"weight loss|lost \d+ ?(?:lb|lbs|pounds|kg)|\bbinge|purg\w+|restrict\w+|stays? in bed|in bed (?:most|all)|household|chores|"
                  # the day spent in bed or a chair, not dressing, eating a fraction of meals
                  r"(?:most|much|all|rest) of the day in (?:bed|(?:a|her|his|their|the) (?:recliner|chair|room))|"
                  r"(?:stays?|staying|stayed|remains?) in (?:her|his|their) (?:pajamas|pyjamas|PJs|nightgown|nightclothes|robe|bathrobe)|"
                  r"eats? (?:about |only |maybe |roughly )?(?:half|a quarter|a third|a few bites|part) of (?:each|every|his|her|their|most|the) meals?|"
                  # "eating about 25-50% of meals", "in bed by 4 pm most days"
                  r"eat(?:s|ing)? (?:about |only |roughly |around )?\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s*%\s*of (?:\w+ )?meals|in bed by \d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|"
                  # everyday places given up: "won't walk to the bus stop", "refuses to ride the bus", "sleeping until 11"
                  r"\b(?:won['\u2019]t|will not|refus\w+ to|can(?:no|['\u2019])t|afraid to) (?:walk|go|ride|take|get) (?:to |on |in )?(?:the |a )?"
                  r"(?:bus(?: stop)?|school|store|park|outside|class|car|playground|mailbox)\b|\bsleep(?:s|ing)? (?:in )?until (?:noon|\d{1,2}\b)|"
                  # no home of one's own: "staying with his sister, no lease of his own", "couch-surfing", "in a shelter"
                  r"\bno (?:lease|place|home|apartment|housing|address) of (?:his|her|their) own\b|\bcouch[- ]?surf\w*|\bhomeless\w*|\bunhoused\b|"
                  r"\b(?:living|staying|sleeping) (?:in (?:a|the) (?:shelter|car|truck|van)|in (?:his|her|their) (?:car|truck|van))\b|"
                  r"unable to (?:care|cook|shop|leave)|miss(?:es|ed) (?:doses|medication)|sleep (?:is )?(?:interrupted|poor|broken|disrupted)|"
                  r"spends? (?:about )?\$\d+|\bADLs?\b|"
                  # "spent most days in bed", "showering maybe twice a week", "bathes once a week"
                  r"spen(?:t|ds?|ding) (?:most|all|much|half) (?:of )?(?:the |her |his |their )?(?:days?|mornings?|afternoons?|weekends?|time) in (?:bed|(?:her|his|their) room)|"
                  r"(?:shower|bath|bathe)(?:s|ed|ing)? (?:only |maybe |about |roughly |just |barely )?(?:once|twice|\d+\s*(?:x|times)) (?:a|per|every) (?:week|month|10 days|two weeks)|"
                  # time or count a day lost to compulsions: "hand-washing ~25 min/day", "he circled back 6x a day"
                  # someone else does the driving: "her husband drives her everywhere", "her roommate drove her to work"
                  r"\b(?:husband|wife|partner|spouse|roommate|mother|father|mom|dad|parents?|sister|brother|son|daughter|friend)\s+"
                  r"(?:drives|drove|has to drive|must drive|is driving)\s+(?:her|him|them)\s+(?:everywhere|to work|to school|to (?:the )?(?:store|shops?|appointments?))|"
                  r"\b(?:hand-?washing|washing|showering|checking|circl\w+ back|rituals?|compulsions?|cleaning|counting|reassurance[- ]seeking)\b"
                  r"[^.;\n]{0,40}?\b\d+(?:\.\d+)?(?:\s*[-\u2013]\s*\d+)?\s*(?:x|times|h|hrs?|hours?|min(?:ute)?s?)\s*(?:a|per|/)\s*day\b|"
                  # daily life given up: "avoids the commissary", "avoidance of highway driving", "has not driven since the crash"
                  r"\bavoid(?:s|ed|ing|ance of)\s+(?:the\s+|all\s+|any\s+|public\s+|most\s+)?(?:highway\s+|freeway\s+)?(?:driving|highways?|freeways?|"
                  r"stores?|shops?|shopping|grocer\w*|commissary|malls?|bus(?:es)?|trains?|subway|public transport\w*|crowds?|restaurants?|church|"
                  r"elevators?|leaving (?:the|her|his|their) (?:house|home))|\b(?:has|have|had)(?:n't| not| never)\s+(?:driven|been (?:back )?(?:to|in|"
                  r"inside|out)(?!\s+(?:a |an |the |any )?(?:therap|counsel|treatment|psychiatr|psycholog|hospital|rehab|detox|doctor|session|group|IOP|PHP))|gone (?:back )?(?:to|out|outside)|left (?:the|her|his|their) (?:house|home|apartment|room)|set foot in)\b[^.;\n]{0,40}\bsince\b|"
                  # home life given up: "slept sitting up in her car in the lot", "won't sleep in the bedroom", "has not let the
                  # maintenance man in", "the building manager sent a warning letter"
                  r"\bsle(?:eps?|pt|eping)\b[^.;\n]{0,25}?\bin (?:her|his|their|the|a) (?:car|truck|van|recliner|bathtub|tub|closet|hallway)\b|"
                  r"\b(?:won't|will not|doesn't|does not|can't|cannot|refuses? to|stopped)\s+(?:sleep(?:ing)?|go(?:ing)?) (?:in|into) (?:her|his|their|the) "
                  r"(?:own )?(?:bed|bedroom|room|apartment|home|kitchen)\b|\b(?:has|have)(?:n't| not| never) let (?:the )?(?:maintenance|repair\w*|landlord|"
                  r"super\w*|exterminator|technician|tech)\b|\b(?:landlord|building manager|property manager|housing authority|management)\b[^.;\n]{0,40}?"
                  r"\b(?:warning|eviction|notice to (?:quit|vacate)|lease violation)|"
                  # the client's own medical care put off: "has skipped 3 lab draws since July", "cancelled two dental
                  # cleanings", "avoided her mammogram for four years" (therapy sessions missed are attendance, not this)
                  r"\b(?:skip(?:s|ped|ping)?|cancel(?:s|l?ed|l?ing)|missed|miss(?:es|ing)|avoid(?:s|ed|ing)?|put(?:s|ting)? off|no-?show(?:s|ed)? (?:to|for|at))\s+"
                  r"(?:(?:his|her|their|the|a|an|all|every|several|two|three|four|\d+|recommended|routine|needed|scheduled|follow-?up)\s+){0,3}"
                  r"(?:lab (?:draws?|work|tests?)|blood (?:draws?|work|tests?)|bloodwork|labs|dental (?:cleanings?|work|visits?|appointments?|appts?)|"
                  r"dentist(?: appointments?| visits?)?|mammograms?|colonoscop(?:y|ies)|pap smears?|vaccin(?:e|es|ations?)|flu shots?|check-?ups?|"
                  r"physicals?|prenatal (?:visits?|care|appointments?)|(?:medical|doctor['\u2019]?s?|PCP|primary care|specialist|cardiology|"
                  r"oncology|endocrinology|diabetes|eye) (?:appointments?|appts?|visits?|follow-?ups?))\b"),
    ("safety", r"\bNSSI\b|self-harm\w*|\bcutting\b(?!\s+(?:board|back|down|class|school|out|costs))|overdose|suicide attempt|attempted suicide|(?<![a-z])(?:ED|ER|emergency (?:room|department)) visits?|"
               r"sutures|aggressi\w+|assault\w*|violen(?:t|ce)|police|arrest\w*|\bDUI\b|driving (?:under|while|after drinking|intoxicated)|"
               r"firearms?|handguns?|\bguns?\b|weapons?|wander\w*|unsafe|fainting|syncope|bradycardia|avoids driving|left the stove|public intoxication|"
               # harm to people or property in an outburst: "threw a chair", "punched a hole in the wall", "kicked a staff member"
               r"thr(?:ew|ows?|owing) (?:a |the |his |her |their )?(?:chairs?|desks?|objects?|things|books?|plates?|phones?|rocks?|furniture)|"
               r"(?:punch|kick|hitt?|smash|slamm?)(?:ed|es|s|ing)? (?:a |the |his |her |their )?(?:holes?|walls?|doors?|windows?|staff|peers?|classmates?|teachers?|sib\w*)|"
               r"destr(?:oyed|oys|oying|uction of) (?:property|furniture)|"
               # hurt or in danger while intoxicated: "a fall at home with blood alcohol 0.21", "fell twice while drinking",
               # "drove home drunk", "blackouts most weekends"
               r"\b(?:falls?|fell|fallen|injur(?:y|ies|ed)|burns?|burned|crash(?:ed|es)?|wreck(?:ed)?)\b[^.;\n]{0,40}?\b(?:while|after|when)\s+"
               r"(?:drinking|drunk|intoxicated|high|using)\b|\b(?:falls?|fell)\b[^.;\n]{0,30}?\bwith (?:a )?(?:blood alcohol|BAC|BAL)\b|"
               r"\bdr(?:ove|ives|iving)\s+(?:\w+\s+)?(?:drunk|intoxicated|high|after drinking)\b|\bblack(?:outs?|ed out)\b(?!\s+(?:curtains|shades|blinds))"),
))

# A field whose value says the problem is absent: "Fights: none since October", "Suspensions - 0 this term", "Missed
# shifts: nil". A value that goes on to name one ("none at home but two at school") is still an impairment.
NONE_AFTER = re.compile(r"\w*[ \t]*(?:[:=]|[-\u2013\u2014])[ \t]*(?:none|nil|zero|0|no(?:ne)?|nothing|n/a)\b(?![^.;\n]*\b(?:but|except|although|though)\b)", re.I)

# A row of a score or point grid: a short label, then only numbers ("Wake / hygiene  1 1 0 1 1 2 1", "Chores | 2 | 2 | 1 |
# 0"): the ratings of a behaviour sheet, not a sentence about the client's functioning.
GRID_ROW = re.compile(r"^\W*[A-Za-z][\w /&'()-]{0,40}?(?:[\s|:]+[-\d./%]+){3,}[\s|]*$|"
                      # ... or a questionnaire's item row, whatever its answer: "Item 44 (work violence) ..... 0  Never"
                      r"^\W*(?:items?|q(?:uestion)?)\s*#?\s*\d{1,3}(?:\s*,\s*\d{1,3})*\b(?=[^.;\n]{0,60}(?:\.{3,}|:|\s{2,}|\|))", re.I)

_BOX = re.compile(r"\[\s*[xX\u2713\u2714*]?\s*\]|[\u2610\u2611\u2612\u25a1\u25a0]")
_EMPTY = re.compile(r"\[\s*\]|[\u2610\u25a1]")


def in_empty_box(text: str, pos: int) -> bool:
    """True when the nearest check box before `pos` on its line ("[ ] workplace violence") is empty: an option not chosen."""
    boxes = list(_BOX.finditer(text, max(0, pos - 40), pos))
    if not boxes or re.search(r"[\n;|]", text[boxes[-1].end():pos]):
        return False
    return bool(_EMPTY.fullmatch(boxes[-1].group(0)))
