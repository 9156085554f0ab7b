"""Coding rules: session time against the timed codes, add-ons, crisis, family (who attended: family_presence;
interactive complexity: rules_interactive)."""

from __future__ import annotations

import re

from assistant.audit.billing import codes_in, is_em
from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import billing_quote, per_note
from assistant.audit.reading import CaseView, NoteView
from assistant.audit.code_times import code_clock, minutes_after, part_before_crisis
from assistant.audit.family_presence import attendance, client_attended
# (the family readings' patterns, as earlier tests import them from here)
from assistant.audit.family_presence import _HABIT, _NAME_ABSENT, _NAME_ELSEWHERE, _NAME_PRESENT, _NAMED_CLIENT  # noqa: F401


def _time_codes(note: NoteView) -> list[str]:
    return codes_in(note.billing, tables()["time_based"])


def minutes_missing(case: CaseView, note: NoteView):
    billed = _time_codes(note)
    if billed and note.time.minutes is None:
        return billing_quote(note), f"{', '.join(billed)} billed; no session length in the note"
    return None


def minutes_code_mismatch(case: CaseView, note: NoteView):
    minutes = note.time.minutes
    if minutes is None:
        return None
    ranges = tables()["time_ranges"]
    split = len(note.billing.procedures) > 1  # each code of a split session may carry its own clock times
    for code in codes_in(note.billing, list(ranges)):
        low, high = ranges[code]
        own = code_clock(note.text, code) if split else None
        if own is None and split and note.billing.has(tables()["crisis_first"], tables()["crisis_addon"]):
            own = part_before_crisis(note.text)  # "routine 9:00-9:20, then crisis 9:20-10:05" billed as 90832 + 90839
        minutes = own if own is not None else note.time.minutes
        if minutes < low or (high is not None and minutes > high):
            span = f"{low}-{high}" if high else f"{low} or more"
            quote = billing_quote(note) if own is not None else note.time.evidence
            return quote, f"{code} needs {span} minutes; the note documents {minutes}"
    return None


def start_stop_times_missing(case: CaseView, note: NoteView):
    if _time_codes(note) and note.time.minutes is not None and not note.time.clock:
        return note.time.evidence, "a total time is given but no start and stop clock times"
    return None


def addon_without_em(case: CaseView, note: NoteView):
    addons = codes_in(note.billing, tables()["em_addons"])
    if addons and not any(is_em(c) for c in note.billing.procedures):
        return billing_quote(note), f"{', '.join(addons)} billed without an E/M code"
    return None


def crisis_time_threshold(case: CaseView, note: NoteView):
    t = tables()
    first, addon = t["crisis_first"], t["crisis_addon"]
    minutes, units = note.time.minutes, note.billing.units(addon)
    if not note.billing.has(first, addon):
        return None
    crisis = minutes_after(note.text)  # a note that also bills a session gives the crisis time on its own
    minutes = crisis if crisis is not None and (minutes is None or crisis > minutes) else minutes
    if minutes is None:
        return None
    if note.billing.has(first) and minutes < t["crisis_first_minutes"][0]:
        return note.time.evidence, f"90839 needs at least 30 minutes of crisis care; the note documents {minutes}"
    if units:
        needed = t["crisis_addon_start"] + t["crisis_addon_step"] * (units - 1)
        if minutes < needed:
            return note.time.evidence, f"90840 x{units} needs at least {needed} minutes in total; the note documents {minutes}"
    return None


def crisis_elements_missing(case: CaseView, note: NoteView):
    if not note.billing.has(tables()["crisis_first"]):
        return None
    text = note.text
    missing = [name for name, key in (("an urgent assessment of the crisis", "crisis_assessment"),
                                      ("a mental status exam", "mental_status"),
                                      ("a disposition", "disposition")) if not _done(key, text)]
    if missing:
        return billing_quote(note), "90839 note lacks " + " and ".join(missing)
    return None


# A field left for later is no exam: "Mental status: deferred", "MSE - not done (client on the phone)".
_DEFERRED = re.compile(r"^\W{0,3}(?:exam(?:ination)?\W{0,3})?(?:deferred|not (?:done|assessed|completed|performed|obtained)|n/?a\b|unable to (?:assess|complete)|pending|see (?:prior|previous|last))", re.I)


# A field left empty is no element either: "Disposition:" with nothing after it, the next line another field or the end.
_LEFT_EMPTY = re.compile(r"[ \t]*+[:\-][ \t_]*+(?:\n|$)\s*+(?:$|[^:\n]{1,40}:(?:\s|$))")


def _done(key: str, text: str) -> bool:
    """The element is in the note; the form's own field for it left empty says it is not, whatever else mentions it."""
    found = list(cue(key).finditer(text))
    if any(_LEFT_EMPTY.match(text, m.end()) for m in found):
        return False
    return any(not _DEFERRED.match(text[m.end():m.end() + 40]) for m in found)


def crisis_excluded_codes(case: CaseView, note: NoteView):
    t = tables()
    if not note.billing.has(t["crisis_first"], t["crisis_addon"]):
        return None
    clash = codes_in(note.billing, t["crisis_excluded"])
    if clash:
        return billing_quote(note), f"crisis codes billed with {', '.join(clash)}"
    return None


def _family(note: NoteView) -> list[str]:
    t = tables()
    return codes_in(note.billing, t["family_with_client"] + t["family_without_client"])


def family_attendance_missing(case: CaseView, note: NoteView):
    billed = _family(note)
    if billed and not attendance(note):
        return billing_quote(note), f"{', '.join(billed)} billed; the note does not say who attended"
    return None


def family_presence_mismatch(case: CaseView, note: NoteView):
    t = tables()
    attended, quote = client_attended(note, case)
    if attended is False and codes_in(note.billing, t["family_with_client"]):
        return quote, "90847 (client present) billed but the note says the client was not present"
    if attended is True and codes_in(note.billing, t["family_without_client"]):
        return quote, "90846 (without the client) billed but the note says the client attended"
    return None


RULES = {fn.__name__: per_note(fn, fn.__name__) for fn in (
    minutes_missing, minutes_code_mismatch, start_stop_times_missing, addon_without_em, crisis_time_threshold,
    crisis_elements_missing, crisis_excluded_codes, family_attendance_missing, family_presence_mismatch)}
