"""The narrative sections of a letter: the presenting picture (the first note that tells a story) and the course of
care (the later notes), in the notes' own sentences, summarized to about 85 words."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.denial_lines import is_denial
from assistant.letters.informants import (addressed_to_client, clients_own_document, clinicians_record, others_record,
                                         relative_message)
from assistant.letters.reading import segments
from assistant.letters.record_lines import FORM_OPTION, paperwork
from assistant.letters.sections import _NAME_PREFIX, _open, clean, merged_segments, prose, sentence, strip_label, unique
from assistant.letters.tables import is_row


def narrative(notes: Sequence[str], used: set[str], first_note: bool, limit: int) -> list[str]:
    """Unlabelled narrative sentences: the presenting picture (first note) or the course of care (later notes)."""
    picked = []
    # a relative's message is their account, not the presenting picture: the first note is the clinician's first
    theirs = {i for i, note in enumerate(notes) if relative_message(note) or clients_own_document(note) or others_record(note)}
    told = {i for i, note in enumerate(notes) if addressed_to_client(note)}  # a handout, unless every note is written to the client
    theirs |= told if len(told) < len(notes) else set()
    first = next((i for i in range(len(notes)) if i not in theirs), 0)
    options = {clean(seg.text) for seg in segments(notes) if FORM_OPTION.match(seg.text)}  # a form's check-box choices
    by_note: dict[int, list[tuple[str, str]]] = {}
    for index, kind, text in merged_segments(notes):
        if text in options:
            continue
        label = P.LABEL.match(text)
        if (index in theirs or kind not in ("", "assessment", "progress") or _open(text) or text.startswith("(")
                or not prose(text) or not sentence(text) or paperwork(text) or is_row(text) or text.lstrip().startswith("|") or "\t" in text
                or is_denial(text) or P.asks(text) or _FORM_ITEM.search(text)
                or label and P.label_kind(label.group(1)) not in ("", "assessment", "progress")):
            continue
        told = _TO_READER.sub("", strip_label(_NAME_PREFIX.sub("", text)))
        if told:
            by_note.setdefault(index, []).append((text, told))
    # a first record with no story of its own (a medication log's one instruction, a form's legend) hands the
    # presenting picture to the next note that tells one
    told_story = [i for i in sorted(by_note) if sum(len(t.split()) for t, _ in by_note[i]) >= _STORY_WORDS]
    if first not in told_story and told_story and told_story[0] > first:
        first = told_story[0]
    # a workplace's, school's or agency's report first, and the clinician's own note after it: the clinician's note
    # gives the presenting picture (the report's lines are evidence of impairment, not the clinical picture)
    own = [i for i in told_story if clinicians_record(notes[i])] or [i for i in sorted(by_note) if clinicians_record(notes[i])]
    firsts = [own[0], first] if own and own[0] > first and not clinicians_record(notes[first]) else [first]
    for first in firsts:  # the report's own lines when the clinician's note has nothing left to say
        # the course of care: the later notes, then a report the clinician's note was preferred to
        # (a report by someone else, a school's day note or a workplace's, is no course of care when a clinician's
        # record is in the case: its sentences are evidence for other sections)
        course = [i for i in sorted(by_note) if i > first] + [i for i in sorted(by_note) if i < first
                                                                 and (clinicians_record(notes[i]) or not own)]
        picked = [p for i in ([first] if first_note else course) if i in by_note for p in by_note[i]]
        if unique(picked, set(used)) or not first_note:
            break
    # a summary, not the record: whole sentences up to about 85 words (a letter that pastes 90 words in a row of the
    # notes reads as the record pasted, and the letter checks say so)
    out, words = [], 0
    for sent in unique(picked, used)[:limit]:
        n = len(sent.split())
        if out and words + n > NARRATIVE_WORDS:
            break
        out.append(sent)
        words += n
    sender = _SENDER.search(notes[first]) if first_note and out and not clinicians_record(notes[first]) else None
    if sender:  # someone else's message ("I've known him 20 years"): quoted as theirs, never in the clinician's voice
        return ['A message to me from %s reads: "%s"' % (sender.group(1), " ".join(out).replace('"', "'"))]
    return out


# The sender of a message pasted into the record: "From: <PERSON_4> <EMAIL_2>", "From: Coach Rae".
_SENDER = re.compile(r"(?im)^\s*from\s*:\s*((?:<PERSON_\d+>|[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}))")


# A message's words to its reader before the story ("<PERSON_3> - here is what our software has for him.", "Hi <PERSON_2>,
# as you asked, the records below."): said to the clinician, never the presenting picture.
_TO_READER = re.compile(r"^(?:(?:hi|hello|hey|dear)\s+)?<PERSON_\d+>\s*[-,:\u2013\u2014]\s+[^.!?\n]*?\b(?:here (?:is|are)|attached|below|"
                        r"you asked|as (?:you )?requested|as promised|following up)\b[^.!?\n]*[.!?]\s*", re.I)


NARRATIVE_WORDS = 85
_STORY_WORDS = 15  # words of narrative a note needs to give the presenting picture
# A questionnaire's item and its answer ("2 Felt your family would be better off ...? ...... YES") is a form, not the story.
_FORM_ITEM = re.compile(r"\?\s*(?:\.{3,}|(?:\. ){2,}|_{3,}|-{3,})|\.{5,}\s*(?:YES|NO|Y|N|yes|no)\b")

