"""Reasons a letter states indirectly: findings, adjusted codes, time and code-pairing rules, late receipt."""

from __future__ import annotations

from assistant.denials.tables.codes import AUTH, CODING, DOCS, FREQ, LOWER, NONCOV, OON, OTHER, PROGRESS, TIMELY

# (category, pattern), read like STRONG_RULES but kept apart: each states a reason without naming it.
INDIRECT_RULES: tuple[tuple[str, str], ...] = (
    # a late request, counted from the start of care: "the request received on 05/14, three days after admission";
    # "approval cannot be given for dates before the request was received"
    (AUTH, r"\b(?:request|notification|call|contact)\b[^.;]{0,60}\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
           r"(?:\w+ )?(?:days?|weeks?|visits?|sessions?) after (?:the )?(?:admission|admit|start|first (?:day|visit|session))\b|"
           r"\b(?:authori[sz]ation|approval|coverage)\b[^.;]{0,20}\b(?:cannot|can't|may not|will not|is not|could not) (?:be )?"
           r"(?:given|granted|issued|approved|made|backdated)\b[^.;]{0,20}\b(?:before|prior to|earlier than) (?:the )?(?:date )?"
           r"(?:the |your |our |we )?(?:request|notification|call|received|got)"),
    # prior authorization in a member's plain words: "this care needed to be approved by us before you got it", "we don't have a
    # request on file from this provider"
    (AUTH, r"\b(?:needed|had|was required|were required) to (?:be |get )?(?:approved|authori[sz]ed|pre-?approved|"
           r"okayed|cleared)\b[^.;]{0,25}\b(?:before|in advance|ahead of time|beforehand)\b|\b(?:do|did|does) not have "
           r"(?:a|an|any|the) (?:request|approval|authori[sz]ation|pre-?approval)s? (?:for (?:this|it|these) )?on file\b"),
    # approval asked for only once the care had begun, and not given backwards: "We do not authorize services retroactively",
    # "retroactive authorization is not available", "we did not receive a request until 27 OCT" (the request, not an appeal);
    # and the reason line that names the rule: "Reason: Intensive outpatient services require prior authorization"
    (AUTH, r"\b(?:(?:do|does|did|will|would|can|could|may) not|cannot) (?:authori[sz]e|approve|certify|grant|issue|backdate)\b[^.;]{0,40}"
           r"\bretro(?:actively|active|spectively)\b|\bretro(?:active|spective)?[- ]?(?:authori[sz]ations?|approvals?|"
           r"certifications?)\b[^.;]{0,30}\b(?:(?:is|are|was|were) not|cannot be|can not be|may not be) (?:allowed|available|"
           r"permitted|granted|given|accepted|possible|done)\b|"
           r"\b(?:did not|didn['\u2019]t|never) (?:receive|get)\b (?:a|an|the|any|your) (?:(?:prior |advance )?(?:authori[sz]ation|"
           r"approval|pre-?certification|precertification) )?request\b[^.;]{0,15}\buntil\b|"
           r"^\W*(?:denial )?reasons?(?: for (?:the )?denial)?\s*:[^.;]{0,80}\brequires? (?:a |an )?(?:prior |pre-?)?"
           r"(?:authori[sz]ation|approval|referral|precertification|pre-?certification)\b"),
    # "notes do not show measurable change in your symptoms"; "supportive check-ins rather than active treatment"
    # ... or no change since a date: "they do not show new treatment work or further change since late October"
    (PROGRESS, r"\b(?:do|does|did) not (?:show|demonstrate|reflect|document|indicate)\b[^.;]{0,40}\b(?:measurable|meaningful|"
               r"significant|objective|clinical|further|continued|additional) (?:change|improvement|gains?|progress)\b|\b(?:rather than|instead of|not) (?:an? )?active (?:treatment|therapy|"
               r"intervention)|\bsupportive (?:check-?ins?|contacts?|visits?|sessions?|listening)\b"),
    # records not received, named in the sentence before: "We asked for an updated plan. We did not receive it." / "... We
    # have not received this information" / "... We never got those documents"
    (DOCS, r"\b(?:did not|didn['\u2019]t|have not|haven['\u2019]t|has not|never) (?:yet )?(?:receive[d]?|get|gotten|got) (?:it|them|"
           r"either|either one|any of them|a response|any response|a reply|(?:this|that|these|those|the requested|any of (?:this|"
           r"that|these|those|the)) (?:information|records?|documents?|documentation|materials?|items?|notes))\b(?!\s+(?:until|within|in time|before|by|on time|"
           r"timely|after))|\b(?:it|this|that) (?:was|has) (?:not|never) (?:been )?(?:received|returned|sent)\b(?!\s+(?:until|"
           r"within|in time|before|by|on time|timely|after))"),
    # "submitted more than 12 months after the date you received the service"; the claim as the subject of its arrival:
    # "the claims reached us more than one year after the date of service", "the bill arrived over 180 days after"
    (TIMELY, r"\b(?:submitted|filed|received|billed|arrived|reached (?:us|the plan|our office)|came in|got to us)\b[^.;]{0,30}"
             r"\b(?:more than|over|later than)\s+(?:\d+|one|two|twelve|ninety)\s+(?:calendar )?(?:days?|months?|years?)\s+"
             r"(?:after|from|following)\b"),
    # "Adjusted to 90834"; "90837 requires at least 53 minutes"; "Documented psychotherapy time was 44 minutes"
    (FREQ, r"\b(?:adjusted|reduced|changed|recoded|down-?coded|reprocessed|allowed|paid|approved|certified) (?:to|as|"
           r"at) (?:CPT )?(?:9083[24]|9084[67]|99\d\d\d)\b|\b9083[478]\b[^.;]{0,20}\brequires? (?:at least |a minimum "
           r"of |more than )?\d+ minutes|\b(?:documented|recorded|billed) (?:psychotherapy |session |face-to-face )?time "
           r"(?:was|is|of) (?:only )?\d+ minutes"),
    # a timed session paid as a shorter one, the length named instead of the code: "sessions of that length are paid as
    # 45-minute sessions", "we processed them at the 30-minute rate" (16 to 52 minutes: shorter than the 60-minute code)
    (FREQ, r"\b(?:paid|processed|reprocessed|reimbursed|allowed|priced|re-?priced|covered|approved|counted)\b (?:(?:it|them|"
           r"each|(?:these|those|the|all) (?:visits?|sessions?|claims?|services?)|these|those) )?(?:only )?(?:as|at) (?:an? |the )?(?:1[6-9]|[2-4]\d|5[0-2]|"
           r"thirty|forty[- ]five)[- ]minutes?\b"),
    # a paper on file that lacks what makes it valid, told as what it has none of: "the treatment plan has no date and no
    # signature", "the plan does not list measurable goals"; notes that leave out what was done: "the notes do not describe
    # the interventions used or the response to them"
    (DOCS, r"\b(?:treatment plan|plan of care|care plan|plan|notes?|records?|assessments?|evaluations?)\b[^.;]{0,30}\b(?:has|have|"
           r"had|carries|carry|bears?|shows?) no (?:date|signature|signed|measurable goals?|goals?|start (?:and|or) stop)\b|"
           r"\b(?:treatment plan|plan of care|care plan|plan)\b[^.;]{0,30}\b(?:does|do|did) not (?:list|state|include|set out|"
           r"contain|name) (?:any )?(?:measurable|specific|individuali[sz]ed) goals\b|\b(?:notes?|records?|documentation)\b"
           r"[^.;]{0,60}\b(?:does|do|did) not (?:describe|document|record|state|say|show)\b (?:(?:the|any|which|what) )?(?:specific )?"
           r"(?:interventions?|techniques?|therapeutic (?:work|methods?))\b"),
    # "The other five hours are more than the CPB allows"; "exceeds the length of stay supported by the guideline";
    # the count judged against the member's need: "three visits a week are more than she needs right now"
    # (what it is set against may be named at length: "is more than her current symptoms and the MCG Behavioral Health Care
    # Guidelines, 28th Edition, Intensive Outpatient Program: Depression, continued-stay criteria support")
    (FREQ, r"\b(?:hours|units|sessions|visits|days)\b[^.;]{0,40}\bmore than\b[^.;]{0,200}\b(?:allows?|permits?|"
           r"supports?|supported|needed|necessary|needs|requires)\b|\bexceed\w*\b[^;]{0,20}\b(?:length of stay|number of days)"),
    # "Add-on code 90785 cannot be reported with family psychotherapy (90847)"
    (CODING, r"\b(?:codes?|add-?ons?|CPT|HCPCS|modifiers?)\b[^.;]{0,25}\b(?:cannot|can't|may not|must not|(?:is|are) "
             r"not allowed to) be (?:reported|billed|submitted|used|paired|combined)\b"),
    # "We also asked the program for a current Y-BOCS score ...; these were not provided."
    (DOCS, r"\b(?:asked|requested)\b[^.]{0,120}\b(?:these|this|they|it|which|none)\b(?: \w+){0,2} (?:was|were|has|"
           r"have)\s+(?:not|never)\s+(?:been\s+)?(?:provided|received|sent|submitted|returned)"),
    # "The records we received did not show a second medication trial": what the record lacks
    # (the records as sent or received: "the records do not describe a condition" alone can be a coverage finding)
    (DOCS, r"\b(?:records?|documentation|(?:progress |clinical )?notes|chart|clinical information|materials)\b (?:(?:that |"
           r"which )?(?:we|you|the provider|your provider|the program) (?:have )?(?:received|sent|submitted|provided|have)|"
           r"(?:received|submitted|provided|sent|on file|available to us))\b(?: \w+){0,3}? (?:did|do|does) not (?:show|"
           r"document|include|reflect|demonstrate|establish|contain|describe)\b"
           # "...do not show a clinical need for sessions longer than 45 minutes": a finding about the need, not the records
           r"(?![^.;]{0,30}\b(?:need for|need of|necessity|necessary)\b)"),
    # "an in-office place of service together with a telehealth modifier. These do not match"; "cannot be processed as billed"
    (CODING, r"\bcannot be (?:processed|paid|accepted|allowed) as (?:billed|submitted|coded)\b|\b(?:place of service|POS|"
             r"modifiers?|codes?|units)\b[^.]{0,80}[.;]? (?:these|they|the two|which) (?:do|does) not match\b|\b(?:modifiers?|"
             r"codes?|place of service|POS|units)\b[^.;]{0,40}\b(?:do|does|did) not match (?:the|its|each|one)\b"),
    # "Further improvement was not expected"; "the goals in the treatment plan had been met"
    (PROGRESS, r"\b(?:further |additional |significant |meaningful )?improvement (?:was|is|would be|could be) not "
               r"(?:reasonably )?expected|\bnot expected to (?:improve|make (?:further )?progress)|\bgoals\b[^.;]{0,40}"
               r"\b(?:had|have) (?:all )?been (?:met|achieved|reached)"),
    # "community-based services that are less intensive than partial hospitalization"
    (LOWER, r"\bless (?:intensive|restrictive) than\b"),
    # another resource must pay first (a program that pays last, such as Indian Health Service care or a crime-victims fund):
    # "alternate resource available", "the patient must apply for Medicaid and give us its decision before we can pay"
    (OTHER, r"(?<!\bno )(?<!\bany )\b(?:alternate|alternative) (?:payment )?resources?\b(?: (?:is|are|was|were))?(?: potentially)? "
            r"(?:available|exists?)\b|\bmust (?:first )?(?:apply for|use|exhaust|enroll in|seek|bill)\b[^.;]{0,40}\b(?:Medicaid|"
            r"Medicare|VA|CHIP|other (?:coverage|insurance|benefits)|(?:private|health) insurance)\b[^.;]{0,60}\b(?:first|before (?:we|"
            r"the \w+|PRC|it|they) (?:can|will|may) (?:consider|pay|process))\b"),
    # "This line is a duplicate"; "already processed on another claim for the same date"
    (OTHER, r"\b(?:is|was|as) a duplicate\b|\balready (?:been )?(?:processed|paid|adjudicated|denied) (?:on|under|as|"
            r"with) (?:another|a previous|an earlier|a prior|a separate) claim"),
    # "lists 'educational testing and services' under Exclusions, so that part is not covered"
    (NONCOV, r"\bexclusions?\b[^.]{0,60}\bnot covered|\bnot covered\b[^.]{0,60}\bexclu|\bunder (?:the )?(?:plan'?s? )?"
             r"exclusions\b"),
    # a paper on file that lacks what makes it valid: "the treatment plan in the file is not signed or dated", "the
    # progress notes are undated", "the plan does not state how often or for how long services will be given"
    (DOCS, r"\b(?:treatment plan|plan of care|care plan|plan|notes?|records?|assessments?|evaluations?|documentation|forms?)\b"
           r"[^.;]{0,25}\b(?:is|are|was|were|has been|have been) (?:not|neither|never) (?:been )?(?:signed|dated)\b|\b(?:treatment plan|"
           r"plan of care|care plan|plan|notes?|records?|assessments?|evaluations?|forms?)\b[^.;]{0,25}\b(?:is|are|was|were) undated\b|"
           r"\b(?:did|do|does) not (?:state|specify|say|list|include|give|show|document)\b[^.;]{0,30}\bhow (?:often|long|many|frequently)\b"),
    # a frequency judged in plain words, for the same service (a program level named makes it a level-of-care reason):
    # "1 visit every week is enough help for you right now", "two sessions a month are sufficient", "weekly therapy is
    # adequate for her needs"; "We said NO to the second visit each week", "we turned down the extra session"
    (FREQ, r"^(?!.*\b(?:outpatient|IOP|PHP|partial|residential|inpatient|program|level of care|setting)\b)(?:.*\b(?:sessions?|"
           r"visits?|appointments?|therapy)\b[^.;]{0,25}\b(?:a|per|each|every) (?:week|month)|.*\b(?:weekly|biweekly|monthly|every "
           r"other week) (?:\w+ )?(?:sessions?|visits?|therapy|appointments?|counsell?ing))\b[^.;]{0,15}\b(?:is|are|would be|will be|"
           r"should be) (?:still |now |quite )?(?:enough|sufficient|adequate)\b|\b(?:(?:said|say|saying) no to|turned down)\b"
           r"(?=[^.;]{0,20}\b(?:second|additional|extra|added|third|other) (?:[\w-]+ ){0,2}(?:sessions?|visits?|appointments?)\b)"),
    # a service counted in hours or sessions a week, cut to fewer (in-home hours, ABA, therapy): "why he needs 6 hours each
    # week instead of 3", "we cannot approve more than 3 hours per week", "we still deny the other 3 hours per week"
    (FREQ, r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:[\w-]+ ){0,2}(?:hours?|sessions?|visits?|units?)(?: (?:of|in) [\w-]+(?: [\w-]+)?)? "
           r"(?:a|per|each|every) week\b[^.;]{0,10}\binstead of (?:the )?(?:\d+|one|two|three|four|five|six)\b|\b(?:cannot|can not|will not|"
           r"did not|do not|does not|unable to) (?:approve|authori[sz]e|certify|cover|support) more than (?:\d+|one|two|three|four|"
           r"five|six) (?:[\w-]+ ){0,2}(?:hours?|sessions?|visits?|units?) (?:a|per|each|every) (?:week|day|month)\b|\b(?:deny|denies|"
           r"denied|not approve|not approving|not authori[sz]ing) (?:the )?(?:other|remaining|additional|extra) (?:\d+|one|two|three|"
           r"four|five|six|eight|ten|twelve) (?:[\w-]+ ){0,2}(?:hours?|sessions?|visits?|units?)\b"),
    # two codes that may not be billed together, the code as the subject: "90834 may not be reported with 90839 by the
    # same provider", "+90785 cannot be billed with 90847", a table's "not reportable with 90839, same day"
    (CODING, r"\+?\b\d{5}\b[^.;]{0,15}\b(?:may not|cannot|can not|must not|should not|is not allowed to) be (?:reported|billed|"
             r"submitted|paired|used|paid) (?:together )?(?:with (?:CPT |code )?\+?\d{5}\b|on the same (?:day|date))|\bnot (?:separately )?"
             r"(?:reportable|billable|payable) (?:with|together with|alongside) (?:CPT |code )?\+?\d{5}\b"),
    # no change told as sameness: "her scores stayed about the same", "the same goals and the same groups each day",
    # "the treatment plan was not changed", "the session notes are nearly identical"
    (PROGRESS, r"\b(?:scores?|ratings?|symptoms?|results?|measures?)\b[^.;]{0,40}\b(?:stayed|remained|remain|stay|were|are|"
               r"have been|has been) (?:about |roughly |essentially |largely |basically |much |virtually |more or less )?(?:the "
               r"same|unchanged)\b|\bthe same (?:goals|interventions|groups|activities|content|topics)\b[^.;]{0,50}\b(?:each|every) "
               r"(?:day|session|week|visit)\b|\b(?:treatment )?plan (?:was|has|had|have) (?:not|never) (?:been )?(?:changed|revised|"
               r"adjusted|modified)\b|\bnotes (?:are|were) (?:nearly|virtually|almost|essentially) identical\b"),
    # the network told as a contract: "it doesn't pay for care from providers who don't have a contract with Oscar", "our
    # records show the therapist has no contract with us for this plan"
    (OON, r"\b(?:do|does|did) not have (?:a |an |any )?(?:current |signed )?(?:contract|participation agreement|provider agreement|"
          r"network agreement) with\b|\b(?:has|have|had|holds?) no (?:current |signed )?(?:contract|participation agreement|"
          r"provider agreement|network agreement) with\b|\b(?:providers?|therapists?|clinicians?|practitioners?|facilit(?:y|ies)|"
          r"programs?) (?:who|that|which) (?:are not|is not|were not) (?:under contract|contracted) with\b"),
    # a plan document's own exclusion named as the ground: "Plan Document Section 8.4(bb) excludes wilderness programs",
    # "the exclusion applies to all 68 days", "so it falls within the excluded program charges"
    (NONCOV, r"\b(?:section|provision|article|paragraph|clause|plan document|summary plan description|SPD|certificate|"
             r"evidence of coverage|EOC)\b(?:[^.;]|\.(?=\d)){0,40}\bexcludes\b|\b(?:the|this|that|an?) (?:plan'?s? )?exclusion "
             r"(?:applies|apply|applied|covers)\b|\bfalls? (?:within|under) (?:the |an? |this |that )?(?:plan'?s? )?(?:exclu\w+|"
             r"excluded)\b"),
    # the records that came in, found incomplete: "The records we received from the program are incomplete"
    (DOCS, r"\b(?:records?|documentation|notes|information|chart|materials)\b (?:that |which )?(?:we|you|the provider|your provider|"
           r"the program|the facility|the therapist) (?:have |had )?(?:received|sent|submitted|provided|gave us|faxed)\b[^.;]{0,40}"
           r"\b(?:is|are|was|were) (?:missing (?:parts|pages|items)|incomplete|insufficient|illegible|not complete)\b"),
    # the time documented, set against a time-based code: "Documented time does not support the code billed", "38 to 51
    # minutes, which supports CPT 90834, not 90837"
    # ... or short of the code's time: "the documented time (45 to 48 minutes) does not meet the time required for CPT 90837";
    # "Medicare will pay for four dates at the level of CPT 90834"
    (FREQ, r"\b(?:documented|recorded|charted) (?:session |psychotherapy |face-to-face |treatment )?(?:time|minutes)\b[^.;]{0,15}"
           r"\b(?:does|do|did) not support\b|\bsupports? (?:only )?(?:CPT |code )?9083[24]\b,? (?:not|rather than|instead of) "
           r"(?:CPT |code )?9083[47]\b|\b(?:documented|recorded|charted) (?:session |psychotherapy |face-to-face |treatment )?"
           r"(?:time|minutes)\b[^.;]{0,40}\b(?:does|do|did) not (?:meet|reach|satisfy)\b[^.;]{0,20}\b(?:time|minutes|threshold)\b|"
           r"\b(?:pay|paid|allow|allowed|reimburse|reimbursed|process|processed|cover|covered)\b[^.;]{0,60}\bat the (?:level|rate) of "
           r"(?:CPT |code )?9083[24]\b"),
    # a code pair the code set forbids: "Add-on code not separately reportable", "CPT does not allow +90785 to be reported
    # with 90846 or 90847"
    (CODING, r"\b(?:add-?on |CPT |HCPCS )?codes?\b[^.;]{0,10}\bnot separately (?:reportable|payable|billable|reimbursable)\b|"
             r"\b(?:does|do|did) not (?:allow|permit)\b[^.;]{0,40}\bto be (?:reported|billed|submitted|coded) (?:together )?with\b"),
)
# A filing limit stated in the grounds is a reason when the same passage says when this claim arrived.
FILING_LIMIT = (r"\b(?:claims?|bills?)\b[^.;]{0,30}\b(?:must|to) be (?:submitted|filed|received)\b[^.;]{0,20}\bwithin "
                r"\d+ (?:calendar )?(?:days|months)|\b(?:filing|submission) (?:limit|deadline|requirement)\b")
RECEIVED_ON = (r"\b(?:first |originally |initially )?(?:received|submitted|filed)\b[^.;]{0,15}\bon \d|\bno (?:record of "
               r"(?:an )?)?earlier (?:submission|claim)|\b(?:received|submitted)\b[^.;]{0,20}\bafter the\b")
