"""The documentation audit on a thirty-seventh set of note shapes, examples written here (three or more per class, and
examples each change must leave alone): a note kept as a JSON Lines event log (one JSON object a line); a consent key
read with the object it sits in ("tele": {"consent": ...}); the date a consent form is on file is not the date of
service; a bilingual "Location" label after a spaced dash and a location written first in the client's language; a
telehealth title under a banner set off by a rule; passive ideation told as indifference to dying or as a wish not to
wake up after something done first."""
from __future__ import annotations

import json

import pytest

from assistant.audit.bilingual_labels import english_labels
from assistant.audit.exports import json_as_fields
from audit_notes import names, rules

SIGNED = "Signed: Marisol Okonkwo-Reyes, LCSW"
BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
        "Interventions: behavioral activation; activity scheduling.\nResponse: PHQ-9 12 (15 last month); walked 3 of 7 days.\n"
        "Risk: denies SI/HI.\nTreatment plan 07/14/2026, review 10/14/2026: PHQ-9 below 10 by 01/31/2027; weekly x 16.\n")


def _ndjson(*events: dict) -> str:
    return "\n".join(json.dumps(e) for e in events)


# --- a JSON Lines (NDJSON) event log -----------------------------------------------------------------------------------
_LOG_VISIT = _ndjson(
    {"event": "visit.start", "at": "2026-09-14T10:02:00-05:00", "visit": "V-1", "place_of_service": "11"},
    {"event": "dx", "code": "F41.1", "label": "Generalized anxiety disorder"},
    {"event": "therapy", "start_time": "10:05", "end_time": "10:58", "duration_minutes": 53,
     "interventions": ["cognitive restructuring", "worry exposure"], "response": "GAD-7 15 -> 11; practiced worry time"},
    {"event": "plan", "plan_date": "2026-08-01", "review_date": "2026-11-01", "goals": ["GAD-7 under 8 by 2027-01-31"]},
    {"event": "risk", "text": "denies SI/HI"},
    {"event": "signed", "signed_by": "Tobias Lindqvist-Amare, LPC"})
_LOG_AUDIT = _ndjson(
    {"type": "session_opened", "ts": "2026-10-02T15:00:00Z", "date_of_service": "2026-10-02"},
    {"type": "note_body", "body": "Client reports fewer panic attacks (2 vs 5). Used interoceptive exposure."},
    {"type": "diagnosis", "icd10": "F41.0"},
    {"type": "time", "start": "15:00", "stop": "15:45", "minutes": 45},
    {"type": "treatment_plan", "dated": "2026-09-01", "objective": "PDSS under 8 by 2026-12-15"},
    {"type": "signature", "signed_by": "Ines Varga, PsyD"})
_LOG_SPACED = "\n\n".join(json.dumps(e) for e in (
    {"kind": "open", "visit_date": "2026-07-21", "pos": "11"},
    {"kind": "psychotherapy", "minutes": 40, "start": "13:00", "end": "13:40", "method": "motivational interviewing",
     "progress": "drinks down from 20 to 12 a week"},
    {"kind": "dx", "code": "F10.20"},
    {"kind": "plan", "plan_date": "2026-06-30", "goal": "12 or fewer drinks a week by 2026-09-30"},
    {"kind": "close", "signed_by": "Rhea Castellanos, LCSW"}))


@pytest.mark.parametrize("note, codes", [(_LOG_VISIT, ["90837"]), (_LOG_AUDIT, ["90834"]), (_LOG_SPACED, ["90834"])])
def test_a_json_lines_log_is_read_as_its_labelled_fields(note, codes):
    found = names(note, codes=codes)
    assert not found & {"minutes_missing", "treatment_plan_missing", "signature_missing", "date_of_service_missing",
                        "interventions_missing", "diagnosis_missing", "progress_missing"}


def test_each_line_of_the_log_becomes_labelled_lines():
    text = json_as_fields(_LOG_AUDIT)
    assert "Signed by: Ines Varga, PsyD" in text and "Minutes: 45" in text and "{" not in text


@pytest.mark.parametrize("text", [
    '{"a": 1}\nnot json at all',                      # one line of prose: not a log
    '{"only": "one record"}',                          # a single object is a JSON document, read as before
    '[1, 2]\n[3, 4]',                                  # lines that are arrays, not records
    'Client seen today.\nShe brought her log.\n{"note": "pasted"}\n{"x": 2}'])  # prose first: not a log
def test_text_that_is_not_a_log_of_records_is_left_alone(text):
    out = json_as_fields(text)
    assert out == text or text.count("\n") == 0


# --- a consent key read with its parent object --------------------------------------------------------------------------
def _tele_record(tele: dict) -> str:
    return json.dumps({"date_of_service": "2026-10-05", "pos": "10", "modifiers": ["95"],
                       "modality": "video", "tele": tele, "start": "09:00", "end": "09:53",
                       "note": BODY, "signed_by": "Marisol Okonkwo-Reyes, LCSW"})


@pytest.mark.parametrize("tele", [
    {"platform": "Doxy.me", "client_location": "home, Tulsa, OK", "consent": "on file 2026-08-27"},
    {"client_location": "her car, Fargo, ND", "consent": True},
    {"client_location": "work break room, Omaha, NE", "consent": "verbal, today"}])
def test_a_consent_key_under_a_telehealth_object_is_telehealth_consent(tele):
    assert "telehealth_consent_missing" not in names(_tele_record(tele), codes=["90837"])


def test_a_consent_key_under_another_object_is_not_telehealth_consent():
    note = json.loads(_tele_record({"client_location": "home, Tulsa, OK"}))
    note["treatment"] = {"consent": "signed 2026-08-01"}
    assert "telehealth_consent_missing" in names(json.dumps(note), codes=["90837"])
    assert "Treatment consent: signed" in json_as_fields(json.dumps(note))


# --- the date a consent is on file is not the date of service ------------------------------------------------------------
@pytest.mark.parametrize("line", ["Consent: on file 2026-08-27", "Telehealth consent - signed 03/02/2026",
                                  "Consent:  dated 5/1/2026"])
def test_a_consent_forms_date_is_not_a_date_of_service(line):
    note = f"PROGRESS NOTE\nStart 10:00  End 10:53\n{line}\n{BODY}{SIGNED}"
    assert "date_of_service_missing" in names(note, codes=["90837"])


def test_a_date_of_service_beside_a_consent_line_still_counts():
    note = f"PROGRESS NOTE\nDOS: 03/04/2026\nConsent: on file 2026-02-27\n{BODY}{SIGNED}"
    assert "date_of_service_missing" not in names(note, codes=["90837"])


# --- a bilingual Location label after a spaced dash; the place written first in the client's language ------------------
_VIDEO_HEAD = "VIDEO SESSION (90837)\nDate: 10/05/2026\nStart: 09:00   End: 09:55\nTelehealth consent: verbal, on file\n"


@pytest.mark.parametrize("line", [
    "POS 10, modifier 95 \u2014 Eneo / Location: nyumbani, Columbus, OH (home, bedroom)",
    "Modifier 95 \u2013 Location: nh\u00e0 ri\u00eang (home), San Jose",
    "Location: sa bahay ng kapatid, Daly City, CA"])
def test_a_location_field_in_the_clients_words_with_a_gloss_or_a_state_is_a_location(line):
    note = _VIDEO_HEAD + line + "\n" + BODY + SIGNED
    assert "telehealth_location_missing" not in names(note, codes=["90837", "95"])


@pytest.mark.parametrize("line", [
    "Location: clinic office, Portland, OR (provider)",
    "Location: Zoom (video)",
    "POS 10 \u2014 Location: telehealth"])
def test_a_location_field_about_the_clinic_or_the_platform_is_not_the_clients_place(line):
    note = _VIDEO_HEAD + line + "\n" + BODY + SIGNED
    assert "telehealth_location_missing" in names(note, codes=["90837", "95"])


def test_a_label_pair_after_a_spaced_dash_is_read_as_its_english_half():
    assert english_labels("POS 10 \u2014 Toerana / Location: trano") == "POS 10 \u2014 Location: trano"
    assert english_labels("Mood \u2014 calm / affect: flat") == "Mood \u2014 calm / affect: flat"


# --- a telehealth title under a banner set off by a rule -----------------------------------------------------------------
@pytest.mark.parametrize("banner", [
    "Lunar calendar: 14th day of the 8th month\nMid-Autumn festival week",
    "Printed from the shared drive 10/05/2026 09:58\nPage 1 of 1\nFolder: 2026 notes",
    "\u2600 Sunrise 6:58 am \u00b7 Sunset 6:31 pm\nDay 3 of the school strike"])
def test_a_telehealth_title_under_a_banner_and_a_rule_is_read(banner):
    note = (f"{banner}\n----------------------------------\nBEHAVIORAL HEALTH VIDEO VISIT\n"
            f"Client: T. Ahn   Date: 10/05/2026   09:00-09:53   POS 10   90837-95\n"
            f"Client location: home, Albany, NY\n{BODY}{SIGNED}")
    assert "telehealth_consent_missing" in names(note, codes=["90837"])


@pytest.mark.parametrize("title", ["IN-OFFICE VISIT", "PROGRESS NOTE - office", "INDIVIDUAL PSYCHOTHERAPY"])
def test_an_office_title_under_a_rule_is_not_telehealth(title):
    note = (f"Calendar: week 41\nHoliday hours posted\n=====================\n{title}\n"
            f"Client: T. Ahn   Date: 10/05/2026   09:00-09:53   POS 11   90837\n{BODY}{SIGNED}")
    assert not names(note, codes=["90837"]) & {"telehealth_consent_missing", "telehealth_location_missing"}


# --- passive ideation told as indifference to dying, or not waking up after something done first ------------------------
@pytest.mark.parametrize("words", [
    "\"Some mornings I wouldn't mind not waking up\" (passive, most weeks); no plan or intent.",
    "Says she doesn't care if she dies anymore; no plan, no intent.",
    "He said he wouldn't mind if he never woke up; no intent.",
    "She thought the kids would be better off if she took the whole bottle and never woke up; no plan.",
    "Wishes he could drink himself to sleep and not wake up, most nights this month."])
def test_passive_ideation_in_the_clients_words_needs_a_safety_plan_and_a_reassessment(words):
    first = f"DOS: 09/01/2026\nRisk: {words}\n" + BODY.replace("Risk: denies SI/HI.\n", "") + SIGNED
    second = "DOS: 09/08/2026\n" + BODY.replace("Risk: denies SI/HI.\n", "") + SIGNED
    found = rules(first, second, codes=["90834"])
    assert ("safety_plan_missing", 0) in found and ("risk_not_reassessed", 1) in found


@pytest.mark.parametrize("words", [
    "She wouldn't mind waking up earlier for the gym.",
    "If I nap after work and don't wake up until 9 I miss dinner.",
    "He would be better off if he went to bed early and didn't wake up at 3 am to check email.",
    "Denies passive death wish; said he wouldn't mind not working weekends."])
def test_sleep_and_plans_in_the_same_words_are_not_ideation(words):
    note = f"DOS: 09/01/2026\nS: {words}\n{BODY}{SIGNED}"
    assert "safety_plan_missing" not in names(note, codes=["90834"])
