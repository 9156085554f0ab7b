"""Denial forms written in plain words: coordination of benefits, affiliate networks, records "we still don't have",
a place of service that had to differ, authorization asked after care began, a progress note (a document, not
progress), notice dates with a note in brackets, windows in business days, reasons taken back, and an earlier
decision quoted in a later one. Each class with examples written here."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


@pytest.mark.parametrize("text", [
    "Claim denied. Our records show you may have other health coverage that pays before this plan.",
    "This service was denied because other medical insurance is primary for this member; send the primary EOB.",
    "We denied the claim: the member's other group plan pays first under the birthday rule.",
])
def test_other_coverage_that_pays_first_is_other(text):
    assert "other" in reasons(text)


@pytest.mark.parametrize("text", [
    "These sessions cannot be paid: Ms. Ruiz is not a ComPsych affiliate provider.",
    "Denied. The counselor is a non-affiliated provider under your assistance program.",
    "Benefits are only available through participating Beacon counselors, so the 3 visits are denied.",
])
def test_a_provider_outside_the_program_s_network_is_out_of_network(text):
    assert "out_of_network" in reasons(text)


@pytest.mark.parametrize("text", [
    "The reviewer denied the extension. We still don't have the updated psych eval you promised, so it was not weighed.",
    "Finding 2 - Records not provided. No progress note was received for two dates of service.",
    "Denied: the plan hasn't received the discharge summary requested on 4/2.",
])
def test_records_the_payer_never_got_are_insufficient_documentation(text):
    found = reasons(text)
    assert "insufficient_documentation" in found and "no_progress_or_maintenance" not in found


@pytest.mark.parametrize("text", [
    "Payment recovered: video sessions with the member at home must be billed with place of service 10.",
    "Denied. This service should have been billed with modifier 95.",
    "The claim was submitted with the wrong place of service; you may send a corrected claim.",
])
def test_a_claim_that_had_to_be_billed_otherwise_is_a_coding_error(text):
    assert "coding_or_billing_error" in reasons(text)


@pytest.mark.parametrize("text", [
    "Denied for 08/25-09/21. The request was received on 09/22, after these services began.",
    "Your retroactive authorization request is denied; retro review is only allowed when eligibility is retroactive.",
    "Prior approval must be obtained before the admission. The request came in after the admission, so we deny it.",
])
def test_authorization_asked_after_care_began_is_no_prior_authorization(text):
    assert "no_prior_authorization" in reasons(text)


@pytest.mark.parametrize("text, expected", [
    ("Date of notice (mailed): October 2, 2025\nDenied: not medically necessary. A fair hearing request must be received "
     "by December 31, 2025.", 90),
    ("Notice date (sent): 03/02/2026\nThe request is denied as not medically necessary. You must appeal by "
     "05/01/2026.", 60),
    ("Decision date (final): June 1, 2025\nDenied: not medically necessary. Ask for a review by July 1, 2025.", 30),
])
def test_a_notice_date_label_with_a_note_in_brackets_is_the_notice_date(text, expected):
    assert read_denial(text).as_dict()["appeal_deadline_days"] == expected


@pytest.mark.parametrize("text, expected", [
    ("January 29, 2026\nFinding: 90837 is not medically necessary. An appeal must be received within 30 business "
     "days of the date of this letter, that is, no later than March 13, 2026.", 43),
    ("Monday, March 2, 2026\nDenied as not medically necessary. You may appeal within 10 business days of this "
     "notice.", 14),
    ("Denied as not medically necessary. You may appeal within 15 working days.", 21),
])
def test_a_window_in_business_days_counts_in_calendar_days(text, expected):
    assert read_denial(text).as_dict()["appeal_deadline_days"] == expected


@pytest.mark.parametrize("text", [
    'Call log: rep said "denied CO-29, timely filing" -- that was for a different claim. The 90834 line: not '
    'medically necessary.',
    "CO-29 printed on the remit is a mistake; this claim is not timely filing. Denied: not medically necessary.",
    "Rep read timely filing off the wrong claim. Actual reason: the service is not medically necessary.",
])
def test_a_reason_the_letter_takes_back_is_not_a_reason(text):
    assert reasons(text) == {"not_medically_necessary"}


@pytest.mark.parametrize("text, kept", [
    ('You asked us to reconsider our January 27, 2026 letter, which said:\n\n    "Twice-weekly therapy is not '
     'medically necessary. The records did not include a treatment plan."\n\nThe plan has been received, so that '
     'part no longer applies. After April 1 a second weekly session exceeds the frequency your records support and is '
     'not medically necessary.', {"not_medically_necessary", "frequency_or_duration_exceeds_guidelines"}),
    ('Our earlier notice stated:\n\n    "The request lacked a signed treatment plan and was not prior authorized."\n\n'
     'We now have the signed plan. We still deny the claim because no prior authorization was obtained.',
     {"no_prior_authorization"}),
    ('The original determination read:\n\n    "Residential care is not medically necessary; IOP is appropriate."\n\n'
     'We have reviewed your appeal and the original determination is upheld.',
     {"not_medically_necessary", "lower_level_of_care_appropriate"}),
])
def test_an_earlier_decision_quoted_counts_only_when_the_letter_gives_no_reason_of_its_own(text, kept):
    assert reasons(text) == kept
