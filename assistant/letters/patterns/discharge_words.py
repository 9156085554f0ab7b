"""Discharge and step-down criteria: transition words, conditions, deferred and vague ends, past discharges."""
from __future__ import annotations

import re

from assistant.letters.patterns.base import I, _rx  # noqa: F401
from assistant.letters.patterns.clinical import MODALITIES, _CASED_MODALITIES
from assistant.letters.patterns.prose import RETURN_TO_LOWER

# Discharge / step-down criteria: a transition word with a condition, never a past discharge.
DISCHARGE_WORD = _rx(r"^\W*(?:(?:we |I )?(?:will|'ll|plan to|can|would) )?(?:end|ends|stop|stops|close|closes|finish|finishes|wrap up)\b"
                     r"(?= (?:the case |care |treatment |therapy |services |sessions )?(?:after|when|once|if)\b)|"
                     # "We will stop family sessions when ...", "I'll end the weekly group once ...": mid-sentence too
                     r"\b(?:we|I)(?:['\u2019]ll| will| can| would| plan to) (?:stop|end|close|finish|wrap up)\b(?= (?:the |our |her |his )?"
                     r"(?:[\w-]+ )?(?:case|care|treatment|therapy|services|sessions|counsel\w*|group)\s+(?:after|when|once|if)\b)|"
                     # "Once he has gone four weeks without vomiting ..., we close with phase 3": the closing after its condition
                     r"(?<=\bonce\b|\bwhen\b)[^.;]{10,160}\b(?:we|I)(?:'ll| will)? (?:close|wrap up|finish)(?= with| out| treatment| therapy| the case)|discharge|step[- ]?down\b|step(?:s|ping)? down|(?:the )?taper (?:starts|begins|will (?:start|begin))|transition(?:ing)? to(?!\s+(?:the\s+)?(?:lunch|naps?|snacks?|recess|circle(?: time)?|centers?|bed(?:time)?|bath|dinner|breakfast|meals?|the bus|bus|play|outside|(?:the )?next (?:task|activity|room)|new (?:tasks?|activities)|activities)\b)|taper(?:ed|ing)? (?:to (?=(?:bi-?weekly|every|monthly|once|twice|\d+x|fewer|less|maintenance|aftercare|outpatient|IOP|PHP|sessions))|sessions|frequency)|terminat(?:e|ion) (?:of )?(?:therapy|treatment|services)|"
                     r"termination criteria|\bresolution\s*(?:=|:|criteria|(?:is )?(?:reached )?(?:when|once))|terminat\w+ (?:when|once|after)|graduat(?:e|es|ion)\b(?=\s+(?:(?:at|by|after) (?:session|week|visit|month|module) \d+\s+)?(?:from|to|criteria|when|once|after|if|out|of (?:the )?(?:program|IOP|PHP|treatment))|\s*:)|end (?:of )?treatment|"
                     r"(?:treatment|therapy|services|sessions) (?:will|can|may|could|would|should) (?:end|conclude|be completed|taper|fade)|fad(?:e|ing) (?:to|sessions)|ready to (?:end|stop)|reduce (?:frequency|sessions) to|move to (?:biweekly|every other week|monthly)|"
                     r"moves? to (?:the |a )?(?:monthly|biweekly|alumni|aftercare|maintenance|step[- ]?down)\b|\balumni group\b|" + RETURN_TO_LOWER + r"|"
                     r"(?:finish(?:es)?|complete[sd]?|exits?|leaves?|ends?) (?:the |his |her |their )?(?:group|program(?:me)?|treatment|therapy|course|"
                     r"curriculum|protocol|series|modules?|workbook|manual)\s+(?=when|once|after|if)|"
                     # the end told in plain words: "what 'done' looks like", "she'll know she's done when", "we wrap up
                     # once ...", "then every other week x 2, then close", "space the visits out and stop"
                     r"\bwhat [\"'\u201c\u2018]?done[\"'\u201d\u2019]? (?:looks|will look) like|\bknows? (?:she|he|they|I|we)(?:['\u2019](?:s|re|m)| is| are| am)? "
                     r"done\b|\bwrap(?:ping)? up (?:once|when|after|if|treatment|therapy)\b|\bthen close\b|\bclose (?:out|the case|treatment|"
                     r"services)\b|\bfinish (?:treatment|therapy)\b|\bspace (?:the |our |her |his )?(?:visits|sessions) out\b|"
                     # "done when ->", "will have done its job when", "she'll be ready to finish when", "stepping back down"
                     r"(?<!not )(?<!n't )(?<!never )\b(?:done|finished|ready to (?:finish|stop|end))\s+(?:when|once(?!\s+(?:since|before|in|this|"
                     r"that|all|yet)\b|[.,;])|if)\b|"
                     # "done after" only when someone will be done: "straw-breathing done after iftar" is when an exercise is done
                     r"(?:\b(?:be|are|is|am|were)\s+|['\u2019](?:re|ll be)\s+)(?:done|finished)\s+after\b|\bready to (?:finish|stop|end)\s+after\b|"
                     # ... or after a count of sessions: "otherwise done after the 6th", "done after 12 sessions"
                     r"\b(?:done|finished)\s+after\s+(?:the\s+(?:<DATE_\d+>|\d{1,2}(?:st|nd|rd|th)\b|(?:last|final|\w+(?:th|st|nd|rd))\s+(?:session|visit|group|meeting)\b)|"
                     r"\d{1,2}\s+(?:more\s+)?(?:sessions|visits|groups|meetings|weeks)\b|session\s+\d{1,2}\b)|"
                     r"\bstepping (?:back )?down\b|\bstep (?:back )?down (?:to|when|once)\b|"
                     # a taper in plain words: "we would go to every other week ... and then stop", "cut back to monthly"
                     r"\b(?:go|going|drop|dropping|cut(?:ting)? back|space|spacing) (?:(?:the |our |her |his )?(?:visits|sessions) )?(?:out )?to "
                     r"(?:every other week|bi-?weekly|monthly|every (?:two|2|three|3|four|4) weeks)\b|\b(?:and )?then (?:stop|end)\b|"
                     # a condition's arrow to fewer sessions: "when meltdowns are 1 or fewer a week for 4 wks -> every other week"
                     r"(?:->|\u2192|=>)\s*(?:every other week|bi-?weekly|monthly|every (?:two|2|three|3|four|4) weeks|less often|fewer sessions)\b|"
                     # the episode itself closing on a condition: "Episode closes when PHQ-9 < 10 twice", "the case will close once ..."
                     r"\b(?:episode|case|referral|course|care|services?)(?: of care)? (?:closes|ends|concludes|will (?:close|end|conclude)|is closed)\s+(?:when|once|after|if)\b|"
                     # the end told as the plan's own: "This phase of therapy ends ... once", "We will end when", "D/C to weekly OP when"
                     r"\b(?:(?:this )?(?:phase|course|stage) of (?:therapy|treatment)|therapy|treatment) (?:will |would |can )?(?:end|ends|stop|stops|finish|finishes)\b"
                     r"(?=[^;]{0,80}?\b(?:when|once|after|as soon as)\b)|\b(?:we|I)(?:['\u2019](?:ll|d))? (?:will |would |can )?(?:end|stop|finish)(?: (?:treatment|therapy|services|"
                     r"our work|our sessions|sessions))?(?= (?:when|once|as soon as)\b)|\bd/c (?:to|when|once|after|criteria)\b|"
                     # a program's completion on a condition: "Completion letter to court when all 12 sessions are attended",
                     # "certificate of completion once ..."; a step to less care: "if still >= 12, step to monthly sessions"
                     r"\b(?:completion(?: (?:letter|certificate|notice|report|summary))?|certificate of completion)(?: (?:to|for) (?:the )?[\w ]{1,30}?)? (?:when|once|after|upon)\b|"
                     r"\bsteps? (?:back )?to (?:monthly|bi-?weekly|every other week|maintenance|aftercare|booster)\b|"
                     # "he moves on from the group once ...", "will move on to monthly check-ins when ..."
                     r"\b(?:moves?|moving|will move|can move|ready to move) on (?:from (?:the |this )?(?:group|program|IOP|PHP|treatment|therapy|level)|"
                     r"to (?:monthly|bi-?weekly|every other week|maintenance|aftercare|outpatient|a lower level|check-?ins))\b|"
                     # the condition first, then the finishing: "After session 8 she finishes the group", "Once the workbook
                     # is done, he completes the program", "when all 10 modules are in, they leave the series"
                     r"\b(?:after|once|when|as soon as) [^.;]{3,80}?\b(?:she|he|they|the (?:client|patient|child|teen|member)|we)\s+"
                     r"(?:finish(?:es)?|complete[sd]?|exits?|leaves?|ends?|graduates? from|closes? out)\s+(?:the |his |her |their |our )?"
                     r"(?:group|program(?:me)?|treatment|therapy|course|curriculum|protocol|series|modules?|workbook|episode)\b")
# The care named by its approach, ending on a condition, a hedge allowed: "CBIT can usually end when tics are mild",
# "EMDR will typically conclude once ...", "therapy can generally be stepped down when ...".
_CARE_NAMES = "|".join(("(?-i:%s)" if name in _CASED_MODALITIES else "(?:%s)") % src for name, src in MODALITIES)
_CARE_ENDS = (r"(?:\b(?:treatment|therapy|services|sessions|counsel\w*|group)\b|%s)\s+(?:will|can|may|could|would|should)\s+"
              r"(?:(?:usually|typically|generally|often|likely|probably|then)\s+)?(?:end|conclude|stop|taper|fade|be (?:completed|"
              r"stepped down|closed|tapered))\b(?!\s+(?:early|late|sooner|on time|at \d))(?=[^.;]{0,80}?\b(?:when|once|after|if|as soon as)\b)" % _CARE_NAMES)
DISCHARGE_WORD = _rx(DISCHARGE_WORD.pattern + "|" + _CARE_ENDS)
DISCHARGE_COND = _rx(r"\bwhen\b|\bonce\b|\bafter\b|\bupon\b|\bif\b|\buntil\b|criteria|\bready\b|goals? (?:are |is )?(?:met|achieved)|below|under|<(?![A-Z][A-Z_]*_\d+>)|\u2264|"
                     r"fewer|or less|or better|or more|or (?:lower|higher|greater|above|below)\b|at least|in a row|straight|consecutive|sustained|stable|independent|complet\w+|"
                     r"\b(?:two|three|four|2|3|4) (?:\w+ )?(?:checks|administrations|readings|screens|measurements)\b|"
                     r"\d+\s*(?:weeks?|days?|months?|sessions?)\b")  # "4 weeks", not "20 weekly" (a schedule)
# A criterion or goal put off to later documents nothing yet: "criteria to be set at the 6-month review", "TBD".
DEFERRED = _rx(r"\b(?:to be (?:set|determined|decided|developed|established|discussed|defined|written|finalized|agreed|added|"
               r"completed|reviewed)|TBD|TBA|will be (?:set|determined|established|developed|discussed|defined|written|added)|"
               # the word order of a heading or a note to self: "NOT WRITTEN YET", "not set yet", "not decided as of today"
               r"(?<!has )(?<!have )(?<!been )not (?:written|set|decided|agreed|defined|determined|developed)(?: yet| as of \w+)\b|"
               r"not yet (?:set|determined|established|defined|written|discussed|developed)|(?:has|have) not been (?:set|"
               r"determined|established|defined|written|discussed)|(?:we['\u2019]ll|we will|will) (?:talk|think) about (?:it|that|this))\b")
# A labelled discharge section only holds criteria under these labels ("LOCUS at discharge" is a score).
DISCHARGE_LABEL = _rx(r"^(?:[\w-]+\s+)?(?:discharge|dispo(?:sition)?(?=\s+(?:criteria|requirements))|step[- ]?down|stepping (?:back )?down|transition|termination|exit|completion|graduation|fading|taper(?:ing)?)"
                      r"(?:\s+(?:criteria|plan\w*|readiness|goals?|rules?|agreement|conditions|requirements)\b[^:]*)?(?:\s*\([^)]*\))?$|"
                      r"^(?:discharge|step[- ]?down|transition|graduat\w*|ready to (?:leave|finish|stop|end|graduate|be discharged|step down|move on))\b.*\b(?:when|once|if|after|criteria)$|criteria|expected|anticipated|"
                      # the end asked as a heading, in any language's label beside it: "Criterii de încheiere / When we stop"
                      r"\bwhen (?:we|I|you|she|he|they)(?:['\u2019]ll| will| can)? (?:stop|end|finish|close|be done|wrap up)$|"
                      r"^when to (?:stop|end|finish|wind down|step down|taper|discharge|close)$|^wind(?:ing)?[- ]down$|"
                      # "Done when", "Finished when", "We are done when", "Ready to stop": the end's conditions follow
                      r"^(?:(?:we|she|he|they|you)(?:['\u2019](?:re|ll be)| are| will be) )?(?:done|finished|through|complete) (?:when|once|if)$|"
                      r"^ready to (?:stop|finish|end|leave|graduate|step down|move on)$|"
                      # "When we'd taper", "When she would finish", "End", "Ending of therapy": the end, as a heading
                      r"^when (?:we|I|you|she|he|they)(?:['\u2019]d| would| should) (?:stop|end|finish|taper|step down|wind down|close|be done)$|"
                      r"^(?:the )?end(?:ing)?(?: of (?:care|treatment|therapy|services))?$")
DISCHARGE_PAST = _rx(r"\b(?:after|since|following|post|days? after|weeks? after)\s+(?:(?:her|his|their|the|last|IOP|PHP|hospital|inpatient|"
                     r"residential|RTC|ED|detox|unit)\s+){1,2}discharge\b(?!\s+(?:criteria|when|once|if))|"  # a discharge told as a time: "5 days after IOP discharge"
                     r"\b(?:never|didn't|did not|wouldn't|would not)\s+(?:\w+\s+){0,3}?(?:the\s+)?step[- ]?(?:ped )?down\b|discharge (?:planners?|coordinators?|nurses?|liaisons?|workers?|team|instructions|paperwork|packet)\b|discharged\b|discharges\b|(?:detox|hospital|inpatient) discharges?|discharge\s*(?:date)?\s*[:\-]?\s*(?:\d|<DATE)|(?:at|on) discharge\b|was discharged|since (?:her |his |their )?discharge|post[- ]discharge|discharge summary|discharge (?:date|diagnos\w+|measures|medications)|stepped down from|step[- ]down from|"
                     # a step-down that never happened, counted as history: "three detoxes with no completed step-down"
                     r"\b(?:no|without(?: a| any)?|zero|none with a)\s+(?:completed|successful|finished|sustained)\s+(?:step[- ]?downs?|transitions?|discharges?)\b")

# "until you feel ready to stop": an end with nothing to observe or count.
VAGUE_END = re.compile(r"\b(?:until|when|once) (?:you|she|he|they|we|the (?:client|patient|family|team)|client|pt|patient|family|team)\b(?: \w+){0,2} (?:feel|feels|felt|"
                       r"is|are|decide|decides|agree|agrees|say|says|want|wants)\b(?: \w+)? (?:ready|comfortable|better|done|like stopping|stable)\b|"
                       r"\b(?:is|are) (?:stable|ready|well) enough\b|\b(?:as|when) clinically (?:indicated|appropriate)\b|"
                       # "Dispo: home once stable", "Discharge: when ready to step down": the readiness itself, no sign of it
                       r"\b(?:when|once|until) (?:(?:medically|psychiatrically|clinically|emotionally) )?(?:ready|stable)\b|"
                       # "when medically and psychologically appropriate", "first home pass when appropriate", "as tolerated"
                       r"\b(?:when|once|if|as) (?:(?:medically|clinically|psychologically|therapeutically)(?: and | or |, | ))*(?:appropriate|indicated|tolerated)\b|"
                       # a judgement with no sign of it: "once she's doing better", "when treatment team feels he is ready"
                       r"\b(?:until|when|once|as soon as) (?:(?:the |treatment |care |clinical )*team|(?:the )?(?:client|patient|pt)|she|he|they|we|you)"
                       r"(?:['\u2019]s| is| are| feels?| seems?| gets?| looks?| (?:feels?|thinks?|agrees?|decides?|says?)(?: (?:she|he|they|it|the client))?"
                       r"(?: is| are|['\u2019]s)?)\s+(?:doing\s+|getting\s+|more\s+)?(?:better|stable|ready|improved|well|okay|ok|good|comfortable|safe)\b(?!\s+(?:to|for|with|at|in|on)\b)|"
                       r"\b(?:until|when|once|if) (?:her |his |their |the )?(?:symptoms|attendance|mood|sleep|behavio(?:u)?r|grades|things|school) (?:improves?|picks? up|gets? better|is better|goes? well|settles?|subsides?|resolves?|lessens?|decreases?|stabili[sz]es?)\b", re.I)
