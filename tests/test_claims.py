"""Unsupported claims: invented codes, scores, medications and events are flagged; supported and negated ones are not."""
from __future__ import annotations

import pytest

from assistant.letters.claims import unsupported_claims

NOTES = [
    "INTAKE - 01/13/2025 (90791)\nLow mood since his stroke; retired early. PHQ-9 = 14 (01/13/2025). GAD-7 = 8.\n"
    "C-SSRS: denies SI; no history of attempts. No prior hospitalizations.\n"
    "Medications per PCP: aspirin, atorvastatin. No psychiatric medication.\n"
    "Dx: F43.21 Adjustment disorder with depressed mood.\nPlan: CBT weekly 45 min.",
    "PROGRESS NOTE - 03/24/2025 - 90834\nFewer angry outbursts. PHQ-9 = 10 today.",
]
REQUEST = {"codes": ["90834"], "frequency": "weekly, 45 minutes", "sessions_or_units": "10 sessions",
           "date_range": "next 10 weeks"}
SUPPORTED = ("He has adjustment disorder with depressed mood (F43.21). His PHQ-9 fell from 14 on 01/13/2025 to 10 on "
             "03/24/2025; GAD-7 8. He denies suicidal ideation and has no history of suicide attempts or "
             "hospitalization. He takes aspirin and atorvastatin; no psychiatric medication. I request CPT 90834 weekly. "
             "Without continued care he is at risk of hospitalization.")


def test_supported_letter_has_no_unsupported_claims():
    assert unsupported_claims(SUPPORTED, NOTES, REQUEST) == []


@pytest.mark.parametrize("sentence, needle", [
    ("He also has major depressive disorder (F33.1).", "F33.1"),
    ("Billed as CPT 90837.", "90837"),
    ("His PHQ-9 is now 6.", "PHQ-9 score 6"),
    ("His PCL-5 was 52.", "PCL-5 score 52"),
    ("He takes sertraline 50 mg.", "sertraline"),
    ("He was started on Xanax.", "alprazolam"),
    ("He is on a benzodiazepine.", "benzodiazepine"),
    ("He made a suicide attempt by overdose in 2020.", "suicide attempt"),
    ("He was hospitalized in 2023.", "hospitalization"),
    ("He reports cutting his arms.", "self-harm"),
    ("He has no history of psychosis.", "no psychosis"),
])
def test_invented_claims_are_flagged(sentence, needle):
    claims = unsupported_claims(SUPPORTED + " " + sentence, NOTES, REQUEST)
    assert any(needle in c for c in claims), claims


def test_text_inside_missing_markers_is_ignored():
    letter = SUPPORTED + " [MISSING: Was a repeat PHQ-9 given after 03/24/2025? Is F32.1 also a diagnosis? Any sertraline?]"
    assert unsupported_claims(letter, NOTES, REQUEST) == []


def test_negated_claims_need_the_notes_to_say_so():
    notes = ["Dx: F41.1 Generalized anxiety disorder. GAD-7 = 15."]
    claims = unsupported_claims("She denies suicidal ideation.", notes, {})
    assert any("no suicidal ideation" in c for c in claims)
    notes_with_screen = notes + ["C-SSRS screen negative."]
    assert unsupported_claims("She denies suicidal ideation.", notes_with_screen, {}) == []


def test_contradicting_a_documented_event_is_flagged():
    notes = ["C-SSRS: lifetime suicide attempt by overdose at 16; current passive SI."]
    claims = unsupported_claims("She has never made a suicide attempt.", notes, {})
    assert any("no suicide attempt" in c for c in claims)


def test_request_codes_support_the_letter():
    letter = "Requesting IOP under revenue code 0905 and S9480 for 18 program days."
    assert unsupported_claims(letter, ["IOP assessment."], {"codes": ["Revenue code 0905", "S9480"]}) == []


def test_placeholder_letter_and_notes():
    notes = ["INTAKE <DATE_1>\n<PERSON_1>: PCL-5 = 56 (<DATE_1>). Dx: F43.10 PTSD. Medication: none."]
    letter = "<PERSON_1> has PTSD (F43.10) with a PCL-5 of 56 on <DATE_1>; no psychiatric medication. Prazosin was added."
    claims = unsupported_claims(letter, notes, {})
    assert claims == ["medication prazosin is not in the notes"]
