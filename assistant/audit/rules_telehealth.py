"""Telehealth rules: place of service and modifier, audio-only modifier, the client's location, consent."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import per_note
from assistant.audit.reading import CaseView, NoteView, Sentence, line_fields
from assistant.audit.time_forms import table_cells

# A clause about the consent form or a policy, or about what the client would like later, is not this session.
# Paperwork about telehealth, not a session held by it ("a recording kept per practice policy" says nothing of that).
_PAPERWORK = re.compile(r"\bconsent\w*|\bforms?\b|\b(?:telehealth|video|virtual|phone|telephone|remote) (?:\w+ )?policy\b|"
                        r"\bpolicy (?:on|for|about) (?:telehealth|video|virtual|phone)\b|\bagreement\b", re.I)
_LATER = re.compile(r"would (?:like|prefer)|\bprefers?\b|\bwants? (?:to (?:switch|move|do|have|meet|try|use|continue)|(?:video|phone|telehealth|virtual))|\brequested\b|interested in|follow-?ups?\b|"
                    r"from now on|in person or|or by (?:video|phone)|as needed|\bmay\b|\bcan\b|\bif\b|"
                    r"\bagree[sd]? to\b|\bopen to\b|\bon (?:days|weeks) (?:when|that|he|she|they)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|no|never|without|declined|refused|instead of|rather than)\s+(?:[\w-]+\s+){0,2}$", re.I)


# A verb of checking with or reaching someone right before "by phone": a call inside an in-person session; or someone
# who can be reached that way ("the site nurse remains available by phone"), which says nothing of how the session ran.
_THIRD_PARTY_CALL = re.compile(r"\b(?:confirm(?:ed|s)?|verif(?:ied|ies|y)|reached|contacted|consulted|conferred|coordinated|"
                               r"checked in|spoke|talked|updated|notified|informed|called|available|reachable|contactable|"
                               r"on call|on standby|standing by)\b(?:\s+(?:with|to|in))?(?:\s+[\w'-]+){0,3}\s*$", re.I)
_AHEAD = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:follow[- ]?up|f/u|next (?:session|appt|appointment|visit|contact)|scheduled|"
                    r"disposition|plan)\b", re.I)


def _is_session_cue(sentence: Sentence, m: re.Match[str], strong: bool) -> bool:
    """A telehealth word that describes this session (not an offer, a form, an earlier session, a call)."""
    before = sentence.text[max(0, m.start() - 40):m.start()]
    if _NEGATED.search(before) or re.search(r"[\[(][ _]?[\])]\s*$|[\u2610]\s*$", before):
        return False  # "[ ] Telehealth": a box left empty says the session was not by video
    if _AHEAD.match(sentence.text):
        return False  # "Follow-up in person 02/06 10:00; phone check-in 09:00": contact still to come
    if not strong and _THIRD_PARTY_CALL.search(before):
        return False  # "(Carla confirmed by phone during the session)": someone else reached by phone, not the session
    if cue("remote_interpreter").search(before):
        return False  # "Portuguese interpreter by phone for Mom's part": the interpreter's line, not the session's
    clause = re.split(r"[;]|\.\s", sentence.text)
    here = next((c for c in clause if m.group(0) in c), sentence.text)
    if _PAPERWORK.search(here) or _LATER.search(here) or cue("booked_ahead").search(here):
        return False
    if cue("not_this_session").search(here) and not cue("session_words").search(
            cue("not_this_session").sub(" ", here)):
        return False
    if re.search(r"\b(?:last|previous|prior|next|future|upcoming)\s+(?:\w+\s+)?(?:session|visit|appointment)",
                 here, re.I):
        return False
    return strong or bool(cue("session_words").search(here))


def _in_person_header(note: NoteView) -> bool:
    head = " ".join(note.lines[:3])
    return bool(cue("in_person").search(head)) and not cue("telehealth_strong").search(head) \
        and not cue("audio_only").search(head)


@lru_cache(maxsize=1024)
def telehealth_kind(note: NoteView) -> tuple[str, str]:
    """('video' | 'audio' | '', quote): how this session was held, as the note tells it."""
    if _in_person_header(note):  # "in office" in the header: telehealth words below are about other sessions
        return "", ""
    audio = video = None
    for s in (*_headings(note), *note.sentences):
        for m in cue("audio_only").finditer(s.text):
            strong = not re.match(r"(?:via|by|over|on)\b", m.group(0), re.I)
            if audio is None and _is_session_cue(s, m, strong):
                audio = s
        for m in cue("telehealth_strong").finditer(s.text):
            if video is None and _is_session_cue(s, m, True):
                video = s
    if audio is not None:
        return "audio", audio.text
    if video is not None:
        return "video", video.text
    return _header_modality(note)


# A rule drawn across the page ("-----", "=====") under a banner pasted above the note (a calendar line, a letterhead).
_RULE_LINE = re.compile(r"^[-=_~*\u2500\u2014]{5,}$")


def _heading_lines(lines: list[str]) -> list[str]:
    """The first three lines, and the three after a rule drawn within the first six lines: a banner of a few lines
    ("Ramadan 10, 1447 - Friday 27 February", "Iftar 5:58 pm") may sit above the note's own title, set off by the rule."""
    rule = next((i for i, ln in enumerate(lines[:6]) if _RULE_LINE.match(ln)), None)
    return lines[:3] + (lines[rule + 1:rule + 4] if rule is not None and rule >= 2 else [])


def _headings(note: NoteView) -> tuple[Sentence, ...]:
    """The note's heading lines the sentences leave out ("VIDEO VISIT NOTE"), among its first three lines: the title may
    sit under a line pasted above it (a printout's header, a file name), or under a banner set off by a rule."""
    read = {x.text for x in note.sentences} | {x.line for x in note.sentences}
    return tuple(Sentence(ln[:200], ln[:200], "") for ln in _heading_lines(note.lines)
                 if ln not in read and ln[:200] not in read)


# A part of a heading set off by a dash: "BHC FOLLOW-UP - TELEPHONE (video link failed)", "DBT skills, week 9 - video".
_DASH = re.compile(r"\s+[-\u2013\u2014]{1,2}\s+")
# A field that names the session's modality by its label: "mode: video (clinic platform) - client at home", "Format: phone".
_LABELLED = re.compile(r"^\W*([A-Za-z][\w /]{1,24}?)\s*:\s*(.+)$")


def _modality_of(field: str) -> str:
    """'video' | 'audio' | '' for one header field that is the modality and nothing else."""
    if not cue("modality_field").search(field.strip()):
        return ""
    return "audio" if re.search(r"phone|audio", field.split("(")[0], re.I) else "video"


def _header_modality(note: NoteView) -> tuple[str, str]:
    """The modality written as one field of a header laid out in columns ("DOS ...   secure video   90834-95"), a part
    of a header line after a dash ("BHC FOLLOW-UP - TELEPHONE"), or the value of a modality field ("mode: video")."""
    for line in note.lines[:4]:
        fields = line_fields(line)
        # a header written as a comma list: "Visit 10/13/2026, 12:15-1:02 pm, video, 90834-95, POS 10"
        commas = [f.strip() for f in line.split(",")]
        fields = fields + commas if len(commas) >= 3 else fields
        dashed = [p for f in fields for p in _DASH.split(f)]
        for f in (fields if len(fields) > 1 else []) + (dashed if len(dashed) > 1 else []):
            if kind := _modality_of(f):
                return kind, line
    for line in note.lines:
        for f in line_fields(line):
            m = _LABELLED.match(f)
            if m and cue("modality_label").fullmatch(m.group(1).strip()) and (kind := _modality_of(_DASH.split(m.group(2))[0])):
                return kind, line
    return "", ""


def _coded_telehealth(note: NoteView, wanted: list[str], places: bool) -> bool:
    billing = note.billing
    if any(m in billing.modifiers for m in wanted):
        return True
    return places and any(p in billing.places for p in tables()["telehealth_pos"])


def telehealth_pos_modifier_missing(case: CaseView, note: NoteView):
    kind, quote = telehealth_kind(note)
    if kind and not _coded_telehealth(note, tables()["telehealth_modifiers"], places=True):
        return quote, "telehealth session with no POS 02/10 and no modifier 95, GT, 93 or FQ"
    return None


def audio_only_modifier_missing(case: CaseView, note: NoteView):
    kind, quote = telehealth_kind(note)
    if kind == "audio" and not _coded_telehealth(note, tables()["audio_modifiers"], places=False):
        return quote, "audio-only session without modifier 93 or FQ"
    return None


# "Clinician joined from the clinic office", "I was at my home office": where the clinician sat, not the client.
_CLINICIAN_SUBJECT = re.compile(r"\b(?:clinician|therapist|provider|counselor|counsellor|psychologist|psychiatrist|writer|author|"
                                r"I|we)\b", re.I)
_CLIENT_WORD = re.compile(r"\b(?:client|patient|pt|member|she|he|they|child|youth|teen|family|parents?|couple|her|his|their)\b",
                          re.I)


def blank_field(sentence: Sentence) -> bool:
    """A "Label: value" line whose value records nothing ("Client location: -- not captured --")."""
    label, colon, value = sentence.text.partition(":")
    return bool(colon) and len(label) <= 40 and bool(cue("blank_value").match(value))


# A place named to compare with: "more talkative in the game than in the office", "unlike at school".
_COMPARED = re.compile(r"\b(?:than|unlike|compared (?:to|with)|versus|vs\.?)\s*$", re.I)


def _elsewhere(text: str, m: re.Match[str]) -> bool:
    """The place is not where the client was for this session: one compared with, where the client usually does
    something, told with how often ("eats lunch in the nurse's office 15 of 20 school days"), or a step still planned
    ("homework: lunch in the cafeteria"), with nothing tying it to this session (joined, connected, today)."""
    if _COMPARED.search(text[:m.start()]):
        return True
    start = max(text.rfind(c, 0, m.start()) for c in ".;") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".;") if i >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    label = text.split(":", 1)[0] if ":" in text[:m.start()] else ""  # "Alternative actions planned: stay in the break room"
    other = cue("place_habit").search(clause) or cue("place_planned").search(clause) \
        or (len(label) <= 40 and cue("place_planned").search(label))
    return bool(other) and not cue("place_this_session").search(clause)


@lru_cache(maxsize=1024)
def client_location(note: NoteView) -> str:
    """The sentence that records where the client was for the session, or ''."""
    rx = cue("client_location")
    for s in note.sentences:
        if blank_field(s):
            continue
        if any(not (_CLINICIAN_SUBJECT.search(s.text[:m.start()]) and not _CLIENT_WORD.search(s.text[:m.end()]))
               and not _elsewhere(s.text, m) for m in rx.finditer(s.text)):
            return s.text
    return _location_column(note)


def _location_column(note: NoteView) -> str:
    """A table row whose column for the client's place is filled ("| Date | Codes | Client location |" over "| 04/20 |
    ... | her car, Utica, NY |"): the row, read as "Client location: her car, Utica, NY"."""
    rx = cue("client_location")
    for row, line in table_cells(note.lines):
        if any(value.strip(" -_") and rx.search(f"{header}: {value}") for header, value in row.items()):
            return line
    return ""


def telehealth_location_missing(case: CaseView, note: NoteView):
    kind, quote = telehealth_kind(note)
    if kind and not client_location(note):
        return quote, "telehealth note without the client's location"
    return None


@lru_cache(maxsize=1024)
def _consent(note: NoteView) -> str:
    for s in note.all("telehealth_consent"):
        if not cue("consent_absent").search(s.text) and not blank_field(s):
            return s.text
    for s in note.sentences:  # "Session via Zoom; client consented." - consent said in the telehealth sentence
        if re.search(r"consent", s.text, re.I) and cue("telehealth_strong").search(s.text) \
                and not cue("consent_absent").search(s.text) and not blank_field(s):
            return s.text
    return ""


def telehealth_consent_missing(case: CaseView, note: NoteView):
    kind, quote = telehealth_kind(note)
    if not kind:
        return None
    if _consent(note) or any(_consent(n) for n in case.earlier(note)):
        return None
    return quote, "no telehealth consent in this note or an earlier one"


RULES = {fn.__name__: per_note(fn, fn.__name__) for fn in (
    telehealth_pos_modifier_missing, audio_only_modifier_missing, telehealth_location_missing,
    telehealth_consent_missing)}
