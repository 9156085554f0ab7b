"""Whose words a sentence is: a relative's own first-person statement is about the relative, not the client.

A parent on the phone says "I've been on sertraline since last winter"; a partner in a couples session says
"I did six months of EMDR": their medication and their treatment are not the client's. Three forms are read:
- a collateral note (its title, or a Caller / Informant / Reported by field, names a relative, or a line says
  whose account follows): a first-person quote in it is the informant's;
- a line spoken by a relative ("Mom: I take Zoloft too", "Father (by phone) - my own rehab was in 2019");
- a quote a relative is said to have spoken ('Her husband said, "I was in rehab twice."').
What a relative says about the client ("He refuses school") is about the client and stays.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from assistant.letters.patterns.clinical import _OTHERS
from assistant.letters.patterns.segments import Segment

_RELATIVE = r"(?:%s|guardian|caregiver|carer|foster (?:mother|father|parent)|grandparent)" % _OTHERS
# The client speaking of themself in the first person: "I", "I've", "I'm", "my", "me", "myself".
_FIRST_PERSON = r"(?:I|I['\u2019](?:ve|m|d|ll)|my|me|myself)\b"
_OPEN = "\"\u201c\u2018"
# A line that is a quote in the first person ("- \"I've been on ...\"").
_QUOTE_LINE = re.compile(r"^\W{0,3}[%s]\s*%s" % (_OPEN, _FIRST_PERSON), re.I)
# A line spoken by a relative: "Mom: I ...", "Father (by phone) - my ...", "MOTHER: \"I ...\"".
_SPEAKER_LINE = re.compile(r"^\W{0,3}(?:the\s+|client['\u2019]s\s+|pt['\u2019]s\s+|his\s+|her\s+|their\s+)?%s(?:\s*\([^)]{0,30}\))?"
                           r"\s*[:\u2013\u2014-]\s*[%s]?\s*%s" % (_RELATIVE, _OPEN, _FIRST_PERSON), re.I)
# A quote a relative spoke: 'her husband said, "I ...', "Mom added: 'my ...".
_SAID = re.compile(r"\b%s\b[^.;%s]{0,40}?\b(?:said|says|reports?|reported|stated?|states|told (?:us|me|the \w+)|added|shared|"
                   r"explained|noted|admitted|mentioned|volunteered|disclosed)\b[,:]?\s*[%s]\s*%s"
                   % (_RELATIVE, _OPEN, _OPEN, _FIRST_PERSON), re.I)
# A note that gives a relative's account: a collateral title, a caller field naming a relative, or a line that
# introduces what the relative said ("Mother's account:", "Per dad:").
_COLLATERAL_TITLE = re.compile(r"\bcollateral\b|\b(?:parent|caregiver|guardian)\s+(?:contact|call|consult\w*|interview)\b", re.I)
_CALLER = re.compile(r"^\W*(?:caller|informant|collateral|source|reported by|report from|spoke with|contact(?:ed)? with|"
                     r"history from|interviewed)\b[^:]{0,20}:?[^.]{0,60}\b%s\b" % _RELATIVE, re.I)
_ACCOUNT = re.compile(r"(?:^\W*per\s+%s\s*|\b%s(?:['\u2019]s)?\b[^.:]{0,60}\b(?:account|report|words|concerns|says|reports|"
                      r"describes|said)\b[^.:]{0,40}):\s*$" % (_RELATIVE, _RELATIVE), re.I)


# A relative introduced by name ("her brother Kofi (12)", "mother, <PERSON_3>,", "<PERSON_4> (his wife)"), so a later
# sentence about that name ("Kofi has generalized anxiety and takes fluoxetine") is about the relative.
_NAME = r"(<PERSON_\d+>|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
_NAMED_RELATIVE = re.compile(r"\b%s\s*,?\s*%s|%s\s*\(\s*(?:his|her|their|the client['\u2019]s|pt['\u2019]s)\s+%s\b"
                             % (_RELATIVE, _NAME, _NAME, _RELATIVE), re.I)
_HAS = r"\s+(?:also\s+|too\s+)?(?:has|had|takes|took|is on|was on|has been on|sees|saw|goes to|went to|attends|attended|is in|was in|did|does)\b"


def _relatives_named(segs: Sequence[Segment]) -> set[str]:
    names = set()
    for seg in segs:
        for m in _NAMED_RELATIVE.finditer(seg.text):
            name = m.group(1) or m.group(2)
            if name and name.lower() not in ("the", "and", "who", "has", "is", "was"):
                names.add(name)
    return names


def _about_a_named_relative(text: str, names: set[str]) -> bool:
    return any(re.match(r"^\W*%s%s" % (re.escape(n), _HAS), text) for n in names)


def informant_speech(segs: Sequence[Segment]) -> frozenset[int]:
    """Indexes of the segments that are a relative's first-person statement about themself, or a sentence about a
    relative named earlier ("Kofi has ... and takes fluoxetine" after "her brother Kofi")."""
    out: set[int] = set()
    names = _relatives_named(segs)
    collateral: set[int] = set()
    seen: dict[int, int] = {}
    for i, seg in enumerate(segs):
        place = seen[seg.note_index] = seen.get(seg.note_index, -1) + 1
        if _COLLATERAL_TITLE.search(seg.text[:80]) and place < 3 or _CALLER.search(seg.text) or _ACCOUNT.search(seg.text):
            collateral.add(seg.note_index)
        if _SPEAKER_LINE.search(seg.text) or _SAID.search(seg.text) or _about_a_named_relative(seg.text, names):
            out.add(i)
        elif seg.note_index in collateral and _QUOTE_LINE.search(seg.text):
            out.add(i)
    return frozenset(out)


def own_words(segs: Sequence[Segment]) -> tuple[Segment, ...]:
    """The segments that are not a relative speaking of themself: where the client's own medication and
    treatment history are read."""
    theirs = informant_speech(segs)
    return tuple(s for i, s in enumerate(segs) if i not in theirs)


# A message a relative wrote to the clinician (an e-mail, a letter, a text pasted into the record): signed as the
# relative ("Lorraine (daughter)", "-- Mom", "Love, Dad", "Jake's mom"), sent from one ("From: K. Ortiz (mother)"), or
# speaking of the client as "Mom" / "my son". The writer's own first-person sentences ("I do her shopping", "I know
# she sees you Tuesdays") are the relative's account: never the letter's presentation, plan or schedule.
_HEADER = re.compile(r"^\s*(?:from|sent|to|subject|date|cc)\s*:", re.I | re.M)
_GREETING = re.compile(r"^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^\n]{0,40}|dr\.?\s+\S{1,30}|"
                       r"(?:ms|mrs|mr|mx)\.?\s+\S{1,30})[,!:]?\s*$", re.I | re.M)
_SIGNED_AS = re.compile(r"(?:\(\s*(?:(?:his|her|their|the client['\u2019]s|\w+['\u2019]s)\s+)?%s\s*\)|^\W*(?:love|thanks|thank you|"
                        r"best|sincerely|regards|cheers)?[,\s-]*(?:(?:his|her|their|\w+['\u2019]s)\s+)?%s\W*$|"
                        r"\b(?:his|her|their|\w+['\u2019]s)\s+%s\W*$)" % (_RELATIVE, _RELATIVE, _RELATIVE), re.I | re.M)
_FROM_RELATIVE = re.compile(r"^\s*from\s*:[^\n]*\(\s*(?:(?:his|her|their|the client['\u2019]s)\s+)?%s\s*\)" % _RELATIVE, re.I | re.M)
_CLIENT_AS_KIN = re.compile(r"(?i:\b(?:mom|mum|dad|grandma|grandpa)\b)(?=['\u2019]s\b|\s+(?:is really|has|had|is|was|won['\u2019]?t|can['\u2019]?t|"
                            r"doesn['\u2019]?t|keeps|says|said|called|calls|will|would|needs|went))|"
                            r"(?i:\b(?:my|our) (?:son|daughter|mother|father|mom|mum|dad|wife|husband|child|kid|grandson|"
                            r"granddaughter|grandmother|grandfather)\b)")
_CREDENTIAL = re.compile(r"\b(?:LPC|LPCC|LCSW|LICSW|LMSW|LMFT|LMHC|LCPC|PsyD|PhD|MD|DO|PMHNP|NP|APRN|RN|BCBA|OTR/L|CCC-SLP|MSW|"
                         r"LSW|LCADC|CADC|LADC)\b")
_ME = re.compile(r"\b(?:I|I['\u2019](?:ve|m|d|ll)|my|me|myself|we|our|us)\b")


def relative_message(note: str) -> bool:
    """A message the client's relative wrote to the clinician (see above)."""
    lines = [ln for ln in note.strip().splitlines() if ln.strip()]
    shaped = len(_HEADER.findall("\n".join(lines[:8]))) >= 2 or bool(_GREETING.search("\n".join(lines[:6])))
    if not shaped:
        return False
    tail = "\n".join(lines[-4:])
    sender = "\n".join(ln for ln in lines[:8] if re.match(r"\s*from\s*:", ln, re.I))
    if _CREDENTIAL.search(tail) or _CREDENTIAL.search(sender):
        return False  # a colleague's letter or memo about "Mom" and "his dad" is a clinician's, not a relative's
    return bool(_SIGNED_AS.search(tail) or _FROM_RELATIVE.search("\n".join(lines[:8]))
                or _client_is_kin(note) and not re.search(r"(?im)^\s*(?:client|patient|pt|member)\s*:", note))


def _client_is_kin(note: str) -> bool:
    """The writer speaks of the client as their parent or child ("whether mom is really doing less", "my son"): for
    "mom" or "dad", only when the message's pronouns are that parent's (a teacher's "Mom says he ..." is about a boy)."""
    hits = [m.group(0).lower() for m in _CLIENT_AS_KIN.finditer(note)]
    if any(h.startswith(("my ", "our ")) for h in hits):
        return True
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", note, re.I))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", note, re.I))
    return any(h in ("mom", "mum", "grandma") and she > he or h in ("dad", "grandpa") and he > she for h in hits)


def relative_voice(segs: Sequence[Segment], notes: Sequence[str]) -> tuple[Segment, ...]:
    """The segments with a relative's own first-person sentences (in a relative's message) given the kind
    "relative": read as evidence of what the relative sees, never as the clinician's presentation or plan."""
    theirs = {i for i, note in enumerate(notes) if relative_message(note)}
    if not theirs:
        return tuple(segs)
    return tuple(replace(s, kind="relative") if s.note_index in theirs and _ME.search(s.text) else s for s in segs)


# A document the client wrote (a notice, a letter, a journal page pasted into the record): most of its sentences speak
# as "I" and it carries no clinician's labels or credentials. Like a relative's message, it is their account.
_CLINICAL_LABEL = re.compile(r"(?im)^[^\w\n]*+(?:assessment|plan|subjective|objective|dx|diagnosis|risk|mse|interventions?|"
                             r"response|goals?|s|o|a|p)[ \t]*+:")  # a label on its own line (one pass over blank lines)
_I_SENTENCE = re.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|my|me)\b")


def clients_own_document(note: str) -> bool:
    """A note written by the client in the first person (see above)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", note) if len(s.split()) >= 3]
    if len(sentences) < 3 or _CLINICAL_LABEL.search(note) or _CREDENTIAL.search(note):
        return False
    return sum(bool(_I_SENTENCE.search(s)) for s in sentences) * 2 > len(sentences)


# A document written to the client (a pharmacist's to-do list, a program's welcome letter, a discharge handout): its
# sentences speak to "you". It tells what the client was told, not the clinician's picture of the client.
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,200}[\"\u201d]")


def addressed_to_client(note: str) -> bool:
    """Most of a note's sentences (outside quotation marks) speak to "you"."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", _QUOTED.sub(" ", note)) if len(s.split()) >= 3]
    spoken_to = sum(bool(_YOU.search(s)) for s in sentences)
    return spoken_to >= 4 and spoken_to * 3 >= len(sentences)


# A laboratory's report pasted as a note: its lines are results and method, not the clinician's picture of the client.
_LAB_REPORT_WORDS = re.compile(r"\b(?:laborator(?:y|ies)|specimen|accession|collected|cut-?off|analytes?|reference range|method|"
                               r"LC-MS/MS|GC-MS|immunoassay|ordering (?:provider|clinician)?)\b", re.I)


def lab_report(note: str) -> bool:
    """Four or more of a lab report's own words ("specimen", "accession", "cutoff", "analyte") in one note."""
    return len({m.group(0).lower() for m in _LAB_REPORT_WORDS.finditer(note)}) >= 4


# A medical procedure's record pasted as a note (a nerve block, an infusion, a dental or surgical procedure): its lines
# are consent, technique and vital signs, not the clinician's picture of the client nor the therapy plan.
_PROCEDURE_WORDS = re.compile(r"\b(?:procedure|technique|consent(?:ed)?|needle|an(?:a)?esthe\w+|sedation|aspiration|incision|"
                              r"ultrasound[- ]guided|fluoroscop\w+|pre-?op|post-?op|estimated blood loss|complications?|"
                              r"tolerated (?:the )?procedure|injectate|gauge|\d+G\b|lidocaine|ropivacaine|bupivacaine|suture\w*)\b", re.I)


def procedure_record(note: str) -> bool:
    """Five or more of a procedure note's own words ("procedure", "technique", "needle", "anesthetic") in one note."""
    return len({m.group(0).lower() for m in _PROCEDURE_WORDS.finditer(note)}) >= 5


# Another agency's service plan: a vocational rehabilitation IPE, a school's IEP or 504 plan, a court's or probation's
# case plan. Its goals, services and schedules are that agency's, never the clinician's treatment plan.
_AGENCY_PLAN_WORDS = re.compile(r"\b(?:individuali[sz]ed plan for employment|IPE|vocational rehabilitation|VR counselor|employment goal|"
                                r"comparable benefits?|consumer responsibilities|individuali[sz]ed education(?:al)? program|IEP|"
                                r"annual goal|present levels|504 plan|section 504|case plan|probation officer|conditions of probation|"
                                r"service plan|care coordination plan)\b", re.I)


def agency_plan(note: str) -> bool:
    """Three or more of an agency plan's own words in one note."""
    return len({m.group(0).lower() for m in _AGENCY_PLAN_WORDS.finditer(note)}) >= 3


def others_record(note: str) -> bool:
    """A laboratory's report, a medical procedure's record or another agency's service plan: not the clinician's
    account."""
    return lab_report(note) or procedure_record(note) or agency_plan(note)


def others_first_person(notes: Sequence[str]) -> set[int]:
    """The notes written by someone who is neither the clinician nor the client (a teacher's day note, a coach's
    message, a supervisor's shift report) when a clinician's record is also in the case: their "I" is that writer, and
    a sentence of theirs said as "I" would read as the clinician's own in the letter."""
    if not any(clinicians_record(n) for n in notes):
        return set()
    return {i for i, n in enumerate(notes) if not clinicians_record(n) and not clients_own_document(n)}


def in_clients_words(text: str, note: str) -> str:
    """A first-person sentence of the client's own document, quoted as the client's words in a clinician's letter
    ("In April I spent eleven days ..." -> 'The client wrote: "In April I spent eleven days ..."')."""
    if not _I_SENTENCE.search(text) or text.startswith("The client wrote") or not _own_document(note):
        return text
    return 'The client wrote: "%s"' % text.strip().replace('"', "'")


@lru_cache(maxsize=64)
def _own_document(note: str) -> bool:
    return clients_own_document(note)


# A clinician's record: a label of a clinical note on its own line, a clinician's credential, a diagnosis or
# psychotherapy code, or the heading of a clinical document. A workplace's, school's or agency's report has none.
_CLINICAL_MARK = re.compile(r"\bF\d\d(?:\.\d{1,2})?\b|\b90(?:79[12]|8[3-5]\d)\b|\b(?:progress note|session note|intake|"
                            r"treatment plan|mental status|presenting problem|chief complaint|psychotherapy)\b", re.I)


def clinicians_record(note: str) -> bool:
    """A note a clinician wrote (see above); a credential on a message's "To:" or greeting line is its reader's."""
    own = _ADDRESSEE_LINE.sub("", note)
    return bool(_CLINICAL_LABEL.search(own) or _CREDENTIAL.search(own) or _CLINICAL_MARK.search(own))


_ADDRESSEE_LINE = re.compile(r"(?im)^\s*(?:to|cc|attn|dear|hi|hello|hey)\b[^\n]*$")

