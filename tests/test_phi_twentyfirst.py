"""Classes of PHI leaks from the twenty-first blind set (examples written here): a rail vehicle's number after its
label ("locomotive", "railcar"), a military service number written in groups, a device's serial in a bracket after
its model, an age of 90 or more in a form field named for an event in two words ("Age on travel date:"), a quoted
nickname right after a person's role or relation; and what must stay: a score after a two-word label, a quoted
phrase that is no name, a bracketed model code without digits and letters mixed."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Lead locomotive: KCS 2210 struck the trespasser at dusk.", "KCS 2210"),
    ("He was riding railcar #88104 when it happened.", "88104"),
    ("Trailing loco no. BNSF 7719 was undamaged.", "BNSF 7719"),
])
def test_a_rail_vehicle_number_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Service no.: US 55 120 774 per his discharge papers.", "US 55 120 774"),
    ("Army service number 4471902 appears on the DD-214.", "4471902"),
    ("Military service #: ER 30 118 562 (Navy).", "ER 30 118 562"),
])
def test_a_military_service_number_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Her Pixel 8 Pro (R5CW31KQ8ZB) was wiped remotely.", "R5CW31KQ8ZB"),
    ("Returned the MacBook Air (C02XK1JHG5) to IT.", "C02XK1JHG5"),
    ("Logged from tablet (SN: HT7Q22PLM4) at the shelter.", "HT7Q22PLM4"),
])
def test_a_device_serial_in_a_bracket_after_the_model_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Age on travel date: 93   Branch: Navy", "93"),
    ("Age as of service start: 91", "91"),
    ("Age at program entry = 94; lives alone.", "94"),
])
def test_an_age_field_named_for_an_event_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Debriefed with the medic \"Doc\" after the call.", "Doc"),
    ("Stays with my cousin \"Bubba\" on weekends.", "Bubba"),
    ("Group 3: participant 07 -- foreman \"Red\".", "Red"),
])
def test_a_quoted_nickname_after_a_role_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Score on intake measure: 92 (moderate range).", "92"),
    ("Her boss \"really hates me\" she said.", "really hates me"),
    ("Uses an iPhone (ANDROID) for the app.", "ANDROID"),
])
def test_scores_phrases_and_model_words_stay(detector, text, value):
    assert untouched(detector, text, value)
