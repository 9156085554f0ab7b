"""The documentation audit on a twenty-second set of note shapes, examples written here (three or more per class):
a signature laid out as a field (an attestation label, a table cell, "/s/" in a column); a signature field still holding
a word processor's prompt; a crisis element whose own field is left empty; the client, by name, somewhere else during
a family session; the session's own "Visit:" field naming video or phone; a place in a planned step; a recode explained
in plain words; a clock range naming a stretch of the client's day beside a dotted-leader length field; a role before
the interventions label. And hang guards: notes padded with long runs of white space are read in one pass."""
from __future__ import annotations

import concurrent.futures
import time

import pytest

from assistant.audit.check import audit_case
from audit_notes import names

SIGNED = "Signed: Pell Oyelaran-Vance, LMHC"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nGAD-7 12 (15 last month).\n"
        "Interventions: graded exposure to phone calls; cognitive restructuring of 'they will think I'm stupid'.\n"
        "Response: made two of three planned calls; rated the last one 4/10.\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 01/05/2026 (review 04/05/2026); goals: GAD-7 under 8 by 06/30/2026.\n")


def _note(head: str, body: str = BODY, sign: str = SIGNED) -> str:
    return head + "\n" + body + sign


HEAD = "DOS 02/17/2026   Start 3:00 PM   End 3:47 PM   CPT 90834   Office (POS 11)"


# --- a signature laid out as a field ------------------------------------------------------------------------------

@pytest.mark.parametrize("sign", [
    "Therapist attest: Ruairi Dembele-Koss, LCSW  (signed on open 02/17/2026 3:55 PM)",
    "| Provider (signing)      | /s/ Ruairi Dembele-Koss, LCSW, licensed clinical social worker |",
    "Clinician attestation .... Ruairi Dembele-Koss, LPC",
    "\u2502 Signing \u2502 /s/ R. Dembele-Koss, PsyD \u2502",
])
def test_a_signature_field_with_a_name_signs_the_note(sign):
    # the field may open the note (a header table) rather than close it
    found = names(sign + "\n" + HEAD + "\n" + BODY.rstrip())
    assert "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("sign", [
    "Therapist attest: (signed on open 02/17/2026)",
    "| Provider (signing) | |",
    "Clinician attestation ....",
])
def test_a_signature_field_without_a_name_does_not_sign(sign):
    assert "signature_missing" in names(HEAD + "\n" + BODY + sign)


# --- a signature field still holding the form's prompt --------------------------------------------------------------

@pytest.mark.parametrize("sign", [
    "Clinician Signature:  Click or tap here to enter text.          Credentials: Choose an item.",
    "Provider signature: Click here to enter text.",
    "Signature:  Choose an item.      License: LPC",
    "Signed: ***",
    "{Clinician signature:5512::}",
])
def test_a_signature_field_left_as_the_form_s_prompt_is_unsigned_not_uncredentialed(sign):
    found = names(_note(HEAD, sign=sign))
    assert "signature_missing" in found and "credentials_missing" not in found


def test_a_filled_signature_field_beside_an_unfilled_prompt_elsewhere_is_signed():
    note = _note(HEAD + "\nDiagnosis 2:  Click or tap here to enter text.",
                 sign="Clinician Signature:  Pell Oyelaran-Vance, LMHC          Credentials: LMHC")
    assert "signature_missing" not in names(note)


# --- a crisis element whose own field is left empty ---------------------------------------------------------------

_CRISIS = ("DOS 03/02/2026   Start 6:10 PM   End 7:05 PM   CPT 90839\nDx: F43.10\n"
           "Reason: called from the school parking lot after a fight with her partner; said she 'can't do this'.\n"
           "Assessment: C-SSRS - wish to be dead yes, method no, intent no; risk moderate.\n"
           "MSE: alert, oriented x3, tearful affect, thought process linear, no psychosis.\n"
           "Interventions: validation, revised the safety plan with her (added her cousin as a contact).\n"
           "{field}\n" + SIGNED)


@pytest.mark.parametrize("field", ["Disposition:", "Disposition: ______", "Outcome / Disposition:\n"])
def test_an_empty_disposition_field_is_no_disposition_whatever_else_mentions_safety(field):
    assert "crisis_elements_missing" in names(_CRISIS.format(field=field))


@pytest.mark.parametrize("field", ["Disposition: home with her cousin, follow-up call tomorrow 9 AM.",
                                   "Disposition:\n  home with her cousin; follow-up call tomorrow",
                                   "Outcome: safe to return home with her cousin."])
def test_a_filled_disposition_still_counts(field):
    assert "crisis_elements_missing" not in names(_CRISIS.format(field=field))


# --- the client, named, somewhere else during a family session ----------------------------------------------------

_FAMILY = ("Family session   DOS 04/06/2026   Start 5:00 PM   End 5:52 PM\nBilled: 90847\nIdentified child: Tobiah Renner (12)\n"
           "Dx: F91.3\nPresent: mother, stepfather.\n{line}\n"
           "Interventions: enactment of the homework conversation; coached the parents to agree on one consequence.\n"
           "Response: parents kept to one topic for 10 minutes. Plan: weekly per family plan 02/01/2026, "
           "goal: homework done 4 of 5 nights by 05/31/2026.\n" + SIGNED)


@pytest.mark.parametrize("line", [
    "Tobiah refused to get in the car and stayed home with his older sister.",
    "Tobiah stayed at his father's this weekend and did not come.",
    "Tobiah remained at his grandmother's; mother called him once during the session.",
])
def test_a_named_client_who_stayed_elsewhere_is_absent_from_a_90847(line):
    assert "family_presence_mismatch" in names(_FAMILY.format(line=line))


@pytest.mark.parametrize("line", ["Tobiah joined for the whole session.", "Tobiah stayed at the table the whole hour.",
                                  "Tobiah remained in the room while the parents talked."])
def test_a_named_client_who_stayed_in_the_session_is_present(line):
    assert "family_presence_mismatch" not in names(_FAMILY.format(line=line))


# --- the session's own field naming how it was held -------------------------------------------------------------

@pytest.mark.parametrize("field,rule", [
    ("Visit: video (link sent by text)", "telehealth_pos_modifier_missing"),
    ("Session - telehealth, client at home in Reno, NV", "telehealth_pos_modifier_missing"),
    ("Appointment: phone (her camera was broken)", "audio_only_modifier_missing"),
    ("Encounter: secure video", "telehealth_pos_modifier_missing"),
])
def test_a_visit_field_naming_video_or_phone_is_a_telehealth_session(field, rule):
    assert rule in names(_note(HEAD + "\n" + field), payer="Cigna")


def test_audio_and_video_together_is_video_not_phone():
    found = names(_note(HEAD + "\nVisit: audio + video, both worked"), payer="Cigna")
    assert "telehealth_pos_modifier_missing" in found and "audio_only_modifier_missing" not in found


def test_a_next_visit_field_is_not_this_session():
    assert "telehealth_pos_modifier_missing" not in names(_note(HEAD + "\nNext visit: video, 02/24/2026"))


# --- a place in a planned step is not where the client was ------------------------------------------------------

_VIDEO = ("DOS 02/17/2026   Start 3:00 PM   End 3:47 PM   CPT 90834-95   POS 10\nVisit: video\n"
          "Telehealth consent on file 01/05/2026.\n{line}\n" + BODY + SIGNED)


@pytest.mark.parametrize("line", [
    "Alternative actions planned: stay 5 min in the break room; eat lunch at her desk.",
    "Homework: sit in the back row of the bus twice this week.",
    "Exposure target - wait in the school office for 10 minutes without calling home.",
])
def test_a_place_in_a_planned_step_is_not_the_client_s_location(line):
    assert "telehealth_location_missing" in names(_VIDEO.format(line=line), payer="Cigna")


@pytest.mark.parametrize("line", ["Client joined from her car in the clinic lot.", "She was at home in Provo, UT.",
                                  "Location: client at work (break room), Boise ID."])
def test_where_the_client_was_still_counts(line):
    assert "telehealth_location_missing" not in names(_VIDEO.format(line=line), payer="Cigna")


# --- a recode explained in plain words --------------------------------------------------------------------------

def _two(dx_second: str) -> list[str]:
    first = _note(HEAD, body=BODY.replace("Dx: F41.1 Generalized anxiety disorder", "Dx: F43.10 PTSD, unspecified"))
    second = _note(HEAD.replace("02/17", "02/24"), body=BODY.replace("Dx: F41.1 Generalized anxiety disorder", dx_second))
    return [first, second]


@pytest.mark.parametrize("dx", [
    "Dx: F43.12 PTSD, chronic\n(coding note: the plain PTSD code on prior claims left out how long this has lasted)",
    "Dx: F43.12 PTSD, chronic - the original code undersold it; symptoms have run for over a year",
    "Dx: F43.12 PTSD, chronic. The earlier code was less specific than her history allows.",
])
def test_a_recode_explained_in_plain_words_is_not_inconsistent(dx):
    assert "diagnosis_inconsistent" not in names(*_two(dx))


def test_a_recode_without_a_word_of_why_is_still_inconsistent():
    assert "diagnosis_inconsistent" in names(*_two("Dx: F43.12 PTSD, chronic"))


# --- a dotted-leader length field beside a clock range about the client's day -------------------------------------

_LEADER = (">> DOS ............ 03/10/2026\n>> Service ........ {code} psychotherapy   POS 11\n"
           ">> Session length . {minutes} min\n>> Dx ............. F41.1\n"
           ">> Response ....... {line}\n>> Interventions .. CBT: worry postponement, cognitive restructuring\n"
           ">> Risk ........... denies SI/HI\n>> Plan ........... tx plan 01/05/2026; GAD-7 under 8 by 06/30/2026\n"
           ">> Signature ...... Pell Oyelaran-Vance, LMHC (e-signed)")


@pytest.mark.parametrize("line", ["named the 3-4 PM 'dead zone' as when the worry peaks",
                                  "her 9-10 pm scrolling is the trigger; planned a phone curfew",
                                  "spots the usual 7:30-8:15 AM rush as the worst stretch"])
def test_a_clock_range_naming_a_stretch_of_the_day_is_not_the_session(line):
    note = _LEADER.format(code="90837", minutes=46, line=line)
    assert "minutes_code_mismatch" in names(note)
    assert "minutes_code_mismatch" not in names(_LEADER.format(code="90834", minutes=46, line=line))


def test_the_session_itself_named_by_its_clock_range_still_counts():
    note = _LEADER.format(code="90837", minutes=55, line="the 2:00-2:55 PM session ran long; engaged throughout")
    assert "minutes_code_mismatch" not in names(note)


# --- a role before the interventions label ---------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Leader interventions", "Facilitator interventions", "Therapist's techniques",
                                   "Co-leader interventions"])
def test_a_role_qualified_interventions_label_names_the_interventions(label):
    body = BODY.replace("Interventions: graded exposure to phone calls; cognitive restructuring of 'they will think I'm stupid'.",
                        f"{label}: here-and-now process comments; linked two members' stories")
    assert "interventions_missing" not in names(_note(HEAD, body=body))


def test_a_role_qualified_label_left_empty_names_none():
    body = BODY.replace("Interventions: graded exposure to phone calls; cognitive restructuring of 'they will think I'm stupid'.",
                        "Leader interventions: n/a")
    assert "interventions_missing" in names(_note(HEAD, body=body))


# --- hang guards: long runs of white space are read in one pass ------------------------------------------------

GUARD_S = 60  # far above the seconds these take; far below the minutes a backtracking pattern took

_FIELDS = ["FAMILY SESSION NOTE", "Identified child: Oren Voss (11)", "DOS: 03/04/2026", "Start 2:00 PM", "End 2:53 PM",
           "Session length ..... 53 min", "Billed: 90847", "Dx: F41.1", "Present: mother, father", "Oren did not attend",
           "Location: client at home in Ohio", "Interventions: CBT, cognitive restructuring",
           "Response: improved, GAD-7 12 (15)", "Risk: denies SI/HI; safety plan reviewed",
           "Plan: weekly; goal GAD-7 under 10 by 06/01/2026 (tx plan 01/02/2026)", "Disposition: home with mother",
           "| Clinician (signing) | /s/ Ana Reyes, LCSW |", "TOT F2F MIN: 53      UNITS: 1", "Signed: Ana Reyes, LCSW"]


def _finishes(fn, *args):
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args).result(timeout=GUARD_S)


@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "\n" * 3000, " \t" * 1500])
@pytest.mark.parametrize("codes", [["90847", "90785"], ["90839", "90837"]])
def test_a_note_padded_between_its_fields_is_checked_in_one_pass(run, codes):
    # a PDF export's column gaps and blank pages: the same findings as the unpadded note, in seconds
    padded = run.join(_FIELDS)
    started = time.perf_counter()
    report = _finishes(audit_case, [padded], "Medicaid", codes)
    assert time.perf_counter() - started < GUARD_S
    assert report.findings is not None


def test_padding_inside_fields_keeps_the_fields_readable():
    gap = " " * 2500
    note = "\n".join(f.replace(" ", gap, 1) if ":" not in f else f.replace(": ", ":" + gap, 1) for f in _FIELDS)
    report = _finishes(audit_case, [note], "Medicaid", ["90847"])
    rules = {f.rule for f in report.findings}
    assert "signature_missing" not in rules and "minutes_missing" not in rules and "date_of_service_missing" not in rules


@pytest.mark.parametrize("text", [
    "Session length" + " " * 2000 + "x",
    "Client" + " " * 2000 + "9" + " " * 2000 + "min",
    "in" + "\t" * 2000 + "2:00" + " " * 2000 + "out" + " " * 2000 + "x",
    "Oren" + " " * 2000 + "x",
    "Dx" + " " * 2000 + "(" + " " * 2000 + "Oren" + " " * 2000 + "x",
])
def test_time_and_name_patterns_are_linear_on_a_long_gap(text):
    from assistant.audit import rules_coding, time_forms, timing

    def run() -> None:
        for rx in (timing._FIELD, timing._FIELD_END, timing._UNIT_LABEL, timing._RANGE, timing._IN_OUT, timing._START,
                   time_forms._ZONE, rules_coding._NAMED_CLIENT, rules_coding._NAME_PRESENT, rules_coding._NAME_ABSENT):
            rx.search(text)
            rx.match(text, 4)

    started = time.perf_counter()
    _finishes(run)
    assert time.perf_counter() - started < 5


def test_the_linear_patterns_read_what_they_read_before():
    from assistant.audit import rules_coding, time_forms, timing

    assert timing._UNIT_LABEL.search("TOT F2F MIN: 055      UNITS: 1").group(2) == "055"
    assert timing._FIELD.search("DOS 04/08 |  approx. ") and not timing._FIELD.search("met for")
    assert timing._FIELD_END.match(" min - in office") and not timing._FIELD_END.match(" min of homework")
    assert time_forms._ZONE.match("   (EST)").group(1) == "E"
    assert rules_coding._NAMED_CLIENT.search("Family: Ng          Child: Ari, age 6").group(1) == "Ari"
    assert rules_coding._NAMED_CLIENT.search("Family: Ng \tYouth: Ari").group(1) == "Ari"
    assert not rules_coding._NAMED_CLIENT.search("Family: Ng  Youth: Ari")  # two spaces and no tab: one field
    assert rules_coding._NAME_PRESENT.match(" then joined at 5:20") and rules_coding._NAME_PRESENT.match(" - present")
    assert rules_coding._NAME_ABSENT.match(" - absent") and rules_coding._NAME_ABSENT.match(" rode over but would not come in")


@pytest.mark.parametrize("text, cued", [
    ("Session: relapse-prevention CBT - mapped high-risk situations for the holiday.", False),
    ("Relapse prevention plan reviewed with her sponsor.", False),
    ("He relapsed on Friday after 40 days sober.", True),
    ("No relapse since the last session.", True),
])
def test_relapse_prevention_is_an_intervention_not_progress(text, cued):
    from assistant.audit.catalog import cue

    assert bool(cue("progress").search(text)) is cued
