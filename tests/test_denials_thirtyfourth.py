"""Denial readings on a thirty-fourth set of forms, examples written here (three or more per class, and must-not examples
where a rule could over-fire): a notice in Lao (its sentences split without capitals, its dates with Lao month names);
a numeric date written day first and a form's dotted leader before the notice date; a negative finding the letter says
it did not make; a state agency's final order on its hearing officer's recommended decision; a plan or notes missing
what makes them valid; a video or call transcript (clock readings, on-screen captions, codes read digit by digit); a
timed session paid as a shorter one; an authorization asked for only after the care; a claim that reached the payer more
than a year after the service; "not a network provider" as the reason itself; the date of a consultation that reports
the notice; a page that dates the decision only by naming its letter."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.denials.deadline import notice_date
from assistant.denials.foreign_notice import sentence_language
from assistant.denials.read import read_denial
from assistant.denials.transcript import untimed
from assistant.foreign_dates import english_dates


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, tail: str = "You may appeal within 180 days of the date of this notice.") -> str:
    return (f"Harborview Health Plan\nNotice date: 05/04/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"Why we made this decision:\n{body}\n\n{tail}\n")


# --- a notice in Lao ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "ພວກເຮົາບໍ່ໄດ້ຮັບເອກະສານ ຈາກຜູ້ໃຫ້ບໍລິການຂອງທ່ານ.",
    "ທ່ານສາມາດຍື່ນອຸທອນ ພາຍໃນ 60 ວັນ ນັບຈາກວັນທີຂອງໜັງສືສະບັບນີ້.",
    "ການປິ່ນປົວນີ້ ບໍ່ຈຳເປັນທາງການແພດ (not medically necessary) ສຳລັບທ່ານ.",
])
def test_lao_sentence_is_read_as_lao(sentence):
    assert sentence_language(sentence) == "lo"


@pytest.mark.parametrize("sentence", [
    "บริการนี้ไม่จำเป็นทางการแพทย์สำหรับคุณ",   # Thai: a script next to Lao's, with no glossary
    "We did not receive the records from your provider.",
    "Minnesota Statutes, section 256B.0623 (ARMHS)",
])
def test_other_sentences_are_not_lao(sentence):
    assert sentence_language(sentence) != "lo"


@pytest.mark.parametrize("written, english", [
    ("ການອຸທອນຕ້ອງຍື່ນ ບໍ່ໃຫ້ກາຍ ວັນທີ 3 ມີນາ 2027.", "March 3, 2027"),
    ("ວັນທີ 14 ເດືອນ ກໍລະກົດ ປີ 2026", "July 14, 2026"),
    ("ໜັງສືລົງວັນທີ 10 ທັນວາ 2026", "December 10, 2026"),
    ("Recibimos su solicitud el 5 de mayo de 2026.", "May 5, 2026"),   # the words of other languages still read
])
def test_lao_month_names_read_as_english_dates(written, english):
    assert english in english_dates(written)


@pytest.mark.parametrize("text", ["ມາດຕາ 12 ຂໍ້ 2026", "Section 12 ມີນາຄົມ", "Room 14 ເມສາ building"])
def test_lao_words_without_a_date_stay(text):
    assert english_dates(text) == text


_LAO_DOCS = ("Sunrise Community Health Plan\nໜັງສືແຈ້ງການ ການປະຕິເສດ ການບໍລິການ\nNotice of Denial of Services\n\n"
             "ວັນທີແຈ້ງການ / Notice date ........ 15/01/2027\nການຕັດສິນ / Decision ........ ບໍ່ອະນຸມັດ (DENIED)\n\n"
             "ພວກເຮົາໄດ້ຂໍບັນທຶກການປິ່ນປົວ ຈາກຜູ້ໃຫ້ບໍລິການຂອງທ່ານ ສອງຄັ້ງ. ພວກເຮົາບໍ່ໄດ້ຮັບເອກະສານ.\n\n"
             "ສິດຂອງທ່ານ / YOUR RIGHTS\nຖ້າທ່ານບໍ່ເຫັນດີ, ທ່ານສາມາດຂໍອຸທອນໄດ້. ການອຸທອນຕ້ອງຍື່ນ ບໍ່ໃຫ້ກາຍ ວັນທີ 16 ມີນາ 2027.\n")
_LAO_NMN = ("Mekong Valley Health\nໜັງສືແຈ້ງການ ການປະຕິເສດ\n\nວັນທີແຈ້ງການ / Notice date ........ 20/02/2026\n\n"
            "ຜູ້ພິຈາລະນາພົບວ່າ ການປິ່ນປົວແບບນອນໂຮງໝໍ ບໍ່ຈຳເປັນທາງການແພດ ສຳລັບທ່ານ.\n\n"
            "ທ່ານສາມາດຍື່ນອຸທອນ ພາຍໃນ 60 ວັນ ນັບຈາກວັນທີຂອງໜັງສືສະບັບນີ້.\n"
            "ຖ້າການລໍຖ້າອາດເປັນອັນຕະລາຍຕໍ່ສຸຂະພາບຂອງທ່ານ, ທ່ານສາມາດຂໍການອຸທອນດ່ວນໄດ້.\n")
_LAO_OON = ("Riverside Medicaid Plan\nໜັງສືແຈ້ງການ ການປະຕິເສດ\n\nວັນທີແຈ້ງການ / Notice date ........ 13/05/2026\n\n"
            "ພວກເຮົາປະຕິເສດການຈ່າຍເງິນ ເພາະວ່າ ຜູ້ໃຫ້ບໍລິການນີ້ຢູ່ນອກເຄືອຂ່າຍຂອງແຜນຂອງທ່ານ.\n\n"
            "ທ່ານສາມາດຍື່ນອຸທອນ ພາຍໃນ 65 ວັນ ນັບຈາກວັນທີຂອງໜັງສືສະບັບນີ້.\n")


@pytest.mark.parametrize("text, reason, days, expedited", [
    (_LAO_DOCS, "insufficient_documentation", 60, False),   # the deadline only as a Lao date: Jan 15 -> Mar 16
    (_LAO_NMN, "not_medically_necessary", 60, True),
    (_LAO_OON, "out_of_network", 65, False),
])
def test_lao_notice_gives_its_reason_deadline_and_fast_appeal(text, reason, days, expedited):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {reason}
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is expedited


def test_lao_notice_that_says_it_did_not_find_the_care_unnecessary_gives_the_records_reason_only():
    text = ("Sunrise Community Health Plan\nໜັງສືແຈ້ງການ ການປະຕິເສດ\n\nວັນທີແຈ້ງການ / Notice date ........ 15/01/2027\n\n"
            "ພວກເຮົາບໍ່ໄດ້ຕັດສິນວ່າ ການບໍລິການນີ້ບໍ່ຈຳເປັນທາງການແພດ. ພວກເຮົາຍັງບໍ່ສາມາດຕັດສິນໄດ້ ເພາະວ່າເອກະສານບໍ່ຄົບ.\n\n"
            "ທ່ານສາມາດຍື່ນອຸທອນ ພາຍໃນ 60 ວັນ ນັບຈາກວັນທີຂອງໜັງສືສະບັບນີ້.\n")
    assert reasons(text) == {"insufficient_documentation"}


def test_lao_sentences_split_at_their_full_stops():
    text = ("Sunrise Community Health Plan\nNotice date: 01/15/2027\n\n"
            "ພວກເຮົາບໍ່ໄດ້ຕັດສິນວ່າ ການບໍລິການນີ້ບໍ່ຈຳເປັນທາງການແພດ. ພວກເຮົາບໍ່ໄດ້ຮັບເອກະສານ.\n")
    reading = read_denial(text)
    assert [r.evidence for r in reading.reasons] == ["ພວກເຮົາບໍ່ໄດ້ຮັບເອກະສານ."]


# --- a numeric date written day first; a form's dotted leader ------------------------------------------------------------

@pytest.mark.parametrize("text, when", [
    ("Plan\nx\ny\nz\n\nNotice date ............ 26/11/2026\nMember ........ J. D.", date(2026, 11, 26)),
    ("Plan\nx\ny\nz\n\nDate of notice . . . . . . 13/01/2027\n", date(2027, 1, 13)),
    ("Plan\nx\ny\nz\n\nLetter date........30/04/2026\nReference ........ 4471", date(2026, 4, 30)),
])
def test_day_first_date_after_a_dotted_leader_dates_the_notice(text, when):
    assert notice_date(text) == when


@pytest.mark.parametrize("text, when", [
    ("Plan\nx\ny\nz\n\nNotice date: 11/12/2026\n", date(2026, 11, 12)),    # both numbers could be the month: month first
    ("Plan\nx\ny\nz\n\nNotice date ...... 02/03/2026\n", date(2026, 2, 3)),
    ("Plan\nx\ny\nz\n\nNotice date: 31/31/2026\n", None),                  # no month at all
])
def test_dates_that_can_be_month_first_stay_month_first(text, when):
    assert notice_date(text) == when


# --- a negative finding the letter says it did not make -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We did not decide that the program is not medically necessary. We did not receive the assessment we asked for.",
    "The reviewer has not found that the therapy was not medically necessary. The treatment plan was not received.",
    "We have not determined that weekly sessions are unnecessary. The records you sent are incomplete.",
])
def test_a_finding_not_made_is_no_reason(body):
    assert reasons(_letter(body)) == {"insufficient_documentation"}


def test_a_finding_that_criteria_were_not_shown_is_still_a_reason():
    body = "The reviewer did not find that the criteria were met. The service is not medically necessary."
    assert "not_medically_necessary" in reasons(_letter(body))


# --- a state agency's final order on a recommended decision ---------------------------------------------------------------

_AGENCY_FORMS = [
    ("STATE OF OREGON - OREGON HEALTH AUTHORITY\nFINAL ORDER\n\nThe Director has reviewed the record and adopts the "
     "Proposed Order of the Administrative Law Judge as the Final Order.\n\nThe plan's denial of residential treatment "
     "is affirmed because the member's needs can be met in intensive outpatient treatment.\n"),
    ("DEPARTMENT OF HUMAN SERVICES\nOffice of the Commissioner\n\nFINAL AGENCY DECISION\n\nThe hearing officer's "
     "recommended decision is attached. The Commissioner accepted the recommended decision without change. The "
     "denial of partial hospitalization is upheld as not medically necessary.\n"),
    ("State Medicaid Agency - Office of the Secretary\n\nThe Secretary modifies the Recommended Decision as stated "
     "below and otherwise adopts it. The plan's denial of 12 additional sessions is sustained; the records did not "
     "include a current treatment plan.\n"),
]


@pytest.mark.parametrize("text", _AGENCY_FORMS)
def test_agency_order_on_a_recommended_decision_is_external(text):
    assert read_denial(text).review_level == "external_review"


@pytest.mark.parametrize("text", [
    _letter("The service is not medically necessary.",
            "If you ask for a State Fair Hearing, an administrative law judge will write a recommended decision, and "
            "the Director will then adopt or reject the recommended decision."),
    _letter("The service is not medically necessary.",
            "You may ask for a hearing. The judge issues a recommended decision that the agency may adopt."),
    _letter("The records were not received.", "We will review the recommended decision of our physician reviewer."),
])
def test_a_hearing_step_told_for_later_is_no_agency_order(text):
    assert read_denial(text).review_level == "initial_denial"


# --- a plan or notes missing what makes them valid ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The treatment plan in the record has no date and no signature.",
    "The plan of care does not list measurable goals, and the services are not medically necessary.",
    "The progress notes do not describe the interventions used in each session.",
])
def test_paper_missing_its_required_parts_is_a_documentation_reason(body):
    assert "insufficient_documentation" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "Your plan has no visit limit for therapy, but these sessions are not medically necessary.",
    "The notes describe the interventions used in detail; the services are not medically necessary.",
    "The treatment plan has measurable goals, but the criteria for the program are not met.",
])
def test_plan_or_notes_that_are_complete_give_no_documentation_reason(body):
    assert "insufficient_documentation" not in reasons(_letter(body))


# --- a video or call transcript -------------------------------------------------------------------------------------------

_VIDEO = ("Northline Health | Your decision, explained (video)\nTRANSCRIPT\n\n"
          "0:00  [Visual: Northline logo]\n"
          "0:04  Hello Sam. Your decision letter, dated March 2, 2026, is in your inbox. We reviewed your appeal\n"
          "      and we are keeping our decision.\n"
          "0:15  [On screen: DECISION: UPHELD]\n"
          "0:19  Four visits were billed as 60-minute sessions, code 9-0-8-3-7. Your notes show 40 to 48\n"
          "      minutes, so these visits are paid as 45-minute sessions.\n"
          "0:40  [On screen: External review request must be received by\n"
          "      June 30, 2026]\n"
          "0:46  If waiting could seriously harm your health, you can ask for an expedited external\n"
          "      review.\n")
_CALL = ("Recorded call - member services - transcript (auto)\n\n"
         "00:00:02  Agent: Thanks for calling Bayline Health. The date of this notice is April 6, 2026.\n"
         "00:00:15  Agent: We denied the claim because we did not get the session notes we asked\n"
         "          for twice.\n"
         "00:00:41  Agent: You can file an appeal within 60 days of the date of this notice.\n")
_WEBINAR = ("Provider webinar - claim review results - transcript\n\n"
            "1:02:10  [Caption: Claim review results for Dr. Lee's practice]\n"
            "1:02:18  Notice date: May 1, 2026. Six claims were downcoded because the documented time\n"
            "         does not support the code billed.\n"
            "1:03:05  [Slide: Reconsideration requests must be received within 90 days of the notice]\n")


@pytest.mark.parametrize("text, reason, days", [
    (_VIDEO, "frequency_or_duration_exceeds_guidelines", 120),
    (_CALL, "insufficient_documentation", 60),
    (_WEBINAR, "frequency_or_duration_exceeds_guidelines", 90),
])
def test_transcript_reads_as_the_decision_it_tells(text, reason, days):
    reading = read_denial(text)
    assert reason in {r.category for r in reading.reasons}
    assert reading.appeal_deadline_days == days


def test_video_transcript_offers_its_expedited_review_and_says_the_code():
    assert read_denial(_VIDEO).expedited_available is True
    assert "code 90837." in untimed(_VIDEO)


@pytest.mark.parametrize("text", [
    "Call us 8:00 AM to 5:00 PM.\n9:00 - 12:00 Saturday\n10:30 am the line closes on holidays\n",
    "Session times\n9:00  intake\n10:00  group\n9:30  individual\n",       # a clock that runs backwards: a schedule
    "0:12  one line\n0:20  another line\nCode 9-0-8-3-7 said once.\n",     # two readings: not a transcript
])
def test_text_that_is_no_transcript_stays_as_it_is(text):
    assert untimed(text) == text


# --- a timed session paid as a shorter one ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sessions of that length are paid as 45-minute sessions under our guideline.",
    "We processed these visits at the 30-minute rate because of the times in the notes.",
    "Each visit was allowed only as a 38-minute service.",
])
def test_session_paid_as_a_shorter_length_is_a_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The visits were approved as 60-minute sessions, but the records were not received.",
    "We paid the 45-minute sessions in full; the 90791 was not medically necessary.",
])
def test_full_length_or_paid_in_full_is_no_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(body))


# --- an authorization asked for only after the care -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We do not authorize services retroactively, and these days came before your request.",
    "Retroactive authorization is not available for these dates of service.",
    "We did not receive an authorization request until March 3, 2026, four days after the program began.",
    "Reason: Residential treatment requires prior authorization.",
])
def test_late_or_missing_authorization_is_the_reason(body):
    assert "no_prior_authorization" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The service is not medically necessary. Retroactive authorization is available for emergency admissions.",
    "The service is not medically necessary. We did not receive your appeal request until May 5.",
    "The service is not medically necessary. Prior authorization requirements are listed in your handbook.",
])
def test_authorization_mentioned_without_a_late_request_is_no_reason(body):
    assert "no_prior_authorization" not in reasons(_letter(body))


# --- a claim that reached the payer long after the service ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The claims reached us more than one year after the date of service, which is later than our rules allow.",
    "This bill arrived over 180 days after the date of service.",
    "The claim came in more than 12 months after the service, which is later than Medicare rules allow.",
])
def test_claim_counted_late_from_the_service_is_timely_filing_not_frequency(body):
    found = reasons(_letter(body))
    assert "timely_filing" in found and "frequency_or_duration_exceeds_guidelines" not in found


def test_visits_beyond_the_guideline_stay_a_frequency_reason():
    body = "Twelve more visits is more than the guideline allows for this diagnosis."
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


# --- "not a network provider" is the reason --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dr. Alvarez is not a network provider, and no exception applies.",
    "Lakeside Recovery is not a network facility for your HMO plan.",
    "The therapist was not a network clinician on the dates of service.",
])
def test_not_a_network_provider_is_out_of_network(body):
    assert "out_of_network" in reasons(_letter(body))


def test_not_a_network_decision_still_rules_the_network_out():
    body = "This decision is not a network determination. The program is not medically necessary."
    assert reasons(_letter(body)) == {"not_medically_necessary"}


# --- the date of a consultation that reports the notice; a page that dates the decision by naming its letter -------------

@pytest.mark.parametrize("text, when", [
    ("Benefits Help Line - consultation summary\nConsultation date: 04 DEC 2026\n\nWhat your letter says:\n"
     "Date: 01 DEC 2026. Decision: Denied.\n", date(2026, 12, 1)),
    ("Care team note\nMeeting date: March 9, 2026\n\nNotice date: March 2, 2026\nThe stay is denied.\n", date(2026, 3, 2)),
    ("Intake log\nInterview date: 7/14/2026\nLetter date: 7/10/2026\nThe claim is denied.\n", date(2026, 7, 10)),
])
def test_consultation_date_is_not_the_notice_date(text, when):
    assert notice_date(text) == when


@pytest.mark.parametrize("text, when", [
    ("Member portal > Messages\n\nHi Pat,\nyour visits were reviewed again and the denial stands.\nYour decision letter, "
     "dated March 3, 2026, is attached.\n", date(2026, 3, 3)),
    ("Appeal status page\nStatus: closed\nResult: upheld\n\nThe appeal decision notice (dated 04/10/2026) explains "
     "why.\n", date(2026, 4, 10)),
    ("Video summary\nSpeaker notes\nSlide 1\n\nOur written decision letter, dated Jan 5, 2027, is in your mailbox.\n",
     date(2027, 1, 5)),
])
def test_page_dates_the_decision_by_naming_its_letter(text, when):
    assert notice_date(text) == when


@pytest.mark.parametrize("text, when", [
    ("Harborview Health Plan\nMay 4, 2026\n\nDear member,\nWe reviewed your decision letter dated April 1, 2026.\n",
     date(2026, 5, 4)),                                   # the letter's own date wins
    ("Portal\nx\ny\nz\n\nThanks for your letter dated April 1, 2026. The stay is denied.\n", None),   # the member's letter
])
def test_a_named_letter_does_not_outrank_the_notice_or_stand_for_the_member(text, when):
    assert notice_date(text) == when


# --- a deadline's date wrapped onto a line of its own is not the letter's date --------------------------------------------

@pytest.mark.parametrize("text", [
    "Plan\nx\ny\nz\n\nWe denied the stay. Your appeal must be received by\nJune 30, 2026\n",
    "Plan\nx\ny\nz\n\nWe denied the stay. Send your request no later than\n    July 1, 2026\nto the address below.\n",
    "Plan\nx\ny\nz\n\nCoverage for the program continues until\nAugust 3, 2026\n",
])
def test_date_wrapped_after_by_or_until_does_not_date_the_notice(text):
    assert notice_date(text) is None


@pytest.mark.parametrize("text, when", [
    ("Plan\nx\ny\nz\n\nThe stay is denied.\n\nMarch 3, 2026\n", date(2026, 3, 3)),
    ("Plan\nx\ny\nz\n\nAppeals Unit\n  04/02/2026\nDear member,\n", date(2026, 4, 2)),
])
def test_date_alone_on_its_line_after_a_finished_line_still_dates_the_notice(text, when):
    assert notice_date(text) == when
