"""Denial forms of an eighth kind, examples written here (three or more per class): a clinician who is not a
participating provider of the plan (the plan's name between the words) or whose claims were processed as out of
network is an out-of-network reason; a sentence saying no prior authorization is needed is no authorization reason."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

HEAD = "Claims Correspondence\nDate: August 21, 2025\nMember: (redacted)\n\n"
RIGHTS = "\nYou may appeal within 180 days of the date you receive this notice.\n"


def reasons(body: str) -> set[str]:
    return {r.category for r in read_denial(HEAD + body + RIGHTS).reasons}


@pytest.mark.parametrize("body", [
    "We denied payment. The therapist is not a participating Aetna provider, so the plan pays nothing.",
    "Her services were processed as out-of-network, and your EPO plan covers out-of-network care only in emergencies.",
    "We denied these visits because the counselor is not a contracted Cigna clinician for your plan.",
    "Claims for this clinician were paid as out of network at the non-participating rate, which is $0 under your HMO.",
])
def test_a_clinician_outside_the_network_is_an_out_of_network_reason(body):
    assert "out_of_network" in reasons(body)


@pytest.mark.parametrize("body", [
    "We denied payment: the therapist is not a participating Aetna provider. No prior approval is needed for outpatient therapy.",
    "We denied the claim because the provider is out of network. No prior authorization was required for these visits.",
    "The provider is not in our network, so we denied the claim. No precertification is necessary for office visits.",
])
def test_no_authorization_needed_is_no_authorization_reason(body):
    assert "no_prior_authorization" not in reasons(body)


@pytest.mark.parametrize("body", [
    "Why: The notes we received don't show a clinical need for sessions longer than 45 minutes.",
    "We approved 90834. We did not approve psychotherapy longer than 45 minutes for this member.",
    "Sessions longer than 45 minutes were not approved for this member.",
])
def test_a_cut_in_session_length_is_a_frequency_or_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(body)


@pytest.mark.parametrize("body", [
    "Why: The notes we received don't show a clinical need for sessions longer than 45 minutes.",
    "The records you sent do not document a clinical need for 2x/week sessions.",
    "The records we received do not show the need for a residential level of care.",
])
def test_records_that_do_not_show_a_need_are_no_documentation_reason(body):
    assert "insufficient_documentation" not in reasons(body)
