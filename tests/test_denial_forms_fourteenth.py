"""Denial readings on a fourteenth set of forms, examples written here (three or more per class): a line that breaks a
sentence is no heading ("Appeal rights, time frames and contact / information are stated in the cover notice"); a
newsletter's reminder decides nothing; a warning that the filing clock keeps running is no timely-filing denial; a
clearinghouse's terse messages (not eligible for benefits, a diagnosis code that needs more characters); a lower
level said plainly or through a translation; a reimbursement policy's id."""
from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

LETTER = ("NOTICE OF ADVERSE DETERMINATION\nMember: J. Doe\nDear Provider:\n{body}\n"
          "You may appeal within 180 days of this notice.\n")


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


@pytest.mark.parametrize("wrapped", [
    "Appeal rights, time frames and contact\ninformation are stated in the cover notice.",
    "How to appeal and the time\nlimits are in the notice we mailed to the member.",
    "Your rights, including the right to a free copy of the\ncriteria, are listed in the attached notice.",
])
def test_a_wrapped_sentence_is_no_heading(wrapped):
    text = ("ATTACHMENT A - REVIEWER RATIONALE\n" + wrapped + "\n\nRationale. The member has no symptoms that need 24-hour care. "
            "His needs can be met safely at Level 2.1 Intensive Outpatient. Continued stay is not medically necessary.\n")
    assert {"lower_level_of_care_appropriate", "not_medically_necessary"} <= reasons(text)


@pytest.mark.parametrize("reminder", [
    "REMINDER: NO PRIOR AUTHORIZATION FOR ROUTINE OUTPATIENT THERAPY",
    "Tip: out-of-network claims need the member's signed assignment of benefits.",
    "Did you know: most benefit limits reset on January 1.",
])
def test_a_newsletter_reminder_decides_nothing(reminder):
    text = LETTER.format(body=reminder + "\n\nClaims with no session time documented are denied: the record must show start and stop "
                         "times. Documentation does not support the service billed.")
    found = reasons(text)
    assert found and not found & {"no_prior_authorization", "out_of_network", "benefit_limit_reached"}


@pytest.mark.parametrize("warning", [
    "The payer's timely filing limit continues to run from the date of service while a claim is in rejected status.",
    "Corrected claims remain subject to the timely filing limit in your agreement.",
    "To avoid timely filing denials, resubmit within 90 days.",
])
def test_a_timely_filing_warning_is_no_reason(warning):
    text = LETTER.format(body="Denied: the diagnosis code F43.2 is invalid - code requires additional characters. " + warning)
    assert "timely_filing" not in reasons(text) and "coding_or_billing_error" in reasons(text)


def test_a_late_claim_is_still_timely_filing():
    assert "timely_filing" in reasons(LETTER.format(body="This claim was denied because it was received after the timely filing limit."))


@pytest.mark.parametrize("message, category", [
    ("Msg: Entity not eligible for benefits for submitted dates of service.", "other"),
    ("Subscriber coverage on file termed 08/31/2025.", "other"),
    ("Policy terminated 07/31/2025 - no coverage on the date of service.", "other"),
    ("Msg: Diagnosis code F43.2 invalid - code requires additional characters.", "coding_or_billing_error"),
    ("Dx code F41 incomplete: requires a 4th character.", "coding_or_billing_error"),
    ("Procedure code 9083 invalid.", "coding_or_billing_error"),
])
def test_clearinghouse_messages(message, category):
    text = "CLAIM ACKNOWLEDGMENT REPORT (277CA)\nPATIENT  DOS  STATUS\nDOE, JANE 09/04/2025 REJECTED A7\n" + message + "\n"
    assert category in reasons(text)


@pytest.mark.parametrize("sentence", [
    "The intensive program is a level of care more high than what your son needs at this moment.",
    "His needs can be attended with therapy of outpatient, for example individual therapy each week.",
    "His composite score was 15, which corresponds to level 2 (outpatient services).",
])
def test_a_lower_level_said_plainly_or_through_a_translation(sentence):
    assert "lower_level_of_care_appropriate" in reasons(LETTER.format(body="We denied this service. " + sentence))


@pytest.mark.parametrize("sentence, policy", [
    ('Under our reimbursement policy BH-RP-0042, "Time-Based Psychotherapy Services" (rev. 03/2025), 90837 needs 53 minutes.', "BH-RP-0042"),
    ("Per payment policy PP-117, add-on codes are not separately payable.", "PP-117"),
    ("Our medical policy MP-4.021 does not cover this service.", "MP-4.021"),
])
def test_a_policy_id_is_cited(sentence, policy):
    cited = read_denial(LETTER.format(body=sentence)).criteria_cited
    assert any(policy in c for c in cited)
