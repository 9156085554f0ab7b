"""Denial readings on a thirty-first set of forms, examples written here (three or more per class, and three where a rule
could over-fire): notices in Tagalog and Arabic read through the glossary (the language a sentence holds most words of,
Arabic vowel marks and digits, month names in either order); a provider "without a contract" with the plan is out of
network; a plan document's own exclusion named as the ground; time documented against a time-based code and a repriced
line; a code pair the code set does not allow; records received but incomplete; a review's stated scope ("not a review
of medical necessity") rules the topic out; a fast appeal offered on the member's condition and one ruled out for this
appeal; a plan's reconsideration sent on to the IRE is the plan's appeal decision, and a note clipped above a letter is
no letterhead; a deadline field "must reach us by:"; a coding book and a payer policy joined by "and" are two sources."""
from __future__ import annotations

import pytest

from assistant.denials.foreign_notice import english_cues, sentence_language
from assistant.foreign_dates import english_dates
from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, tail: str = "You may appeal within 180 days of the date of this notice.") -> str:
    return (f"Lakeview Community Health Plan\nNotice date: 03/02/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"Reason for our decision:\n{body}\n\n{tail}\n")


# --- a notice in Tagalog ---------------------------------------------------------------------------------------------

_TL_HEAD = "Pacific Shores Health Plan\nPAUNAWA NG DESISYON / NOTICE OF DECISION\nPetsa / Date: 03/02/2026\n\nBAKIT / WHY\n"
_TL_RIGHTS = ("\nMGA KARAPATAN / YOUR RIGHTS\nMaaari kang humingi ng apela sa loob ng 60 araw mula sa petsa ng paunawang ito.\n")


@pytest.mark.parametrize("body, expected", [
    ("Natanggap namin ang kahilingan noong Marso 10, pero nagsimula ang therapy noong Pebrero 20. Kailangan muna naming "
     "aprubahan ang ganitong serbisyo bago ito ibigay.", {"no_prior_authorization"}),
    ("Walang ganitong pag-apruba para sa mga petsang ito, kaya hindi namin babayaran ang mga sesyon.",
     {"no_prior_authorization"}),
    ("Ang tatlong sesyon bawat linggo ay higit sa sinusuportahan ng mga rekord ng iyong anak.",
     {"frequency_or_duration_exceeds_guidelines"}),
    ("Hindi namin natanggap ang mga rekord na hiniling namin sa iyong therapist.", {"insufficient_documentation"}),
    ("Ang therapist ay wala sa aming network para sa iyong plano.", {"out_of_network"}),
])
def test_a_tagalog_notice_is_read_through_the_glossary(body, expected):
    reading = read_denial(_TL_HEAD + body + "\n" + _TL_RIGHTS)
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days == 60


@pytest.mark.parametrize("offer", [
    "Kung ang paghihintay ay maaaring makapinsala sa iyong kalusugan, maaari kang humingi ng mabilis na apela.",
    "Maaari mong humingi ng mabilis na apela kung malubha ang iyong kalagayan.",
    "Mabilis na apela / Expedited appeal - maaari kayong humiling ng pinabilis na apela; sasagot kami sa loob ng 72 oras.",
])
def test_a_tagalog_fast_appeal_is_an_offer(offer):
    text = _TL_HEAD + "Ang dalawang sesyon bawat linggo ay higit sa sinusuportahan ng mga rekord.\n" + _TL_RIGHTS + offer + "\n"
    assert read_denial(text).expedited_available


@pytest.mark.parametrize("sentence, language", [
    ("Hindi nakabatay ang desisyong ito sa diagnosis ng iyong anak.", "tl"),
    ("Não recebemos os registros que pedimos ao seu terapeuta.", "pt"),   # still Portuguese, though both have "na"-like words
    ("The plan reviewed the request and the records on 03/02/2026.", None),
])
def test_the_language_a_sentence_holds_most_words_of_is_chosen(sentence, language):
    assert sentence_language(sentence) == language


def test_a_tagalog_remark_that_the_decision_is_not_about_the_diagnosis_gives_no_reason():
    text = (_TL_HEAD + "Ang dalawang sesyon bawat linggo ay higit sa sinusuportahan ng mga rekord.\n"
            "Paalala: Hindi nakabatay ang desisyong ito sa diagnosis. Sakop ng iyong plano ang F41.1.\n" + _TL_RIGHTS)
    assert reasons(text) == {"frequency_or_duration_exceeds_guidelines"}


@pytest.mark.parametrize("written, english", [
    ("Petsa: Setyembre 22, 2025", "September 22, 2025"),
    ("noong Hulyo 3 2026", "July 3, 2026"),
    ("التاريخ: 7 نوفمبر 2025", "November 7, 2025"),
    ("في 14 أيلول 2025", "September 14, 2025"),
])
def test_month_names_of_tagalog_and_arabic_notices_read_as_english_dates(written, english):
    assert english in english_dates(written)


# --- a notice in Arabic ----------------------------------------------------------------------------------------------

_AR_HEAD = ("Prairie Medicaid Health Plan\nإشعار بالقرار / NOTICE OF DECISION\nالتاريخ / Date: 03/02/2026\n\n"
            "أسباب القرار / REASONS\n")
_AR_RIGHTS = ("\nحقوقك / YOUR RIGHTS\nإذا لم توافق على هذا القرار، يمكنك أن تطلب استئنافاً خلال ٦٠ يوماً من تاريخ هذا الإشعار.\n")


@pytest.mark.parametrize("body, expected", [
    ("السجلات التي تلقيناها من مقدم الخدمة ناقصة، ولا تتضمن خطة العلاج.", {"insufficient_documentation"}),
    ("العلاج السكني ليس ضرورياً من الناحية الطبية لحالتك.", {"not_medically_necessary"}),
    ("لم نتلق السجلات الطبية التي طلبناها من المعالج.", {"insufficient_documentation"}),
    ("المعالج خارج الشبكة الخاصة بخطتك.", {"out_of_network"}),
])
def test_an_arabic_notice_is_read_through_the_glossary_with_its_marks_and_digits(body, expected):
    reading = read_denial(_AR_HEAD + body + "\n" + _AR_RIGHTS)
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days == 60  # "٦٠ يوماً": Arabic-Indic digits, the tanween mark dropped


@pytest.mark.parametrize("offer", [
    "جلسة استماع مستعجلة / Expedited hearing: إذا كان الانتظار قد يعرّض صحتك للخطر، يمكنك أن تطلب جلسة استماع مستعجلة.",
    "يمكنك طلب استئناف مستعجل إذا كان الانتظار قد يضر بصحتك.",
    "يحق لك أن تطلب مراجعة عاجلة.",
])
def test_an_arabic_fast_review_is_an_offer(offer):
    text = _AR_HEAD + "العلاج السكني ليس ضرورياً من الناحية الطبية.\n" + _AR_RIGHTS + offer + "\n"
    assert read_denial(text).expedited_available


def test_an_arabic_mention_of_missing_information_in_an_invitation_is_no_reason_word():
    assert "are incomplete" not in english_cues("يمكن لمقدم الخدمة أن يرسل طلبا جديدا مع المعلومات الناقصة في أي وقت.")


# --- a provider without a contract with the plan ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Your EPO plan pays only for care from providers in its network. Our records show that Dr. Lane does not have a "
    "contract with Lakeview for your plan.",
    "Except for emergencies, the plan doesn't pay for care from therapists who don't have a contract with us.",
    "The counseling center has no participation agreement with Lakeview Community Health Plan, so we cannot pay these claims.",
])
def test_a_provider_without_a_contract_is_out_of_network(body):
    assert reasons(_letter(body)) == {"out_of_network"}


@pytest.mark.parametrize("body", [
    "Dr. Lane has a contract with Lakeview. The sessions are not medically necessary.",
    "If your therapist does not have a contract with us, you may pay more. The sessions are not medically necessary.",
    "The claims were received after the 90-day timely filing limit. The contract with your employer does not change this.",
])
def test_a_contract_mentioned_otherwise_is_no_network_reason(body):
    assert "out_of_network" not in reasons(_letter(body))


# --- a plan document's exclusion named as the ground -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Plan Document Section 7.2(k) excludes therapeutic boarding schools and wilderness programs. The program is a "
    "therapeutic boarding school.",
    "The Summary Plan Description excludes equine and adventure therapy, so these charges are denied.",
    "The camp is an outdoor program, and the Committee found that the exclusion applies to every day billed.",
    "The family sessions were billed as part of the program's daily rate, so they fall within the excluded charges.",
])
def test_a_plan_provision_that_excludes_the_service_is_a_non_covered_reason(body):
    assert reasons(_letter(body)) == {"non_covered_service_or_diagnosis"}


@pytest.mark.parametrize("body", [
    "The exclusion for educational services does not apply to this claim. The sessions are not medically necessary.",
    "Section 4.1 excludes nothing relevant here; the request was received after services began, and no prior "
    "authorization was obtained.",
    "The records were not received. Your deductible amount excludes copays.",
])
def test_an_exclusion_ruled_out_or_unrelated_is_no_non_covered_reason(body):
    assert "non_covered_service_or_diagnosis" not in reasons(_letter(body))


# --- time documented against a time-based code ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Documented time does not support the code billed: the notes show 40 minutes, which supports CPT 90834, not 90837.",
    "The line was repriced to 90834 and the difference is recovered.",
    "Recorded session minutes do not support 90837 for three of the dates reviewed.",
])
def test_time_documented_against_a_time_based_code_is_a_frequency_or_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The notes support CPT 90837 for every date. The claims arrived after the timely filing limit.",
    "Documented time supports the code billed. The provider is not a participating provider.",
    "The claim was priced at the network rate. No prior authorization was on file.",
])
def test_time_that_supports_the_code_is_no_frequency_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(body))


# --- a code pair the code set does not allow -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "F3 - Add-on code not separately reportable.",
    "CPT does not allow +90785 to be reported with 90847.",
    "The coding rules do not permit an add-on psychotherapy code to be billed with family psychotherapy.",
])
def test_a_code_pair_the_code_set_does_not_allow_is_a_coding_reason(body):
    assert "coding_or_billing_error" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "Code 90791 is separately reportable on the first visit. The sessions are not medically necessary.",
    "Your plan does not allow you to see an out-of-network provider. The provider is not in our network.",
    "The plan allows 90785 to be reported with 90834. The records were not received.",
])
def test_codes_allowed_together_give_no_coding_reason(body):
    assert "coding_or_billing_error" not in reasons(_letter(body))


# --- records received, found incomplete ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The records we received from the program are incomplete and do not show a withdrawal assessment.",
    "The documentation you sent was incomplete.",
    "The notes that the provider submitted are missing pages for March.",
])
def test_records_received_but_incomplete_are_insufficient_documentation(body):
    assert "insufficient_documentation" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The records we received from the program are complete. They show a lower level of care can meet her needs.",
    "The documentation you sent was reviewed by a psychiatrist. The service is not medically necessary.",
    "The notes that the provider submitted show weekly sessions. Two sessions a week is more than is needed.",
])
def test_records_received_and_read_are_no_documentation_reason(body):
    assert "insufficient_documentation" not in reasons(_letter(body))


# --- a review's stated scope -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("scope", [
    "It was not a review of the medical necessity of the services, and nothing in this letter is a determination that "
    "any service was not medically necessary.",
    "This audit is not a determination about medical necessity.",
    "Nothing in this notice is a finding that the care was not medically necessary.",
])
def test_a_review_of_coding_only_gives_no_medical_necessity_reason(scope):
    text = _letter("F2 - Documented time does not support the code billed. The line was repriced to 90834.\n" + scope)
    assert reasons(text) == {"frequency_or_duration_exceeds_guidelines"}


# --- a fast appeal offered on the member's condition, or ruled out for this appeal --------------------------------------

@pytest.mark.parametrize("tail", [
    "You may appeal within 180 days. If your condition requires an urgent (expedited) appeal, a decision will be made "
    "within 72 hours.",
    "You may appeal within 180 days. If the member's health needs a fast appeal, we will decide within 72 hours.",
    "You may appeal within 180 days. If your situation is urgent, an expedited review is decided within 72 hours.",
])
def test_a_fast_appeal_conditioned_on_the_members_condition_is_offered(tail):
    assert read_denial(_letter("The service is not medically necessary.", tail)).expedited_available


@pytest.mark.parametrize("tail", [
    "You may appeal within 180 days. Expedited external review is available only for urgent requests about care not yet "
    "received. Because these services ended, expedited review does not apply to this appeal.",
    "You may appeal within 180 days. An expedited appeal does not apply to your claim, because the care has ended.",
    "You may appeal within 180 days. Urgent appeals are only for pre-service requests about care you have not yet received.",
])
def test_a_fast_appeal_ruled_out_for_this_appeal_is_not_offered(tail):
    assert not read_denial(_letter("The service is not medically necessary.", tail)).expedited_available


# --- a plan's reconsideration sent on to the IRE; a note clipped above a letter --------------------------------------------

_RECON = """Harborline Medicare Advantage
Appeals and Grievances
August 8, 2026

RE: Your appeal (reconsideration)

Dear Member:

{decision}

Why: Your needs can be met safely with weekly outpatient therapy, so partial hospitalization is not medically necessary.

{forward}
"""


@pytest.mark.parametrize("decision, forward", [
    ("We are not changing our decision.", "Medicare rules require us to send your case to an Independent Review Entity "
     "(IRE). You do not need to do anything."),
    ("We are not changing our earlier decision to deny these services.", "We sent your file to the IRE today."),
    ("Our decision remains unchanged.", "Because we did not decide fully in your favor, the law requires us to forward "
     "your case to the IRE."),
])
def test_a_plan_reconsideration_sent_on_to_the_ire_is_an_internal_appeal_decision(decision, forward):
    reading = read_denial(_RECON.format(decision=decision, forward=forward))
    assert reading.review_level == "internal_appeal_decision"


@pytest.mark.parametrize("note", [
    "[sticky note]: Her son says he wants to talk to the IRE about this letter before Friday.",
    "Front desk: Mom called and asked whether the QIC would get the file from the plan.",
    "[note]: Client asked if she should call the Independent Review Entity herself, told her to wait.",
])
def test_a_note_clipped_above_a_first_denial_is_no_external_letterhead(note):
    text = (note + "\n\nHarborline Health Plan\nNotice date: 03/02/2026\n\nThe decision: partial hospitalization is not "
            "medically necessary.\n\nYou may appeal within 60 days of the date of this notice.\n")
    assert read_denial(text).review_level == "initial_denial"


@pytest.mark.parametrize("head", [
    "MAXIMUS FEDERAL SERVICES\nMedicare Managed Care & PACE Reconsideration Project\n",
    "Independent Review Entity\nC2C Innovative Solutions, Inc.\n",
    "On June 2, 2026, the external review organization issued its final decision.\n",
])
def test_an_outside_reviewers_letterhead_still_makes_an_external_review(head):
    text = head + "\nDecision: the denial is upheld. Residential care was not medically necessary.\n"
    assert read_denial(text).review_level == "external_review"


# --- a deadline field phrased as a requirement ----------------------------------------------------------------------

@pytest.mark.parametrize("field, days", [
    ("Your appeal must reach us by: 05/01/2026", 60),
    ("Your request should be received by: 04/01/2026", 30),
    ("The appeal form has to arrive no later than: 03/16/2026", 14),
])
def test_a_deadline_field_after_must_reach_us_by_counts_from_the_notice(field, days):
    text = ("Harborline Health Plan\nDate of this notice: 03/02/2026\n\nDecision: [X] Denied\n\nYOU CAN APPEAL.\n"
            + field + "\n")
    assert read_denial(text).appeal_deadline_days == days


@pytest.mark.parametrize("field", [
    "Records received by: 02/20/2026",
    "Reviewed by: Dr. Patel on 02/27/2026",
    "Request received by the plan: 02/25/2026",
])
def test_a_date_after_by_that_is_no_requirement_is_no_deadline(field):
    text = ("Harborline Health Plan\nDate of this notice: 03/02/2026\n\nDecision: [X] Denied\n" + field +
            "\n\nYou may appeal within 60 days of the date of this notice.\n")
    assert read_denial(text).appeal_deadline_days == 60


# --- a coding book and a payer policy joined by "and" ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, first, second", [
    ("We compared the records with the CPT(R) 2025 Professional Edition and Aetna Reimbursement Policy RP-044.",
     "CPT 2025 Professional Edition", "Aetna Reimbursement Policy RP-044"),
    ("The review used the CPT 2024 Professional Edition and the Cigna Reimbursement Policy R-31.",
     "CPT 2024 Professional Edition", "Cigna Reimbursement Policy R-31"),
    ("Sources: AMA CPT 2026 Professional Edition and Humana Claims Payment Policy BH-12.",
     "CPT 2026 Professional Edition", "Humana Claims Payment Policy BH-12"),
])
def test_a_coding_book_and_a_payer_policy_are_two_sources(sentence, first, second):
    cited = read_denial(_letter(sentence + " Documented time does not support the code billed.")).criteria_cited
    assert any(first in c for c in cited) and any(c.startswith(second) for c in cited)


# --- "not a finding about whether you need the service" rules out necessity, not the reason before it -------------------
@pytest.mark.parametrize("body", [
    "We asked your provider twice for the treatment plan and did not receive it, so we could not complete a review. "
    "This decision is not a finding about whether you need the service.",
    "The records we needed never arrived. This is not a decision about whether the member needs this care.",
    "We requested the assessment on May 1 and have not received it. This letter is not a finding about whether you need the therapy.",
])
def test_not_a_finding_about_need_keeps_the_records_reason(body):
    got = reasons(_letter(body))
    assert "insufficient_documentation" in got and "not_medically_necessary" not in got


def test_a_need_finding_stated_is_still_a_necessity_reason():
    assert "not_medically_necessary" in reasons(_letter("The records show you do not need this level of care; it is not medically necessary."))
