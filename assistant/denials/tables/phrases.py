"""What each denial reason looks like in a payer's sentence: strong phrases, weak ones, and vetoes."""

from __future__ import annotations

from assistant.denials.tables.codes import AUTH, CODING, DOCS, FREQ, LIMIT, LOWER, NMN, NONCOV, OON, OTHER, PROGRESS, TIMELY

_DOCS_NOUN = (r"(?:records?|documentation|information|notes?|treatment plan|plan of care|assessments?|measures?|"
              r"scores?|attachments?|results?|evaluations?|history|signatures?|items? (?:\d+|[a-z])\b[^;]{0,20}|documents?|"
              r"materials?|reports?)")
_PAPERS = _DOCS_NOUN[:-1] + r"|(?:discharge |visit |treatment )?summar(?:y|ies)|charts?)"  # what can arrive or not
_LOC = (r"(?:outpatient|IOP|intensive outpatient|partial hospital(?:i[sz]ation)?|PHP|residential|routine|day (?:treatment|program)|"
        r"community[- ]based|office[- ]based|lower|less intensive)")
# the adverbs a modal's phrase may carry, in any order: "can now be safely met", "could safely now be met"
_ADV = r"(?:(?:now|safely|still|adequately|appropriately|effectively) )*"
# a gap that stays inside one clause: not past ", and our records show", ", but ...", ", which ..."
_SAME_CLAUSE = r"(?:(?!,\s*(?:and|but|so|while|which|because|whereas)\b)[^;])"
# (an international insurer's names for it too: a "Treatment Guarantee" asked for before treatment, "pre-approval")
_AUTH = (r"(?:prior |pre-?)?(?:authori[sz]ation|precertification|pre-?certification|pre-?authori[sz]ation|"
         r"prior approval|pre-?approval|treatment guarantee|referral|notification|auth)")

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
    # (a workers' compensation insurer's words for it: "not proper and necessary")
    (NMN, r"\bnot (?:considered |deemed |found )?(?:reasonable|proper) (?:and|or) necessary"),
    # the burden not carried, in a hearing decision: "Appellant has not shown that a second session is medically necessary"
    (NMN, r"\b(?:has|have|had) not (?:shown|established|demonstrated|proven|proved)\b[^.;]{0,60}\bmedical(?:ly)? necess|"
          r"\bfail(?:ed|s)? to (?:show|establish|demonstrate|prove)\b[^.;]{0,60}\bmedical(?:ly)? necess"),
    # a review's terse result: "continued stay subset not met", "InterQual criteria not met"
    (NMN, r"\b(?:criteria|subset|guidelines?)\s+(?:(?:was|were|is|are)\s+)?not\s+met\b"),
    (NMN, r"\bno longer (?:medically |clinically )?(?:necessary|indicated)\b|\bno longer meets?\b[^;]{0,40}\bcriteria\b"),
    (NMN, r"\b(?:do|does|did) not (?:meet|satisfy)\b[^;]{0,40}\breasonable (?:and|or) necessary\b"),
    (NMN, r"\bcriteria\b[^;]{0,40}\b(?:are|were|is|was|have|has)\s+(?:therefore\s+|"
          r"still\s+)?not\s+(?:been\s+)?met\b"),
    (NMN, r"\b(?:do|does|did) not meet\b[^;]{0,80}\bcriteria\b|\b(?:do|does|did) not meet\b[^;]{0,60}\b"
          r"(?:guidelines|standards)\b"),
    (NMN, r"\bdoes not support the (?:medical )?need for (?:this|the) (?:service|item|treatment|care)"),
    (DOCS, _DOCS_NOUN + r"\b[^;]{0,60}\b(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:provided|received|"
                        r"submitted|included|sent|returned|furnished|supplied|on file)"),
    # the records told as never reaching the reviewer: "the assessment we asked for never arrived", "the notes have not
    # come in", "we have yet to receive the intake evaluation", "we are still waiting on the treatment plan"
    (DOCS, _PAPERS + r"\b[^.;]{0,60}\b(?:never|not|did not|didn't|has not|have not|had not|hasn't|haven't)\s+"
                        r"(?:yet\s+)?(?:arrived?|c[ao]me in|reached us|made it to us|been (?:turned|handed) in)\b|"
                        r"\b(?:have|has|had) yet to (?:receive|get|see)\b[^.;]{0,60}\b" + _PAPERS + r"\b|"
                        r"\b(?:still|are|were) (?:waiting|wait) (?:on|for)\b[^.;]{0,40}\b" + _PAPERS + r"\b"),
    # what was not received is in the same clause: "We did not receive a network exception request ..., and our records
    # show ..." names no missing record
    (DOCS, r"\b(?:did|do|does) not (?:receive|include|provide|submit|contain|send|document|record|list|specify|state|"
           r"attach)\b" + _SAME_CLAUSE + r"{0,80}\b(?:records?|documentation|information|notes?|plan|measures?|scores?|history|"
           r"times?|signature|assessment|details?|frequency|risk|forms?|evaluations?|reports?|results?|"
           # a physician's signed certification of the need (Medicare PHP and IOP), never a precertification
           r"(?:physician|doctor|practitioner|psychiatrist|MD)(?:['\u2019]s)? (?:signed )?(?:re)?certifications?)"),
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
    # what was asked for, referred back to: "We asked for the evaluation and the assessment. These were not received."
    (DOCS, r"\b(?:these|they|none of (?:these|them|the \w+)|neither(?: of them)?)\b (?:was|were|has|have)\s+(?:not|never)\s+"
           r"(?:been\s+)?(?:received|provided|submitted|sent|returned)\b|\bnone of (?:these|them|the \w+|which) (?:was|were|has|have)"
           r"\s+(?:been\s+)?(?:received|provided|submitted|sent|returned)\b"),
    (DOCS, r"\b(?:did|do|does) not (?:show|contain|have) (?:a |an |any )?(?:signed|dated|current|written|completed|"
           r"updated|individualized) (?:treatment plan|plan of care|assessment|progress notes?)"),
    # a receipt or bill that leaves out what the payer must see: "the receipt does not show the diagnosis", "we cannot
    # confirm the expense is eligible", "the invoice does not list who was treated"
    (DOCS, r"\b(?:receipts?|invoices?|superbills?|itemi[sz]ed (?:bills?|statements?)|statements?|bills?)\b[^.;]{0,20}\b(?:does|do|did) "
           r"not (?:show|list|state|give|name|identify|include)\b|\b(?:cannot|can not|could not|unable to|were unable to) "
           r"(?:confirm|verify|validate|tell)\b[^.;]{0,40}\b(?:eligible|eligibility|qualif\w+|reimbursable)\b"),
    # told in shorthand: "they never got the tx plan", "we don't have the updated assessment"
    (DOCS, r"\b(?:never|not|didn't|did not|haven't|have not|don't|do not) (?:got|gotten|get|have|had|received?|seen|see)\b[^.;]{0,20}"
           r"\b(?:(?:updated|current|new|signed|recent|revised) (?:(?:tx|treatment|care|service) )?|(?:tx|treatment|care|service) )plan|\b(?:never|not|didn't|did not|haven't|have not|"
           r"don't|do not) (?:got|gotten|get|had|received?|seen)\b[^.;]{0,25}\b(?:records?|notes?|assessments?|evals?|evaluations?|"
           r"paperwork|documentation|LOCUS|CALOCUS|ASAM)\b"),
    # the review could not be done for want of records: "CLINICAL INFORMATION INCOMPLETE", "could not complete a review"
    (DOCS, r"\b(?:clinical )?information (?:is |was )?incomplete\b|\b(?:could|can|was unable to|were unable to) "
           r"(?:not )?(?:complete|perform|conduct|finish) (?:a |the |its |our )?(?:clinical |medical necessity )?review\b"),
    # "The physician recertification ... was not in the records we received", "were not among the documents sent"
    (DOCS, r"\b(?:was|were|is|are) not (?:in|among|part of|included (?:in|with)|found in|contained in) (?:the |your |any )?"
           r"(?:\w+ )?(?:records?|documentation|documents|notes|materials?|packet|submission|chart)\b"),
    (DOCS, r"\bno (?:clear |current |written )?documentation (?:of|that|for|to support)\b|"
           r"\bnot (?:clearly )?documented\b"),
    (DOCS, r"\bnot enough (?:clinical )?(?:information|documentation)|\b(?:no|"
           r"without) (?:documented )?(?:start and stop times|start/stop times|session times)"),
    (LOWER, r"\b(?:lower|less intensive|less restrictive|lesser)\b[^;]{0,25}\b(?:level of (?:care|treatment)|"
            r"setting|program)"),
    (LOWER, r"\b(?:appropriate|correct|right|recommended) level of care (?:is|would be|for you is)\b"),
    # the same said plainly or through a translation: "a level of care more high than what your son needs", "his
    # needs can be attended with therapy of outpatient", "composite score 15, which corresponds to level 2 (outpatient)"
    (LOWER, r"\b(?:level of care|program|service|setting)\b[^.;]{0,25}\b(?:more high|higher|more intensive|more restrictive)\b"
            r"[^.;]{0,30}\bthan (?:what )?(?:[\w'\u2019]+ ){0,3}(?:needs?|requires?)\b"),
    (LOWER, r"\bneeds? (?:can|could) " + _ADV + r"be " + _ADV + r"(?:met|attended|addressed|served|cared for|handled|managed|treated) "
            r"(?:with|in|by|at|through) "
            r"(?:[\w-]+ ){0,3}(?:outpatient|lower|less intensive|routine|weekly|office|community|" + _LOC[3:]),
    (LOWER, r"\b(?:corresponds?|points?|maps?|equates?|is equivalent) to (?:the )?level \d\b[^.;]{0,30}\b(?:outpatient|routine|"
            r"office|recovery maintenance|basic services|low[- ]intensity)"),
    (LOWER, r"\b" + _LOC + r"\b[^;]{0,60}\b(?:is|are|would be|remains?|"
            r"appears?)\s+(?:\w+ and )?(?:the\s+)?(?:most\s+|more\s+|clinically\s+)?(?:appropriate|sufficient|"
            r"adequate|suitable)"),
    (LOWER, r"\b(?:can|could|may) " + _ADV + r"(?:have been |be )?(?:safely |now |"
            r"effectively )*(?:treated|managed|met|provided|served|addressed|continued?|helped|supported|cared for)\b[^;]{0,40}\b(?:at|in|with|"
            r"through|by)\b[^;]{0,25}\b" + _LOC),
    # A step-down is a reason when the member should move down now, not when a step-down plan is mentioned.
    (LOWER, r"\bstep(?:ped|ping)?[- ]down (?:to|into)\b|\b(?:should|can|could|must|to) step down\b|\bstep[- ]down\b"
            r"[^.;]{0,30}\b(?:is|would be) (?:appropriate|recommended|indicated)|\bneeds? (?:can|could) " + _ADV + r"be " + _ADV + r"met\b"),
    # the lower level named as where the care needed can be had: "You can get the care you need from the weekly visits you have"
    (LOWER, r"\b(?:can|could|may) (?:still |safely )?(?:get|receive|obtain|have) (?:the |all the )?(?:care|treatment|help|support|services?) "
            r"(?:that )?(?:you|he|she|they|your child|the member|the patient) (?:needs?|requires?)\b[^.;]{0,20}\b(?:from|with|through|in|at|by)\b"
            r"[^.;]{0,40}\b(?:weekly|outpatient|office|counsel\w*|therapy|therapist|psychiatrist|community|IOP|intensive outpatient|"
            r"partial hospitali\w*|day (?:treatment|program))"),
    (LOWER, r"\bno longer (?:needs?|needed|requires?|required)\b[^;]{0,20}\b(?:structure|level|intensity|setting|support)\b"),
    # "These services can safely meet Brayden's needs now": a lower level named as able to meet the needs
    (LOWER, r"\b(?:services?|care|treatment|program|outpatient|IOP|PHP|therapy|supports?)\b(?:(?!\bno\b|\bproviders?\b)[^.;]){0,40}\b(?:can|could|would|will) "
            r"(?:now |have )?(?:safely |adequately |appropriately |still )?(?:meet|met)\b[^.;]{0,30}\bneeds\b"),
    (LOWER, r"\b(?:do|does|did) not (?:require|need)\b[^;]{0,40}\b(?:level of care|24[- ]hour|residential|inpatient|"
            r"partial hospitali|intensive outpatient|this setting|hospital)"),
    (PROGRESS, r"\bno (?:measurable |meaningful |significant |objective |documented |substantial |further |"
               r"clinical |demonstrable |sustained )*(?:progress|improvement|gains?)\b(?!\s+(?:notes?|reports?|summar))"),
    (PROGRESS, r"\bnot (?:made|making|shown|showing|show|demonstrated|demonstrating|"
               r"achieved)\b[^;]{0,30}\b(?:progress|improvement|gains)"),
    (PROGRESS, r"\b(?:do|does|did) not (?:show|demonstrate|reflect|document|indicate)\b[^;]{0,30}\b(?:progress|"
               r"improvement)|\b(?:lack|absence) of (?:measurable |meaningful )?(?:progress|improvement)|"
               r"\b(?:little|minimal|limited) (?:or no )?(?:measurable |meaningful |clinical |objective )?(?:progress|improvement|change)\b"),
    (PROGRESS, r"\bwithout (?:any )?(?:significant |measurable |meaningful |sustained )?(?:change|improvement|progress)"
               r"\b|\bplateau|\bcustodial\b|\bmaintenance (?:care|level|therapy|treatment|phase|services?|sessions?|"
               r"only)\b|\b(?:is|are|considered|primarily|be) maintenance\b"),
    (PROGRESS, r"\b(?:maintain|maintaining|sustain)\w*\b[^;]{0,30}\b(?:current|present|"
               r"existing)\b[^;]{0,15}\b(?:condition|level|status|function)"),
    # care that holds a steady state: "care that helps you keep your current level of functioning", "treatment that maintains
    # a stable condition" (not "keep your current appointment", "keep the same state plan", nor "maintain the current
    # level of care")
    (PROGRESS, r"\b(?:keep|keeps|keeping|maintain|maintains|maintaining|preserve|preserves|preserving)\b[^;.]{0,25}\b(?:current|"
               r"present|existing|stable|steady|same)\b[^;.]{0,12}\b(?:condition|level of (?:function\w*|symptoms)|functioning|"
               r"function|baseline|clinical (?:state|status))\b"),
    # no change produced: "the added session has not produced measurable change", "scores have not changed materially"
    (PROGRESS, r"\b(?:has|have|had|did|does|do) not (?:produced?|resulted? in|led to|lead to|yielded?|brought about)\b"
               r"[^;.]{0,25}\b(?:change|progress|improvement|gains?)\b|"
               r"\b(?:scores?|symptoms?|ratings?|functioning|behaviou?rs?|urges)\b[^;.]{0,60}\b(?:has|have) not "
               r"(?:changed|improved|moved) (?:materially|meaningfully|significantly|measurably|appreciably)\b|"
               r"\brather than (?:care|treatment|therapy|services?|sessions?) that (?:is|are) "
               r"(?:producing|making|achieving|leading to)\b"),
    (PROGRESS, r"\bsupportive (?:care|therapy|counseling|in nature|rather|services?|treatment|conversations?|talk|listening|"
               r"contacts?|check-?ins?)\b|\b(?:therapy|"
               r"treatment|sessions?|care|services?|visits?|psychotherapy|counseling|interventions?)\b[^;]{0,30}\b"
               r"(?:is|are|was|were|has been|have been|appears?|remains?) (?:primarily |mainly |largely )?supportive\b"),
    # maintenance: "the notes do not show that he would deteriorate without therapy or that further improvement is expected"
    (PROGRESS, r"\b(?:do|does|did) not show\b[^;]{0,120}\b(?:further improvement (?:is|would be) expected|would "
               r"(?:deteriorate|decompensate|regress|relapse) without)"),
    # no expectation of improvement, in a reviewer's words: "the notes do not show ... that the visits were expected to
    # improve your condition", "do not show that her symptoms were changing"
    (PROGRESS, r"\b(?:do|does|did) not (?:show|demonstrate|document|indicate|reflect)\b[^.;]{0,100}\b(?:was|were|is|are|would be) "
               r"(?:expected|likely) to (?:improve|help|benefit|reduce|change)\b|\b(?:do|does|did) not (?:show|demonstrate|document|"
               r"indicate|reflect)\b[^.;]{0,40}\bsymptoms? (?:was|were|is|are|has been|have been) (?:changing|improving|"
               r"getting better|decreasing|lessening|easing)\b"),
    (PROGRESS, r"\b(?:progress|improvement|response|symptoms?) (?:has |have )?(?:levell?ed|flattened) off\b|\bplateau(?:ed|ing)?\b"),
    # a workers' compensation order: the condition "has reached maximum medical improvement" (MMI), and care after it is
    # "palliative", "not curative or rehabilitative": it keeps the worker where they are
    (PROGRESS, r"\b(?:(?:has|have|had) (?:now |already )?(?:reached|attained|achieved)|(?:is|are|was|were) (?:now |already )?at|"
               r"(?<!not )(?<!yet )(?<!never )reached) (?:maximum (?:medical|therapeutic) improvement|MMI)\b|\b(?:treatment|care|therapy|psychotherapy|"
               r"sessions?|services?|visits?)\b[^.;]{0,40}\b(?:is|are|was|were|would be|has become|have become|becomes?) (?:now |only |"
               r"merely |purely |primarily |considered )?palliative\b|\b(?:is|are|was|were) not (?:curative|restorative|rehabilitative)"
               r"(?: or (?:curative|restorative|rehabilitative))?\b(?! (?:services?|programs?)\b)"),
    # "mainly keeping you at your current level rather than improving your condition"; "do not show that IOP is reducing"
    (PROGRESS, r"\bkeep(?:ing|s)?\b[^;.]{0,30}\bat (?:your|his|her|their|the|a) (?:current|present|same|stable)\b[^;.]{0,12}"
               r"\b(?:level|condition|state|status|baseline)\b|\brather than improv\w+|\b(?:do|does|did) not show\b[^;.]{0,40}\b(?:is|are|"
               r"was|were|has been) (?:reducing|improving|lessening|helping|working)\b"),
    # care whose work is holding on to gains already made: "the second session is now working to keep the progress you have
    # made", "sessions mainly preserve the gains he has achieved", "to maintain the improvement made so far" (not "to keep
    # making progress", nor "to keep the progress going")
    (PROGRESS, r"\b(?:keep|keeps|keeping|maintain|maintains|maintaining|preserve|preserves|preserving|protect|protects|protecting|"
               r"hold(?:s|ing)? on to|sustain|sustains|sustaining)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?(?:progress|gains?|"
               r"improvements?)\b(?:\s+(?:that\s+)?(?:you|he|she|they|the (?:member|patient|client))\s+(?:has|have|had)\s+(?:already\s+)?"
               r"(?:made|achieved|gained|reached)|\s+(?:already\s+)?(?:made|achieved|gained)\b|\s+(?:made\s+)?so far)"),
    (PROGRESS, r"\b(?:not|no longer) (?:reasonably )?(?:expected|likely) to (?:improve|result in|benefit)|"
               # (not a plan allowance counted in visits or dollars: "the maximum benefit for outpatient visits under this policy")
               r"\bmaximum (?:therapeutic |medical )?benefit\b(?!\s+(?:for (?:[\w-]+ ){0,4}(?:visits?|sessions?|services?|days|"
               r"care)\b|under (?:this|your|the) (?:policy|plan|contract)|amount|of \$|per (?:year|calendar|plan|policy|coverage)))|"
               r"\bno (?:reasonable )?expectation of (?:further |"
               r"significant )?(?:improvement|progress)|\bno longer (?:improving|making progress)"),
    (FREQ, r"\b(?:frequency|number|length|duration)\s+of\s+(?:the\s+)?(?:requested\s+|individual\s+|"
           r"psychotherapy\s+|therapy\s+)*(?:sessions?|visits?|services?|treatment|therapy|days|units|"
           r"stay)\b[^;]{0,60}\b(?:exceed|more than|greater than|not supported|beyond|above|higher than)"),
    (FREQ, r"\bmore than (?:the )?(?:service limits?|guidelines?|is (?:needed|supported|necessary)|(?:one|"
           r"1) (?:\w+ )?(?:session|visit|service)s? (?:per|a) (?:week|day))"),
    # the frequency as the subject: "the requested frequency exceeds what the records support"
    (FREQ, r"\b(?:requested |proposed |session |visit |treatment )?frequency\b(?: of (?:\w+ ){1,3}?(?:sessions?|visits?))?"
           r" (?:exceeds?|exceeded|is (?:more|higher|greater) than)\b"),
    (FREQ, r"\bexceed(?:s|ed|ing)?\b[^;]{0,30}\b(?:guidelines?|frequency|recommended|allowed|"
           r"maximum (?:number of )?(?:units|sessions|visits)|service limits?|number of (?:units|sessions|visits))"),
    (FREQ, r"\b(?:twice|two times|2x|2 x|2 times|three times|3x)\s*(?:a|per|/|each)\s*week\b[^;]{0,80}\b(?:not|"
           r"weekly|once|reduc|denied|exceed|more than|instead)|\b(?:not|cannot|denied|reduc\w*|"
           r"exceed\w*)\b[^;]{0,60}\b(?:twice|two times|2x|2 x|2 times|three times|3x)\s*(?:a|per|/|each)\s*week"),
    (FREQ, r"\b(?:reduced?|reducing|cut|lowered|decreased?|approved at|approved for|authorized (?:at|for)|"
           r"limited to|modified to)\b[^;]{0,30}\b(?:weekly|once (?:a|per) week|every other week|biweekly|"
           r"every two weeks|monthly|\d+ (?:sessions?|visits?|units?)\b(?! (?:per|a|each|in (?:a|the|each)) (?:calendar |plan |"
           r"benefit |policy |contract )?year))"),
    # a time-based code paid as a shorter session's code: "paid as 90834", "processed and paid at the 90834 level",
    # "the records support payment at the 90832 level", "recoded to CPT 90834"
    (FREQ, r"\b(?:reprocessed|processed|re-?priced|paid|adjusted|recoded|down-?coded|changed|allowed|payment|reimbursed)\b[^;]{0,20}"
           r"\b(?:as|at|to) (?:the )?(?:CPT |code )?9083[24]\b|\bsession (?:length|time|duration)\b"),
    # the recoding written with an arrow or "from ... to": "Claim line recoded 90837 -> 90834", "downcoded from 90838 to 90836"
    (FREQ, r"\b(?:re-?coded|down-?coded|changed|adjusted|reprocessed|corrected|revised|reduced)\b[^.;]{0,25}?\b(?:from )?"
           r"(?:CPT )?(?:90837(?=\s*(?:->|\u2192|=>|>|to)\s*(?:CPT )?9083[24]\b)|90834(?=\s*(?:->|\u2192|=>|>|to)\s*(?:CPT )?90832\b)|"
           r"90838(?=\s*(?:->|\u2192|=>|>|to)\s*(?:CPT )?9083[36]\b)|90836(?=\s*(?:->|\u2192|=>|>|to)\s*(?:CPT )?90833\b))"),
    (FREQ, r"\b(?:time|minutes) (?:documented|recorded|billed)\b[^;]{0,40}\b(?:not support|does not|less than|"
           r"under)|\bdoes not support (?:this|the) (?:level of service|number|frequency|many)"),
    # a count of visits a guideline allows: "sixteen at one time is more than the guidelines allow"
    (FREQ, r"\bmore than (?:what )?(?:the )?(?:guidelines?|policy|criteria) (?:allows?|permits?|supports?)\b"),
    (FREQ, r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty) (?:of (?:the )?\d+ )?"
           r"(?:requested )?(?:sessions|visits|days|units)\b(?:(?!decision|determination|outcome|status|result)[^;)]){0,20}\b(?:denied|"
           r"not approved|not authorized|not certified)"),
    (FREQ, r"\b(?:need|needed|support|supports|justify)\b[^;]{0,20}\b(?:\d+|sixty)[- ]minute (?:sessions?|"
           r"psychotherapy|visits?)"),
    # session length: "a clinical need for sessions longer than 45 minutes", "longer sessions are not supported"
    (FREQ, r"\b(?:sessions?|visits?|psychotherapy) (?:need to be |needs to be |to be |are |be )?(?:longer|of more) than "
           r"(?:\d+|forty-five|forty five|thirty) minutes\b|"
           r"\blonger (?:sessions|visits)\b[^;]{0,40}\b(?:not|no)\b"),
    (FREQ, r"\b(?:at|of) (?:this|the requested|that|the current) (?:frequency|intensity|number of sessions)\b|\bfewer "
           r"(?:sessions|visits|units)\b|\b(?:denied|did not approve|cannot approve|approved|authorized) (?:only )?(?:the )?"
           r"(?:remaining |additional |other )?\d+ (?:of (?:the )?\d+ )?(?:requested )?(?:sessions|visits|units)\b"),
    # "Your cover pays for up to eight therapy sessions for the same condition in each membership year. You have now used all eight."
    (LIMIT, r"\b(?:pays? for|covers?|eligible for (?:sharing|coverage|payment|reimbursement)(?: for)?) up to (?:\d+|two|three|four|"
            r"five|six|eight|ten|twelve|twenty)(?: \(\d+\))? (?:\w+ ){0,2}(?:visits|sessions|days)\b"
            r"[^;.]{0,40}\b(?:per|a|each) (?:calendar |plan |benefit |membership |policy )?year|\b(?:have|has) (?:now )?used (?:up )?all "
            r"(?:\d+|two|three|four|five|six|eight|ten|twelve|twenty|of (?:your|the|their|his|her) (?:sessions|visits|days))\b"),
    (LIMIT, r"\b(?:only )?covers? (?:up to )?\d+ (?:visits|sessions|days)\b[^;]{0,40}\b(?:per|a|each) (?:calendar |"
            r"plan |benefit )?year|\blimit of \d+ (?:\w+ )?(?:visits|sessions|days)\b"),
    (LIMIT, r"\b(?:benefit|visit|session|day|annual|yearly|calendar[- ]year|plan[- ]year|lifetime|dollar|"
            r"policy[- ]year)\s+(?:maximum|max|limit|cap|allowance)s?\b[^;]{0,40}\b(?:reached|met|exhausted|used|"
            r"exceeded)"),
    (LIMIT, r"\b(?:reached|exhausted|used up|used all|exceeded)\b[^;]{0,40}\b(?:maximum|limit|allowance|cap)\b|"
            # "you have now used your annual limit of $300 for Psychology"
            r"\bused (?:up )?(?:all of )?(?:your|the|this|its) (?:\w+ )?(?:annual|yearly|calendar[- ]year|plan[- ]year|lifetime|"
            r"benefit|visit|session|dollar) (?:limit|maximum|allowance|cap)\b|"
            r"\b(?:reached|used|exhausted)\b[^;]{0,30}\b(?:all|the)\b[^;]{0,30}\b(?:visits|sessions|days|"
            r"benefits?)\b[^;]{0,30}\b(?:allowed|covered|available|per|for (?:the|this|your) (?:year|calendar|plan|"
            r"benefit))"),
    (LIMIT, r"\bbenefits? (?:have|has|had) been (?:exhausted|used|met)|\bbenefits? (?:are|were) exhausted|\b(?:no|"
            r"zero) (?:remaining|more|additional) (?:covered )?(?:visits|sessions|days|benefits?) (?:available|"
            r"remain|left)|\b\d+[- ](?:visit|session|day) (?:limit|maximum|cap)|\b(?:beyond|over|past|above|in excess of) (?:the |your |"
            r"their |its )?(?:annual |yearly |\d+[- ](?:visit|session|day) )(?:limit|maximum|cap|allowance)\b"),
    # "the maximum for this coverage period has been reached"; "you used all 10 of those days"
    (LIMIT, r"\b(?:maximum|limit|cap|allowance)\b[^.;]{0,40}\b(?:has|have|had) (?:now )?been (?:reached|met|exhausted|"
            r"used(?: up)?)|\bused (?:up )?all (?:\d+|\w+) (?:of )?(?:(?:those|these|the|your|its|covered) )*(?:\w+ )?"
            r"(?:days|visits|sessions)\b|\bno (?:more|further) (?:covered )?benefits? (?:for|under|remain|are available)"),
    (LIMIT, r"\bexceeds?\b[^;]{0,20}\b(?:annual|yearly|calendar[- ]year|lifetime|plan[- ]year|benefit) (?:maximum|"
            r"limit)"),
    # an allotment of sessions (an EAP's "5 sessions per issue"): "Sessions exceed the client's EAP benefit", "5 of 5 have
    # been used", "used 8 of 8 visits"
    (LIMIT, r"\b(?:sessions?|visits?|services?|days|counsell?ing)\b[^.;]{0,15}\bexceed(?:s|ed|ing)?\b[^.;]{0,30}\bbenefits?\b"
            r"(?! (?:period|year|limit|maximum))|\b(\d{1,2}) of \1 (?:(?:sessions?|visits?|days) )?(?:have been|has been|were|are|"
            r"already) used\b|\bused (?:all )?(\d{1,2}) of (?:the |your |its )?\2\b"),
    # an account-based plan pays no more than is left: "limited to the amount left in your annual election", "capped at
    # your available balance", "your full election has been reimbursed"
    (LIMIT, r"\b(?:limited|capped|reduced) (?:to|at) (?:the |your )?(?:amount|balance|funds?|money)\b[^.;]{0,15}\b(?:left|remaining|"
            r"available)|\b(?:limited|capped|reduced) (?:to|at) (?:the |your )?(?:remaining|available) (?:\w+ )?(?:balance|election|"
            r"funds?|allowance)|\b(?:full|entire|whole|total) (?:\d{4} |annual |yearly )?(?:election|allowance|account balance|"
            r"contribution)\b[^.;]{0,25}\b(?:has|have) (?:now )?been (?:reimbursed|paid|used|spent|exhausted)"),
    (OON, r"\b(?:no|not have|without|does not (?:have|include|offer))\b[^;]{0,30}\bout[- ]of[- ]network (?:benefits?|"
          r"coverage)|\b(?:is|are|was|were) (?:an? )?out[- ]of[- ]network\b|\bout[- ]of[- ]network\b[^;]{0,40}\b(?:not "
          r"covered|denied|excluded|not eligible|not a benefit)|\bnon-?(?:participating|network|par|contracted|plan|preferred)\s+"
          r"(?:\([^()]{1,25}\)\s+)?(?:provider|practitioner|clinician|therapist|facility)"),
    (OON, r"\bout[- ]of[- ]plan (?:providers?|residential|treatment|care|services?|therapists?)|\bnon-?plan\)?\s+"
          r"(?:providers?|practitioners?|therapists?|facilit)"),
    (OON, r"\b(?:processed|paid|treated|handled|adjudicated|priced) (?:it |them |these |this )?as (?:an? )?out[- ]of[- ]network\b"),
    # a gloss in brackets may sit between them: "is not a participating (in-network) provider"
    (OON, r"\bnot (?:a |an )?(?:[\w&-]+ )?(?:participating|in-?network|network|contracted|plan|preferred|affiliated?|"
          r"panel)\s+(?:\([^()]{1,25}\)\s+)?(?:[A-Z][\w&-]*\s+)?(?:provider|practitioner|clinician|therapist|facility|counselor|program)|\bnot (?:contracted|"
          r"credentialed|affiliated|empaneled|paneled) with|\bnon-?affiliated?\s+(?:provider|practitioner|clinician|"
          r"therapist|counselor|facility)|\b(?:only (?:available|covered|paid)|pays? only|covers? only) (?:for (?:care|services|treatment) )?(?:through|from|with|by|when you (?:see|use))\b"
          r"[^;]{0,30}\b(?:affiliate|participating|network|contracted|panel|preferred)\w*\s+(?:[\w&-]+\s+)?(?:providers?|counselors?|"
          r"therapists?|clinicians?)"),
    # a network with a name of its own: "is not a Community Care Network provider"
    (OON, r"\bnot (?:a |an )?(?:(?-i:[A-Z])[\w&'-]* ){1,3}network (?:provider|practitioner|clinician|therapist|facility|"
          r"counselor|program)"),
    (OON, r"\b(?:is|are|was|were) not (?:in|part of|participating in|contracted with) (?:our|the|your|"
          r"this)\b[^;]{0,20}\bnetwork|\boutside (?:of )?(?:the |our |your )?(?:plan'?s? |HMO |EPO |"
          r"provider )*network\b"),
    # a network named after the plan, with the refusal it causes: "we cannot approve care with a provider outside the
    # Lakeshore Select network" (a bare "the provider is outside the XYZ network" may only explain a fee)
    (OON, r"\b(?:cannot|can't|will not|do not|does not|not able to) (?:approve|cover|pay)\b[^.;]{0,60}\boutside (?:of )?"
          r"(?:the |our |your )?(?:(?-i:[A-Z])[\w&+'-]* ){1,3}network\b|\boutside (?:of )?(?:the |our |your )?"
          r"(?:(?-i:[A-Z])[\w&+'-]* ){1,3}network\b[^.;]{0,40}\b(?:not (?:approved|covered|paid|payable)|denied|cannot)"),
    # a remark code's own words, the noun first: "Precertification, authorization, notification or pre-treatment absent"
    (AUTH, _AUTH + r"(?:\s*[,/]\s*|\s+or\s+|\s+)(?:(?:or\s+)?(?:authori[sz]ation|notification|pre-?treatment|"
                   r"precertification|referral)\s*[,/]?\s*)*(?:absent|missing|not (?:obtained|on file))\b"),
    (AUTH, r"\b(?:no|without|absent|missing|invalid|expired|lapsed)\s+(?:a\s+|an\s+|the\s+|valid\s+|required\s+|"
           r"current\s+|approved\s+)*" + _AUTH + r"\b(?!\s+(?:is|was|are|were)\s+(?:needed|required|necessary))"),
    (AUTH, _AUTH + r"\s+(?:number\s+)?(?:was|were|is|had|has)\s+(?:not|never)\s+(?:been\s+)?(?:obtained|requested|"
                   r"received|on file|submitted|issued|found|in place|valid)"),
    (AUTH, r"\b(?:authori[sz]ation|precertification|referral|approval)\b[^;]{0,30}\b(?:expired|had ended|lapsed|"
           r"(?:is|was) invalid|(?:does|did) not (?:cover|apply|include|match)|absent|missing|not on file)"),
    (AUTH, r"\b(?:request|authori[sz]ation request|precertification request)\b[^.;]{0,60}\b(?:received|made|submitted|"
           r"sent)\b[^.;]{0,40}\bafter (?:the |these |this )?(?:services?|treatment|care|admission|program) (?:began|"
           r"started|had (?:begun|started)|(?:was|were) (?:provided|rendered|given))|"
           # the request counted from the dates it should have come before: "the first request we received was a fax on
           # 07/28, three days after the last date of service", "received after the dates of service had ended"
           r"\b(?:first |earliest |only )?(?:request|authori[sz]ation request|precertification request|notification)\b[^.;]{0,60}"
           r"\b(?:received|made|submitted|sent|faxed|called in|got|logged)\b[^.;]{0,60}\bafter (?:the )?(?:(?:first|last|final) )?"
           r"(?:dates? of service|service dates?|DOS)\b|\bretro(?:active|-)\s*"
           r"(?:authori[sz]ation|approval|review)\b[^.;]{0,60}\b(?:not|only|denied|cannot)\b|\bmust be "
           r"(?:requested|obtained|approved) (?:before|prior to) (?:the )?(?:service|treatment|care|admission)|"
           # the rule told with the services as the subject: "IOP services must be requested before they start", "the stay
           # has to be approved before it begins"
           r"\b(?:services?|treatment|care|admission|stay|program|visits?|sessions?|days)\b[^.;]{0,30}\b(?:must|has to|have to|"
           r"need to|needs to) be (?:requested|pre-?authori[sz]ed|authori[sz]ed|approved|pre-?certified|precertified) (?:before|"
           r"prior to) (?:they|it|the (?:services?|treatment|care|admission|stay|program)) (?:start|starts|begin|begins|"
           r"(?:is|are) (?:provided|given|rendered))\b"),
    # approval asked for in advance, told in plain words as never asked: "we did not receive a request for approval
    # before the visits", "we have no record that your provider asked for or received approval", "approval was not
    # requested", "nobody asked us to approve the stay beforehand"
    (AUTH, r"\b(?:did not|never) (?:receive|get|have)\b[^.;]{0,25}\brequests? (?:for|to) (?:prior |advance )?(?:approval|"
           r"approve|authori[sz]ation|authori[sz]e)\b|\bno record (?:that|of)\b[^.;]{0,50}\b(?:asked for|requested|received|"
           r"obtained|got|sought)\b[^.;]{0,25}\b(?:approval|authori[sz]ation)\b|\bapproval (?:was|were|had) (?:not|never) "
           r"(?:been )?(?:requested|asked for|sought|obtained)\b|\b(?:nobody|no one) (?:asked|requested)\b[^.;]{0,20}\b(?:approv|"
           r"authori[sz])\w*\b[^.;]{0,40}\b(?:before|beforehand|in advance|ahead)\b"),
    # "no approval was in place for these dates"; "the program first contacted us on 02/11, after services started"
    (AUTH, r"\bno (?:prior |advance )?approval (?:was|is|were|had been) (?:in place|on file|obtained|given|requested)\b|"
           r"\b(?:first )?(?:contacted|called|notified) us\b[^.;]{0,30}\bafter (?:the )?(?:services?|treatment|care|admission|program)\b"),
    # approval not given in advance, in plain words: "these days were not reviewed and approved before you received them",
    # "the visits had not been authorized in advance", "the stay was never approved before it began"
    (AUTH, r"\b(?:was|were|had|have|has)\s+(?:not|never)\s+(?:been\s+)?(?:(?:reviewed|requested|screened)\s+(?:and|or)\s+)?"
           r"(?:approved|authori[sz]ed|certified)\s+(?:in advance|beforehand|ahead of time|before (?:(?:you|the member|the patient|"
           r"the client|he|she|they) (?:received|got|had|started|began)|(?:it|they|the (?:services?|treatment|care|visits?|sessions?|"
           r"admission|stay|program)) (?:began|started|were (?:provided|given|rendered)|was (?:provided|given|rendered))))"),
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
    # "Your membership doesn't cover marital or relationship counselling (see Exclusion 19)"
    (NONCOV, r"\b(?:plan|policy|contract|membership|cover|coverage|scheme)\s+(?:does not|doesn['\u2019]t|do not|don['\u2019]t) "
             r"(?:cover|include|pay for)\b[^;.]{0,50}\b(?:counsell?ing|therapy|treatment|services?|care|testing|sessions?)\b|"
             r"\b(?:see|under|per) exclusion \d+"),
    (NONCOV, r"\bnot (?:a )?(?:covered )?benefit (?:of|under|in)\b|\b(?:experimental|investigational|unproven)\b"),
    # an FSA, HSA or HRA: "is not a qualifying medical expense", "not a qualified dental expense"
    (NONCOV, r"\bnot an? (?:eligible|qualifying|qualified|reimbursable|allowable) (?:medical |health ?care |dental |vision )?"
             r"(?:expense|service|benefit|provider|provider type|charge|practitioner(?: type)?|professional type)s?\b|"
             r"\b(?:is|are) not eligible (?:for (?:coverage|reimbursement|payment|benefits|sharing)|expenses?)\b|"
             # the service, not the member, as what the plan does not take: "Services by this type of practitioner are
             # not eligible under your plan" (not "The member is not eligible under this plan": eligibility)
             r"\b(?:services?|therapy|counsel+ing|treatment|sessions?|visits?|charges?|claims? lines?)\b[^.;]{0,40}"
             r"\b(?:is|are|was|were) not eligible (?:under|in|on) (?:your|the|this|their|his|her) (?:\w+ )?"
             r"(?:plan|policy|contract|coverage)\b"),
    (NONCOV, r"\b(?:plan|policy|contract|Medicare|Medicaid) does not (?:cover|pay for) (?:this|these|that|"
             r"the|any)\b[^;]{0,20}\b(?:items?|services?|benefits?|counseling|therapy|treatment|care|type)|\bnot "
             r"covered (?:under|by) (?:your|the) (?:plan|policy|benefit|contract)|\bnon-?covered (?:service|benefit)|\bnot "
             r"covered (?:when|if|for (?:educational|vocational|court|legal|custody))"),
    (NONCOV, r"\b(?:diagnos[ie]s|condition|Z-?codes?|V-?codes?|Z\d\d\.\w{1,4})\b[^;]{0,40}\b(?:is|"
             r"are)\s+not\s+(?:a\s+)?(?:covered|eligible|payable)|\bnon-?covered (?:diagnos|condition)|"
             r"\bH-?codes?\b[^;]{0,60}\bnot (?:covered|payable|a benefit)"),
    (TIMELY, r"\btimely filing\b|\btime limit for (?:filing|submission)|\b(?:filing|submission) (?:limit|deadline|"
             r"period|window)\b[^;]{0,20}\b(?:expired|passed|exceeded|ended|elapsed)"),
    # late filing in other words: "denied for untimely filing", "the claims arrived after the 90-day filing limit"
    (TIMELY, r"\buntimely (?:filing|filed|submission|submitted|claims?)\b"),
    # a remittance's count from the service: "CLAIM RECEIVED MORE THAN 6 MONTHS FROM DATE OF SERVICE"
    (TIMELY, r"\b(?:received|filed|submitted|billed)\b[^.;]{0,20}\b(?:more than|over|after|beyond) \d{1,3} (?:calendar )?(?:days|months)\b"
             r"[^.;]{0,15}\b(?:from|after|of|following) (?:the )?(?:date of service|DOS|dates? of service|service)"),
    (TIMELY, r"\b(?:filed|submitted|received|billed|arrived|reached us|came in)\b[^;]{0,40}\b(?:after|past|beyond|"
             r"outside)\s+(?:the\s+)?(?:\d+[- ](?:day|month)\s+)?(?:filing|submission|deadline|time limit|timely)"),
    # the filing limit given as the rule the claim broke: "claims must reach Molina within 90 days of the date of service"
    (TIMELY, r"\bclaims? (?:must|has to|have to|needs? to) (?:reach|be (?:received|filed|submitted))\b[^;]{0,40}\bwithin \d+ "
             r"(?:calendar )?days? (?:of|after|from) (?:the )?(?:date of service|DOS|discharge|service)"),
    (TIMELY, r"\bnot (?:filed|submitted|received)\b[^;]{0,10}\b(?:timely|on time|within (?:the )?(?:required|"
             r"allowed|filing|\d+))|\b(?:filed|submitted) (?:too )?late\b|\blate (?:filing|submission|claim)"),
    (CODING, r"\b(?:invalid|incorrect|missing|inconsistent|wrong|mismatched|inappropriate|improper|unlisted|"
             r"deleted)\s+(?:CPT |HCPCS |ICD-10 |diagnosis |procedure |billing |revenue |place[- ]of[- ]service |"
             r"POS |NPI |taxonomy )*(?:codes?|modifiers?|place of service|POS|diagnos[ie]s|NPI|units|claim (?:data|"
             r"information)|date of service)"),
    (CODING, r"\b(?:procedure|diagnosis|modifier|place of service|POS|code|CPT)\b[^;]{0,40}\b(?:is|are|was|"
             r"were)\s+(?:inconsistent|incompatible|invalid|not valid|incorrect|missing)"),
    # a clearinghouse's or an edit's terse message: "Diagnosis code F43.2 invalid - code requires additional characters"
    (CODING, r"\b(?:diagnosis|dx|procedure|modifier|ICD-?10(?:-CM)?|CPT|HCPCS) codes?\b(?:[^.;]|\.(?=\w)){0,20}\b(?:invalid|truncated|"
             r"incomplete|not valid|requires? (?:additional|more|a \d+(?:th|st|nd|rd)) (?:characters?|digits?))"),
    # a claim form's field named with what is wrong with it, no verb (a return or rejection list): "Place of service missing or
    # invalid", "Diagnosis pointer missing on line 2", "Rendering provider NPI missing", "Taxonomy code invalid for the NPI"
    (CODING, r"(?<!no )\b(?:place of service|POS(?: code)?|(?:diagnosis|dx) (?:pointers?|codes?)|(?:(?:rendering|billing|referring|"
             r"attending|servicing) (?:provider )?)?(?:NPI|taxonomy(?: code)?)|modifiers?|units|(?:procedure|CPT|HCPCS|revenue) codes?|"
             r"dates? of service)\b(?: (?!not\b)[\w/-]+){0,2}? (?:missing|invalid|incomplete|not valid|blank|left blank|omitted|absent)\b"
             r"(?![^.;]{0,25}\b(?:notes?|records?|documentation|chart)\b)"),
    (CODING, r"\binconsistent with (?:the )?(?:procedure|diagnosis|place of service|modifier|provider type)|"
             r"\b(?:billed|submitted|coded) (?:with|under|using) (?:an? )?(?:incorrect|invalid|wrong)"),
    (CODING, r"\b(?:must|should|needs? to) (?:have )?(?:be|been) (?:billed|coded|submitted|reported) (?:with|as|under|"
             r"using) (?:a |an |the )?(?:different |correct |another )?(?:place of service|POS|modifier|code|CPT|"
             r"\d{5})\b|\bwrong (?:place of service|POS|modifier|code|CPT code|provider)\b"),
    # "This add-on code is not payable when it is billed with the main service"; "The provider billed this incorrectly"
    # the code may be named by its number: "90832 is not separately payable with 90785"
    (CODING, r"\b(?:codes?|add-?ons?|modifiers?|\d{5})\b[^.;]{0,30}\bnot (?:separately )?(?:payable|billable|reimbursable)\b[^.;]{0,20}"
             r"\b(?:with|when|together)\b|\bbilled (?:this |it |these )?incorrectly\b|\bincorrect(?:ly)? (?:billed|coded)\b"),
    # the standard code wording joins its alternatives with slashes: "included in the payment/allowance for another service"
    (CODING, r"\b(?:bundled|unbundl|mutually exclusive|included in (?:the )?(?:payment|allowance)(?:/(?:payment|allowance))? for)|"
             r"\badd-?on code\b[^;]{0,60}\bwithout\b|\b(?:billing|coding) error|\bwithout (?:the |a |"
             r"an )?(?:required |appropriate |correct )?(?:modifier|place of service|POS)\b"),
    # The payer names a less intensive program that would do: "an IOP ... can safely give you the care you need".
    (LOWER, r"\b(?:IOP|intensive outpatient|partial hospitali[sz]ation|PHP|day (?:treatment|program)|outpatient "
            r"(?:care|therapy|treatment|services?|psychotherapy)|weekly (?:therapy|sessions?|psychotherapy))\b[^.;]{0,90}"
            # also looking back on a stay: "a partial hospitalization program could have safely met your needs"
            r"\b(?:can|could|would|will) (?:have )?(?:safely |effectively |appropriately |still )*(?:give|given|provide|provided|"
            r"meet|met|keep|kept|continue|continued|treat|treated|address|addressed|manage|managed|support|supported|serve|served)\b"),
    (LOWER, r"\bmore (?:treatment|care|structure|intensive (?:care|treatment)|support) than\b[^.;]{0,40}\b(?:call|"
            r"calls|need|needs|needed|require|requires|warrant)"),
    (LOWER, r"\binstead\b[^.;]{0,40}\bapproved\b[^.;]{0,60}\b(?:IOP|intensive outpatient|partial hospitali|PHP|"
            r"outpatient|day (?:treatment|program))|\bneeds? (?:can|could) have been met\b"),
    # A second weekly session, or one a week "instead of two", is a frequency reduction.
    # a schedule cut: "These ratings do not support attending five days a week", "does not support sessions three
    # times a week" ("additional days are not approved" alone ends a continued stay: not a frequency reason).
    (FREQ, r"\bdo(?:es)? not support (?:attending|attendance|"
           r"participation|treatment|sessions)\b[^.;]{0,25}\b(?:\w+|\d+) (?:days|times|sessions|hours) (?:a|per|each) (?:week|day)\b"),
    # an added session of the same service judged not needed, the negation before or after it: "the team does not think
    # an extra family visit each week is needed", "NOT APPROVED: the added individual visit in the weeks in between"
    (FREQ, r"\b(?:not|no)\b[^.;]{0,40}\b(?:second|additional|extra|added|third) (?:[\w-]+ ){0,2}(?:session|visit|appointment)s?\b"
           r"[^.;]{0,40}\b(?:needed|necessary|required|warranted|supported|approved|authori[sz]ed)\b|^\W*not approved\W+(?:the )?"
           r"(?:second|additional|extra|added|third) (?:[\w-]+ ){0,2}(?:session|visit|appointment)s?\b|"
           # the verb before the weekly session it refuses: "we will not authorize the third visit per week"
           r"\b(?:did|do|does|will|would|could|can|cannot)(?: not)? (?:approve|authori[sz]e|certify|cover) (?:the |a |an |your )?"
           r"(?:second|extra|added|third) (?:[\w-]+ ){0,2}(?:session|visit|appointment)s? (?:each|a|per|every) week\b"),
    (FREQ, r"\b(?:second|additional|extra|third) (?:weekly |psychotherapy |therapy )?(?:session|visit)s?\b"
           r"[^.;]{0,60}\b(?:not|is not|are not)\b|\binstead of (?:the )?(?:two|2|three|3|twice)\b[^.;]{0,25}"
           r"\b(?:a|per|each) week\b|\bneed for this many services\b"),
    (OON, r"\bout[- ]of[- ]network (?:program|provider|facility|services?|care|clinicians?|therapists?|treatment)\b"
          r"[^.;]{0,60}\b(?:is|are|was|were) not\b|\bavailable from (?:plan|in-?network|in-?plan|participating|"
          r"network) (?:providers|programs|clinicians)\b"),
    (DOCS, r"\b(?:still |yet )?(?:do(?:es)?n['\u2019]?t|do(?:es)? not|did not|didn['\u2019]?t|have not|haven['\u2019]?t|"
           r"has not|hasn['\u2019]?t) (?:yet )?(?:have|received?|gotten|got|seen)\b" + _SAME_CLAUSE.replace("[^;]", "[^.;]") + r"{0,60}\b(?:records?|"
           r"documentation|notes?|treatment plan|plan of care|assessments?|eval\w*|reconciliation|reports?|"
           r"summar(?:y|ies)|labs?|results?|scores?|forms?)\b|\bno (?:\w+ ){0,3}(?:records?|documentation|notes?|"
           r"treatment plan|assessment|evaluation|reports?)\s+(?:was|were|has been|have been)\s+(?:received|provided|"
           r"submitted|sent|returned)\b|^\W*(?:\w+ ){0,3}(?:records?|documentation|notes?) not (?:provided|received|"
           r"submitted)\b"),
    (DOCS, r"\b(?:requested|asked)\b[^.;]{0,100}\b(?:not|never) (?:receive[d]?|provided|returned|sent)\b|"
           r"\b(?:do|did) not have (?:the |these |those |your |any |enough )?(?:records?|documentation|information)\b|"
           r"\bcould not (?:complete|finish|perform) (?:a |the |our )?review\b"),
    (OTHER, r"\b(?:your|member'?s?|patient'?s?|the|insurance|health) (?:coverage|policy|enrollment|membership|"
            r"eligibility)\b(?! for)[^;]{0,30}\b(?:terminated|ended|inactive|lapsed|cancell?ed|not (?:active|in "
            r"effect))"),
    # eligibility told tersely: "Entity not eligible for benefits for submitted dates of service", "coverage on file termed"
    (OTHER, r"\bnot eligible for (?:benefits|coverage)\b|\b(?:coverage|policy|eligibility)\b[^.;]{0,15}\b(?:termed|terminated|"
            r"inactive|lapsed)\b(?![^.;]{0,10}\bif\b)"),
    # also in a remittance's verbless words: "Recipient not eligible on date of service"
    (OTHER, r"\b(?:member|patient|you|insured|subscriber|beneficiary|recipient|person|dependent|enrollee|child|spouse)\b[^;]{0,20}?"
            r"(?:\b(?:was|were|is|are)\s+|\s)not\s+(?:eligible|enrolled|covered|insured|active)\b[^;]{0,30}\b(?:on|for|at the time|date)"),
    (OTHER, r"\bcoordination of benefits\b|\bother (?:health |medical |dental |group )?(?:insurance|coverage|health plan|"
            r"plan|payer)\b[^;]{0,40}\b(?:primary|pays? (?:first|before)|(?:is|be) billed first)|\b(?:primary|other) (?:insurer|payer|carrier)\b|\bprimary (?:insurance|coverage)\b"),
    # the order of payment told the other way round: "By law, the plan pays after your other health insurance", "we need the
    # other plan's explanation of benefits before we can process them", "we pay second to your employer plan"
    (OTHER, r"\b(?:pays?|will pay|can pay|only pays?) (?:only )?(?:after|second to|secondary to)\b[^.;]{0,20}\b(?:your |the |any )?"
            r"(?:other|employer|group|primary)\b[^.;]{0,15}\b(?:insurance|coverage|plan|payer|insurer|carrier)|\bother (?:plan|"
            r"insurer|insurance|payer|carrier)['\u2019]?s? (?:explanation of benefits|EOB|payment|decision)\b[^.;]{0,40}\bbefore "
            r"(?:we|they|it) (?:can|will|could) (?:process|pay|consider)"),
    # a waiting period not yet served: "your admission began during the waiting period, so no benefit is payable"
    (OTHER, r"\b(?:during|within|inside|before the end of) (?:the|a|your|its) (?:[\w-]+ )?waiting period\b|"
            r"\bwaiting period (?:has not|had not|hasn't|hadn't) (?:been )?(?:served|ended|passed|finished|expired)"),
    (OTHER, r"\bduplicate (?:claim|service|submission|bill|charge|invoice|of (?:a |an |the )?(?:previously|claim|prior|invoice|"
            r"bill|charge|line|submission|service)s?)|"
            r"\b(?:claim|bill|charge|line|service|submission)s? (?:duplicates?|repeats?|is the same as) (?:a|an|the|one|another)\b|"
            r"\bexact duplicate|\b(?:cannot|could not|unable to) (?:identify|locate|find) (?:the |this )?(?:member|"
            r"patient|insured|subscriber)"),
)

# Generic "not covered" is how many letters say "denied"; it is a reason only when the letter gives no other.
WEAK_RULES: tuple[tuple[str, str], ...] = (
    (NONCOV, r"\bnot (?:a )?covered\b|\bnon-?covered\b|\bno coverage (?:for|of)\b|\bdoes not (?:cover|pay for)\b"),
)

# A day as a summary row writes it: 03/02/2026, 3/2/26, 2026-03-02, Mar 2, 2026.
_DAY = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
# A rule's category is cancelled in a sentence that matches its veto (negations and other senses).
VETOES: dict[str, str] = {
    NONCOV: r"\bmedical(?:ly)? necess|\bneeded\b|\bneed for\b|\b(?:reasonable|proper) and necessary|\bauthori[sz]|\bnetwork\b|"
            r"\bnon-?(?:preferred|participating|par|contracted|plan) (?:provider|practitioner|clinician|therapist|facility)|\bfiling\b|\bmaximum\b|"
            r"\blimit\b|\ballowance\b|\bexclusions? (?:does|do|did|would) not apply\b|\b(?:do|does|did) not have (?:a |an )?"
            r"(?:contract|participation agreement|provider agreement) with\b|\bnot covered under (?:your|the|this) (?:plan|policy)\b[^.;]{0,20}\bon the date|\bcoverage\b[^.;]{0,30}\b(?:ended|terminated)",
    # (also in the shorthand of a grid or a note: "No Auth Req'd", "plan does not require PA", "precert not needed")
    AUTH: r"\bno (?:prior )?(?:authori[sz]ation|auth|PA|pre-?cert\w*|referral) (?:is |was )?(?:required|req'?d|needed)|\b(?:does|do|"
          r"did) not require (?:a )?(?:prior )?(?:authori|auth\b|PA\b|pre-?cert|referral)|\b(?:prior )?(?:authori[sz]ation|auth|PA|"
          r"pre-?cert\w*) (?:is |was |are )?not (?:required|needed)\b|\byou (?:may|can) see|\bout[- ]of[- ]network\b|"
          r"\bnon-?participating\b|\b(?:cannot|can't|may not|not allowed to) bill you\b|\bnot in (?:[\w'\u2019]+ ){0,3}network\b|"
          r"\boutside (?:of )?(?:the |your )?(?:\w+ )?network\b",
    # (a condition at "maximum medical improvement" is a workers' compensation finding of no further progress, no cap)
    LIMIT: r"\bunits?\b[^;]{0,20}\bper (?:day|session|date)|\bper date of service|\bfiling\b|\btime limit|"
           r"\bmaximum (?:medical|therapeutic) improvement\b|\bMMI\b|"
           r"\bout[- ]of[- ]pocket|\bdeductible|\bmaximum (?:therapeutic |medical )?benefit (?:from|of)\b",
    NMN: r"\b(?:filing|billing|coding|eligibility|enrollment)\b[^;]{0,20}\b(?:criteria|requirements)",
    # which services need approval first ("office visits do not need approval, but IOP has to be precertified") is the
    # plan's authorization rule, not a finding that a lower level of care would do
    LOWER: r"\b(?:need|needs|require|requires|required)\b[^.;]{0,15}\b(?:approval|(?:prior |pre-?)?authori[sz]ation|"
           r"pre-?certification)\b|\b(?:has|have|must|needs? to) (?:to )?be (?:pre-?certified|prior[- ]authori[sz]ed|"
           r"pre-?authori[sz]ed)\b|"
           r"\b(?:no|missing|without|lacks?)\b[^;]{0,30}\bstep-?down|\bstep-?down (?:plan|criteria)\b[^;]{0,40}\b"
           r"(?:missing|not|no)\b|"
           # a lower level the decision says nobody found: "Respondent did not find that a different or less restrictive
           # service would meet her needs", "the reviewer made no finding that outpatient care would be enough"
           r"\b(?:not|never) (?:find|found|conclude[ds]?|determine[ds]?|decide[ds]?|claim(?:ed|s)?|say|said|state[ds]?) that "
           r"(?:a |an |any )?(?:different|other|another|alternative|lower|less (?:restrictive|intensive)|outpatient|weekly)\b|"
           r"\bno finding that (?:a |an |any )?(?:different|other|another|alternative|lower|less (?:restrictive|intensive)|outpatient)\b",
    # ... nor is how often the client does something in daily life ("goes to meetings three times a week") when the
    # sentence names no session or visit
    # a plan's yearly cap counted per person ("limited to 30 visits per enrollee per plan year") is a benefit limit
    # a span counted from the date of service is a filing limit ("reached us more than one year after the date of service")
    FREQ: r"\b(?:annual|calendar[- ]year|lifetime|plan[- ]year|benefit) (?:maximum|limit)|\bfiling\b|\btimely\b|"
          r"\b(?:more than|over|later than) (?:\d+|one|two|twelve|ninety) (?:calendar )?(?:days?|months?|years?) (?:after|from|"
          r"following) (?:the )?(?:dates? of (?:the )?service|DOS|service)\b|"
          r"\bper (?:covered )?(?:person|member|participant|beneficiary|enrollee|insured|individual|patient)s?,? (?:per|a|each|in "
          r"(?:a|the|each)) (?:calendar |plan |benefit |policy |contract )?year\b|"
          r"^(?!.*\b(?:sessions?|visits?|therapy|psychotherapy|appointments?|counsell?ing|units?|services?)\b).*\b(?:meetings?|drinks?|"
          r"drinking|drank|uses?|using|outbursts?|tantrums?|episodes?|attacks?|nightmares?|runs?|gym|exercis\w*|works?|classes)\b"
          r"[^;,]{0,25}\b(?:twice|two times|three times|2x|3x)\s*(?:a|per|each)\s*week|"
          # a status row of a determination summary: "03/02/26 - 03/06/26   5 days   DENIED" says which dates were denied
          # (the count is the span's length), not that the number of days or sessions was cut
          rf"^\W*{_DAY}\s*(?:-|\u2013|to|through|thru)\s*{_DAY}(?!.*\b(?:exceed\w*|more than|fewer|reduc\w*|remaining|instead|"
          r"limit\w*|frequency|only|of (?:the )?\d+)\b)",
    # what is missing is proof that the claim was filed in time ("documentation submitted does not show timely original
    # filing", "no proof of timely filing attached"): a timely-filing reason, not missing clinical records
    DOCS: r"\b(?:proof|evidence|documentation|records?|show|shows)\b[^.;]{0,40}\btimely (?:original )?(?:filing|filed|submission)\b|"
          # an imperative that opens the sentence is a mailing instruction ("Do not send this form to the claims administrator")
          r"^\W*(?:please )?(?:do not|never) (?:send|attach|include|mail|fax|submit|staple|enclose|return)\b",
    # a warning about the clock, not a claim found late: "the timely filing limit continues to run while ...",
    # "corrected claims remain subject to the filing limit", "to avoid timely filing denials"
    TIMELY: r"\bcontinues? to run\b|\bkeeps? running\b|\bstill (?:runs|applies)\b|\bremains? subject to\b|\bto avoid\b|"
            r"\bbe sure\b|\bplease (?:note|remember)\b|\breminder\b",
}

# A level of care above weekly office sessions. A letter that names none of them and cuts the number of sessions says
# "weekly sessions can meet your needs" of the same service at a lower frequency (SESSION_FREQUENCY), not of a lower
# level of care ("your needs can be met in outpatient therapy" still names one). "Acute" names a setting only before one
# ("acute inpatient care"); "acute risk" or "an acute episode" describes the member, not a level.
SESSION_FREQUENCY = (r"\b(?:weekly|once (?:a|per|each) week|(?:one|1|a single) (?:\w+ ){0,2}(?:session|visit)s? (?:a|per|each) week|every (?:other|second|two) weeks?|bi-?weekly|monthly|"
                     r"(?:once|twice) (?:a|per|each) month)\b")
PROGRAM_LEVEL = (r"\b(?:IOP|PHP|partial hospitali[sz]ation|residential|inpatient|intensive outpatient|day (?:treatment|program)|"
                 r"(?:24|twenty-four)[- ]hour|acute(?= (?:inpatient|psychiatric|hospital\w*|care|unit|setting|level|stay|admission|treatment|services?|program)\b)|crisis stabili[sz]ation|detox\w*|level of care(?! utili[sz]ation))\b")
# A LOCUS / CALOCUS / ASAM score that points to an office-based level ("Level 2, Outpatient Services", "Level 1, Recovery
# Maintenance"): for an outpatient request it names the same service at fewer sessions, not a lower level of care.
OUTPATIENT_LEVEL = (r"\blevel (?:[0-9]|one|two|I{1,2})(?:\.\d)?\b[^.;]{0,6}\b(?:outpatient|recovery maintenance|health management|"
                    r"basic services|low[- ]intensity)\b")

# Sentences that only report what someone else argued are not the payer's reasons.
