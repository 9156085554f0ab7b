"""Denial forms of a sixth kind: a portal record whose deadline is a labelled field and whose other dates (admit,
request received) are not the notice date, and a schedule cut told as what the ratings "do not support". Each class
with examples written here."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

PORTAL = """Authorization detail (portal)
Payer: Aetna
Status: DENIED
{other_label}: 03/02/2026
Decision Date: 03/10/2026
Denial Reason: precertification not obtained before admission.
{deadline_label}: {deadline}
"""


@pytest.mark.parametrize("other_label, deadline_label, deadline, days", [
    ("Admit Date", "Appeal Filing Deadline", "05/09/2026", 60),
    ("Request Received Date", "Deadline to appeal", "April 9, 2026", 30),
    ("Service Start Date", "Last day to file an appeal", "2026-09-06", 180),
])
def test_a_labelled_deadline_counts_from_the_decision_date(other_label, deadline_label, deadline, days):
    reading = read_denial(PORTAL.format(other_label=other_label, deadline_label=deadline_label, deadline=deadline)
                          + "You may file a provider appeal through the portal.\n")
    assert reading.appeal_deadline_days == days


@pytest.mark.parametrize("sentence", [
    "These ratings support intensive outpatient care. They do not support attending five days a week.",
    "The record does not support sessions three times a week; weekly sessions meet the member's needs.",
    "Her current symptoms do not support participation 5 days per week in the program.",
])
def test_a_schedule_the_ratings_do_not_support_is_a_frequency_reason(sentence):
    text = ("AUTHORIZATION DETERMINATION - PARTIAL APPROVAL\nWe approved part of this request and did not approve the rest.\n"
            "Why part of the request was not approved\n" + sentence + "\n")
    assert "frequency_or_duration_exceeds_guidelines" in {r.category for r in read_denial(text).reasons}


def test_additional_days_not_approved_alone_ends_a_stay_and_is_not_a_frequency_reason():
    text = ("Carelon Behavioral Health\nWe reviewed the request to continue your program. Days through May 2 are covered. "
            "Additional days are not approved. You no longer meet criteria for continued stay.\n")
    assert "frequency_or_duration_exceeds_guidelines" not in {r.category for r in read_denial(text).reasons}
