"""Tables for reading denials: CARC/RARC/MSN code meanings, reason phrases, payers and deadline cues."""

from __future__ import annotations

CATEGORIES = (
    "not_medically_necessary", "insufficient_documentation", "lower_level_of_care_appropriate",
    "no_progress_or_maintenance", "frequency_or_duration_exceeds_guidelines", "no_prior_authorization",
    "out_of_network", "benefit_limit_reached", "non_covered_service_or_diagnosis", "timely_filing",
    "coding_or_billing_error", "other",
)
NMN, DOCS, LOWER, PROGRESS, FREQ, AUTH, OON, LIMIT, NONCOV, TIMELY, CODING, OTHER = CATEGORIES

# X12 Claim Adjustment Reason Codes. None = an adjustment that is not a denial (cost share, fee schedule).
CARC: dict[str, str | None] = {
    "1": None, "2": None, "3": None, "45": None, "59": None, "94": None, "253": None, "A2": None,
    "50": NMN, "56": NONCOV, "55": NONCOV,
    "252": DOCS, "226": DOCS, "227": DOCS, "16": DOCS,  # 16 is refined by its remark codes
    "150": FREQ, "151": FREQ, "152": FREQ, "273": FREQ,
    "197": AUTH, "15": AUTH, "198": AUTH, "62": AUTH, "243": AUTH,
    "242": OON, "38": OON,
    "119": LIMIT, "35": LIMIT, "149": LIMIT,
    "96": NONCOV, "167": NONCOV, "204": NONCOV, "49": NONCOV, "170": NONCOV, "54": NONCOV,
    "29": TIMELY,
    "4": CODING, "5": CODING, "6": CODING, "7": CODING, "8": CODING, "9": CODING, "10": CODING,
    "11": CODING, "58": CODING, "97": CODING, "125": CODING, "146": CODING, "181": CODING,
    "182": CODING, "189": CODING, "234": CODING, "236": CODING,
    "18": OTHER, "22": OTHER, "23": OTHER, "24": OTHER, "26": OTHER, "27": OTHER, "31": OTHER,
    "32": OTHER, "33": OTHER, "40": OTHER, "95": OTHER, "109": OTHER, "140": OTHER, "177": OTHER,
    "185": OTHER, "200": OTHER, "B7": OTHER, "B9": OTHER,
}

# Remittance Advice Remark Codes. None = informational (which LCD/NCD, where to look, appeal rights).
RARC: dict[str, str | None] = {
    "N115": None, "N386": None, "N130": None, "MA01": None, "MA02": None, "MA18": None,
    "N211": None, "N381": None, "N1": None,
    "M127": DOCS, "N706": DOCS, "N29": DOCS, "N225": DOCS, "N102": DOCS, "M60": DOCS,
    "M76": CODING, "M77": CODING, "M51": CODING, "M78": CODING, "M20": CODING, "N56": CODING,
    "M81": CODING, "N657": CODING, "N290": CODING, "N20": CODING, "M80": CODING, "N19": CODING,
    "MA130": CODING, "N34": CODING, "N180": CODING, "M79": CODING,
    "M62": AUTH, "N54": AUTH,
    "N362": FREQ, "N435": FREQ, "N640": FREQ, "M86": FREQ, "M25": FREQ,
    "N425": NONCOV, "N216": NONCOV, "N95": NONCOV, "N448": NONCOV,
    "MA04": OTHER, "N30": OTHER,
}
DOC_OR_CODING_RARC = {code for code, cat in RARC.items() if cat in (DOCS, CODING)}

# Medicare Summary Notice message numbers, only read when labelled ("MSN 15.4", "Message 16.10").
MSN: dict[str, str | None] = {"15.19": None, "15.20": None, "15.4": NMN, "15.6": FREQ, "16.10": NONCOV}

_DOCS_NOUN = (r"(?:records?|documentation|information|notes?|treatment plan|plan of care|assessments?|measures?|"
              r"scores?|attachments?|results?|evaluations?|history|signatures?)")
_LOC = (r"(?:outpatient|IOP|intensive outpatient|partial hospitali[sz]ation|PHP|residential|routine|"
        r"community[- ]based|office[- ]based|lower|less intensive)")
_AUTH = (r"(?:prior |pre-?)?(?:authori[sz]ation|precertification|pre-?certification|pre-?authori[sz]ation|"
         r"prior approval|referral|notification|auth)")

# (category, pattern): a sentence that matches states that reason. Read case-insensitively.
STRONG_RULES: tuple[tuple[str, str], ...] = (
    (NMN, r"\bnot (?:deemed |considered |found |shown to be |been shown to be )?(?:medically|"
          r"clinically) (?:necessary|indicated)"),
    (NMN, r"\bmedically unnecessary\b|\bnot (?:deemed )?(?:a )?medical(?:ly)? necess|\bnot (?:clinically|"
          r"medically) appropriate"),
    (NMN, r"\b(?:lack|absence) of medical necessity|\b(?:is|are) (?:therefore |currently )?not (?:an? )?(?:clinically )?"
          r"appropriate\b"),
    (NMN, r"\b(?:do|does|did) not (?:meet|establish|support|demonstrate|show|"
          r"satisfy)\b[^;]{0,60}\bmedical(?:ly)? necess"),
    (NMN, r"\bmedical necessity (?:criteria |guidelines |requirements )?(?:is |are |was |were |has |have )?(?:not|"
          r"never) (?:been )?(?:met|established|demonstrated|shown|supported)"),
    (NMN, r"\bnot (?:considered |deemed |found )?reasonable (?:and|or) necessary"),
    (NMN, r"\bcriteria\b[^;]{0,40}\b(?:are|were|is|was|have|has)\s+(?:therefore\s+|"
          r"still\s+)?not\s+(?:been\s+)?met\b"),
    (NMN, r"\b(?:do|does|did) not meet\b[^;]{0,80}\bcriteria\b|\b(?:do|does|did) not meet\b[^;]{0,60}\b"
          r"(?:guidelines|standards)\b"),
    (NMN, r"\bdoes not support the (?:medical )?need for (?:this|the) (?:service|item|treatment|care)"),
    (DOCS, _DOCS_NOUN + r"\b[^;]{0,60}\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:provided|received|"
                        r"submitted|included|sent|returned|furnished|supplied|on file)"),
    (DOCS, r"\b(?:did|do|does) not (?:receive|include|provide|submit|contain|send|document|"
           r"attach)\b[^;]{0,80}\b(?:records?|documentation|information|notes?|plan|measures?|scores?|history|"
           r"times?|signature|assessment|details?|frequency|risk|forms?|evaluations?|reports?|results?)"),
    (DOCS, r"\b(?:missing|incomplete|insufficient|inadequate|illegible|unsigned)\b[^;]{0,30}\b(?:records?|"
           r"documentation|clinical information|notes?|treatment plan|signature|start and stop)"),
    (DOCS, r"\b(?:records?|documentation|notes?)\b[^;]{0,20}\b(?:is|are|was|were)\s+(?:missing|incomplete|"
           r"insufficient|illegible|unsigned|not signed)"),
    (DOCS, r"\bno (?:repeat |current |updated |recent |signed |standardized |symptom |clinical )*"
           + _DOCS_NOUN + r"\b[^;]{0,30}?(?:was|were|has|have)?\s*(?:been )?(?:provided|received|submitted|included|"
                          r"on file|available)"),
    (DOCS, r"\b(?:without|absent|lacking|lacks|lack of)\s+(?:this|the|these|that|such|sufficient|adequate|complete|"
           r"required|requested|additional|supporting|current)?\s*(?:clinical )?(?:information|documentation|"
           r"records)\b"),
    (DOCS, r"\b(?:requested|asked for)\b[^;]{0,80}\b(?:but|and)\b[^;]{0,30}\b(?:not|never) (?:received|provided|"
           r"returned|sent)"),
    (DOCS, r"\b(?:did|do|does) not (?:show|contain|have) (?:a |an |any )?(?:signed|dated|current|written|completed|"
           r"updated|individualized) (?:treatment plan|plan of care|assessment|progress notes?)"),
    (DOCS, r"\bno (?:clear |current |written )?documentation (?:of|that|for|to support)\b|"
           r"\bnot (?:clearly )?documented\b"),
    (DOCS, r"\bnot enough (?:clinical )?(?:information|documentation)|\b(?:no|"
           r"without) (?:documented )?(?:start and stop times|start/stop times|session times)"),
    (LOWER, r"\b(?:lower|less intensive|less restrictive|lesser)\b[^;]{0,25}\b(?:level of (?:care|treatment)|"
            r"setting|program)"),
    (LOWER, r"\b(?:appropriate|correct|right|recommended) level of care (?:is|would be|for you is)\b"),
    (LOWER, r"\b" + _LOC + r"\b[^;]{0,60}\b(?:is|are|would be|remains?|"
            r"appears?)\s+(?:\w+ and )?(?:the\s+)?(?:most\s+|more\s+|clinically\s+)?(?:appropriate|sufficient|"
            r"adequate|suitable)"),
    (LOWER, r"\b(?:can|could|may) (?:safely |effectively |appropriately )*(?:be )?(?:safely |"
            r"effectively )*(?:treated|managed|met|provided|served|addressed|continued?)\b[^;]{0,40}\b(?:at|in|with|"
            r"through|by)\b[^;]{0,25}\b" + _LOC),
    (LOWER, r"\bstep(?:ped)?[- ]down\b|\bneeds? (?:can|could) (?:safely )?be met\b"),
    (LOWER, r"\b(?:do|does|did) not (?:require|need)\b[^;]{0,40}\b(?:level of care|24[- ]hour|residential|inpatient|"
            r"partial hospitali|intensive outpatient|this setting|hospital)"),
    (PROGRESS, r"\bno (?:measurable |meaningful |significant |objective |documented |substantial |further |"
               r"clinical |demonstrable |sustained )*(?:progress|improvement|gains?)\b"),
    (PROGRESS, r"\bnot (?:made|making|shown|showing|show|demonstrated|demonstrating|"
               r"achieved)\b[^;]{0,30}\b(?:progress|improvement|gains)"),
    (PROGRESS, r"\b(?:do|does|did) not (?:show|demonstrate|reflect|document|indicate)\b[^;]{0,30}\b(?:progress|"
               r"improvement)|\b(?:lack|absence) of (?:measurable |meaningful )?(?:progress|improvement)|"
               r"\b(?:little|minimal|limited) (?:or no )?(?:progress|improvement)"),
    (PROGRESS, r"\bwithout (?:any )?(?:significant |measurable |meaningful |sustained )?(?:change|improvement|progress)"
               r"\b|\bplateau|\bcustodial\b|\bmaintenance (?:care|level|therapy|treatment|phase|services?|sessions?|"
               r"only)\b|\b(?:is|are|considered|primarily|be) maintenance\b"),
    (PROGRESS, r"\b(?:maintain|maintaining|sustain)\w*\b[^;]{0,30}\b(?:current|present|"
               r"existing)\b[^;]{0,15}\b(?:condition|level|status|function)"),
    (PROGRESS, r"\bsupportive (?:care|therapy|counseling|in nature|rather|services?|treatment)\b|\b(?:therapy|"
               r"treatment|sessions?|care|services?|visits?|psychotherapy|counseling|interventions?)\b[^;]{0,30}\b"
               r"(?:is|are|was|were|has been|have been|appears?|remains?) (?:primarily |mainly |largely )?supportive\b"),
    (PROGRESS, r"\b(?:not|no longer) (?:reasonably )?(?:expected|likely) to (?:improve|result in|benefit)|"
               r"\bmaximum (?:therapeutic |medical )?benefit\b|\bno (?:reasonable )?expectation of (?:further |"
               r"significant )?(?:improvement|progress)|\bno longer (?:improving|making progress)"),
    (FREQ, r"\b(?:frequency|number|length|duration)\s+of\s+(?:the\s+)?(?:requested\s+|individual\s+|"
           r"psychotherapy\s+|therapy\s+)*(?:sessions?|visits?|services?|treatment|therapy|days|units|"
           r"stay)\b[^;]{0,60}\b(?:exceed|more than|greater than|not supported|beyond|above|higher than)"),
    (FREQ, r"\bmore than (?:the )?(?:service limits?|guidelines?|is (?:needed|supported|necessary)|(?:one|"
           r"1) (?:\w+ )?(?:session|visit|service)s? (?:per|a) (?:week|day))"),
    (FREQ, r"\bexceed(?:s|ed|ing)?\b[^;]{0,30}\b(?:guidelines?|frequency|recommended|allowed|"
           r"maximum (?:number of )?(?:units|sessions|visits)|service limits?|number of (?:units|sessions|visits))"),
    (FREQ, r"\b(?:twice|two times|2x|2 x|2 times|three times|3x)\s*(?:a|per|/|each)\s*week\b[^;]{0,80}\b(?:not|"
           r"weekly|once|reduc|denied|exceed|more than|instead)|\b(?:not|cannot|denied|reduc\w*|"
           r"exceed\w*)\b[^;]{0,60}\b(?:twice|two times|2x|2 x|2 times|three times|3x)\s*(?:a|per|/|each)\s*week"),
    (FREQ, r"\b(?:reduced?|reducing|cut|lowered|decreased?|approved at|approved for|authorized (?:at|for)|"
           r"limited to|modified to)\b[^;]{0,30}\b(?:weekly|once (?:a|per) week|every other week|biweekly|"
           r"every two weeks|monthly|\d+ (?:sessions?|visits?|units?))"),
    (FREQ, r"\b(?:reprocessed|processed|paid|adjusted|recoded|down-?coded|changed|"
           r"allowed)\b[^;]{0,20}\bas (?:CPT )?9083[24]\b|\bsession (?:length|time|duration)\b"),
    (FREQ, r"\b(?:time|minutes) (?:documented|recorded|billed)\b[^;]{0,40}\b(?:not support|does not|less than|"
           r"under)|\bdoes not support (?:this|the) (?:level of service|number|frequency|many)"),
    (FREQ, r"\b\d+ (?:of (?:the )?\d+ )?(?:requested )?(?:sessions|visits|days|units)\b[^;]{0,20}\b(?:denied|"
           r"not approved|not authorized|not certified)"),
    (FREQ, r"\b(?:need|needed|support|supports|justify)\b[^;]{0,20}\b(?:\d+|sixty)[- ]minute (?:sessions?|"
           r"psychotherapy|visits?)"),
    (FREQ, r"\b(?:at|of) (?:this|the requested|that|the current) (?:frequency|intensity|number of sessions)\b|\bfewer "
           r"(?:sessions|visits|units)\b|\b(?:denied|did not approve|cannot approve|approved|authorized) (?:only )?(?:the )?"
           r"(?:remaining |additional |other )?\d+ (?:of (?:the )?\d+ )?(?:requested )?(?:sessions|visits|units)\b"),
    (LIMIT, r"\b(?:only )?covers? (?:up to )?\d+ (?:visits|sessions|days)\b[^;]{0,40}\b(?:per|a|each) (?:calendar |"
            r"plan |benefit )?year|\blimit of \d+ (?:\w+ )?(?:visits|sessions|days)\b"),
    (LIMIT, r"\b(?:benefit|visit|session|day|annual|yearly|calendar[- ]year|plan[- ]year|lifetime|dollar|"
            r"policy[- ]year)\s+(?:maximum|max|limit|cap|allowance)s?\b[^;]{0,40}\b(?:reached|met|exhausted|used|"
            r"exceeded)"),
    (LIMIT, r"\b(?:reached|exhausted|used up|used all|exceeded)\b[^;]{0,40}\b(?:maximum|limit|allowance|cap)\b|"
            r"\b(?:reached|used|exhausted)\b[^;]{0,30}\b(?:all|the)\b[^;]{0,30}\b(?:visits|sessions|days|"
            r"benefits?)\b[^;]{0,30}\b(?:allowed|covered|available|per|for (?:the|this|your) (?:year|calendar|plan|"
            r"benefit))"),
    (LIMIT, r"\bbenefits? (?:have|has|had) been (?:exhausted|used|met)|\bbenefits? (?:are|were) exhausted|\b(?:no|"
            r"zero) (?:remaining|more|additional) (?:covered )?(?:visits|sessions|days|benefits?) (?:available|"
            r"remain|left)|\b\d+[- ](?:visit|session|day) (?:limit|maximum|cap)"),
    (LIMIT, r"\bexceeds?\b[^;]{0,20}\b(?:annual|yearly|calendar[- ]year|lifetime|plan[- ]year|benefit) (?:maximum|"
            r"limit)"),
    (OON, r"\b(?:no|not have|without|does not (?:have|include|offer))\b[^;]{0,30}\bout[- ]of[- ]network (?:benefits?|"
          r"coverage)|\b(?:is|are|was|were) (?:an? )?out[- ]of[- ]network\b|\bout[- ]of[- ]network\b[^;]{0,40}\b(?:not "
          r"covered|denied|excluded|not eligible|not a benefit)|\bnon-?(?:participating|network|par|contracted|plan)\s+"
          r"(?:provider|practitioner|clinician|therapist|facility)"),
    (OON, r"\bout[- ]of[- ]plan (?:providers?|residential|treatment|care|services?|therapists?)|\bnon-?plan\)?\s+"
          r"(?:providers?|practitioners?|therapists?|facilit)"),
    (OON, r"\bnot (?:a |an )?(?:participating|in-?network|network|contracted|plan|preferred)\s+(?:provider|"
          r"practitioner|clinician|therapist|facility)|\bnot (?:contracted|credentialed) with"),
    (OON, r"\b(?:is|are|was|were) not (?:in|part of|participating in|contracted with) (?:our|the|your|"
          r"this)\b[^;]{0,20}\bnetwork|\boutside (?:of )?(?:the |our |your )?(?:plan'?s? |HMO |EPO |"
          r"provider )*network\b"),
    (AUTH, r"\b(?:no|without|absent|missing|invalid|expired|lapsed)\s+(?:a\s+|an\s+|the\s+|valid\s+|required\s+|"
           r"current\s+|approved\s+)*" + _AUTH + r"\b"),
    (AUTH, _AUTH + r"\s+(?:number\s+)?(?:was|were|is|had|has)\s+(?:not|never)\s+(?:been\s+)?(?:obtained|requested|"
                   r"received|on file|submitted|issued|found|in place|valid)"),
    (AUTH, r"\b(?:authori[sz]ation|precertification|referral|approval)\b[^;]{0,30}\b(?:expired|had ended|lapsed|"
           r"(?:is|was) invalid|(?:does|did) not (?:cover|apply|include|match)|absent|missing|not on file)"),
    (AUTH, r"\b(?:not|never) (?:been )?(?:prior[- ]authori[sz]ed|pre-?authori[sz]ed|pre-?certified|precertified)|"
           r"\b(?:failure|failed) to (?:obtain|request|get)\b[^;]{0,20}\b(?:authori|precert|approval|referral)"),
    (AUTH, r"\b(?:outside|after|before|beyond|exceeds?|exceeded) (?:the )?(?:number of )?(?:authori[sz]ed|approved|"
           r"certified) (?:dates?|period|date span|date range|time ?frame|units|visits|sessions)"),
    (AUTH, r"\bexceed\w*\b[^;]{0,30}\b(?:visits|sessions|units|days)\s+(?:authori[sz]ed|approved|certified)|\b(?:denied|"
           r"not (?:paid|covered|payable))\b[^;]{0,60}\brequires? (?:a |an )?(?:prior |pre-?)?(?:authori[sz]ation|"
           r"referral|precertification)|\brequires? (?:a |an )?(?:prior |pre-?)?(?:authori[sz]ation|referral|"
           r"precertification)\b[^;]{0,60}\b(?:not (?:obtained|received|on file)|none|no )"),
    (NONCOV, r"\b(?:excluded|exclusion)\b[^;]{0,40}\b(?:coverage|plan|policy|benefits?|contract)|\b(?:plan|policy|"
             r"contract|benefits?) (?:exclusion|excludes)|\bstatutorily excluded"),
    (NONCOV, r"\bnot (?:a )?(?:covered )?benefit (?:of|under|in)\b|\b(?:experimental|investigational|unproven)\b"),
    (NONCOV, r"\b(?:plan|policy|contract|Medicare|Medicaid) does not (?:cover|pay for) (?:this|these|that|"
             r"the|any)\b[^;]{0,20}\b(?:items?|services?|benefits?|counseling|therapy|treatment|care|type)|\bnot "
             r"covered (?:under|by) (?:your|the) (?:plan|policy|benefit|contract)|\bnon-?covered (?:service|benefit)|\bnot "
             r"covered (?:when|if|for (?:educational|vocational|court|legal|custody))"),
    (NONCOV, r"\b(?:diagnos[ie]s|condition|Z-?codes?|V-?codes?|Z\d\d\.\d)\b[^;]{0,40}\b(?:is|"
             r"are)\s+not\s+(?:a\s+)?(?:covered|eligible|payable)|\bnon-?covered (?:diagnos|condition)|"
             r"\bH-?codes?\b[^;]{0,60}\bnot (?:covered|payable|a benefit)"),
    (TIMELY, r"\btimely filing\b|\btime limit for (?:filing|submission)|\b(?:filing|submission) (?:limit|deadline|"
             r"period|window)\b[^;]{0,20}\b(?:expired|passed|exceeded|ended|elapsed)"),
    (TIMELY, r"\b(?:filed|submitted|received|billed)\b[^;]{0,40}\b(?:after|past|beyond|"
             r"outside)\s+(?:the\s+)?(?:\d+[- ](?:day|month)\s+)?(?:filing|submission|deadline|time limit|timely)"),
    (TIMELY, r"\bnot (?:filed|submitted|received)\b[^;]{0,10}\b(?:timely|on time|within (?:the )?(?:required|"
             r"allowed|filing|\d+))|\b(?:filed|submitted) (?:too )?late\b|\blate (?:filing|submission|claim)"),
    (CODING, r"\b(?:invalid|incorrect|missing|inconsistent|wrong|mismatched|inappropriate|improper|unlisted|"
             r"deleted)\s+(?:CPT |HCPCS |ICD-10 |diagnosis |procedure |billing |revenue |place[- ]of[- ]service |"
             r"POS |NPI |taxonomy )*(?:codes?|modifiers?|place of service|POS|diagnos[ie]s|NPI|units|claim (?:data|"
             r"information)|date of service)"),
    (CODING, r"\b(?:procedure|diagnosis|modifier|place of service|POS|code|CPT)\b[^;]{0,40}\b(?:is|are|was|"
             r"were)\s+(?:inconsistent|incompatible|invalid|not valid|incorrect|missing)"),
    (CODING, r"\binconsistent with (?:the )?(?:procedure|diagnosis|place of service|modifier|provider type)|"
             r"\b(?:billed|submitted|coded) (?:with|under|using) (?:an? )?(?:incorrect|invalid|wrong)"),
    (CODING, r"\b(?:bundled|unbundl|mutually exclusive|included in (?:the )?(?:payment|allowance) for)|"
             r"\badd-?on code\b[^;]{0,60}\bwithout\b|\b(?:billing|coding) error|\bwithout (?:the |a |"
             r"an )?(?:required |appropriate |correct )?(?:modifier|place of service|POS)\b"),
    # The payer names a less intensive program that would do: "an IOP ... can safely give you the care you need".
    (LOWER, r"\b(?:IOP|intensive outpatient|partial hospitali[sz]ation|PHP|day (?:treatment|program)|outpatient "
            r"(?:care|therapy|treatment|services?|psychotherapy)|weekly (?:therapy|sessions?|psychotherapy))\b[^.;]{0,90}"
            r"\b(?:can|could|would|will) (?:safely |effectively |appropriately |still )*(?:give|provide|meet|keep|"
            r"continue|treat|address|manage|support|serve)\b"),
    (LOWER, r"\bmore (?:treatment|care|structure|intensive (?:care|treatment)|support) than\b[^.;]{0,40}\b(?:call|"
            r"calls|need|needs|needed|require|requires|warrant)"),
    (LOWER, r"\binstead\b[^.;]{0,40}\bapproved\b[^.;]{0,60}\b(?:IOP|intensive outpatient|partial hospitali|PHP|"
            r"outpatient|day (?:treatment|program))|\bneeds? (?:can|could) have been met\b"),
    # A second weekly session, or one a week "instead of two", is a frequency reduction.
    (FREQ, r"\b(?:second|additional|extra|third) (?:weekly |psychotherapy |therapy )?(?:session|visit)s?\b"
           r"[^.;]{0,60}\b(?:not|is not|are not)\b|\binstead of (?:the )?(?:two|2|three|3|twice)\b[^.;]{0,25}"
           r"\b(?:a|per|each) week\b|\bneed for this many services\b"),
    (OON, r"\bout[- ]of[- ]network (?:program|provider|facility|services?|care|clinicians?|therapists?|treatment)\b"
          r"[^.;]{0,60}\b(?:is|are|was|were) not\b|\bavailable from (?:plan|in-?network|in-?plan|participating|"
          r"network) (?:providers|programs|clinicians)\b"),
    (DOCS, r"\b(?:requested|asked)\b[^.;]{0,100}\b(?:not|never) (?:receive[d]?|provided|returned|sent)\b|"
           r"\b(?:do|did) not have (?:the |these |those |your |any |enough )?(?:records?|documentation|information)\b|"
           r"\bcould not (?:complete|finish|perform) (?:a |the |our )?review\b"),
    (OTHER, r"\b(?:your|member'?s?|patient'?s?|the|insurance|health) (?:coverage|policy|enrollment|membership|"
            r"eligibility)\b(?! for)[^;]{0,30}\b(?:terminated|ended|inactive|lapsed|cancell?ed|not (?:active|in "
            r"effect))"),
    (OTHER, r"\b(?:member|patient|you|insured|subscriber|beneficiary)\b[^;]{0,20}\b(?:was|were|is|"
            r"are)\s+not\s+(?:eligible|enrolled|covered|insured|active)\b[^;]{0,30}\b(?:on|for|at the time|date)"),
    (OTHER, r"\bcoordination of benefits\b|\bother (?:insurance|coverage|health plan|payer)\b[^;]{0,40}\b(?:primary|"
            r"pay first)|\b(?:primary|other) (?:insurer|payer|carrier)\b|\bprimary (?:insurance|coverage)\b"),
    (OTHER, r"\bduplicate (?:claim|service|submission|bill|charge|of (?:a |an |the )?(?:previously|claim|prior))|"
            r"\bexact duplicate|\b(?:cannot|could not|unable to) (?:identify|locate|find) (?:the |this )?(?:member|"
            r"patient|insured|subscriber)"),
)

# Generic "not covered" is how many letters say "denied"; it is a reason only when the letter gives no other.
WEAK_RULES: tuple[tuple[str, str], ...] = (
    (NONCOV, r"\bnot (?:a )?covered\b|\bnon-?covered\b|\bno coverage (?:for|of)\b|\bdoes not (?:cover|pay for)\b"),
)

# A rule's category is cancelled in a sentence that matches its veto (negations and other senses).
VETOES: dict[str, str] = {
    NONCOV: r"\bmedical(?:ly)? necess|\bneeded\b|\bneed for\b|\breasonable and necessary|\bauthori[sz]|\bnetwork\b|\bfiling\b|\bmaximum\b|"
            r"\blimit\b",
    AUTH: r"\bno (?:prior )?(?:authori[sz]ation|referral) (?:is |was )?(?:required|needed)|\b(?:does|do|"
          r"did) not require (?:a )?(?:prior )?(?:authori|referral)|\byou (?:may|can) see|\bout[- ]of[- ]network\b|"
          r"\bnon-?participating\b|\b(?:cannot|can't|may not|not allowed to) bill you\b",
    LIMIT: r"\bunits?\b[^;]{0,20}\bper (?:day|session|date)|\bper date of service|\bfiling\b|\btime limit|"
           r"\bout[- ]of[- ]pocket|\bdeductible|\bmaximum (?:therapeutic |medical )?benefit (?:from|of)\b",
    NMN: r"\b(?:filing|billing|coding|eligibility|enrollment)\b[^;]{0,20}\b(?:criteria|requirements)",
    LOWER: r"\b(?:no|missing|without|lacks?)\b[^;]{0,30}\bstep-?down|\bstep-?down (?:plan|criteria)\b[^;]{0,40}\b"
           r"(?:missing|not|no)\b",
    FREQ: r"\b(?:annual|calendar[- ]year|lifetime|plan[- ]year|benefit) (?:maximum|limit)|\bfiling\b|\btimely\b",
}

# Sentences that only report what someone else argued are not the payer's reasons.
ATTRIBUTED = (r"\b(?:provider|appellant|requester|request|appeal letter|treating \w+|your (?:doctor|therapist|"
              r"provider|representative))\b[^;]{0,20}\b(?:states?|stated|argues?|argued|contends?|asserts?|believes?|"
              r"believed)\b")
# "Provider: X (Out-of-network)" is a field of the letterhead, not a sentence giving a reason.
VERBLESS_FIELD = (r"^(?!.*\b(?:is|are|was|were|be|been|has|have|had|did|does|do|not|no|denied|cannot|will|would|may|"
                  r"must|could|exceeds?|reached)\b)\W*[A-Z][\w /#&'()-]{0,30}:")
CONDITIONAL = r"^\W*(?:if|when|whenever|should|unless|in the event|in case)\b"
# Appeal-rights text names kinds of denial ("denials based on medical necessity") without making one.
RIGHTS = (r"\b(?:denials|decisions|determinations|cases|claims|disputes) (?:based on|involving|that (?:involve|are "
          r"based on)|about|related to|regarding)\b|\bfor (?:a )?(?:denials?|decisions?) (?:based on|involving)|"
          r"\bexternal review (?:is )?(?:available|applies)|\bis available for\b")
DENIAL_WORDS = (r"\b(?:has been|is|was|were|are|been) (?:denied|reduced|not approved)|\bdenied\b|\b(?:not|unable|"
                r"cannot|can't) (?:able to )?(?:approve|cover|pay)|\bnot (?:be )?covered\b|\bnon-?covered\b|"
                r"adverse (?:benefit )?determination|\bupheld\b|\bpartially approved|\bnot (?:medically|"
                r"clinically) necessary|\bnon-?certif|\bwill not pay\b|\bDENIAL\b|\b(?:are|is|were) not (?:approving|"
                r"authori[sz]ing|certifying|covering)\b")
OVERTURNED = (r"\boverturn(?:ed|s)?\b|\brevers(?:ed|es) (?:the|our|its) (?:denial|decision)|\bapproved on appeal|"
              r"\bdecision (?:is|was|has been) reversed|\bfully favorable\b")
INJECTION = (r"\b(?:ignore|disregard|forget)\b.{0,40}\b(?:above|previous|prior|earlier|instructions?|rules?)\b|"
             r"\bsystem prompt\b|\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot)\b|\b(?:note|"
             r"message|instructions?) (?:to|for) (?:the |any )?(?:ai|assistant|model|llm|parser|reader bot)\b|"
             r"\b(?:new|updated) instructions?\b|\b(?:output|return|respond|reply|classify|label|mark|set|"
             r"report)\b.{0,40}\b(?:json|appeal_deadline|review_level|denial_reasons|expedited|is_denial|"
             r"as approved|as (?:a )?non-?denial|category|categories)\b")

EXPEDITED = (r"\b(?:expedited|urgent|fast|faster|rapid|accelerated|fast[- ]track(?:ed)?)\b[^;]{0,30}\b(?:appeal|"
             r"review|reconsideration|redetermination|grievance|hearing|decision|IMR)|\b(?:appeal|review)\b[^.;]{0,20}"
             r"\b(?:faster|more quickly|quickly|sooner|within 72 hours|as (?:expedited|urgent))\b")
EXPEDITED_OFFER = r"\b(?:may|can|could|right to|able to|available|ask|request|call|qualif\w*|eligible)\b"
EXPEDITED_NO = (r"\b(?:cannot|can't|may not|not able to) (?:request|ask for|get|file|"
                r"have)\b[^;]{0,20}\b(?:expedited|urgent|fast)|\b(?:not|no|cannot)\b[^;]{0,30}\b(?:expedited|urgent|"
                r"fast)\b[^;]{0,20}(?:available|apply|qualif|eligible)|\b(?:expedited|urgent|"
                r"fast)\b[^;]{0,40}\b(?:not available|does not apply|unavailable|not eligible|not qualify|is not)")

# Which review a letter reports: the decision of an external body, or of the plan on appeal.
EXTERNAL_DECISION = (
    r"\b(?:IRO|independent review organi[sz]ation|independent reviewer|external reviewer|independent review entity|"
    r"IRE|QIC|qualified independent contractor|Maximus|C2C|IMR)\b[^;]{0,80}\b(?:upheld|upholds|reviewed|has decided|"
    r"decided|determined|found|concluded|agreed|affirmed|completed)",
    r"^\W*(?:notice of )?(?:final )?(?:external review|independent medical review|IMR|IRO) (?:decision|"
    r"determination)\b|\bthis is (?:the |a |your )?(?:external review|IMR|IRO) (?:decision|determination)",
    r"\b(?:we|this organization) (?:have been|were|was) (?:assigned|appointed|selected)\b[^;]{0,60}\b(?:external|"
    r"independent) review",
    r"\bupheld\b[^;]{0,40}\b(?:health plan|insurer|carrier|plan)'?s?\b[^;]{0,20}\b(?:denial|decision)",
    r"\bmedicare reconsideration (?:decision|notice)|\breconsideration (?:decision|notice)\b[^\n]{0,120}\b(?:QIC|"
    r"qualified independent)",
)
INTERNAL_DECISION = (
    r"^\W*(?:notice of )?(?:final |first[- ]level |second[- ]level |level (?:1|2|one|two|I|"
    r"II) )?(?:internal )?(?:appeal|grievance) (?:decision|determination|outcome|resolution)\b|\b(?:appeal|"
    r"grievance) (?:decision|determination)\s*[:\-–]|\b(?:this|our|the) (?:appeal|grievance) (?:decision|"
    r"determination) (?:is|was)\b",
    r"^\W*notice of (?:redetermination|reconsideration|appeal (?:decision|resolution))\b|\b(?:our|the) decision "
    r"(?:is|remains) unchanged|\bautomatically (?:sent|forwarded)\b[^;]{0,40}\bIndependent Review Entity",
    r"\b(?:upheld|affirmed|sustained) (?:the|our|its) (?:original |initial |prior |previous )?(?:denial|decision|"
    r"determination)|\b(?:your|the|this) appeal (?:has been|was|is) (?:reviewed and )?(?:denied|upheld|not approved)",
    r"\b(?:we|the plan) (?:have |has )?(?:completed|finished|reviewed|made a decision on|decided) (?:the review of |"
    r"our review of )?(?:your|the) (?:appeal|grievance|reconsideration)",
    r"\b(?:denial|decision|determination) (?:is|was|has been|remains) (?:upheld|affirmed|maintained|sustained)",
    r"\b(?:we|the plan) (?:uphold|upheld|are upholding|affirm|affirmed|maintain|sustain)(?:ed)? (?:the|"
    r"our) (?:original |initial |previous |prior )?(?:denial|decision|determination|adverse)",
    r"\b(?:this|which|that) (?:letter |decision )?completes\b[^;]{0,30}\binternal|"
    r"\binternal (?:appeals? )?process (?:is|has been) (?:complete|exhausted)|\bthis is (?:our|the|a|"
    r"your) final (?:internal )?(?:adverse )?(?:appeal |benefit )?(?:decision|determination)",
    r"\bredetermination (?:decision|notice|determination)\b|\b(?:the|this|your) redetermination (?:is|"
    r"was) (?:unfavorable|partially favorable)|\bunfavorable redetermination",
    r"\bappeal (?:is|was|has been) (?:denied|upheld|not approved)|\bwe (?:have )?denied your appeal|"
    r"\b(?:plan )?reconsideration (?:is|was) (?:unfavorable|denied)",
)

# Next-step cues for appeal-deadline sentences, most specific first.
STEP_KINDS: tuple[tuple[str, str], ...] = (
    ("alj", r"\badministrative law judge|\bALJ\b|\bOMHA\b|Office of Medicare Hearings"),
    ("council", r"Medicare Appeals Council|Departmental Appeals Board"),
    ("court", r"\b(?:federal|district) court\b|\bcivil action\b|\blawsuit\b"),
    ("qic", r"\bQIC\b|Qualified Independent Contractor"),
    ("imr", r"Independent Medical Review|\bIMR\b"),
    ("external", r"\bexternal review|independent review organi[sz]ation|\bIRO\b|independent review entity|"
                 r"Department of (?:Insurance|Financial Services|Managed Health Care)"),
    ("fair_hearing", r"\b(?:state )?fair hearing|\bstate hearing\b"),
    ("second_level", r"\bsecond[- ]level|\blevel (?:2|two|II) (?:appeal|review)|\b2nd[- ]level"),
    ("internal", r"\bappeal|\bgrievance|\breconsideration|\bredetermination|\breview\b|\bdispute|\bdisagree|"
                 r"\breopening|\bcorrected claim"),
)
LATER_STEP = (r"\bafter (?:the|your|our|a|this) (?:\w+[- ]level |internal |final )?(?:appeal|review)|\bof the appeal "
              r"decision|\bupheld on (?:internal )?appeal|\bafter you (?:receive|get) (?:our|the|a) (?:appeal )?decision|"
              r"\b(?:decision|denial) is upheld|\bafter (?:exhausting|completing)")
NOT_A_FILING_WINDOW = (r"\b(?:keep|continue|continuing|continuation)\b[^;]{0,40}\b(?:getting|receiving|services?|"
                       r"benefits?|coverage|sessions|care)\b|\baid paid pending\b|\bbenefits continue")
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
    "second_level": "second-level internal appeal", "internal": "internal appeal"}

# Payer names as letters write them, and the short name we report.
PAYERS: tuple[tuple[str, str], ...] = (
    (r"\bEvernorth\b|\bCigna\b", "Cigna"), (r"\bAetna\b", "Aetna"), (r"\bAnthem\b|\bElevance\b", "Anthem Blue Cross"),
    (r"\bOptum\b|\bUnited ?Health ?care\b|\bUHC\b|\bUnited Behavioral Health\b|\bOxford Health", "Optum/UnitedHealthcare"),
    (r"\bCarelon\b|\bBeacon Health", "Carelon Behavioral Health"), (r"\bMagellan\b", "Magellan"),
    (r"\bKaiser\b", "Kaiser"), (r"\bHumana\b", "Humana"), (r"\bMolina\b", "Molina Healthcare"),
    (r"\bAmbetter\b", "Ambetter"), (r"\bCentene\b", "Centene"), (r"\bHealth Net\b", "Health Net"),
    (r"\bTRICARE\b", "TRICARE"),
    (r"\bBlue ?Cross\b|\bBlue ?Shield\b|\bBCBS\w*|\bHighmark\b|\bPremera\b|\bRegence\b|\bFlorida Blue\b|"
     r"\bCareFirst\b", "Blue Cross Blue Shield"),
    (r"\bMedicaid\b|\bMedi-Cal\b|\bMassHealth\b|\bTennCare\b|\bSoonerCare\b|\bApple Health\b", "Medicaid (state plan)"),
    (r"\bMedicare\b|\bNoridian\b|\bNovitas\b|\bPalmetto GBA\b|\bNational Government Services\b|\bWPS\b|"
     r"\bFirst Coast\b|\bCGS Administrators\b", "Medicare"),
)
MEDICARE_ADVANTAGE = r"\bMedicare Advantage\b|\bMedicare (?:HMO|PPO)\b|\bPart C\b|\bAARP Medicare\b|\bGold Plus\b"

# Named criteria: words that make a capitalized run a guideline or policy name.
CRITERIA_HEADS = (r"\b(?:Guidelines?|Criteria|Policy|Policies|Manual|Bulletin|Standards|Handbook|LOCUS|"
                  r"CALOCUS(?:-CASII)?|CASII|ECSII|ASAM|InterQual|MCG|LOCAT|Milliman)\b")
CRITERIA_NOT = r"\b(?:Number|ID|Holder|Period|Year|Privacy|Notice|Appeals? Unit)\b|\bLevel \d"
CRITERIA_ALONE = {"ASAM": "ASAM Criteria", "MCG": "MCG Care Guidelines", "InterQual": "InterQual Criteria"}
CRITERIA_LEAD = {"The", "We", "Under", "Per", "Our", "Your", "Reason", "Why", "Using", "Based", "According",
                 "This", "Decision", "Rationale", "In", "Using", "Applying", "Criteria", "See", "Basis"}

# Layout and value shapes read by denial.py.
TABLE_LIKE = r"\||\t|\S {2,}\S"
LABEL_START = r"^\s*(?:[-*•]|\d+[.)]|[A-Z][\w /#&'()-]{0,30}:\s)"
BOUNDARY = r"[.!?][\"')\]]?\s+(?=[\"(\[]?[A-Z0-9])"
ABBREV = (r"(?:\b(?:Dr|Mr|Mrs|Ms|St|No|Inc|Co|Jr|Sr|vs|etc|e\.g|i\.e|P\.O|U\.S|Ph\.D|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|"
          r"Aug|Oct|Nov|Dec)|\b[A-Z])\.$")
STRAY_QUOTE = r"[\"“”‘]|(?<![A-Za-z])['’]|['’](?![A-Za-z])"
CONTRACTIONS = {"won't": "will not", "can't": "cannot", "n't": " not"}
GROUP_CODE = r"\b(CO|PR|OA|PI|CR)\s?[-–/*]?\s?(\d{1,3}|[A-Z]\d{1,2})\b"  # "*" for 835 CAS*CO*150
RARC_SHAPE = r"\b(MA\d{2,3}|M\d{1,3}|N\d{1,3})\b"
LABELLED_CARC = (r"\b(?:(?:CARC|reason codes?|adj(?:ustment)?\.? (?:reason )?codes?|"
                 r"adj(?:ustment)?\.? reason)\s*[:#]?|reason\s*[:#])\s*((?:\d{1,3}|[A-Z]\d)(?:\s*(?:,|and|&|"
                 r"/)\s*(?:\d{1,3}|[A-Z]\d))*)\b")
MSN_LABEL = r"\b(?:MSN|message)\s*(?:code\s*)?#?\s*(\d{1,2}\.\d{1,2})\b"
TOKEN = r"[A-Za-z§][\w'’.&/§-]*|\d[\w.()/-]*|[:–—-]|\S"
CONNECTORS = {"of", "for", "and", "&", "in", "on", "-", "–", "—", ":"}
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE = (rf"\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b|\b(\d{{1,2}})\s+{_MONTH}\.?,?\s+(\d{{4}})\b|"
        r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
NOTICE_LABEL = (r"(?:notice|letter|statement|payment|remittance|RA|EOB|issue|decision|determination|check|print|"
                r"mail(?:ing)?|paid|processed)\s*date\s*[:#]?\s*$|\bdate(?: of (?:this )?(?:notice|letter|decision|"
                r"determination))?\s*(?:issued|mailed|sent)?\s*[:#]?\s*$|\b(?:issued|mailed|sent|dated|"
                r"processed)(?: on)?\s*[:#]?\s*$")
NOT_NOTICE = (r"(?:service|DOS|birth|DOB|received|admission|admit|effective|through|thru|from|to|discharge|onset|"
              r"start|end|visit|dated|on or after|beginning|by|until|before)\W*$")
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|hundred)"
SPELLED = rf"\b{_NUMWORD}(?:(?:\s+and\s+|\s+|-){_NUMWORD})*\b"
SPAN = (r"(?P<pre>\b(?:within|in|have|has|up to|no later than|deadline(?: is)?:?|"
        r"time limit(?: is)?:?)\s+)?(?P<n>\d{1,3})\s*(?:-\s*|\s+)?(?P<unit>calendar days?|business days?|"
        r"working days?|days?|months?|years?)\b(?P<post>\s+(?:from|of|after|following|since|upon)\b)?")
BY_DATE = r"\b(?:by|before|no later than|on or before|until)\s+$"
SERVICE_DATE_RULE = r"\s*(?:from|of|after|following)\s+(?:the\s+)?dates?\s+of\s+service"
REFERENCE = (r"\b(?:claim|reference|ref|member|subscriber|medicare|medicaid|appeal|case|authori[sz]ation|auth|"
             r"control|ICN|MBI|account|record|ID|policy|group|grievance|tracking)\s*(?:ID|#|No\.?|number|"
             r"num)?\s*[:#]\s*([A-Z0-9][A-Z0-9-]{3,})")
DOS_LINE = r"\bDOS\b|\bdates? of (?:service|visit)|\bservice dates?\b|^[\s|]*\d{1,2}/\d{1,2}/\d{2,4}\s"
APPROVED = r"\b(?:has been|is|are|was|were|we have|we) (?:fully )?approved\b"
IN_PART = r"\bin part\b|\bpartially\b|\bupheld\b"
PLAN_WORD = r"\b(?:Health|Healthcare|Insurance|Plan|Care|Benefits?|Behavioral|Assurance)\b"
MA_SHORT = {"Optum/UnitedHealthcare": "UnitedHealthcare", "Anthem Blue Cross": "Anthem"}
NEXT_STEP_KINDS = {  # the review steps that can follow each level, most likely first
    "external_review": ("alj", "council", "fair_hearing"),
    "internal_appeal_decision": ("qic", "imr", "external", "fair_hearing", "second_level", "alj", "council"),
}
# Compiled without IGNORECASE; every other upper-case string here is compiled with it.
CASE_SENSITIVE = ("TABLE_LIKE", "LABEL_START", "BOUNDARY", "ABBREV", "STRAY_QUOTE", "GROUP_CODE", "RARC_SHAPE", "TOKEN")
