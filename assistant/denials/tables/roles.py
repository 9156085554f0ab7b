"""Cues for the role a sentence plays in a denial: headings, verdicts on parts, request summaries, quoted criteria."""

from __future__ import annotations

# A line's label ("Reason:", "YOUR RIGHTS", "Why we decided this:") decides the role of what it heads.
# (role, pattern, also as a heading line of its own), read against the label only, first match wins. A bare
# "Appeal:" label heads rights text, but a letterhead line such as "Appeals Unit" heads nothing.
# The appellant's own account: "Reason for disagreement", "Reasons for this appeal", "Why I disagree", "I do not agree"
# ("we disagree" is left out: in a payer's letter "we" is the payer).
ARGUMENT_HEADING = (r"\breasons? (?:for|of) (?:the |this |my |our |your )?(?:disagreement|dispute|appeal(?! (?:decision|"
                    r"determination|outcome|denial)))\b|\bwhy (?:I|you) (?:disagree|are appealing|am appealing)\b|"
                    r"^\W*I (?:do not agree|disagree)\b")
HEADING_ROLES: tuple[tuple[str, str, bool], ...] = (
    # a panel member outvoted by the others ("Dissenting opinion", "Minority view"): what they found decided nothing
    ("dissent", r"\b(?:dissent\w*|minority (?:opinion|view|report|position|findings?))\b", True),
    # a section of what the decision did not rest on ("Things that are not part of the decision", "Not at issue")
    ("disclaimer", r"\bnot (?:a |the |any )?(?:part of|basis|bases|reasons?|grounds?|at issue)\b|\bno longer (?:at )?issues?\b", True),
    # the practice's own notes printed with a payer's remarks ("WORK NOTES", "Biller comments", "A/R follow-up notes"):
    # they say why a claim went wrong or what to do next; the payer's reasons are elsewhere
    ("background", r"^\W*(?:(?:work|internal|office|staff|billing|biller'?s?|collector'?s?|front[- ]desk|practice|account|"
                   r"A/?R|follow[- ]?up|our)[ -]+)+(?:notes?|comments?|log|activity)\s*$", True),
    # the appellant's side on a request form or in a summary ("Reason for disagreement: ...", "Why I disagree"): what
    # they argue the denial got wrong, not the payer's reasons
    ("request", ARGUMENT_HEADING, True),
    # the payer's own answer pasted under someone else's notes: "Carrier response", "Reply from the plan", "Insurer's answer"
    ("grounds", r"\b(?:carrier|payer|plan|insurer|insurance company|health plan)['\u2019]?s? (?:response|reply|answer)\b|"
                r"\b(?:response|reply|answer) from (?:the )?(?:carrier|payer|plan|insurer|insurance company|health plan)\b", True),
    ("grounds", r"\b(?:reasons?|why|rationale|explanation|basis|findings?|notes for claims|remarks?|comments?|"
                r"summary of (?:the )?(?:decision|review)|clinical (?:summary|rationale)|decision|determination|"
                r"outcome|what we decided|what we did not approve|not approved|denied)\b", True),
    ("rights", r"\b(?:rights?|how to (?:appeal|file|handle|ask)|if you disagree|external review|fair hearing|hearing|"
               r"keep (?:getting )?(?:services|benefits)|continu\w* (?:of )?(?:services|benefits)|free cop(?:y|ies)|"
               r"language|assistance|discrimination|next steps?|peer[- ]to[- ]peer|be informed|important "
               r"information|your benefits|independent medical review|to appeal|appeal process)\b", True),
    ("rights", r"^\W*(?:appeals?|grievances?|reconsideration|redetermination|fast appeal|expedited appeal|help|"
               r"questions|disclaimer)\s*$", False),
    ("criteria_text", r"\b(?:guidelines?|criteria|policy|bulletin|CPB|LCD|standard)s? (?:used|applied|says?|states?|"
                      r"text|excerpt|requirements?)\b", True),
    # a newsletter's or a portal's notice that decides nothing: "REMINDER: NO PRIOR AUTHORIZATION FOR ROUTINE ...",
    # "Tip: ...", "In this issue"
    ("background", r"^\W*(?:reminders?|tips?|did you know|fyi|in this issue|news(?:letter)?|announcements?|what's new|"
                   r"save the date|coming soon)\b", True),
    # an appeal decision's account of the earlier rounds ("PROCEDURAL HISTORY"): their grounds are what is reviewed
    ("earlier_decision", r"^\W*(?:procedural (?:history|background)|case history|history of (?:the |this )?(?:case|claim|"
                         r"appeal|dispute)|prior (?:decisions|determinations|proceedings))\s*$", True),
    # what a complaint or grievance said, summarised by the payer before it answers it ("Summary of the complaint")
    ("request", r"^\W*(?:summary of (?:the |your |this )?|(?:the |your )?)(?:complaint|grievance|concerns?|issues? raised|"
                r"member'?s? (?:complaint|concerns?|statement))(?: summary)?\s*$", True),
    ("request", r"^\W*(?:request(?:ed)?|service(?:s)?(?: requested| in dispute)?|issue|claims? appealed|what (?:you|"
                r"your provider) asked for|level of care requested|services? under review|certification type|"
                r"service type)\s*$", True),
    # the request told back before the answer: "What was requested: Your daughter's provider told us ...", "What we were
    # asked to approve", "What your provider asked us for", "The request"
    ("request", r"^\W*(?:what (?:was|is|were|has been) (?:requested|asked for)|what (?:we were|you|your \w+(?:['\u2019]s \w+)?) "
                r"asked (?:us )?(?:for|to (?:approve|cover|review))|the request|about (?:the|this|your) request|request(?:ed)? "
                r"services?|summary of (?:the )?request)\s*$", True),
)
# A line that ends by opening the appellant's own account ("8. I do not agree with the decision on my claim because:",
# "Reason for disagreement:"): the indented lines under it are their argument, not the payer's reasons.
ARGUMENT_LEAD_IN = (r"(?:\bI (?:do not|did not) agree\b|\bI disagree\b|\breasons? (?:for|of) (?:the |this |my |"
                    r"our |your )?(?:disagreement|dispute|appeal)\b|\bwhy (?:I|you) (?:disagree|are appealing|am appealing)\b)"
                    r"[^:]{0,80}:\s*$")
# A part of the letter that was approved, reversed or found favorable is not a basis of the denial.
VERDICT_GRANTED = (r"^\W*(?:(?:fully )?favorable|reversed|overturned|approved|certified|covered|what we "
                   r"approved|granted)\b(?!\s+(?:in part|dates))")
VERDICT_DENIED = (r"^\W*(?:unfavorable|upheld|affirmed|denied|not (?:approved|certified|covered)|non-?certified|what "
                  r"we did not approve|partially denied)\b")
# "You asked us to ...", "Your provider asked to ...": what the request said, not why it was denied.
REQUEST_SENTENCE = (r"^\W*(?:(?:about )?your request\b[^.]{0,40}:\s*)?(?:you|your (?:provider|doctor|therapist|"
                    r"program|facility|clinician)|the (?:provider|program|facility|requester|request|requesting "
                    r"provider)) (?:asked|requested|is requesting|requests|wants|wanted|sought|submitted a request)\b")
# "We reviewed the records you sent": what the reviewer looked at, unless the sentence also finds something.
BACKGROUND_SENTENCE = (r"^\W*(?:we|the (?:reviewer|plan|physician|psychiatrist|psychologist)|our (?:\w+ )?reviewer|"
                       r"(?:a|an) (?:\w+[- ]?){0,3}(?:reviewer|psychiatrist|psychologist|physician)(?:, [^,]{2,60},)?|"
                       r"(?!(?:You|Your|It|They|This|That|These|Those|He|She)\b)[A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:have |has )?(?:reviewed|considered|looked at|received|"
                       r"evaluated|used)\b")
FINDING_WORDS = (r"\b(?:not|no|never|nor|but|however|without|lacks?|fails?|insufficient|only|exceeds?|instead|"
                 r"unable|cannot|denied|upheld|late|untimely)\b|\bafter the (?:\w+ )?(?:deadline|limit)\b")
# A sentence that says what a guideline requires (it describes the standard, not this member).
CRITERIA_SENTENCE = (r"^\W*(?:the |this |that |MCG |InterQual |LOCUS |ASAM )?(?:guidelines?|criteria|policy|"
                     r"bulletin|CPB|LCD|manual|standard)\b[^.;]{0,60}\b(?:says?|states?|indicates?|requires?|defines?|"
                     r"recommends?|describes?|lists?|allows?|goal|expects?|calls? for)\b")
CRITERIA_LEAD_IN = (r"\b(?:guidelines?|criteria|policy|bulletin|CPB|LCD|manual|standard|says|states|reads|"
                    r"indicates|requires|provides|in part|when|if|following)\b[^.]{0,40}:\s*$")
# "... was not a reason for this decision", "this was not a medical-necessity decision".
DISCLAIMER = (r"\b(?:was|is|were|are) not (?:a|the|one of the) (?:reasons?|basis|bases|factors?|grounds?)\b|"
              # a review's own scope: "It was not a review of the medical necessity of the services", "nothing in this letter
              # is a determination that any service was not medically necessary"
              r"\b(?:was|is|were|are) not an? (?:review|determination|decision|finding|audit) (?:of|about|on|regarding|as to)\b|"
              r"\bnothing in (?:this|the|our) (?:[\w-]+ )?(?:letter|notice|decision|memo\w*|report|review)\b[^.;]{0,15}\b(?:is|was|"
              r"should be read as|means|constitutes) (?:a|an) (?:determination|finding|decision|conclusion)\b|"
              # "That hold was cleared and is not why the claims denied"
              # a question the decision left open: "we did not need to decide whether ...", "the plan did not reach ..."
              r"\b(?:did|do|does|need|needed) not (?:need to )?(?:decide|reach|rule on|address) (?:whether|if|the question)\b|"
              # a negative finding the letter says it did not make: "We did not decide that ARMHS is not medically necessary",
              # "we have not found that the program was not needed" ("did not find that the criteria were met" is a reason)
              r"\b(?:did|do|does|have|has) not (?:decide|decided|determine|determined|find|found|conclude|concluded|rule|ruled) "
              r"that\b[^.;]{0,60}\b(?:not|unnecessary|unneeded|inappropriate)\b|"
              r"\b(?:was|is|were|are) not why\b|\b(?:was|is|were|are) not (?:an? |the )?(?:issue|problem|concern)\b|"
              # nothing found missing, told with a negative subject: "No records were missing", "none of the notes was
              # incomplete", "nothing was outstanding"; and "not a records problem"
              r"\b(?:no|none of the)\s+(?:[\w-]+\s+){0,2}?(?:records?|documents?|documentation|notes?|information|paperwork|forms?|"
              r"attachments?|items?)\s+(?:was|were|is|are|had been|has been|have been)\s+(?:missing|lacking|absent|incomplete|"
              r"outstanding)\b|\bnothing (?:was|is|had been|has been) (?:missing|lacking|outstanding)\b|"
              r"\bnot an? (?:records?|documentation|paperwork|network|coding|billing|filing|authori[sz]ation) (?:problem|issue)\b|\bnot "
              r"(?:a |an )?(?:medical[- ]necessity|clinical|coverage|network|coding|timely filing|benefit) "
              r"(?:decision|determination|denial|review)\b|\b(?:did|does|do) not (?:affect|change) (?:this|the|our|these|those) "
              r"(?:decision|determination|claims?|outcome|payment)|\b(?:this|it|that)(?: (?:decision|determination|denial|notice|letter))? (?:is|was) not a (?:finding|conclusion|"
              r"determination|decision) that\b|"
              # "... and that issue is no longer part of this denial", "it is not part of our decision"
              r"\b(?:was|is|were|are) (?:not|no longer) (?:a )?part of (?:this|the|our) (?:decision|determination|review|denial|"
              r"appeal|case)\b|"
              # "this is not part of the reason for this decision", "they are no longer a reason", "no longer an issue",
              # "the final decision does not rely on it"
              r"\bnot (?:a |any )?part of (?:the |our |this )?(?:reasons?|basis|grounds?)\b|\bno longer (?:a|an|the|one of the) "
              r"(?:reasons?|basis|factors?|grounds?|issue)\b|\b(?:does|did|do) not (?:rely|rest|depend) (?:on|upon)\b|"
              # "These were not denied for medical necessity"; "No authorization issue was found"; "No visit limit applies"
              r"\b(?:was|were|is|are) not (?:denied|reduced|rejected|adjusted) (?:for|because of|due to|based on|as) (?:a |an )?"
              r"(?:lack of )?(?:medical[- ]necessity|med[- ]?nec|network|authori[sz]ation|coding|timely filing|clinical)|"
              r"\bno (?:[\w-]+ ){0,2}(?:issues?|problems?|concerns?|errors?) (?:was|were|has been|have been|is|are) (?:found|identified|"
              r"noted|seen)\b|\bno (?:[\w-]+ ){0,2}(?:limit|maximum|requirement) (?:applies|apply|applied)\b|"
              # "this decision is not about medical necessity"; "no med-nec determination on the ERA"
              r"\b(?:is|was|are|were)(?:n['\u2019]t| not) (?:about|based on|a matter of|related to|an?) (?:medical[- ]necessity|med[- ]?nec|"
              r"clinical|coverage|network|coding|timely filing|benefit)\b(?![- ](?:providers?|facilit\w+|clinicians?|therapists?|"
              # ... but "she is not a network provider" is the network reason itself
              r"practitioners?|physicians?|doctors?|hospitals?|programs?|pharmac\w+|psychologists?|counsel+ors?|groups?))|"
              r"\bno (?:med[- ]?nec|medical[- ]necessity|clinical) "
              r"(?:determination|decision|denial|review|finding)\b|"
              # the decision set apart from a topic: "This decision is not related to prior authorization or to missing
              # documents", "our denial has nothing to do with the network"
              r"\b(?:this|the|our|that) (?:decision|determination|denial|notice)\b[^.;]{0,15}\b(?:(?:is|was) (?:not |un)related to|"
              r"(?:has|had) (?:nothing|not anything) to do with|does not (?:relate|concern|involve))\b|"
              # what the letter is silent on: "it does not say anything about missing records", "the notice makes no
              # mention of a referral", "nothing in the letter about the network"
              r"\b(?:does|did|do) not (?:say|mention|state|raise) (?:anything|a word) (?:about|on|regarding)\b|"
              # a reader telling what the payer is not claiming: "they are NOT saying our notes were missing", "nobody
              # is claiming the visits went over", "the plan never said the referral was late"
              r"\b(?:is|are|was|were) not (?:saying|claiming|suggesting|arguing|alleging)\b|\b(?:never|nobody|no one) "
              r"(?:is |was )?(?:said|says|saying|claimed|claims|claiming|suggested|alleged)\b|\b(?:says|said) "
              r"nothing (?:about|on|regarding)\b|\b(?:makes?|made) no (?:mention|reference) (?:of|to)\b|\bnothing (?:in|on) "
              r"(?:the|this|that|it|its) (?:[\w-]+ )?(?:letter|notice|decision|denial|page|EOB)\b[^.;]{0,15}\babout\b")
# The writer's own papers silent on something ("our continued-stay notes ... never said what would happen at a lower
# level", "the chart never stated ..."): a gap in the record, not the payer ruling a reason out.
OWN_RECORDS_SILENT = (r"\b(?:notes?|records?|documentation|charts?|packets?|summar(?:y|ies)|progress reports?)\b[^.;]{0,80}\b(?:never|"
                      r"did not|didn't) (?:said|say|stated?|mention(?:ed)?|documented?|explain(?:ed)?)\b")
# What a disclaimer can name, and the category it rules out.
DISCLAIMER_TOPICS: tuple[tuple[str, str], ...] = (
    ("out_of_network", r"\bnetwork\b"),
    # ("the clinical records were never sent" names records, not a clinical finding)
    ("not_medically_necessary", r"\bmedical[- ]necessity|\bmedically necessary|\bclinical(?! (?:records?|notes?|information|"
                                r"documentation|documents?|materials?|files?)\b)|\bmed[- ]?nec\b|"
                                # "not a finding about whether you need the service": need is medical necessity
                                r"\bwhether (?:you|the (?:member|patient|client)|(?:he|she|they)) (?:need|needs|needed|require|requires) "
                                r"(?:the|this|these|that) (?:service|services|care|treatment|therapy)\b"),
    ("no_prior_authorization", r"\bauthori[sz]ation|\bprecertification|\btreatment guarantee|\bpre-?approval"),
    # another plan pays first, or the member's coverage: "the coordination-of-benefits hold", "other-coverage questionnaire"
    ("other", r"\bcoordination[- ]of[- ]benefits\b|\bCOB\b|\bother[- ](?:health )?(?:coverage|insurance)\b|\beligib(?:le|ility)\b|"
              r"\b(?:is|as) (?:the )?primary\b"),
    ("timely_filing", r"\btimely|\bfiling\b"),
    ("coding_or_billing_error", r"\bcoding\b|\bbilling\b"),
    ("benefit_limit_reached", r"\bbenefit (?:limit|maximum)|\bvisit limit"),
    # also an earlier missing-records reason answered: "we now have the notes", "the first letter said we lacked enough information"
    ("insufficient_documentation", r"\b(?:missing|incomplete)\b|\b(?:receive[ds]?|got|obtained)\b[^.;]{0,40}\b(?:records?|notes|"
                                   r"documents?|documentation)\b|\b(?:documentation|records?|notes)\b[^.;]{0,10}\b(?:was|were|is|are) not\b|"
                                   # "the packet did not include the labs", "whether the records were complete enough"
                                   r"\b(?:did|does|do) not (?:include|contain|have)\b|\b(?:records?|notes|documentation)\b[^.;]{0,20}"
                                   r"\b(?:complete|sufficient|enough)\b|\b(?:records?|documentation)\b[^.;]{0,50}\b(?:received|sent|on file)\b|"
                                   r"\b(?:have|got|received|obtained)\b (?:now |since )?(?:the|all|those|these|your|his|her|their) "
                                   r"(?:[\w-]+ ){0,5}?(?:records?|notes|documents?|documentation|information)\b|\b(?:enough|sufficient|"
                                   r"complete) (?:clinical |medical )?(?:information|records?|documentation|notes)\b|"
                                   # "Documentation was not a basis for this decision"
                                   r"^\W*(?:the )?(?:documentation|records?)\b|\b(?:records?|documentation|paperwork) (?:problem|issue)\b"),
    ("lower_level_of_care_appropriate", r"\bstep[- ]?down\b|\blower level\b|\bless intensive\b"),
    ("no_progress_or_maintenance", r"\bstopped working|\bnot (?:working|helping)|\bcustodial|\bmaintenance|"
                                   r"\b(?:no|lack of) progress|\bplateau"),
)

# A reason taken back in the letter itself: "that was for a different claim", "this claim is not timely filing".
# It rules its category out even when a code for it is printed (the code was read off the wrong claim).
RETRACTED = (r"\b(?:this|the|our|your) claim (?:is|was) not (?:a |an )?(?:denied (?:for|as) )?(?:medical[- ]necessity|"
             r"network|coding|timely[- ]filing|benefit|authori[sz]ation|clinical)\b|\b(?:that|it|this|which) (?:was|is) "
             r"(?:for|on|from|about) (?:a |an |another |the wrong |a different |someone else'?s? )[^.;]{0,30}\b(?:claim|"
             r"account|member|patient|case)\b|\bwrong (?:claim|account|member)\b")
# "The first denial letter also said that ...": one sentence reporting an earlier decision's reason, not this one's.
EARLIER_REPORT = (r"(?:\b(?:the|our|your|its|that)|(?-i:\b[A-Z][\w&-]*)['\u2019]s) (?:first|initial|original|earlier|prior|previous) (?:denial |adverse |appeal |grievance )?(?:letter|notice|"
                  r"decision|determination|denial)(?: \([^()]{1,30}\))?(?:,? dated [^,.;]{1,20},?)? (?:also |had )?(?:said|stated|says|"
                  r"states|noted|mentioned|cited|found|told you)\b")
# Someone's guess at what the denial meant, told as a guess ("She first thought it was an authorization problem", "we
# assumed the records were late", "I was afraid it meant ..."): a reader's worry, not the payer's reason. ("We believe"
# and "we think" are left out: payers state findings that way.)
# A reader's own "I thought" in a chat or e-mail thread ("I thought ODD alone wasn't covered") is a guess too.
GUESS_SENTENCE = (r"\b(?:(?:first|initially|originally|at first|had|I) (?:thought|assumed|believed|figured)|assumed|guessed|worried|"
                  r"feared|suspected|wondered|was afraid|were afraid)\b[^.;]{0,30}\b(?:meant|means|was|were|might|may|could|would|"
                  r"because)\b")
# General teaching about claims at large, not about this one: "Reviewers most often find these errors: ...", "Common
# reasons for denial include ..."
GENERAL_SENTENCE = (r"\b(?:most (?:often|commonly|frequently)|commonly|typically|frequently) (?:find|found|see|seen|cite[ds]?|"
                    r"identif(?:y|ied))\b|\b(?:the )?(?:most )?common (?:documentation )?(?:errors|reasons|mistakes|problems|"
                    r"denial reasons|causes)\b|"
                    # a statement's FAQ box: "Insurance plans deny claims for many reasons. Common ones are: ...", "Typical
                    # examples include ..."
                    r"\b(?:common|typical|frequent|usual) (?:ones|examples|causes|cases)\b|"
                    r"\b(?:plans|insurers|insurance companies|payers|carriers|insurance plans)\b[^.;]{0,20}\b(?:deny|denies|reject)\b"
                    r"[^.;]{0,20}\bfor (?:many|several|various|a number of|lots of|a variety of|different) (?:different )?reasons\b")
# "You asked us to reconsider our letter of March 2, which said:" - a quotation of an earlier decision. Its reasons
# count only when the letter gives no reason of its own (a decision that changed keeps only what it still denies).
EARLIER_LEAD_IN = (r"\b(?:our|the|your|that|this|an?) (?:[\w,]+ ){0,4}?(?:letter|"
                   r"decision|notice|denial|determination|EOB|statement)\b[^.]{0,80}\b(?:said|stated|read|reads|says|"
                   r"states|explained)\s*:\s*$")

# Someone else's paper (an intake worksheet, a discharge summary, a chart note) copying the payer's letter: "WHAT THE
# LETTER SAYS (copy word for word):", "Relevant text copied from the determination:". The quoted or indented text after
# it is the payer speaking; the copier's own lines around it (their guesses, ticked boxes, comments) give no reason.
COPY_LEAD_IN = (r"^(?!.*\bour\b).*\b(?:letter|notice|denial|determination|EOB|decision)\b.*:\s*$")
COPY_WORDS = r"\b(?:copied|copy|copying|quoted|verbatim|word for word|transcribed|typed (?:out|up)|key lines|excerpts?)\b"
# A heading that names the payer's own notice as the source of what follows ("INSURER'S EXPLANATION (from your Explanation of
# Benefits dated Oct 6)", "What the plan's letter says", "Payer message (from the EOB)"): the quoted lines under it are the
# payer speaking, not a guideline's text, and the page around them (an app's checks, the member's notes) gives no reason.
PAYER_SOURCE_HEADING = (r"^(?!.*\bour\b)\W*(?:(?:the |your )?(?:insurer|payer|plan|carrier|insurance company|health plan|insurance)"
                        r"['\u2019]?s? (?:own )?(?:explanation|message|words|reasons?|reasoning|remarks?|statement|wording)\b|"
                        r"what (?:the|your) (?:insurer|payer|plan|carrier|insurance company|health plan)['\u2019]?s? (?:letter|notice|"
                        r"EOB|decision) (?:says|said)\b|.*\bfrom (?:your|the|their|its) (?:explanation of benefits|EOB|denial letter|"
                        r"letter|notice|remittance(?: advice)?|decision)\b)"
                        r"(?!.*[.!?][\"\u201d)]?\s*$)")
# A legal paper's or a chronology's formula for quoting a decision it has just named ("On February 20 the IRO issued its
# decision. It states in relevant part:", "The letter provides, in pertinent part:"): the indented text after it is the
# decision speaking, and what the paper says around it (earlier letters told as history, its own allegations) is not.
QUOTE_FORMULA = (r"\b(?:states?|stated|reads?|provides?|provided|says?|said|concludes?|concluded)\b,?\s+(?:in (?:relevant|"
                 r"pertinent) part|in part|as follows)\s*:\s*$")

# A reviewer of a panel who voted against the decision, and what they found: "Reviewer 2 findings: Disagree. ...",
# "One of the three physicians disagreed, noting ...", "The dissenting reviewer would have approved ...". The decision rests
# on the majority's findings; the dissent's words (often about missing records) are no reason. The rest of its paragraph
# is the dissent too.
DISSENT = (r"^[^.:]{0,60}:\s*(?:I |we )?(?:disagree[sd]?|dissent(?:s|ed|ing)?)\b|\b(?:dissenting|minority) (?:reviewer|opinion|"
           r"panel(?:ist| member)?|member|physician|referee|view)s?\b|\b(?:one|a|the (?:other|third|second|remaining)) (?:of the "
           r"(?:\w+ )?)?(?:reviewers?|panel(?:ists| members?)?|physicians?|referees?|members?)\b[^.;]{0,40}\b(?:disagreed|dissented|"
           r"would have (?:approved|overturned|covered|reversed|found))\b")
