"""Questions answered from the twenty-third round of blind sets: who may bill whose work.

A question about a billing arrangement (incident-to, billing under another clinician's number, locum tenens,
reassigned benefits) is answered by the arrangement's rules whatever the code that was billed; the code is what was
billed, not what is asked, so a code the sources never mention does not make the question uncovered.
"""

from __future__ import annotations

import pytest

from assistant.criteria.codes import unknown_codes

_KNOWN = {"90832", "90834", "90837", "incident", "npi", "number", "name", "tenen", "locum", "reassign", "enroll",
          "enrollment", "licens", "license"}


@pytest.mark.parametrize("question", [
    "Our psychologist's 96136 testing went out incident-to the owner's number. Is that allowed?",
    "Can my associate's H2014 skills groups be billed under my NPI while she waits for credentialing?",
    "Could a locum tenens clinician cover my 97153 sessions next month, and how is it billed?",
    "The 96158 visits were billed by the group under her enrollment. Does the LCSW need her own?",
])
def test_a_billing_arrangement_is_asked_whatever_the_code(question):
    assert unknown_codes(question, _KNOWN) == ()


@pytest.mark.parametrize("question,codes", [
    ("Is 96136 paid when a technician gives the tests, and how many units can we bill?", ("CPT 96136",)),
    ("What documentation does H2014 need before we bill the skills group?", ("HCPCS H2014",)),
    ("Bill 97153 per 15 minutes: what is the daily maximum of units?", ("CPT 97153",)),
])
def test_a_code_of_its_own_is_still_judged_by_the_sources(question, codes):
    assert unknown_codes(question, _KNOWN) == codes


def test_an_arrangement_the_sources_never_name_does_not_cover_the_code():
    # the arrangement's own word must be in the sources: otherwise the code decides, as before
    assert unknown_codes("Can the 96136 testing be billed incident-to me?", {"90837"}) == ("CPT 96136",)
