"""Cues for reading a denial's layout, rights text, deadlines, payer and cited criteria (voice cues: voice.py)."""

from __future__ import annotations

DENIAL_WORDS = (r"\b(?:has been|is|was|were|are|been) (?:denied|reduced|not approved)|\bdenied\b|\b(?:not|unable|"
                r"cannot|can't) (?:able to )?(?:approve|cover|pay)|\bnot (?:be )?covered\b|\bnon-?covered\b|"
                r"adverse (?:benefit )?determination|\bupheld\b|\bpartially approved|\bnot (?:medically|"
                r"clinically) necessary|\bnon-?certif|\bwill not pay\b|\bDENIAL\b|\b(?:are|is|were) not (?:approving|"
                r"authori[sz]ing|certifying|covering)\b|"
                # ending or cutting a service that was approved (a Medicaid "notice of action", a concurrent review)
                r"\bno longer (?:medically |clinically )?necessary\b|\b(?:we are|we're|we will be|we have decided to) (?:ending|"
                r"stopping|reducing|terminating|suspending|cutting|shortening)\b|\b(?:terminat|discontinu)(?:e|es|ed|ing)\b (?:your |the )?"
                r"(?:services?|authori[sz]ation|approval|coverage|benefits?|stay)\b|\blast (?:covered )?day (?:(?:that )?we will "
                r"(?:pay|cover)|of coverage)\b|\blast covered day\b")
OVERTURNED = (r"\boverturn(?:ed|s)?\b(?!\s*(?:rates?|ratios?|%|percent|counts?)\b)|\brevers(?:ed|es) (?:the|our|its) (?:denial|decision)|\bapproved on appeal|"
              r"\bdecision (?:is|was|has been) reversed|\bfully favorable\b")
INJECTION = (r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:above|previous|prior|earlier|instructions?|rules?)\b|"
             r"\bsystem prompt\b|\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot)\b|\b(?:note|"
             r"message|instructions?) (?:to|for) (?:the |any )?(?:ai|assistant|model|llm|parser|reader bot)\b|"
             r"\b(?:new|updated) instructions?\b|\b(?:output|return|respond|reply|classify|label|mark|set|"
             r"report)\b.{0,40}\b(?:json|appeal_deadline|review_level|denial_reasons|expedited|is_denial|"
             r"as approved|as (?:a )?non-?denial|category|categories)\b")

# A line that states the service or the request: its days are what was asked for, not a filing window.
# a request summary's label ("Services requested:", "What was requested: 29 days of residential care"): a length of care
SERVICE_LINE = (r"^\W*(?:services?(?: under review| requested| reviewed)?|request(?:ed)?(?: services?)?|units?|"
                r"level of care|dates? of service|days requested|what (?:was|is|you|your \w+|the \w+) (?:requested|asked for|"
                r"wanted))\s*:")

# Which review a letter reports: the decision of an external body, or of the plan on appeal.
EXTERNAL_DECISION = (
    r"\b(?:IRO|independent review organi[sz]ation|external review organi[sz]ation|independent reviewer|external reviewer|independent review entity|"
    r"IRE|QIC|qualified independent contractor|Maximus|C2C|IMR)\b[^;]{0,80}\b(?:upheld|upholds|reviewed|has decided|"
    r"decided|determined|found|concluded|agreed|affirmed|completed|issued its|rendered its)",
    r"^\W*(?:notice of )?(?:final )?(?:external review|independent medical review|IMR|IRO) (?:decision|"
    r"determination)\b|\bthis is (?:the |a |your )?(?:external review|IMR|IRO) (?:decision|determination)",
    r"\b(?:we|this organization) (?:have been|were|was) (?:assigned|appointed|selected)\b[^;]{0,60}\b(?:external|"
    r"independent) review",
    r"\bupheld\b[^;]{0,40}\b(?:health plan|insurer|carrier|plan)'?s?\b[^;]{0,20}\b(?:denial|decision)",
    # the plan named in the third person by the body that ruled on it: "The Health Plan's denial is overturned for ...",
    # "This decision is binding on the insurer"
    r"\b(?:health plan|insurer|carrier|HMO|issuer)['\u2019]s (?:denial|decision|determination|adverse determination)\b"
    r"[^;]{0,20}\b(?:is|was|are|were|has been) (?:overturned|upheld|reversed|affirmed|modified)\b|\bdecision (?:is|shall be) "
    r"binding (?:on|upon) (?:the )?(?:health plan|insurer|carrier|HMO|issuer|plan)\b",
    r"\bmedicare reconsideration (?:decision|notice)|\breconsideration (?:decision|notice)\b[^\n]{0,120}\b(?:QIC|"
    r"qualified independent)",
    # a body outside the plan decided: a state hearing ("STATE HEARING DECISION", a hearing officer), OPM for FEHB plans
    r"^\W*(?:ALJ|administrative law judge|(?:Medicare )?Appeals Council) (?:decision|order)\b|"
    r"^\W*(?:state |fair |administrative )?hearing (?:decision|officer)\b|\b(?:state|fair) hearing decision\b|"
    r"\bbureau of (?:state |fair )?hearings\b|(?<!request for )(?<!ask for )(?<!asking for )\bOPM['\u2019]?s? (?:final )?(?:decision|"
    r"review)\b(?! (?:deadline|step|request|window|time limit|process))|\bthat OPM review\b",  # not a step still ahead
    r"\bbefore the undersigned (?:administrative law judge|ALJ|hearing officer|hearing examiner)\b|\b(?:Respondent|Agency)['\u2019]s "
    r"(?:decision|determination|action|denial) (?:is|was) (?:hereby )?(?:affirmed|reversed|sustained)\b",  # a hearing decision
    # a state agency's final order on a fair hearing, acting on its judge's or hearing officer's recommended decision: "The
    # Director accepts and adopts the Recommended Decision", "FINAL AGENCY DECISION" (not a step told for later)
    r"(?<!will )(?<!then )(?<!may )(?<!to )\b(?:adopts?|adopted|accepts?|accepted|modifies|modified|rejects|rejected)\b[^.;]{0,40}"
    r"\b(?:recommended|proposed) (?:decision|order)\b|^\W*final (?:agency|administrative) (?:decision|order)\b",
)
INTERNAL_DECISION = (
    # a second look told in other words: "We are affirming our denial", "RECONSIDERATION DECISION", "PROVIDER CLAIM
    # DISPUTE RESOLUTION", "The original claim decision stands"
    # a plain-words gloss may follow the verb: "We are upholding (keeping) our earlier decision"
    r"\b(?:are|is|am) (?:affirming|upholding|maintaining|sustaining) (?:\([^()]{1,25}\) )?(?:the|our|its) (?:original |initial |prior |"
    r"previous |earlier |first )?(?:denial|decision|determination)|\bcompletes (?:(?:\w+ ){0,3}\w+['\u2019]s |the |our |its )?"
    r"(?:grievance|appeals?) process\b|^\W*(?:plan |claim )?reconsideration (?:decision|determination)\b|"
    r"\b(?:original|initial|prior|previous) (?:claim )?(?:decision|denial|determination) (?:still )?(?:stands|remains in place)\b|"
    r"^\W*(?:provider )?(?:claim )?(?:payment )?dispute (?:resolution|decision|determination)\b",
    # also a field of a delimited file's header row: "H|PAYER|PROVIDER APPEAL OUTCOMES|..."
    r"(?:^\W*|\|[ \t]{0,3})(?:notice of )?(?:final |first[- ]level |second[- ]level |level (?:1|2|one|two|I|"
    r"II) )?(?:internal )?(?:provider |member |clinical |administrative |payment |claims? )?(?:appeal|grievance) "
    r"(?:decision|determination|outcome|resolution)s?\b|\b(?:appeal|"
    r"grievance) (?:decision|determination)\s*[:\-–]|\b(?:this|our|the) (?:appeal|grievance) (?:decision|"
    r"determination) (?:is|was)\b",
    r"^\W*notice of (?:redetermination|reconsideration|appeal (?:decision|resolution))\b|\b(?:our|the) decision "
    r"(?:is|remains) unchanged|\bautomatically (?:sent|forwarded)\b[^;]{0,40}\bIndependent Review Entity|"
    # the plan's second look told plainly: "We are not changing our decision"; a Medicare plan's reconsideration that
    # must go on to the IRE: "Medicare rules require us to send your case to an Independent Review Entity"
    r"\b(?:are|am|is) not (?:changing|reversing|overturning) (?:our|the|its) (?:earlier |original |first |prior |previous |"
    r"initial )?(?:decision|denial|determination)\b|\brequires? us to (?:send|forward|transfer)\b[^.;]{0,30}\b(?:Independent "
    r"Review Entity|IRE)\b",
    r"\b(?:upheld|affirmed|sustained) (?:the|our|its) (?:original |initial |prior |previous )?(?:claims? |coverage |payment )?"
    r"(?:denial|decision|determination)|\b(?:your|the|this) appeal (?:has been|was|is) (?:reviewed and )?(?:denied|upheld|not approved)",
    r"\b(?:we|the plan) (?:have |has )?(?:completed|finished|reviewed|made a decision on|decided) (?:the review of |"
    r"our review of )?(?:your|the) (?:appeal|grievance|reconsideration)",
    # the level named before what was reviewed, or after the appeal: "We completed the Level 1 review of your appeal",
    # "Provider Appeals - Level 1 Determination", "Grievance and Appeals: second-level decision"
    r"\b(?:we|the plan) (?:have |has )?(?:completed|finished|conducted) (?:the|our|a) (?:level (?:1|2|one|two|I|II)|first[- ]level|"
    r"second[- ]level|internal) review of (?:your|the|this) (?:appeal|grievance|reconsideration)\b|\b(?:appeals?|grievances?)\b"
    r"[\w ,&]{0,20}\s*[-\u2013\u2014:]\s*(?:level (?:1|2|one|two|I|II)|first[- ]level|second[- ]level) (?:decision|determination|outcome|review)\b",
    r"\b(?:denial|decision|determination)s? (?:\([^()]{1,30}\) )?(?:is|are|was|were|has been|have been|remains?) (?:upheld|affirmed|"
    r"maintained|sustained)",
    # "FIRST-LEVEL PROVIDER APPEAL - DECISION"; "Outcome: DENIAL UPHELD"
    r"\b(?:appeal|grievance)\s*[-\u2013\u2014:]\s*(?:decision|determination|outcome)\b|"
    r"^\W*(?:outcome|decision|result|determination)\s*:\s*(?:the )?(?:original )?(?:denial|decision) (?:is |was )?(?:upheld|affirmed|sustained)\b",
    # a review form's decision box, ticked: "DECISION: [X] Upheld [ ] Overturned" reads "DECISION: Upheld"
    r"^\W*(?:appeal |review |reconsideration )?(?:outcome|decision|result|determination)\s*:\s*(?:upheld|affirmed|sustained)\b",
    # "Re: FINAL INTERNAL APPEAL DECISION"; "our decision on your second-level appeal"; "the denial of X is upheld"
    r"\bfinal internal (?:appeal )?(?:decision|determination)\b|\bdecision on (?:your|the|this) (?:first|second|third|"
    r"\w+)[- ]level (?:appeal|grievance)|\b(?:denial|decision) of [^.;]{1,60}\b(?:is|was|has been) (?:upheld|affirmed|"
    r"sustained)\b",
    r"\b(?:we|the plan) (?:uphold|upheld|are upholding|affirm|affirmed|maintain|sustain)(?:ed)? (?:the|"
    r"our) (?:original |initial |previous |prior )?(?:denial|decision|determination|adverse)",
    r"\b(?:this|which|that) (?:letter |decision )?completes\b[^;]{0,30}\binternal|"
    r"\binternal (?:appeals? )?process (?:is|has been) (?:complete|exhausted)|\binternal (?:appeals|grievances|appeal rights) (?:are|have been) "
    r"(?:now )?(?:complete|exhausted)\b|\b(?:have|has) (?:now )?(?:exhausted|completed|used up)\b"
    r"[^.;]{0,30}\binternal (?:appeals? |grievance )?(?:process|review)|\bthis is (?:our|the|a|"
    r"your) final (?:internal )?(?:adverse )?(?:appeal |benefit )?(?:decision|determination)",
    r"\bredetermination (?:decision|notice|determination)\b|\b(?:the|this|your) redetermination (?:is|"
    r"was) (?:unfavorable|partially favorable)|\bunfavorable redetermination",
    # an appeal turned away unheard is the plan's decision on the appeal: "we are not able to review your appeal
    # because it was not filed on time", "your appeal is dismissed"
    r"\b(?:not able to|unable to|cannot|can't|will not|won't) (?:review|consider|process|accept|hear) (?:your|the|this) appeal\b|"
    r"\b(?:your|the|this) appeal (?:is|was|has been) dismissed\b|\bdismiss(?:ed|al of|ing) (?:your|the|this) appeal\b",
    r"\bappeal (?:is|was|has been) (?:denied|upheld|not approved)|\bwe (?:have )?denied your appeal|"
    # the plan's last word told by someone else: "no further internal appeal is available", "a status line: DENIAL UPHELD"
    r"\bno (?:further|other|more) internal (?:appeals?|reviews?|grievances?|levels?) (?:is |are )?(?:available|possible|left)\b|"
    r"\b(?:final|reconsidered) (?:internal )?(?:appeal )?decision on (?:your|the|this|her|his|their) appeal\b|"
    r"\b(?:denial|decision|determination)s? upheld\b|"
    r"\b(?:plan )?reconsideration (?:is|was) (?:unfavorable|denied)",
)

# Next-step cues for appeal-deadline sentences, most specific first.
STEP_KINDS: tuple[tuple[str, str], ...] = (
    ("alj", r"\badministrative law judge|\bALJ\b|\bOMHA\b|Office of Medicare Hearings"),
    ("council", r"Medicare Appeals Council|Departmental Appeals Board"),
    # a state court's review of a hearing decision too: "appeal to Superior Court", "file in circuit court"
    ("court", r"\b(?:federal|district|superior|circuit|county|state) court\b|\bappeal to (?:the )?court\b|\bjudicial review\b|"
              r"\bcivil action\b|\blawsuit\b"),
    ("qic", r"\bQIC\b|Qualified Independent Contractor"),
    ("imr", r"Independent Medical Review|\bIMR\b"),
    ("external", r"\bexternal review|independent review organi[sz]ation|\bIRO\b|independent review entity|"
                 r"Department of (?:Insurance|Financial Services|Managed Health Care)"),
    # (a Medicaid program's own "administrative hearing", and "ask for a hearing" where no judge or council is named)
    ("fair_hearing", r"\b(?:state )?fair hearings?|\bstate hearings?\b|\bbureau of (?:state )?hearings\b|"
                     r"\b(?:administrative|impartial) hearings?\b|\b(?:ask|request|asking|requesting) (?:for )?an? hearing\b"),
    # the same judge or office asked to hear it again: "request a rehearing or reconsideration of this Order"
    ("rehearing", r"\brehearing\b|\breconsideration of (?:this|the) (?:order|hearing decision)\b"),
    ("second_level", r"\bsecond[- ]level|\blevel (?:2|two|II) (?:appeal|review)|\b2nd[- ]level"),
    ("internal", r"\bappeal|\bgrievance|\bcomplaint|\breconsideration|\breconsider\b|\bredetermination|\breview\b|\bdispute|\bdisagree|"
                 r"\breopening|\bcorrected claim|\blook at (?:this|the|our|that|it|your claim) (?:decision )?again|\bgot (?:this|it) wrong|\b(?:don't|do not) agree|"
                 r"\btake (?:another|a second) look|\bbecomes? final\b[^.;]{0,60}\bunless\b"),  # an order protested in time
)
LATER_STEP = (r"\bafter (?:the|your|our|a|this) (?:\w+[- ]level |internal |final )?(?:appeal|review)|\bof the appeal "
              r"decision|\bupheld on (?:internal )?appeal|\bafter you (?:receive|get) (?:our|the|a) (?:appeal )?decision|"
              r"\b(?:decision|denial) is upheld|\bafter (?:exhausting|completing)")
# A peer-to-peer call window is not a filing window ("a peer-to-peer conversation is not an appeal").
PEER_TO_PEER = r"\bpeer[- ]to[- ]peer\b|\bP2P\b"
APPEAL_WINDOW_STATED = r"\b(?:appeal|request|grievance)s? (?:must|should|needs? to) be (?:filed|made|received|sent)|\bmay appeal\b"
# The sender's own letterhead names an independent review body: the letter is its decision.
EXTERNAL_SENDER = (r"\bIndependent Review (?:Entity|Organi[sz]ation)|\bIRE\b|\bIRO\b|Qualified Independent Contractor|"
                   r"\bQIC\b|Independent (?:External|Medical) Review|External Review (?:Organi[sz]ation|Entity|Program)|"
                   r"\bMaximus Federal|\bC2C (?:Innovative|Solutions)|"
                   # Medicare's third and fourth levels: an ALJ of OMHA, the Medicare Appeals Council
                   r"Office of Medicare Hearings and Appeals|\bOMHA\b|Medicare Appeals Council|Departmental Appeals Board|"
                   # a state's hearing office deciding a Medicaid or plan dispute after the plan's own appeal
                   r"Office of Administrative Hearings|(?:Division|Bureau) of (?:Administrative |State |Fair )?Hearings")
NOT_A_FILING_WINDOW = (r"\b(?:keep|continue|continuing|continuation)\b[^;]{0,40}\b(?:getting|receiving|services?|"
                       r"benefits?|coverage|sessions|care)\b|\baid paid pending\b|\bbenefits continue|"
                       # "your IOP coverage continues while we review the appeal"
                       r"\b(?:coverage|benefits?|services?|care|treatment|sessions|days)\b[^.;]{0,15}\b(?:continues?|will "
                       r"continue|stays? in place|remains? in place)\b[^.;]{0,15}\b(?:while|during|until)\b|"
                       # a window that only holds off recovery of an overpayment ("we will not begin recouping")
                       r"\b(?:recoup\w*|recoupment|offset\w*|withhold\w*|interest (?:accrues|will accrue|is charged))\b|"
                       # when the payer's next review round starts ("Round 2 will begin no sooner than 45 days after ...")
                       r"\bno sooner than\b|\b(?:round|phase|cycle) \d+\b[^;]{0,40}\b(?:begin|begins|start|starts)\b|"
                       # a debt collector's validation period: disputing the debt with the collector is no appeal to the
                       # plan ("Call or write to us by May 26 to dispute all or part of the debt", "stop collection")
                       r"\bdispute (?:all or part of |any part of |part of )?(?:the|this|a|your) (?:debt|balance|account|amount "
                       r"owed)\b|\b(?:stop|suspend|pause) (?:collection|collecting)\b|\b(?:original|current) creditor\b|"
                       # money handed back, by a practice or an agreement: "will refund any overpayment within 30 days"
                       r"\brefund(?:s|ed)? (?:any |the |all |an? )?(?:overpayment|difference|balance|excess|amount paid|payments?)\b")
# What an earlier or replaced letter said ("That letter said you could ask for an external review within four months",
# "our March 3 notice gave you 30 days"): a corrected notice reports it to take it back; its window is not this one's.
EARLIER_LETTER_SAID = (r"\b(?:that|the (?:earlier|previous|prior|original|first|old|replaced|incorrect)|our (?:earlier|previous|"
                       r"prior|original|first|[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)|an? (?:earlier|previous|prior)) (?:letter|notice|"
                       r"EOB|decision|determination)\b[^.;]{0,40}\b(?:said|stated|told you|listed|gave|indicated)\b")
# A number of days right after these words is how long the reviewer takes, not how long the member has.
DECISION_TIME = (r"\b(?:decide[ds]?|respond|answer|resolve|notify)\b[^;]{0,25}$|\b(?:we|they|it|IRO|QIC|plan|"
                 r"reviewer|organization|contractor)\b (?:will|must|shall|should|usually|generally|"
                 r"to) (?:\w+ ){0,2}(?:make|send|mail|issue|give|decide|respond|notify|resolve|complete|review|"
                 r"answer|tell)\b[^;]{0,30}$|\b(?:be|been|is|are) (?:decided|reviewed|completed|sent|mailed|made|"
                 r"resolved)\b[^;]{0,15}$|(?<!this )(?<!the )(?<!our )(?<!that )(?<!a )\b(?:decision|response)\s+$")
NEXT_STEP_WORDS = {
    "alj": "Administrative Law Judge (ALJ) hearing", "council": "Medicare Appeals Council review",
    "court": "civil action in court", "qic": "Medicare reconsideration by the QIC", "external": "external review",
    "imr": "Independent Medical Review (IMR)", "fair_hearing": "state fair hearing",
    "second_level": "second-level internal appeal", "internal": "internal appeal",
    "rehearing": "rehearing or reconsideration by the judge or office that decided"}


# Named criteria: words that make a capitalized run a guideline or policy name.
CRITERIA_HEADS = (r"\b(?:Guidelines?|(?:Billing|Provider|Coding|Coverage|Reimbursement) Guide|Criteria|Policy|Policies|Manual|Bulletin|Standards|Handbook|Parameters?|LOCUS|"
                  r"CALOCUS(?:-CASII)?|CASII|ECSII|ASAM|InterQual|MCG|LOCAT|Milliman|"
                  # CMS's claim edits: "National Correct Coding Initiative", "Medically Unlikely Edits (MUE)", "NCCI PTP edits"
                  r"Correct Coding Initiative|Medically Unlikely Edits?|NCCI|"
                  # a payment rule named by the payer: "Official Medical Fee Schedule", "Medicare Physician Fee Schedule"
                  r"Fee Schedule|"
                  # a workers' compensation treatment schedule: "Medical Treatment Utilization Schedule (MTUS)", "ODG"
                  r"(?:Treatment )?Utilization Schedule|MTUS|ODG)\b")
# Law a decision rests on, cited by number: federal regulations and statutes, the Social Security Act, and state
# administrative codes, which each state names its own way ("WAC 182-500-0070", "Ohio Adm.Code 5160-1-01",
# "Rule 1200-13-16", "10 NYCRR 98-1.1", "130 CMR 450.204", "907 KAR 15:005"). Each is (pattern, how the name is written back); the groups fill the blanks.
LAW_CITES: tuple[tuple[str, str], ...] = (
    (r"\b(\d{1,2})\s*C\.?\s?F\.?\s?R\.?\s*(?:§+\s*|Part\s+|sec(?:tion|\.)\s*)?(\d{1,4}(?:\.\d+)?(?:-\d+)?(?:\([a-z0-9]{1,4}\))*)",
     "{} CFR {}"),
    (r"\b(\d{1,2})\s*U\.\s?S\.\s?C\.\s*(?:§+\s*|sec(?:tion|\.)\s*)?(\d{1,5}[a-z]?(?:-\d+)?(?:\([a-z0-9]{1,4}\))*)", "{} U.S.C. {}"),
    (r"\bSocial Security Act,?\s*(?:section|§|sec\.)?\s*(\d{4}[A-Z]?(?:\([a-z0-9]{1,4}\))*)", "Social Security Act section {}"),
    (r"\b(?:section|§|sec\.)\s*(\d{4}[A-Z]?(?:\([a-z0-9]{1,4}\))*),? of the Social Security Act", "Social Security Act section {}"),
    (r"\b((?:\d{1,3} )?(?:(?-i:[A-Z][a-z]+\.? )?(?:Adm(?:in)?\.\s?Code|Administrative Code|Admin(?:istrative)? Rules?|Code of "
     r"(?:State )?Regulations|Code Regs\.)|WAC|OAC|OAR|NYCRR|N\.J\.A\.C\.|CCR|A\.A\.C\.|IAC|TAC|COMAR|CMR|KAR)(?:,?\s*Title \d{1,3},?)?)\s*(?:§+\s*|"
     r"sections?\s+|sec\.\s*|R)?((?:Part\s+)?\d[\dA-Z]*(?:[-.:]\d[\dA-Z]*)*(?:\([a-z0-9]{1,4}\))*)", "{} {}"),
    (r"\b(Rules?)\s+(\d{3,4}-\d{1,3}-\d{1,3}(?:[-.]\d+)*)", "{} {}"),
    # the tax rules an FSA, HSA or HRA pays by: "IRS Publication 502", "Internal Revenue Code section 213(d)"
    (r"\b(?:IRS|Internal Revenue Service)\s+Pub(?:lication|\.)\s*(\d{2,4}[A-Z]?)\b", "IRS Publication {}"),
    (r"\b(?:Internal Revenue Code|IRC)\s*(?:§+\s*|section\s+|sec\.\s*)?(\d{2,4}[A-Z]?(?:\([a-z0-9]{1,4}\))*)", "Internal Revenue Code section {}"),
)
CRITERIA_NOT = r"\b(?:Number|ID|Holder|Period|Year|Privacy|Notice|Appeals? Unit)\b|\bLevel \d"
CRITERIA_ALONE = {"ASAM": "ASAM Criteria", "MCG": "MCG Care Guidelines", "InterQual": "InterQual Criteria"}
CRITERIA_LEAD = {"The", "We", "Under", "Per", "Our", "Your", "Reason", "Why", "Using", "Based", "According",
                 "This", "Decision", "Rationale", "In", "Using", "Applying", "Criteria", "See", "Basis"}

# Layout and value shapes read by denial.py.
TABLE_LIKE = r"\||\t|\S {2,}\S"
LABEL_START = r"^\s*(?:[-*•]|\d+[.)]|[A-Z][\w /#&'()-]{0,30}:\s)"
# Cyrillic and Greek capitals start a sentence too, and so does a letter of a script with no capitals to tell it by
# (Hangul, Thai, Lao, Burmese, Khmer)
BOUNDARY = (r"[.!?][\"')\]]?\s+(?=[\"(\[]?[A-Z0-9\u0400-\u042f\u0391-\u03a9\uac00-\ud7a3\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])"
            r"|[\u3002\uff01\uff1f](?=[ \t]*\S)")  # a Chinese or Japanese full stop ends a sentence with no space after it
ABBREV = (r"(?:\b(?:Dr|Mr|Mrs|Ms|St|No|Inc|Co|Jr|Sr|vs|etc|e\.g|i\.e|P\.O|U\.S|Ph\.D|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|"
          r"Aug|Oct|Nov|Dec)|\b[A-Z])\.$")
STRAY_QUOTE = r"[\"“”‘]|(?<![A-Za-z])['’]|['’](?![A-Za-z])"
CONTRACTIONS = {"won't": "will not", "can't": "cannot", "n't": " not"}
# "*" for 835 CAS*CO*150; not a piece of a longer reference number ("Case no.: OBH-CR-26-0418823")
GROUP_CODE = r"(?<![\w-])(CO|PR|OA|PI|CR)\s?[-–/*]?\s?(\d{1,3}|[A-Z]\d{1,2})\b(?![-–]\w)"
# the count after a code in a tally of codes: "CO-16 (31)", "CO-45 (412, contractual)"
CODE_COUNT = r"\s*\(\d[\d,]*(?:\)|,\s)"
RARC_SHAPE = r"\b(MA\d{2,3}|M\d{1,3}|N\d{1,3})\b"
LABELLED_CARC = (r"\b(?:(?:CARC|reason codes?|adj(?:ustment)?\.? (?:reason )?codes?|"
                 r"adj(?:ustment)?\.? reason)\s*[:#]?|reason\s*[:#])\s*((?:\d{1,3}|[A-Z]\d)(?:\s*(?:,|and|&|"
                 r"/)\s*(?:\d{1,3}|[A-Z]\d))*)\b")
# A payer's own remark code given with its standard equivalent: "TF1 ... (ANSI 29)", "X12 CARC: 22". Only codes the
# CARC table knows are read, so "ANSI X12 837" names no reason.
STANDARD_CARC = r"\b(?:ANSI|X12|HIPAA)(?:\s+(?:CARC|(?:adjustment |claim )?reason(?: code)?|code))?\s*[:#]?\s*(\d{1,3}|[A-Z]\d)\b(?![./-]\d)"
MSN_LABEL = r"\b(?:MSN|message)\s*(?:code\s*)?#?\s*(\d{1,2}\.\d{1,2})\b"
TOKEN = r"[A-Za-z§][\w'’.&/§-]*|\d[\w.()/-]*|[:–—-]|\S"
CONNECTORS = {"of", "for", "and", "&", "in", "on", "-", "–", "—", ":"}
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE = (rf"\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b|\b(\d{{1,2}})\s+{_MONTH}\.?,?\s+(\d{{4}})\b|"
        r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
NOTICE_LABEL = (r"(?:notice|letter|statement|payment|remittance|RA|EOB|issue|decision|determination|check|print|"
                r"mail(?:ing)?|paid|processed)\s*date\s*(?:\([^()]{1,20}\)\s*)?[:#]?\s*$|\bdate(?: of (?:this )?(?:notice|letter|"
                r"decision|determination))?\s*(?:issued|mailed|sent)?\s*(?:\([^()]{1,20}\)\s*)?[:#]?\s*$|\b(?:issued|mailed|sent|dated|"
                r"processed)(?: on)?\s*[:#]?\s*$|"
                # the decision stamped with its day, no "date" word: "Decision 04/02/2026: ...", "Determination: 3/4/2026",
                # "Decided on" (an earlier decision's, "Initial decision 3/1/2026", is told apart in deadline.py)
                r"\b(?:decision|determination|decided)(?: (?:made|issued))?(?: on)?\s*[:#-]?\s*$|"
                # the notice's title with its date set off to the right: "NOTICE OF ADVERSE BENEFIT DETERMINATION      <date>"
                r"^\W*(?:notice|letter) of [a-z ,/-]{3,60}?[ \t]{3,}$")
# (a form's own bookkeeping, "Date opened:", "Created:", "Logged on", dates the form, not the notice it is about)
NOT_NOTICE = (r"(?:service|DOS|birth|DOB|received|admission|admit|effective|through|thru|from|to|discharge|onset|"
              r"start|end|visit|dated|on or after|beginning|by|until|before|opened|created|logged|entered|prepared|"
              r"assigned|closed|exported|downloaded|saved|backed up|captured|screenshot(?:ted)?|"
              # a court's docket stamp on an exhibit page ("Document 24-4  Filed 06/02/26"): when it was filed, not issued
              r"filed|docketed)(?: on)?\W*$")
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|hundred)"
SPELLED = rf"\b{_NUMWORD}(?:(?:\s+and\s+|\s+|-){_NUMWORD})*\b"
SPAN = (r"(?P<pre>\b(?:within|in|have|has|up to|no later than|deadline(?: is)?:?|"
        r"time limit(?: is)?:?)\s+)?(?P<n>\d{1,3})\s*(?:-\s*|\s+)?(?P<unit>calendar days?|business days?|"
        r"working days?|days?|months?|years?)\b(?P<post>\s+(?:from|of|after|following|since|upon)\b)?")
# "file by March 3", and a labelled field: "Appeal Filing Deadline: 09/14/2025", "Last day to file: 10/01/2025".
# (also as a labelled field: "Appeal by: 10/05/2026", "File by: ...", "Respond by:", "Your appeal must reach us by: ...")
BY_DATE = (r"\b(?:by|before|no later than|on or before|until)\s+$|\b(?:must|should|needs? to|has to|have to)\b[^.;:]{0,30}\b(?:by|before|no later than)\s*:\s*$|\b(?:appeal|file|submit|request|respond|reply|send)(?: (?:it|an? "
           r"appeal|your appeal|a request|your request))? by\s*:\s*$|\b(?:deadline|due date|due|last day)\b(?: to (?:file|appeal|request)"
           r"(?: an? \w+)?)?\s*(?:[:#\-\u2013]|\bis\b)\s*$")
# counted from a date of service ("within 30 days of the first date of service"): a claim or retro-review limit
# (the span's own "of" may already be read: the rule is matched just after it)
# (also abbreviated: "accepted within 365 days of DOS", "90 days from the DOS")
SERVICE_DATE_RULE = (r"\s*(?:(?:from|of|after|following)\s+)?(?:the\s+)?(?:(?:first|last|initial|earliest|original)\s+)?(?:dates?\s+of\s+"
                     r"service|DOS\b)")
REFERENCE = (r"\b(?:claim|reference|ref|member|subscriber|medicare|medicaid|appeal|case|authori[sz]ation|auth|"
             r"control|ICN|MBI|account|record|ID|policy|group|grievance|tracking)\s*(?:ID|#|No\.?|number|"
             r"num)?\s*[:#]\s*([A-Z0-9][A-Z0-9-]{3,})")
DOS_LINE = r"\bDOS\b|\bdates? of (?:service|visit)|\bservice dates?\b|^[\s|]*\d{1,2}/\d{1,2}/\d{2,4}\s"
APPROVED = r"\b(?:has been|is|are|was|were|we have|we) (?:fully )?approved\b"
IN_PART = r"\bin part\b|\bpartially\b|\bupheld\b"
PLAN_WORD = r"\b(?:Health|Healthcare|Insurance|Plan|Care|Benefits?|Behavioral|Assurance)\b"
MA_SHORT = {"Optum/UnitedHealthcare": "UnitedHealthcare", "Anthem Blue Cross": "Anthem"}
NEXT_STEP_KINDS = {  # the review steps that can follow each level, most likely first
    "external_review": ("alj", "council", "fair_hearing", "rehearing", "court"),
    "internal_appeal_decision": ("qic", "imr", "external", "fair_hearing", "second_level", "alj", "council"),
}
# Compiled without IGNORECASE; every other upper-case string here is compiled with it.
CASE_SENSITIVE = ("TABLE_LIKE", "LABEL_START", "BOUNDARY", "ABBREV", "STRAY_QUOTE", "GROUP_CODE", "RARC_SHAPE", "TOKEN")
