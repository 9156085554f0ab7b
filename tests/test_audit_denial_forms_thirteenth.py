"""Audit and denial classes from a thirteenth set of forms, examples written here (three or more per class). Audit:
a note's labelled billing line names its codes (codes in its plan or a biller's remark do not); credentials in the
letterhead over a signed initial; the client's video call with a relative is no telehealth session; a code named as
replaced is no diagnosis; a deferred mental-status field is no exam; "Client located at: home". Denials: a code or a
determination said to be absent rules its reason out; an appeal decision told by its heading or its outcome line; a
session limit told as what the cover pays for; a service the membership does not cover; "if you think we got this
wrong" opens a review."""
from __future__ import annotations

import pytest

from assistant.audit.billing import read_note_codes
from assistant.denials.read import read_denial
from audit_notes import SIGN, fires

HEAD = "Date of service: 02/05/2026\nDx: F41.1 generalized anxiety disorder.\nTime: 10:02-10:50 (48 min)\n"
BODY = ("Interventions: cognitive restructuring.\nResponse: fewer worry spells.\nRisk: denies SI/HI.\n"
        "Treatment plan dated 01/06/2026: goal GAD-7 below 8 by 06/01/2026.\n")


@pytest.mark.parametrize("note, billed", [
    ("Session date: 02/05/2026  Billed: 90847\nPlan: alternating weekly family sessions (90847) and parent sessions (90846).", {"90847"}),
    ("Billing: 90834 only (biller's note: interpreter use alone does not support 90785).", {"90834"}),
    ("Plan: continue weekly 90834 next month.\nCPT: 90837, 90785 (parents argued in session)", {"90837", "90785"}),
    ("Codes: 90832\nHistory: was seen for 90837 sessions at another clinic in 2023.", {"90832"}),
])
def test_a_labelled_billing_line_names_the_notes_codes(note, billed):
    assert set(read_note_codes(note)[0].procedures) == billed


@pytest.mark.parametrize("top, sign", [
    ("MARISOL OKAFOR, PsyD\nLicensed Clinical Psychologist\n", "\n- M. Okafor"),
    ("Riverside Counseling | Dana Whitlock, LPC | 555-0117\n", "\nSigned: D. Whitlock"),
    ("Therapist: Priya Raman, LMFT\n", "\n/s/ Priya Raman 02/05/2026"),
])
def test_credentials_in_the_letterhead_count_for_the_signer(top, sign):
    assert not fires("credentials_missing", top + HEAD + BODY + sign, codes=["90834"])


@pytest.mark.parametrize("line", [
    "Called his daughter by video twice this week.\n",
    "She FaceTimes her sister in Manila by video on Sundays.\n",
    "Talked with his son over Zoom for the first time in a year.\n",
])
def test_the_clients_video_call_with_a_relative_is_no_telehealth_session(line):
    assert not fires("telehealth_pos_modifier_missing", HEAD + "In person, office.\n" + line + BODY + SIGN, codes=["90834"])


@pytest.mark.parametrize("dx", [
    "Dx: F41.0 Panic disorder (updated from F41.9 after review of the history: recurrent unexpected attacks).",
    "Dx: F33.1 major depressive disorder, recurrent, moderate; previously F32.9 at intake.",
    "Diagnosis changed from F43.10 to F43.12 (chronic, symptoms over 3 months).",
])
def test_a_code_named_as_replaced_is_no_diagnosis(dx):
    note = "Date of service: 02/05/2026\n" + dx + "\nTime: 10:02-10:50 (48 min)\n" + BODY + SIGN
    assert not fires("diagnosis_unspecified", note, codes=["90834"])


CRISIS = ("Date of service: 02/05/2026\nDx: F32.2\nCrisis psychotherapy 14:00-14:55 (55 min). CPT 90839.\n"
          "Assessment: acute suicidal crisis after a breakup; lethality assessed (C-SSRS).\n"
          "Disposition: safe to return home with her sister; safety plan updated.\n")


@pytest.mark.parametrize("mse", [
    "Mental status: deferred (client on the phone in a parked car).\n",
    "MSE - not done.\n",
    "Mental status exam: N/A\n",
])
def test_a_deferred_mental_status_field_is_no_exam(mse):
    assert fires("crisis_elements_missing", CRISIS + mse + SIGN, codes=["90839"])


@pytest.mark.parametrize("where", [
    "Client: T. W. | Client located at: his home, Columbus OH | Clinician: office\n",
    "Patient located at: her car, parked at work\n",
    "Client was at: her dorm room on campus\n",
    "Client located at: break room at work (Grove City, OH), door closed\n",
])
def test_a_location_after_a_colon_is_the_clients_location(where):
    note = HEAD + "Video (doxy.me), POS 10, CPT 90834-95.\nTelehealth consent on file.\n" + where + BODY + SIGN
    assert not fires("telehealth_location_missing", note, codes=["90834", "95"])


TAIL = "\n\nYou may appeal within 180 days of the date of this letter.\n"


@pytest.mark.parametrize("text", [
    "Biller: no CO-50 anywhere on it, so no med-nec determination on the ERA. CO-151: frequency not supported.",
    "The medical records were not reviewed, and this decision is not about medical necessity. Timely filing limit: 180 days; the claim arrived after the limit. The timely filing denial is upheld.",
    "This isn't a medical necessity denial. Claim denied: the procedure code is inconsistent with the modifier (CO-4).",
])
def test_a_reason_said_to_be_absent_is_ruled_out(text):
    assert "not_medically_necessary" not in {r.category for r in read_denial(text + TAIL).reasons}


@pytest.mark.parametrize("text", [
    "FIRST-LEVEL PROVIDER APPEAL - DECISION\nOutcome: DENIAL UPHELD\nClaims were received after the filing limit.",
    "Outcome: denial upheld.\nThe service was not medically necessary.",
    "The coordination of benefits denial (CARC 22) is upheld after review of your appeal.",
])
def test_an_appeal_decision_told_by_its_heading_or_outcome(text):
    assert read_denial(text + TAIL).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("sentence", [
    "Your cover pays for up to eight therapy sessions for the same condition in each membership year. You have now used all eight.",
    "The plan covers up to 20 outpatient therapy visits per calendar year, and those visits have been used.",
    "You have used all of your sessions for this plan year.",
])
def test_a_session_limit_told_as_what_the_cover_pays_for(sentence):
    assert "benefit_limit_reached" in {r.category for r in read_denial(sentence + TAIL).reasons}


@pytest.mark.parametrize("sentence", [
    "Your membership doesn't cover marital or relationship counselling (see Exclusion 19 in your Membership Guide).",
    "Your plan does not include couples therapy services.",
    "This session is not payable: see Exclusion 7 of your policy wording.",
])
def test_a_service_the_membership_does_not_cover(sentence):
    assert "non_covered_service_or_diagnosis" in {r.category for r in read_denial(sentence + TAIL).reasons}


@pytest.mark.parametrize("closing, days", [
    ("If you think we've got this wrong, please write to us within 30 days of the date of this letter.", 30),
    ("Please call us within 45 days and a senior assessor will look at it again.", 45),
    ("If you feel we got it wrong, contact us within 60 days and someone who was not involved will look at your claim again.", 60),
])
def test_a_plain_words_review_opens_a_window(closing, days):
    text = "We can't pay for the six further sessions: your cover pays for up to eight sessions in each membership year.\n\n" + closing
    assert read_denial(text).appeal_deadline_days == days
