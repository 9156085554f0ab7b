"""KEEP classes from the twenty-fourth blind set (examples written here): a one-word insurer in an insurer's field, a
state's Medicaid brand that begins with "Health" and ends in the state's name, instruments the letters' catalog does not
list (risk, capacity, bedside cognition, sedation; kept_instruments.yaml) with the fraction written after them, a
neurocognitive diagnosis named after its code, and the "It's" a payer was said after. Names beside them stay redacted."""
from __future__ import annotations

import pytest

from assistant.phi.keep import find_keep
from assistant.phi.payers import find_plans
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, insurer", [
    ("Claim ref. 55-1180\nCarrier: Aflac    Policy no. 8830 1172", "Aflac"),
    ("Insurer: Unum, group long-term disability, claim opened in March", "Unum"),
    ("Insurance carrier: Mutual of Omaha   Member ID pending", "Mutual of Omaha"),
])
def test_a_one_word_insurer_in_an_insurers_field_is_kept(detector, text, insurer):
    assert untouched(detector, text, insurer)


@pytest.mark.parametrize("text, name", [
    ("Carrier: Dolores Whitcombe (the client's aunt) pays the copay", "Dolores Whitcombe"),
    ("Insurer: Bartholomew Ekwueme", "Bartholomew Ekwueme"),
    ("Carrier: Ignatius Fairbrook, subscriber", "Ignatius Fairbrook"),
])
def test_a_person_written_in_an_insurers_field_stays_redacted(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, brand", [
    ("Asked for her card at the desk; it's Health Choice Arizona.", "Health Choice Arizona"),
    ("Coverage changed in June to Healthy Connections Iowa after the move.", "Healthy Connections Iowa"),
    ("Mom says the new card reads Health Partners Nevada.", "Health Partners Nevada"),
])
def test_a_state_brand_beginning_with_health_is_a_payer(detector, text, brand):
    at = text.index(brand)
    assert (at, at + len(brand)) in set(find_plans(text))
    assert untouched(detector, text, brand)


def test_a_city_after_the_state_name_is_no_state_brand():
    text = "Referred by Health Partners Colorado Springs for a second opinion."
    assert not any(text[a:b].startswith("Health Partners") for a, b in find_plans(text))


@pytest.mark.parametrize("text, value", [
    ("Risk review: Modified SAD PERSONS 9 today, down from 11 at intake.", "Modified SAD PERSONS 9"),
    ("Capacity interview with the MacCAT-CA; reasoning section done, understanding 11/16.", "MacCAT-CA"),
    ("Bedside screen: Trails B 148 s, Serial Sevens 3/5, Digit Span 5 forward.", "Serial Sevens 3/5"),
    ("Bedside screen: Trails B 148 s, Serial Sevens 3/5, Digit Span 5 forward.", "Trails B"),
    ("After the dose the MOAA/S was 4/5 at 40 minutes and back to 5 by discharge.", "MOAA/S was 4/5"),
    ("Cognition: Clock Drawing Test 3/4, recalled 2 of 3 words.", "Clock Drawing Test 3/4"),
])
def test_instruments_the_catalog_lacks_keep_their_name_and_score(detector, text, value):
    at = text.index(value)
    assert any(a <= at and at + len(value) <= b for a, b in find_keep(text))
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, name", [
    ("Dr. Sage Whitlowe reviewed the SAGE 17 result with the family.", "Sage Whitlowe"),
    ("Cam Oduya, her nephew, drove her to the CAM-ICU follow-up.", "Cam Oduya"),
])
def test_an_instrument_named_like_a_person_does_not_keep_the_person(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, diagnosis", [
    ("Dx:\n  1. F02.A0 Mild neurocognitive disorder due to Alzheimer's disease, probable", "Mild neurocognitive disorder"),
    ("  3. F06.70 Major neurocognitive disorder due to traumatic brain injury, with behavioral disturbance",
     "Major neurocognitive disorder due to traumatic brain injury"),
    ("Impression: Major vascular neurocognitive disorder, per the memory clinic.", "Major vascular neurocognitive disorder"),
])
def test_a_neurocognitive_diagnosis_keeps_its_words(detector, text, diagnosis):
    assert untouched(detector, text, diagnosis)


@pytest.mark.parametrize("text, leftover", [
    ("Card on file? It's Medicaid, same as last year.", "It's"),
    ("That's Health Choice Arizona on the back of the card.", "That's"),
    ("There's Medicare Part B too, per the intake form.", "There's"),
])
def test_the_words_a_payer_was_said_after_are_not_redacted(detector, text, leftover):
    assert untouched(detector, text, leftover)
