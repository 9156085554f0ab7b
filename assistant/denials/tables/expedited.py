"""Cues for whether a denial offers a fast (expedited, urgent) review: the offer, its conditions, and its refusals."""

from __future__ import annotations

EXPEDITED = (r"\b(?:expedited|urgent|fast|faster|rapid|accelerated|fast[- ]track(?:ed)?)\b[^;]{0,30}\b(?:appeal|"
             r"review|reconsideration|redetermination|grievance|complaint|hearing|decision|IMR)|\b(?:appeal|review)\b[^.;]{0,20}"
             r"\b(?:faster|more quickly|quickly|sooner|within 72 hours|as (?:expedited|urgent))\b|"
             # the offer in plain words: "we will then give you an answer within 72 hours instead of the usual 30 days"
             r"\b(?:answer|decision)\b[^.;]{0,20}\bwithin (?:72|seventy-two) hours\b[^.;]{0,20}\binstead of\b|"
             # a phone note's shorthand: "can ask for expedited - 72 hrs", "urgent review (72h)"
             r"\b(?:expedited|urgent)\b[^.;]{0,12}\b(?:72|seventy-two)[- ]?(?:hours?|hrs?|h)\b|"
             # the review named before the verb: "IMR can be expedited", "your appeal may be fast-tracked if ..."
             r"\b(?:appeals?|reviews?|IMR|hearings?|reconsiderations?|redeterminations?|grievances?)\b[^.;]{0,15}\b(?:can|may|could|"
             r"will) (?:also )?be (?:expedited|fast[- ]tracked|handled as urgent|sped up)\b")
EXPEDITED_OFFER = (r"\b(?:may|can|could|right to|able to|avail(?:able)?|ask|request|call|qualif\w*|eligible|we will (?:then )?give you|"
                   r"offer(?:ed|s)?)\b|"
                   # a form's box the member may tick for it: "[ ] Check here if this is an URGENT (expedited) appeal"
                   r"\b(?:check|tick|mark) (?:here|this box|the box)\b|"
                   # the rule's own condition names who gets it: "expedited external review if waiting would seriously jeopardize ..."
                   r"\bif (?:waiting|the (?:standard|usual|normal|regular) (?:time(?:frame)?|timeline|review)|a delay)\b[^.;]{0,45}\b"
                   r"(?:jeopardi[sz]e|harm|endanger|risk)|"
                   # the member's condition as the rule's condition: "If your condition requires an urgent (expedited) appeal, a
                   # decision will be made within 72 hours"
                   r"\bif (?:your|the (?:member|patient|client|enrollee)['\u2019]?s?|his|her|their) (?:medical )?(?:condition|health|"
                   r"situation|illness)\b[^.;]{0,20}\b(?:requires?|needs?|calls? for|warrants?|is urgent)\b|"
                   # a call note's answer to the question: "asked re expedited -> YES", "Expedited? yes", "Urgent review: Yes"
                   r"(?:->|=>|\u2192|=|:|\?)\s*(?:yes|y)\b")
EXPEDITED_NO = (r"\b(?:cannot|can't|may not|not able to) (?:request|ask for|get|file|"
                r"have)\b[^;]{0,20}\b(?:expedited|urgent|fast)|\b(?:not|no|cannot)\b[^;]{0,30}\b(?:expedited|urgent|"
                r"fast)\b[^;]{0,20}(?:available|apply|qualif|eligible)|\b(?:expedited|urgent|"
                r"fast)\b[^.;]{0,100}\b(?:not available|does not apply|unavailable|not eligible|not qualify|is not|not offered)|\b(?:does|do|"
                r"would) not apply to (?:this|your|these)\b|"
                # a form's answer: "Expedited appeal: N/A", "Urgent review available? No"
                r"\b(?:expedited|urgent|fast)\b[^;:]{0,30}(?::|\?|-)\s*(?:N/?A|no|none|not applicable)\b|"
                # a rule that keeps it to care not yet given: "Urgent appeals are only for care you have not received yet"
                r"\b(?:expedited|urgent|fast)\b[^.;]{0,40}\bonly (?:for|to|applies to|available for) (?:\w+ ){0,2}(?:care|services?|treatment|"
                r"requests?|claims?)\b[^.;]{0,40}\b(?:not (?:yet )?(?:been )?(?:received|had|started|begun|provided|rendered|given)|yet to|future|"
                r"upcoming|pre-?service)|\b(?:expedited|urgent|fast)\b[^.;]{0,40}\bpre-?service(?: \w+)? only\b")
# The letter rules a fast review out for this very appeal ("so this one cannot be expedited"): no other sentence offers it.
EXPEDITED_RULED_OUT = (r"\b(?:this|that|your|these|those) (?:one|appeal|request|claims?|case|review|dispute|visits?)\b[^.;]{0,40}\b"
                       r"(?:cannot|can not|will not|would not|may not|is not eligible to|are not eligible to) be (?:expedited|"
                       r"fast[- ]tracked|rushed|handled as urgent)\b|\b(?:this|your|these) (?:appeal|request|claims?|case)\b"
                       r"[^.;]{0,40}\b(?:does|do|did|would) not qualify (?:for|as) (?:an? )?(?:expedited|urgent|fast)|"
                       # "expedited review does not apply to this appeal"
                       r"\b(?:expedited|urgent|fast(?:-track)?)\b (?:external |internal )?(?:review|appeal|hearing|process)s? (?:does|do|"
                       r"will|would) not apply to (?:this|your|these)\b|"
                       # "so a request about them will be handled as a standard reconsideration"
                       r"\b(?:will|would|must) be (?:handled|processed|treated|reviewed|decided|taken) as (?:a |an )?"
                       r"(?:standard|regular|routine|non-?urgent)\b")

