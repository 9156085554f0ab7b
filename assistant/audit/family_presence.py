"""Who attended a family psychotherapy session, as its note tells it: the attendance field, the people named with the
client's relatives, the client named as present or absent (family_attendance_missing, family_presence_mismatch).

The plan's and the goals' words are about sessions to come ("weekly sessions alternating family and parent-only"), so
they never say who came to this one.
"""

from __future__ import annotations

import re

from assistant.audit.catalog import cue
from assistant.audit.client_name import called_by
from assistant.audit.reading import CaseView, NoteView

# the label may be a later field of a header laid out in columns: "Family: Ng          Child: Ari, age 6"
# (a column gap is tried from its first character and taken whole: three or more spaces, or any run with a tab)
_NAMED_CLIENT = re.compile(r"(?:^|(?<!\s)(?=\s{3}|\s*?\t)\s++|\|)\s*+(?i:client|patient|name|member|beneficiary|student|identified (?:patient|client|youth|child|minor)|child|youth)\s*+(?i:name)?\s*+[:\-]\s*+"
                           # "Jaylen T. Pruitt (15)", "Kayden Farrow (IP)": the given name before the bracket
                           r"([A-Z][a-z'-]+)|\b([A-Z][a-z'-]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+(?:-?[A-Z][a-z']+)*)?\s*\((?:the\s+)?(?:client|patient|IP|identified patient|"
                           r"age \d|\d{1,2}\s*(?:y/?o|yo|years?|\))|[A-TV-Z]\d{2}\.)|"
                           # the diagnosis line names whose it is: "Dx (Priya): F41.1 ...", "Diagnosis for Sam: F43.23"
                           r"\b(?i:dx|diagnos[ie]s)\s*+(?:\(\s*+|(?i:for)\s++)([A-Z][a-z'-]+)\s*+\)?\s*+:", re.M)
# "Parents met without Jayden present": a named person absent from a family session is the client.
_NAMED_ABSENT = re.compile(r"\bwithout\s+([A-Z][a-z'-]+)\s+(?:present|in the room|in session|attending|there)\b")

# A family code with its descriptor in brackets or after a dash: "90846 (family psychotherapy w/o patient)".
_DESCRIPTOR = re.compile(r"\b9084[67]\s*(?:\([^()]*\)|[-\u2013\u2014:]\s*family (?:psycho)?therapy[^;.|]*?(?=$|[;.|]|\s{3,}))", re.I)
_TITLE = re.compile(r"\b(?:session|therapy|psychotherapy|note|conjoint)\b", re.I)
# up to ten words may come between ("Riley rode over with the family but would not come in")
_NAME_ABSENT = re.compile(r"\s*+[-\u2013\u2014:]\s*+(?:absent|not present|did not attend|no[- ]show)\b|\s++(?:(?:[\w:\'\u2019]+,?|\([^()\n]{0,40}\))\s++){0,10}?"
                          # an aside in brackets may come between, and the clause may go on after a dash with the client as
                          # "she"/"he"/"they": "Chiamaka abịaghị -- she did not come", "Kiri (ʻaʻole) -- they refused to come in"
                          r"(?:[-\u2013\u2014]{1,2}\s*+(?:(?:she|he|they|xe|ze)\s++)?)?(?:(?:did|could|would) not (?:attend|join|come|participate|take part|make it)|(?:couldn|didn)[\'\u2019]t (?:come|attend|join|make it)|was unable to (?:come|attend|join|make it)|was not (?:present|in attendance|there)|"
                          r"not present|absent|declined to (?:attend|join)|was at |"
                          # somewhere else, or would not set out: "stayed at his aunt's", "refused to get in the car"
                          r"(?:stayed|remained) (?:home|behind|in the car|(?:over )?at (?:home|school|work|(?:his|her|their|a|the) [\w-]+[\'\u2019]s?\b|"
                          r"(?:his|her|their) (?:house|home|dad|mom|father|mother|friend|aunt|uncle|grand\w+|cousin)))|"
                          r"(?:refused|declined) to (?:come|attend|join|participate|take part|get in|get out|leave|go)|"
                          r"would not (?:come|join|get in|get out|leave)|waited (?:in the car|outside))", re.I)
# The client named with where they were instead: "Ari at school aftercare", "Ari stayed in the waiting room with staff"
# (right after the name: "Ari had a hard day at school" says nothing about the session). "to" needs a verb of the
# client's own going: in "will drive Ari to school" the name is where someone else takes them, not where they were.
_NAME_ELSEWHERE = re.compile(r",?\s++(?:(?:(?:was|is|stayed|remained|waited|sat|played|went)\s++)?(?:at|in)|(?:went|had gone|was sent|left(?: early)? for|headed|ran off)\s++to)\s++(?:the\s++)?"
                             r"(?:school|after-?school|(?:school\s++)?after-?care|day\s?care|work|camp|practice|"
                             r"waiting (?:room|area)|lobby|reception(?: area)?|hall(?:way)?|playroom)\b", re.I)
# ... unless the clause goes on to bring them in: "Ari in the waiting room at first, joined for the last 15 minutes"
_JOINED_LATER = re.compile(r"\b(?:joined|came in|brought in|was brought|rejoined)\b", re.I)
# ... or the place is a habit or a goal, not this session: "Amara at school every day", "Ari in class 5 of 5 days by May"
_HABIT = re.compile(r"\b(?:every|each|daily|most|all|days? a week|\d+\s*(?:of\s*\d+|days?|x)|by|goal|target|again|consistently|"
                    r"on (?:mon|tues|wednes|thurs|fri|satur|sun|week)days|on weekends|(?:mornings|afternoons|evenings|weeknights)\b)\b", re.I)
_NAME_PRESENT = re.compile(r"\s*+[-\u2013\u2014:]\s*+(?:present|attended)\b|\s*+\(?\s*+(?:\w+\s++){0,2}?(?:joined|attended|was present|"
                           r"participated|came in|was seen|sat in)\b", re.I)


# One person named as the only one seen: "Met with Tamsin alone", "Session with Dana only", "Only Luis came", "Rosa
# attended alone". When that person is not the client, the client was not there; either way it says who attended.
_NAMED_ALONE = re.compile(r"\b(?i:met|meeting|session|seen|saw|worked|spoke)\s+(?:\w+\s+){0,2}?(?i:with)\s+([A-Z][a-z'-]+)\s+(?i:alone|only)\b|"
                          r"\b(?i:only)\s+([A-Z][a-z'-]+)\s+(?i:came|attended|arrived|showed(?: up)?|joined|was present|was seen)\b|"
                          r"\b([A-Z][a-z'-]+)\s+(?i:came|attended|arrived|was seen)\s+(?i:alone)\b")


def _alone(note: NoteView) -> tuple[str, str]:
    """(the one person named as seen alone, the sentence), or ('', '')."""
    for s in note.sentences:
        m = _NAMED_ALONE.search(s.text)
        if m and not cue("relation").fullmatch(who := next(g for g in m.groups() if g)):
            return who, s.text
    return "", ""


# The people in the room named in a list after a start: "Started 6:00 PM with Rafael and Sunniva".
_NAMES_WITH = re.compile(r"\b(?i:started|began|opened|met|session|seen)\b[^.;]{0,30}\bwith\s+[A-Z][a-z'-]+(?:,\s+[A-Z][a-z'-]+)*,?\s+and\s+[A-Z][a-z'-]+")


def _client_name(note: NoteView) -> str:
    if chosen := called_by(note.text):
        return chosen  # "Client: Lê Ngọc Vy" with "coached Vy ...": the name the note calls the client by
    m = _NAMED_CLIENT.search(note.text)
    return next((g for g in m.groups() if g), "") if m else ""


# A heading alone on its line ("Participants:", an empty <Participants/> element) names who came only when a line of
# content follows it, not another empty field.
_BARE_HEADING = re.compile(r"^[^:]{0,40}:?\s*$")
_NEXT_HEADING = re.compile(r"^[A-Z][A-Za-z]+(?: [A-Za-z]+)?\s*(?::.*)?$")


def _heading_over_nothing(lines: list[str], label: str) -> bool:
    """ "Participants" with the next field ("Measures", "Interventions: ...") under it: an empty field, nobody listed."""
    if not _BARE_HEADING.match(label) or label not in lines:
        return False
    at = lines.index(label)
    if at + 1 >= len(lines):
        return True
    nxt = lines[at + 1]
    return bool(_NEXT_HEADING.match(nxt)) and not cue("relation").search(nxt) and not re.search(r"\b(?:client|patient|youth|child|teen)\b", nxt, re.I)


def attendance(note: NoteView) -> str:
    """The sentence or line that says who attended, or ''."""
    label = note.has_field("attendance_label")
    if label and not _heading_over_nothing(note.lines, label):
        return label
    if _alone(note)[1]:
        return _alone(note)[1]  # "Met with Tamsin alone"
    relation, verb = cue("relation"), cue("attendance_verb")
    for s in note.sentences:
        if _NAMES_WITH.search(s.text) or cue("attendance_both").search(s.text) or cue("attendance_list").search(s.text):
            return s.text  # "Started 6:00 PM with Rafael and Sunniva", "Both present, 6:00-6:58 PM"
        for m in relation.finditer(s.text):
            window = s.text[max(0, m.start() - 60):m.end() + 60]
            if verb.search(window):
                return s.text
    return ""


# The plan's and the goals' sections schedule sessions to come: "weekly, alternating family and parent-only sessions".
_AHEAD = ("plan", "goals")


def client_attended(note: NoteView, case: CaseView | None = None) -> tuple[bool | None, str]:
    """(True, quote) when the note says the client took part, (False, quote) when not, (None, '') when silent. A
    family note that never names the client ("Family session - Pruitt household") takes the name the case's other
    notes give."""
    name = _client_name(note) or next((n for n in (_client_name(o) for o in (case.notes if case else ())) if n), "")
    told = [s for s in note.sentences if s.kind not in _AHEAD]
    if name:  # the client by name is the most specific: "Caleb joined for the last 20 minutes", "Tyler did not attend"
        for s in told:
            for m in re.finditer(r"\b%s\b" % re.escape(name), s.text):
                tail = re.split(r"[.;]", s.text[m.end():m.end() + 80])[0]  # the rest of the clause about the client
                if _NAME_PRESENT.match(tail):
                    return True, s.text
                if _NAME_ABSENT.match(tail) or (_NAME_ELSEWHERE.match(tail) and not _JOINED_LATER.search(tail) and not _HABIT.search(tail)):
                    # "waited in the lobby; at 4:30 her parents asked her to come in": brought in later in the sentence
                    rest = s.text[m.end():]
                    said = cue("came_in_pronoun").search(rest)
                    return bool(cue("joined_later").search(rest) or said and not cue("relation").search(rest[:said.start()])), s.text
    alone, said = _alone(note)
    if name and alone:
        return alone == name, said  # "Met with Tamsin alone": the client, Wendell, was not there
    # The header title restates the code ("Family session without patient"), and so does a code's descriptor on the
    # billing line ("Billed: 90846 (family psychotherapy without patient)"): the body decides.
    body = [(s.text, _DESCRIPTOR.sub(" ", s.text)) for s in told
            if not (s.line == note.lines[0] and _TITLE.search(s.line))]
    absent = next((s for s, t in body if cue("client_absent").search(t)), None) or next(
        (s for s, t in body if _NAMED_ABSENT.search(t)
         and not cue("relation").fullmatch(_NAMED_ABSENT.search(t).group(1))), None)
    if absent:
        return False, absent
    present = next((s for s, t in body if cue("client_present").search(t)), None)
    # "family psychotherapy without the patient present (90846)": the code's own name, not who came
    if present and not re.search(r"(?:\b(?:not|never|no|without)\b|\bw/o)[^.;]{0,25}\bpresent", present, re.I):
        return True, present
    label = note.has_field("attendance_label")
    # "Present: mother only (Ari at a swim meet)": who is named in brackets is not among those listed as present
    listed = re.sub(r"\([^()]*\)", " ", label.split(":", 1)[-1])
    if label and not re.search(r":\s*\S", label):
        listed = _listed_under(note, label)  # a heading over a list or a seating chart: the people drawn in it were there
    # "Attendance: his wife only. Sam texted that ...": a closed list (its own sentence) without the client
    first = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])|;", listed)[0]
    if label and name and re.search(r"\b(?:only|alone)\b", first, re.I) and name not in first \
            and not cue("client_ref").search(first):
        return False, label
    if label and (cue("client_ref").search(listed) or (name and name in listed)):
        return True, label
    return None, ""


def _listed_under(note: NoteView, heading: str) -> str:
    """The lines under a heading up to the first blank line ("Who sat where:" over a drawn chart of the room)."""
    lines = note.text.splitlines()
    at = next((i for i, ln in enumerate(lines) if ln.strip() == heading), None)
    if at is None:
        return ""
    block = []
    for ln in lines[at + 1:at + 16]:
        if not ln.strip():
            break
        block.append(ln)
    return " ".join(block)
