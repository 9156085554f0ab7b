"""Interactive complexity rules (90785): the communication factor that supports it and the codes it cannot go with.

A language-access service alone (an interpreter, a captioner) is not a factor; a caregiver or family member whose
conflict or distress gets in the way of the session, a third party, play or a device, or a sentinel event is.
"""

from __future__ import annotations

import re

from assistant.audit.billing import codes_in, is_em
from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import billing_quote, per_note
from assistant.audit.reading import CaseView, NoteView


_IC_KEYS = ("ic_caregiver", "ic_third_party", "ic_play_device", "ic_sentinel")
_POINTER = re.compile(r"^\W*(?:see|per|as (?:above|below|noted)|documented (?:above|below))\b|^\W*(?:yes|y|x|n/?a)\W*$", re.I)


def _names_factor(text: str) -> bool:
    """A qualifying communication factor in one sentence ("court" as an event in the client's day is none)."""
    events = [m.span() for m in cue("ic_not_party").finditer(text)]
    for key in _IC_KEYS:
        for m in cue(key).finditer(text):
            if not _interpreter_detail(text, key) and not any(a <= m.start() < b for a, b in events):
                return True
    return False


def interactive_complexity_reason_missing(case: CaseView, note: NoteView):
    if not note.billing.has(tables()["interactive_complexity"]):
        return None
    field = next((m for ln in note.lines if (m := cue("ic_reason_label").match(ln))), None)
    if field and len(field.group("reason").split()) >= 3 and not _POINTER.match(field.group("reason")):
        # the clinician's own reason for 90785 is what a reviewer reads: it names a factor, or the code is unsupported
        parts = [s.text for s in note.sentences if s.text in field.group(0)] or [field.group("reason")]
        if any(_names_factor(part) for part in parts):
            return None
        return field.group(0), "90785 billed; the reason given names no qualifying communication factor"
    # within one sentence: "...grandchildren, church. O: tearful" is no caregiver in tears
    if any(_names_factor(s.text) for s in note.sentences):
        return None
    interpreter = note.find("interpreter")
    why = "an interpreter alone does not qualify" if interpreter else "no qualifying communication factor named"
    return (interpreter.text if interpreter else billing_quote(note)), f"90785 billed; {why}"


# The interpreter's own service named by its words: "agency ID 4471", "via the language line".
_SERVICE_WORD = re.compile(r"\bagency\b|\bservice\b|\bvendor\b|\bcompany\b", re.I)


def _interpreter_detail(text: str, key: str) -> bool:
    """A third party that is only the interpreter's agency or vendor, in a sentence about the interpreter."""
    if key != "ic_third_party" or not cue("interpreter").search(text):
        return False
    return all(_SERVICE_WORD.fullmatch(m.group(0)) for m in cue(key).finditer(text))


def interactive_complexity_excluded_pair(case: CaseView, note: NoteView):
    t = tables()
    billing = note.billing
    if not billing.has(t["interactive_complexity"]):
        return None
    clash = codes_in(billing, t["ic_excluded"])
    if clash:
        return billing_quote(note), f"90785 billed with {', '.join(clash)}"
    if any(is_em(c) for c in billing.procedures) and not codes_in(billing, t["psychotherapy_or_evaluation"]):
        return billing_quote(note), "90785 billed with an E/M code and no psychotherapy or diagnostic evaluation"
    return None


RULES = {fn.__name__: per_note(fn, fn.__name__) for fn in (
    interactive_complexity_reason_missing, interactive_complexity_excluded_pair)}
