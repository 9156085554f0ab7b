"""Session-content rules: progress and response, interventions named, risk reassessed, a safety plan."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import Hit, per_note
from assistant.audit.reading import CONTACT_LINE, CaseView, NoteView, editorial
from assistant.audit.table_columns import intent_cell
from assistant.letters.elements import find_modalities, find_progress
from assistant.letters.measures import find_measures, find_trends
from assistant.letters.patterns import segments
from assistant.letters.patterns.clinical import MODALITY_RES
from assistant.letters.patterns.prose import unticked

_NOT_SESSION = ("goals", "discharge", "prior")
# A dash between spaces parts two clauses as a semicolon does: "No separate psychotherapy today - medication
# management only" (the "no" governs the psychotherapy, not what follows the dash).
_RESET = re.compile(r"[.;,:(]|\s(?:-|\u2013|\u2014|--)\s|\u2014|\b(?:but|however|although|though|yet|while|whereas)\b", re.I)
# "don't", "doesn't", "didn't" (straight or curly apostrophe) negate as "not" does
_NEGATION = re.compile(r"(?:\b(?:no|not|denie[sd]|denying|without|never|negative for|none|neither|nor|free of|rules? out|r/o)\b|"
                       r"\b(?:do|does|did|has|have|is|was)n[\u2019']t\b)[^.;,]{0,35}$", re.I)
_FUTURE = re.compile(r"\b(?:will|would|should|to be|goal|aim|hope|expect\w*|target)\b", re.I)
_PURPOSE = re.compile(r"\b(?:to|will|goal|aim|plan|hope|should)\s+(?:\w+\s+)?$", re.I)


_ASIDE = re.compile(r"\([^()]*\)")


def _clause_before(text: str, pos: int) -> str:
    """The text before pos back to the last clause break (punctuation, 'but', 'however')."""
    # a closed bracket is an aside: its own negation governs nothing after it ('continuously since 2019 ("it never
    # went away") - so more than six years'), and one before it still governs what follows ("no (passive or active) SI")
    before = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[max(0, pos - 80):pos])
    breaks = list(_RESET.finditer(before))
    return before[breaks[-1].end():] if breaks else before


# A negation over a list: "Denies SI, wish to be dead or self-harm" (items of a few words, parted by commas or "or").
_LIST_NEGATION = re.compile(r"\b(?:denie[sd]|denying|no|negative for|without|free of)\s+"
                            r"(?:[\w/'-]+(?:\s+[\w/'-]+){0,3}\s*(?:,|\bor\b|\band\b|/)\s*){1,4}$", re.I)
_AFFIRMED = re.compile(r"(?:endors|report|express|disclos|admit|acknowledg|describ|voic|stat|shar|having|has\b|with\b|positive)", re.I)


# A condition with its own negation right before the phrase: "if this noise never stops I'd rather be dead",
# "when things don't get better she wishes ..." (the "never" negates the condition, not the wish).
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever)\b[^.;,]*?(?:\b(?:never|not|no longer)\b|n[\u2019']t\b)(?:\s+[\w'\u2019-]+){1,3}\s*$", re.I)


def negated(text: str, pos: int) -> bool:
    """True when a negation ("denies", "no", "without") governs the phrase at pos."""
    if _NEGATION.search(_CONDITION.sub(" ", _clause_before(text, pos))):
        return True
    return bool(_LIST_NEGATION.search(text[max(0, pos - 80):pos])) and not _AFFIRMED.match(text[pos:])


_BETTER_OFF = re.compile(r"better off (?:without|if \w+ (?:didn.t|did not|wasn.t|weren.t|was not|were not))|"
                         r"(?:didn.t|did not|would not|wouldn.t|could not|couldn.t|\bnot|\bnever) (?:wake|waking|woke|wakes) up|rather not\b|"
                         r"(?:mind|care) not \w+ing\b|(?:mind|care) if \w+ (?:didn.t|did not|never|wasn.t|weren.t)", re.I)
_INNER_NEGATION = re.compile(r"\b(?:no|not|denie[sd]|denying|never|without|none|negative|neither|nor)\b", re.I)


_ANSWER_YES = re.compile(r"^[^.;]{0,40}?\b(?:yes|endorse[sd]|admit(?:s|ted)|acknowledge[sd]|positive)\b", re.I)


def _current(text: str, m: re.Match[str]) -> bool:
    """A match that states something now: not negated ("denies SI", "reports no self-harm"), not "history of",
    not "in 2019"."""
    inner = _BETTER_OFF.sub(" ", m.group(0))  # "better off without her", "didn't wake up" say the wish, not a denial
    if negated(text, m.start()) or _INNER_NEGATION.search(inner) or unticked(text, m.start()):
        return False  # "[ ] Active SI": an option not ticked
    if cue("not_current").search(_clause_before(text, m.start())):
        return False
    answered_yes = _ANSWER_YES.search(text[m.end():]) or re.search(r"\b(?:yes|positive|endorsed)\b", m.group(0), re.I)
    if cue("screening_question").search(_clause_before(text, m.start())) and not answered_yes:
        return False  # "asked whether she has wished she were dead - 'No, dear'": the question, answered no
    return not re.match(r"[^.;]{0,25}\b(?:in (?:19|20)\d\d|years? ago|as a (?:teen|child)|in (?:high school|college)|"
                        r"in the past|previously)\b", text[m.end():], re.I)


# A section heading on its own line: "Progress toward goals", "Client response to interventions" (no mark, few words).
_HEADING = re.compile(r"^(?:client\s+|patient\s+)?(?:response|progress|outcome|reaction)s?"
                      r"(?:\s+(?:to|toward|towards|on|of|in)(?:\s+[\w/&-]+){1,3})?\s*$", re.I)


@lru_cache(maxsize=1024)
def _progress_cue(note: NoteView) -> str:
    for s in note.sentences:
        if s.form == "table" and s.kind == "progress":
            return s.text  # a cell under a Response / Progress column
        if s.form == "table" and intent_cell(note.lines, s.text):
            continue  # "| Activity | Purpose |": what an activity was for ("engagement / body awareness") is no response
        change = cue("in_session_change").search(s.text)
        if change and s.kind not in ("goals", "discharge") and not _FUTURE.search(s.text[:change.start()]):
            return s.text  # "Intent gone by the end": how the client left the session, even under an action plan
        labelled_progress = re.match(r"\s*(?:progress|response|outcome|client response|results?|(?-i:R)(?=\s*:))\b", s.line, re.I)
        if s.kind in _NOT_SESSION + ("plan",) and not labelled_progress:
            continue
        told = cue("response_label").match(s.line)
        said = next((g for g in told.groups() if g is not None), "") if told else ""
        if len(re.findall(r"[A-Za-z]{2,}", said)) >= 3 and not _EMPTY_FIELD.match(said):
            return s.line  # a Response field filled in: "R: predicted anxiety 8/10 for the e-mail, rated 3/10 after sending it"
        if s.kind not in ("goals", "discharge") and cue("reaction").search(s.text):
            return s.text  # "was surprised by the percentile": how the client took what the session showed
        if _HEADING.match(s.text) and s.text == s.line:
            continue  # "Client response to interventions" over an empty field names a section, not a response
        if _MEDS_LINE.match(s.line):
            continue  # "MEDS: sertraline 100 mg, unchanged x 6 mo": the dose did not change, which says nothing of the client
        for m in cue("progress").finditer(s.text):
            if not _PURPOSE.search(s.text[max(0, m.start() - 25):m.start()]) and not _in_empty_box(s.text, m.start()) \
                    and not cue("counted_steps").search(s.text[:m.start()]):  # "count 1 -> 5" re-alerts, it is no change
                return s.text
    segs = segments([note.text])
    found = find_progress(segs, find_trends(find_measures(segs)))
    return found[0].evidence if found else ""


def _evaluation_only(note: NoteView) -> bool:
    """A note billed only as a diagnostic evaluation (90791, testing): treatment has not begun, so there is no progress
    to report yet."""
    codes = set(note.billing.procedures)
    return bool(codes) and codes <= set(tables()["evaluation_only"])


# A response field that records nothing yet: "n/a", "not noted", "see above", "(to be filled next session)", "pending".
_EMPTY_FIELD = re.compile(r"\s*\(?\s*(?:n/?a|none|not (?:noted|recorded|documented)|see |to be (?:filled|completed|added|entered|done)|"
                          r"pending|tbd\b|blank\b)", re.I)


# A medication field: what it says changed or stayed the same is the prescription.
_MEDS_LINE = re.compile(r"^\W*(?:meds?|medications?|current medications?|rx|prescriptions?|pharmacotherapy)\s*[:\-]", re.I)


# A check box, empty or ticked: "[ ]", "[x]", "☐", "☒".
_BOX = re.compile(r"\[\s?\]|\[[xX\u2713\u2714]\]|[\u2610\u2611\u2612]")


def _in_empty_box(text: str, pos: int) -> bool:
    """The word at `pos` is part of an empty check box's label ("[ ] Behavior Change   [x] ..."): an option not chosen."""
    boxes = list(_BOX.finditer(text, 0, pos))
    return bool(boxes) and boxes[-1].group(0) in ("[ ]", "[]", "\u2610") and not re.search(r"\s{3,}|\|", text[boxes[-1].end():pos])


@lru_cache(maxsize=1024)
def _scores(note: NoteView) -> tuple:
    return find_measures(segments([note.text])) if note.text.strip() else ()


def _score_repeated(case: CaseView, note: NoteView) -> str:
    """A score on an instrument an earlier note of the case scored too ("PHQ-9 14" after "PHQ-9 16 today"): the
    repeated measure is the client's response, told in numbers, whatever the labels' language."""
    earlier = {(m.instrument, m.subject) for n in case.earlier(note) for m in _scores(n)}
    return next((m.evidence for m in _scores(note) if not m.baseline and (m.instrument, m.subject) in earlier), "")


def progress_missing(case: CaseView, note: NoteView):
    if _progress_cue(note) or _score_repeated(case, note) or _evaluation_only(note):
        return None
    return note.first_line, "nothing about the client's progress or response"


@lru_cache(maxsize=1024)
def _intervention(note: NoteView) -> str:
    label = note.has_line("interventions_label")
    if label:
        return label
    cell = next((s.text for s in note.sentences if s.form == "table" and s.kind == "interventions"), "")
    if cell:
        return cell  # a cell under an Intervention column
    for s in note.sentences:
        if s.kind == "prior" or _client_account(s.text) or editorial(s.line):
            continue  # a transcriber's remark in brackets ("[Typed from the clinician's journal]") tells of no session
        for m in cue("interventions").finditer(s.text):
            if _near_contact(s.text, m) or negated(s.text, m.start()) or unticked(s.text, m.start()) or _later(s.text, m):
                continue  # "[ ] Behavioral activation" was not done; "exposures next time" is not done yet
            return s.text
    title = note.first_line  # "EMDR SESSION RECORD": a heading the sentences leave out names the therapy delivered
    if title not in {s.text for s in note.sentences} and cue("interventions").search(title) and not CONTACT_LINE.search(title) \
            and not editorial(title):  # "[Typed from clinician's bullet journal, p. 66]" is no title
        return title
    found = [f for f in find_modalities(segments([note.text]))
             if not CONTACT_LINE.search(f.evidence) and not _client_account(f.evidence) and not _practice_name(note, f.text)
             and not _later(f.evidence, f.text)]
    return found[0].evidence if found else ""


def _later(text: str, m: re.Match[str] | str) -> bool:
    """The technique at `m` (a match, or the words found) is planned for a later session in its own clause
    ("flight-related exposures next time", "will start EMDR next week"), not delivered in this one."""
    at, end = (m.start(), m.end()) if isinstance(m, re.Match) else (text.find(m), text.find(m) + len(m))
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in ".;")
    ends = [i for i in (text.find(c, end) for c in ".;") if i >= 0]
    return bool(cue("planned_later").search(text[start + 1:min(ends) if ends else len(text)]))


# A practice's name in the heading: "Cedar Hollow Counseling - progress note", "Larkspur Family Therapy".
_TITLE_CASE_NAME = re.compile(r"^(?:[A-Z][\w'\u2019&.-]*\s+){1,5}(?:Counsel(?:l)?ing|Therapy|Psychotherapy)$")


def _practice_name(note: NoteView, found: str) -> bool:
    """A modality read from a proper name in the note's heading lines that names no known approach."""
    return bool(_TITLE_CASE_NAME.match(found.strip())) and any(found in ln for ln in note.lines[:2]) \
        and not any(rx.search(found) for _, rx in MODALITY_RES)


# The client's own account of the week opens the sentence: "Says the exposure got easier", "Reports she journaled".
_ACCOUNT = re.compile(r"^\W*(?:(?:the )?(?:client|patient|pt|member|s?he|they)\s+)?(?:says|said|reports|reported|states|"
                      r"stated|told (?:me|us|the (?:clinician|therapist))|describes|described)\b", re.I)


def _client_account(text: str) -> bool:
    """A sentence telling what the client said happened, not what was done in the session."""
    return bool(_ACCOUNT.match(text))


def _near_contact(text: str, m: re.Match[str]) -> bool:
    """A technique word in a letterhead ("Grounding Roots Counseling | 555-0147"): a short line with a phone or
    address, or the word within a few words of it. A safety plan that lists its crisis numbers is still one."""
    contacts = list(CONTACT_LINE.finditer(text))
    return bool(contacts) and (len(text) <= 80 or any(abs(c.start() - m.start()) <= 40 for c in contacts))


def interventions_missing(case: CaseView, note: NoteView):
    if _intervention(note):
        return None
    return note.first_line, "no intervention or technique named"


@lru_cache(maxsize=1024)
def current_ideation(note: NoteView) -> str:
    """The sentence documenting current suicidal or homicidal ideation or self-harm, or ''."""
    for s in note.sentences:
        if s.kind in ("goals", "discharge"):
            continue
        for m in cue("current_ideation").finditer(s.text):
            if _current(s.text, m):
                return s.text
    return ""


@lru_cache(maxsize=1024)
def safety_risk(note: NoteView) -> str:
    """Current ideation or self-harm, or another safety risk (firearms access, violence at home...)."""
    found = current_ideation(note)
    if found:
        return found
    for s in note.sentences:
        for m in cue("other_safety_risk").finditer(s.text):
            if _current(s.text, m):
                return s.text
    return ""


def _mentions_risk(note: NoteView) -> bool:
    return bool(cue("risk_mention").search(cue("risk_deferred").sub(" ", note.text)))


def risk_not_reassessed(case: CaseView):
    flagged = None
    for note in case.notes:
        if not note.text.strip():
            continue
        if flagged is not None and not _mentions_risk(note):
            yield Hit("risk_not_reassessed", note.index, note.first_line,
                      f"note {flagged + 1} documented a safety risk; this note says nothing about risk or safety")
        if flagged is None and safety_risk(note):
            flagged = note.index


@lru_cache(maxsize=1024)
def _safety_plan(note: NoteView) -> str:
    for s in note.all("safety_plan"):
        if not cue("safety_plan_absent").search(s.text):
            return s.text
    return ""


def safety_plan_missing(case: CaseView, note: NoteView):
    risk = current_ideation(note)
    if not risk:
        return None
    if _safety_plan(note) or any(_safety_plan(n) for n in case.earlier(note)):
        return None
    return risk, "current suicidal/homicidal ideation or self-harm with no safety plan on record"


RULES = {"progress_missing": per_note(progress_missing, "progress_missing"),
         "interventions_missing": per_note(interventions_missing, "interventions_missing"),
         "risk_not_reassessed": risk_not_reassessed,
         "safety_plan_missing": per_note(safety_plan_missing, "safety_plan_missing")}
