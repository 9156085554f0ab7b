"""Denial readings on a twenty-eighth set of forms, examples written here (three or more per class, and lines a rule must
not fire on): a notice in Korean read through a glossary kept as data (its wrapped lines joined, its sentences split);
an invitation to send a new request, and a mailing instruction, give no reason; an expedited review named before its verb
("IMR can be expedited"); a workers' compensation treatment schedule is a criterion; a plan on file that is unsigned,
undated or silent on how often; a frequency judged in plain words; two codes that may not be billed together, a code as
the subject; a decision quoted in a legal paper or chronology after "It states in relevant part:" gives the reasons and
the review level, the history around it does not; a level-1 or level-2 appeal decision named by its level; a lower level
of care where the member "can be helped"; no change told as sameness."""
from __future__ import annotations

import pytest

from assistant.denials.foreign_notice import english_cues, sentence_language
from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, head: str = "Notice date: 03/02/2026\n") -> str:
    return (f"Brightwater Health Plan\n{head}\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"{body}\n\nYou may appeal within 180 days of the date of this notice.\n")


# --- a notice written in Korean --------------------------------------------------------------------------------------

_KO_HEAD = "Sunrise Medicare Advantage Plan\n거부 통지서 (Notice of Denial)\n통지서 날짜 (Date): 04/01/2026\n\n"


@pytest.mark.parametrize("body, expected", [
    ("요청하신 부분 입원 프로그램은 의학적으로 필요하지 않습니다. 환자분은 외래 치료로 안전하게 치료받으실 수 있습니다.",
     {"not_medically_necessary", "lower_level_of_care_appropriate"}),
    ("귀하의 요청은 거부되었습니다. 저희는 사전 승인 요청을 받은 적이 없습니다. 서비스 전에 사전 승인이 필요합니다.\n"
     "제출된 자료가 부족하여 의학적 필요성 기준을 충족하지 않습니다.",
     {"insufficient_documentation", "not_medically_necessary"}),
    ("저희는 제출된 진료 기록을 검토하였습니다. 환자분의 상태는 집중 외래 프로그램에서 충분히 치료받을 수 있습니다.\n"
     "따라서 주거 치료는 의학적으로 필요하지 않습니다.",
     {"lower_level_of_care_appropriate", "not_medically_necessary"}),
])
def test_korean_notice_reasons_are_read_through_the_glossary(body, expected):
    assert expected <= reasons(_KO_HEAD + body)


@pytest.mark.parametrize("rights, days, expedited", [
    ("이 결정에 동의하지 않으시면 재심을 요청할 권리가 있습니다. 재심 요청은 이 통지서 날짜로부터 60일 이내에 하셔야 합니다.\n"
     "신속 이의 제기를 요청하실 수 있습니다. 72시간 이내에 결정을 알려 드립니다.", 60, True),
    ("재심 요청은 이 통지서 날짜로부터\n90일 이내에 하셔야 합니다.", 90, False),
    ("이의 제기는 이 통지서 날짜로부터 65일 이내에 하셔야 합니다. 표준 이의 제기는 30일 이내에 결정을 알려 드립니다.", 65, False),
])
def test_korean_rights_text_gives_the_deadline_and_the_fast_appeal(rights, days, expedited):
    reading = read_denial(_KO_HEAD + "요청하신 치료는 의학적으로 필요하지 않습니다.\n\n" + rights)
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is expedited


def test_a_korean_reason_wrapped_over_two_lines_is_still_read():
    body = ("귀하의 현재 상태는 지금 받고 계신 외래 치료 (매주 상담)로 안전하게 치료받으실 수\n"
            "있습니다. 따라서 요청하신 프로그램은 의학적으로 필요하지 않습니다.")
    assert {"lower_level_of_care_appropriate", "not_medically_necessary"} <= reasons(_KO_HEAD + body)


@pytest.mark.parametrize("sentence", [
    "The IOP is not medically necessary because weekly therapy meets her needs.",
    "Call 1-800-555-0100 (TTY 711) for help in 한국어.",
    "Der Antrag wurde abgelehnt, weil die Behandlung nicht medizinisch notwendig ist.",
])
def test_a_sentence_that_is_not_korean_is_not_put_through_the_korean_glossary(sentence):
    assert sentence_language(sentence) != "ko"
    assert "within" not in english_cues(sentence) or "within" in sentence


# --- an invitation to ask again, and a mailing instruction, are no reason ---------------------------------------------

@pytest.mark.parametrize("invitation", [
    "A new request for further visits may be submitted with documentation of progress after the approved visits.",
    "You may submit a new request once the first eight sessions have been used.",
    "The provider can send an updated request after the authorized period ends.",
])
def test_an_invitation_to_send_a_new_request_is_no_authorization_reason(invitation):
    body = f"The request for 20 sessions is not medically necessary at this time. {invitation}"
    assert reasons(_letter(body)) == {"not_medically_necessary"}


@pytest.mark.parametrize("body", [
    "No prior authorization was obtained before the services began.",
    "The services were provided after the authorized visits had been used.",
    "A request was received after the treatment had started; services before that date are denied.",
])
def test_a_missing_authorization_is_still_read(body):
    assert "no_prior_authorization" in reasons(_letter(body))


@pytest.mark.parametrize("instruction", [
    "Do not send this form to the claims administrator.",
    "Please do not attach original records; copies are enough.",
    "Never mail the application to the plan.",
])
def test_a_mailing_instruction_is_no_documentation_reason(instruction):
    body = f"Continued residential care is not medically necessary.\n\n{instruction}"
    assert "insufficient_documentation" not in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "We did not receive the updated treatment plan we asked for.",
    "The records you sent do not include session start and stop times.",
    "The provider did not send the progress notes for May.",
])
def test_a_missing_record_is_still_read(body):
    assert "insufficient_documentation" in reasons(_letter(body))


# --- an expedited review named before its verb ------------------------------------------------------------------------

@pytest.mark.parametrize("rights", [
    "If the employee faces an imminent and serious threat to health, IMR can be expedited.",
    "Your appeal may be fast-tracked when a delay could seriously harm your health.",
    "A reconsideration can also be expedited on request of the treating physician.",
])
def test_an_expedited_review_named_before_its_verb_is_offered(rights):
    assert read_denial(_letter(f"The stay is not medically necessary.\n\n{rights}")).expedited_available


@pytest.mark.parametrize("rights", [
    "This appeal cannot be expedited because the services were already provided.",
    "Claims for services already received cannot be expedited.",
    "Reviews of past claims will not be expedited.",
])
def test_a_review_that_cannot_be_expedited_is_not_offered(rights):
    assert not read_denial(_letter(f"The stay is not medically necessary.\n\n{rights}")).expedited_available


# --- a workers' compensation treatment schedule is a criterion --------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Criteria used: California Medical Treatment Utilization Schedule (MTUS).", "Medical Treatment Utilization Schedule"),
    ("The request was reviewed under the MTUS and the 20 visits exceed the initial course.", "MTUS"),
    ("Per ODG Mental Illness & Stress, up to 13 visits are recommended.", "ODG"),
])
def test_a_treatment_schedule_is_cited(sentence, name):
    cited = read_denial(_letter(f"{sentence} The additional visits are not medically necessary.")).criteria_cited
    assert any(name in c for c in cited)


@pytest.mark.parametrize("sentence", [
    "Please Schedule A Peer Review with our medical director.",
    "Your Appointment Schedule was reviewed.",
    "The Visit Schedule on file shows weekly sessions.",
])
def test_a_schedule_that_is_no_guideline_is_not_cited(sentence):
    cited = read_denial(_letter(f"{sentence} The sessions are not medically necessary.")).criteria_cited
    assert not any("Schedule" in c for c in cited)


# --- a plan on file that is unsigned, undated or silent on how often ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "The treatment plan in the file is not signed or dated.",
    "The progress notes are undated, so the dates of service cannot be matched to them.",
    "The plan of care does not state how often or for how long the sessions would be given.",
])
def test_an_unsigned_undated_or_incomplete_plan_is_a_documentation_reason(body):
    assert "insufficient_documentation" in reasons(_letter(body + " The services are not medically necessary."))


@pytest.mark.parametrize("body", [
    "The treatment plan is signed and dated by the therapist.",
    "This letter is dated the day the review was completed.",
    "The notes were signed on the day of each session.",
])
def test_a_signed_or_dated_paper_is_no_documentation_reason(body):
    assert "insufficient_documentation" not in reasons(_letter(body + " The services are not medically necessary."))


# --- a frequency judged in plain words --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We said yes to one visit a week. 1 visit every week is enough help for you right now.",
    "Two sessions a month are sufficient at this point in treatment.",
    "We turned down the extra session each week.",
])
def test_a_plain_words_frequency_cut_is_a_frequency_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "Weekly outpatient therapy is sufficient for her needs; the IOP is not medically necessary.",
    "We said no to the request for residential treatment because it is not medically necessary.",
    "The member turned down the appointment we offered. The service is not medically necessary.",
])
def test_no_frequency_reason_when_the_words_are_about_a_level_or_a_refusal(body):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(body))


# --- two codes that may not be billed together ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Under the NCCI edits, 90834 may not be reported with 90839 by the same provider on the same date.",
    "+90785 cannot be billed with 90847, so that line is denied.",
    "01/12/2026 | 90834 | 46 | not reportable with 90839, same day | UPHELD - denied",
])
def test_two_codes_that_may_not_be_billed_together_is_a_coding_reason(body):
    assert "coding_or_billing_error" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "90791 was paid. The follow-up sessions are not medically necessary.",
    "Code 90837 was billed for a 60-minute session; the sessions are not medically necessary.",
    "The 2026 guidelines for 90834 may change. The services are not medically necessary.",
])
def test_a_code_named_without_a_pairing_rule_is_no_coding_reason(body):
    assert "coding_or_billing_error" not in reasons(_letter(body))


# --- a decision quoted after "It states in relevant part:" ------------------------------------------------------------

_COMPLAINT = """\
      12.   On March 3, 2025, the plan's first letter stated that it did not receive the treatment plan.

      13.   On June 2, 2025, {body_intro} It {verb}:

            DECISION: The denial is UPHELD. {reason}

            This decision is final.

      14.   Plaintiff disputes this decision and says the records were sent on March 4, 2025.
"""


@pytest.mark.parametrize("body_intro, verb, reason, expected", [
    ("the IRO issued its external review decision.", "states in relevant part",
     "Continued residential care was not medically necessary.", {"not_medically_necessary"}),
    ("the independent reviewer issued its decision.", "provides, in pertinent part",
     "Her needs could have been met safely in an intensive outpatient program.", {"lower_level_of_care_appropriate"}),
    ("the external review organization issued its final determination.", "reads as follows",
     "The notes show no measurable progress over six months.", {"no_progress_or_maintenance"}),
])
def test_a_decision_quoted_in_a_chronology_gives_the_reasons_and_the_level(body_intro, verb, reason, expected):
    reading = read_denial(_COMPLAINT.format(body_intro=body_intro, verb=verb, reason=reason))
    assert {r.category for r in reading.reasons} == expected
    assert reading.review_level == "external_review"


def test_a_guideline_quoted_after_the_formula_gives_no_reason():
    text = ("The request was denied because continued stay is not medically necessary.\n\n"
            "The guideline we used is MCG. It states in relevant part:\n\n"
            "      Residential care may be appropriate when the member has no prior authorization on file.\n")
    assert reasons(text) == {"not_medically_necessary"}


# --- an internal appeal decision named by its level -------------------------------------------------------------------

@pytest.mark.parametrize("head", [
    "Provider Appeals - Level 1 Determination\n",
    "Member Grievances and Appeals: Second-Level Decision\n",
    "We completed the Level 2 review of your appeal, received March 1, 2026.\n",
])
def test_an_appeal_decision_named_by_its_level_is_an_internal_appeal_decision(head):
    assert read_denial(_letter("The sessions are not medically necessary.", head=head)).review_level \
        == "internal_appeal_decision"


@pytest.mark.parametrize("rights", [
    "You may request a Level 2 provider appeal within 60 days.",
    "Level 1 appeals must be received within 180 days.",
    "If you disagree, you can ask for a second-level review of your appeal.",
])
def test_a_level_named_only_as_the_next_step_keeps_an_initial_denial(rights):
    assert read_denial(_letter(f"The sessions are not medically necessary.\n\n{rights}")).review_level == "initial_denial"


# --- a lower level where the member "can be helped" -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ella can now be helped safely in an intensive outpatient program three afternoons a week.",
    "He could be supported in outpatient therapy with his current psychiatrist.",
    "She may be cared for safely in a partial hospitalization program.",
])
def test_where_the_member_can_be_helped_is_a_lower_level(body):
    assert "lower_level_of_care_appropriate" in reasons(_letter(body + " Residential care is not medically necessary."))


@pytest.mark.parametrize("body", [
    "The residential program helped him a great deal in the first month.",
    "She can be seen by the same therapist after discharge.",
    "The team can help you find a new provider.",
])
def test_help_without_a_lower_level_is_no_level_reason(body):
    assert "lower_level_of_care_appropriate" not in reasons(_letter(body + " The stay is not medically necessary."))


# --- no change told as sameness ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Her PHQ-9 scores stayed about the same (17 on 3/1, 16 on 3/20).",
    "The daily notes list the same goals and the same groups every day.",
    "The 12 session notes are nearly identical and the treatment plan was not changed.",
])
def test_no_change_told_as_sameness_is_a_progress_reason(body):
    assert "no_progress_or_maintenance" in reasons(_letter(body + " Continued care is not medically necessary."))


@pytest.mark.parametrize("body", [
    "Her PHQ-9 scores improved from 21 to 12 over the month.",
    "The goals are the same as those in the original request.",
    "The treatment plan was changed on 3/2 to add DBT skills groups.",
])
def test_change_or_unrelated_sameness_is_no_progress_reason(body):
    assert "no_progress_or_maintenance" not in reasons(_letter(body + " Continued care is not medically necessary."))
