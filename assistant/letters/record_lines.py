"""Lines of a note that belong to the record's paperwork, not to the clinical picture a letter summarizes: who and
what (identity, staff, file and routing lines), a document's title, a form's instructions and prompts, a table's
row markup, a device's settings, and chat asides. The letter's narrative sections leave them out."""
from __future__ import annotations

import re

_ADMIN_SENTENCE = re.compile(r"\b(?:date of birth|DOB|member (?:number|id|#)|MRN|please transcribe|end of dictation|dictation|"
                             r"exported (?:from|by|on)|generated (?:on|by|from)|shared (?:on )?<DATE_\d+>|record_type|printed on|signatures? (?:on file|obtained|"
                             r"of (?:all )?(?:team|committee) members)|signed by (?:all|each|both))\b|"
                             r"<(?:MEMBER_ID|ID|MRN|PHONE|EMAIL|ADDRESS|NPI)_\d+>|"
                             # chat asides and notes to staff ("pretty fuzzy lol", "fill out BEFORE billing!!")
                             r"\b(?:lol|lmao|haha+|tbh|ugh|omg|idk|smh)\b|!!|\?\?|\bfill (?:this |it )?out\b|"
                             # the writer's note to self: "need to write this up better before sending", "need to check with billing"
                             r"\b(?:write|type|clean) (?:this|it) up\b|\bbefore (?:I )?send(?:ing)?\b|\bneed to (?:add|write|fix|check|look up|ask)\b|"
                             # a message's greeting to its readers: "Hi all -- agenda pasted below", "Hello team,"
                             r"^\W*(?:hi|hello|hey|dear)\s+(?:all|everyone|team|folks|there|both|y'all)\b", re.I)
# A document's title with a dash after its name in capitals: "RIVERSIDE PHP -- exit slips (typed from the cards)".
_DASHED_TITLE = re.compile(r"^(?:<[A-Z]+_\d+>|[A-Z][A-Z0-9&'/]+)(?:\s+(?:<[A-Z]+_\d+>|[A-Z][A-Z0-9&'/]+))*\s+(?:--|\u2013|\u2014|~)\s")
# A document's title opens a line written in mixed case: three or more words in capitals ("INTAKE PACKET - UNITS
# WORKSHEET (fill in ...) Clinician: ...") with one word of five letters or more, so that a run of abbreviations
# ("SI HI AVH denied") is no title; a note typed all in capitals is not a title either.
_TITLE_OPENING = re.compile(r"^(?=[^a-z]*[A-Z]{5})(?:[A-Z][A-Z0-9/&'-]*[ \t]+(?:[-\u2013\u2014:|][ \t]+)?){2,}[A-Z][A-Z0-9/&'-]*\b(?![a-z])")
# Who the record is about or by, and where it came from: "Client: ...", "Psychologist: ...", "Sponsor: ...",
# "File: 2025-08-21_session.srt", "From: ...".
IDENTITY_LINE = re.compile(r"^\s*(?:client|patient|member|child|name|clinician|therapist|provider|dob|date of birth|"
                           r"psychologist|psychiatrist|counselor|evaluator|examiner|supervisor|intern|pcp|pediatrician|"
                           r"sponsor|nurse|author|typed by|transcribed by|caregivers?|parents?|guardian|subscriber|referred by|"
                           # a device's settings: "Protocol: 10 Hz L-DLPFC, 3000 pulses", "Coil: figure-8"
                           r"protocol|settings|parameters|coil|device|equipment|"
                           r"insurance|payer|re)\b[^:]{0,30}:|"
                           r"^\s*(?:np|pa|rn|file(?: ?name)?|source|attachments?|from|to|cc|sent|subject|required|optional|attendees|"
                           r"invitees|organi[sz]er)\s*:", re.I)
# A form speaking to whoever fills it in: "Choose the number that best describes ...", "Circle one", "Step 2:
# Internal coping strategies - things I can do ...:" (a prompt that ends in a colon).
_FORM_PROMPT = re.compile(r"^\W*(?:please\s+)?(?:choose|circle|check|mark|tick|select|rate|list|describe|write)\s+(?:the|one|each|all|a|"
                          r"any|below|here|how|what|yes|your)\b|\bplease (?:answer|complete|rate|indicate)\b|"
                          r"\bthe (?:following|statements|questions|items) (?:below )?(?:statements|questions|items|refer|ask)\b|:\s*$|"
                          # a form's own notice and instructions: "This form contains information relating to ...", "Tell
                          # us how the injury occurred", "[ ] Check if time cannot be determined"
                          r"\btell us (?:how|what|about|why|when|where|who)\b|\bthis (?:form|document|report|notice|page) (?:contains|is "
                          r"(?:confidential|intended|to be|required)|must|may not|should)\b|\[\s*\]\s*check if\b", re.I)


# A form's logistics, not the clinical picture: a school trip's, an appointment card's or a bill's own fields.
_LOGISTICS = re.compile(r"^\s*(?:trip|field trip|transportation|transport|lunch|cost|fee|price|destination|departure|leave|return|"
                        r"pick-?up|drop-?off|parking|directions|what to bring|dress code|chaperones?|payment|amount due|balance due|"
                        r"room|location|venue|time|arrival)\s*:", re.I)
# A form's option with its check box ("[ ] My child may attend", "[X] may NOT attend", "☐ Yes"): a choice, not a story.
FORM_OPTION = re.compile(r"^\s*(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[\u2610\u2611\u2612\u25a1\u25a0])")


# A form's furniture: answer boxes beside yes/no, rule lines, a signature line, an office-use block ("Yes [ ] No If
# yes, explain: ... Member signature: ... CREDIT UNION USE ONLY ------").
_FORM_FURNITURE = re.compile(r"\[\s*[xX\u2713\u2714]?\s*\]\s*(?:yes|no)\b|\b(?:yes|no)\s*\[\s*[xX\u2713\u2714]?\s*\]|[\u2610\u2611\u2612]|-{6,}|_{6,}|"
                             r"\w\s*\.{5,}\s*\w|"  # a leader between a form's field and its value ("Time of event ........ 10:52 AM")
                             r"\b(?:member|patient|client|applicant|employee|cardholder|claimant)(?:'s)? signature\b|\b(?:office|official|[a-z]+ [a-z]+) use only\b", re.I)


# The writer's own remarks about the paperwork, never the client's picture: a deadline for the appeal ("want the appeal in
# before the 15th"), a concession to the payer ("they're right that ..."), an admission about the record ("I never gave
# him any rating scales"), and a reason to do something for the file's sake ("so there's something to show").
WRITER_ASIDE = re.compile(r"\b(?:want|need|have|got|must)\s+(?:to\s+)?(?:get\s+)?(?:the|this|my|our)\s+(?:appeal|letter|request|auth\w*|"
                          r"resubmission|paperwork|packet|claim)\s+(?:in|out|done|sent|filed|submitted|finished)\b|"
                          r"\b(?:they|the (?:plan|payer|reviewer|insurer|denial))(?:['\u2019]re| are| were| is|['\u2019]s)\s+(?:right|correct|not wrong|fair)\b|"
                          r"\bso (?:that )?(?:there['\u2019]s|there is|we have|I have|we['\u2019]ve got|we can show) something\b|"
                          r"\bI (?:never|forgot to|didn['\u2019]t|did not|haven['\u2019]t|have not)\s+(?:\w+\s+){0,3}?(?:rating scales?|"
                          r"(?:outcome )?measures?|questionnaires?|screeners?|scales?)\b", re.I)


# A record's line of several fields ("Finished audio: 9.5 min (target 40 min) Pickups flagged: 31 Retakes: 58").
_FIELD_RUN = re.compile(r"(?:^|\s)[A-Z][A-Za-z/ ]{0,20}:\s+\S")


def paperwork(text: str) -> bool:
    """A line of the record's paperwork rather than of the clinical picture."""
    return len(_FIELD_RUN.findall(text)) >= 3 or bool(IDENTITY_LINE.match(text) or _ADMIN_SENTENCE.search(text) or WRITER_ASIDE.search(text) or _FORM_PROMPT.search(text) or _LOGISTICS.match(text)
                or _FORM_FURNITURE.search(text)
                or _TITLE_OPENING.match(text) and text != text.upper() or text.count("|") >= 3 or _DASHED_TITLE.match(text))


def caps_heading(text: str, note: str) -> bool:
    """A short line all in capitals in a note written in mixed case ("NOTICE OF MEMBERSHIP SUSPENSION", "INCIDENT
    REPORT - EVENING PROGRAM"): a heading or a document's title, never a sentence of the picture."""
    letters = re.sub(r"<[A-Z_]+\d*>|[^A-Za-z]", "", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    lower = sum(c.islower() for c in note)
    return len(letters) >= 6 and letters.isupper() and 2 <= len(words) <= 12 and lower > sum(c.isupper() for c in note)


def document_title(text: str) -> bool:
    """A document's title ("IOP CLINICAL SUMMARY FOR APPEAL (concurrent denial) 12/31/2025"), not a sentence of it."""
    return bool(_TITLE_OPENING.match(text) and text != text.upper() or _DASHED_TITLE.match(text))
