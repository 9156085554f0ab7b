"""Denial readings on a thirty-third set of forms, examples written here (three or more per class, and must-not examples
where a rule could over-fire): a notice in Bulgarian (told from Russian by its own words, its dates day first or with
Bulgarian month names); a notice carried in speech markup (SSML) or an HTML body; a hearing decision's "has not shown that
... is medically necessary"; a lower level the decision says nobody found; a state hearing office's decision as an
external review, with a rehearing as its next step; a workers' compensation order (maximum medical improvement, palliative
care, "not proper and necessary", an order that becomes final unless protested); a network with a name of its own; a
recoding written with an arrow; an EAP's session allotment used up; a duplicate of an invoice already paid in a code key;
an item "not in the records we received"; "upheld the original claim decisions"; a window counted from the next
reviewer's decision is not an internal decision's deadline."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.denials.foreign_notice import english_cues, sentence_language
from assistant.foreign_dates import english_dates
from assistant.denials.markup import is_markup, unmarked
from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, tail: str = "You may appeal within 180 days of the date of this notice.") -> str:
    return (f"Lakemont Health Plan\nNotice date: 05/04/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"Why we made this decision:\n{body}\n\n{tail}\n")


# --- a notice in Bulgarian ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Вашият терапевт не е бил в мрежата на плана на датата на услугата.",
    "Ще вземем решение в рамките на 72 часа, ако изчакването може да Ви навреди.",
    "Това лечение не е медицински необходимо според нашите критерии.",
])
def test_bulgarian_sentence_is_told_from_russian(sentence):
    assert sentence_language(sentence) == "bg"


@pytest.mark.parametrize("sentence", [
    "Мы не получили медицинские записи, которые запросили.",
    "Вы можете подать апелляцию в течение 60 дней с даты этого уведомления.",
    "Лечение не является медицински необходимым.",
])
def test_russian_sentence_stays_russian(sentence):
    assert sentence_language(sentence) == "ru"


@pytest.mark.parametrize("written, english", [
    ("Жалбата трябва да бъде получена до 3 март 2027 г.", "March 3, 2027"),
    ("Дата на решението: 09.12.2026", "December 9, 2026"),
    ("Dates of service 14.10.2026 - 28.10.2026", "October 14, 2026 - October 28, 2026"),
])
def test_day_first_and_bulgarian_month_dates_read_as_english(written, english):
    assert english in english_dates(written)


@pytest.mark.parametrize("text", [
    "Medicare Program Integrity Manual, Chapter 3, Section 3.3.2.4",
    "Form version 31.13.2026 is retired.",
    "Allowed amount 1.250.00 after review",
])
def test_numbers_with_dots_that_are_no_date_stay(text):
    assert english_dates(text) == text


_BG_OON = ("Синя Звезда Здраве\n\nИЗВЕСТИЕ ЗА НЕБЛАГОПРИЯТНО РЕШЕНИЕ\n\nДата на известието: 02.03.2026 г.\n\n"
           "ЗАЩО\nТерапевтът не е бил в мрежата на плана на датите на услугите. Вашият план няма покритие за услуги от "
           "доставчици извън мрежата.\n\nВАШИТЕ ПРАВА\nЖалбата Ви трябва да бъде получена от нас до 1 април 2026 г.\n")
_BG_NMN = ("Balkan Care Insurance\n\nИЗВЕСТИЕ ЗА ОТКАЗ\n\nДата на известието: 10.06.2026 г.\n\n"
           "Поисканата интензивна амбулаторна програма не е медицински необходима, защото тя не отговаря на критериите за "
           "медицинска необходимост.\n\nАко не сте съгласни, можете да подадете жалба в рамките на 60 дни от датата на "
           "това известие.\n")
_BG_AUTH = ("Rila Health Plan\n\nИЗВЕСТИЕ ЗА ОТКАЗ\n\nДата на известието: 05.01.2026 г.\n\n"
            "Не сме получили предварително одобрение за тези посещения, които са били извършени през декември.\n\n"
            "Ако изчакването може сериозно да Ви навреди, можете да поискате ускорено обжалване. Ще вземем решение в "
            "рамките на 72 часа.\n\nЖалбата Ви трябва да бъде получена от нас в рамките на 180 дни от датата на това "
            "известие.\n")


@pytest.mark.parametrize("text, expected, days, fast", [
    (_BG_OON, {"out_of_network"}, 30, False),
    (_BG_NMN, {"not_medically_necessary"}, 60, False),
    (_BG_AUTH, {"no_prior_authorization"}, 180, True),
])
def test_bulgarian_notice_reads_reasons_deadline_and_fast_review(text, expected, days, fast):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days == days and reading.expedited_available is fast


def test_bulgarian_disclaimer_of_medical_necessity_gives_no_such_reason():
    text = _BG_OON.replace("ВАШИТЕ ПРАВА", "Това решение не е преценка дали лечението Ви е медицински необходимо.\n\nВАШИТЕ ПРАВА")
    assert "is not medically necessary" not in english_cues("Това решение не е преценка дали лечението Ви е медицински необходимо.")
    assert reasons(text) == {"out_of_network"}


# --- a notice carried in speech markup or HTML --------------------------------------------------------------------------

_SSML = ("<?xml version=\"1.0\"?>\n<!-- audio script | QA: check the clinic name -->\n<speak version=\"1.1\">\n"
         "  <p>\n    <s>Keystone Behavioral Health.</s>\n    <s>Notice of Denial.</s>\n  </p>\n  <break time=\"500ms\"/>\n"
         "  <p>\n    <s>Your provider asked us to approve\n       <sub alias=\"partial hospitalization\">P H P</sub> for ten days.</s>\n"
         "    <s>We denied this request.</s>\n    <s>This service is not medically necessary for you at this "
         "time.</s>\n  </p>\n  <p>\n    <s>You must file your grievance within <say-as interpret-as=\"cardinal\">45</say-as> "
         "days from the date of this notice.</s>\n  </p>\n</speak>\n")
_SSML_DOCS = ("<speak>\n<p>\n<s>Juniper Health Plan.</s>\n</p>\n<p>\n<s>We could not approve the request.</s>\n"
              "<s>It did not include your treatment plan.</s>\n<s>We need this information to review the service.</s>\n</p>\n"
              "<p>\n<s>If waiting could seriously harm your health, you can ask for a fast appeal.</s>\n"
              "<s>You have <say-as interpret-as=\"cardinal\">60</say-as> days from the date of this notice to appeal.</s>\n"
              "</p>\n</speak>\n")
_HTML = ("<html><body>\n<div>Orchard Health Plan</div>\n<p>Dear Member,</p>\n<p>We denied the claim for 6 visits because "
         "the provider is not in our network and your plan has no out-of-network benefits.</p>\n<p>You may appeal "
         "within 180 days of the date of this letter.<br>Call us with questions.</p>\n</body></html>\n")


@pytest.mark.parametrize("text, expected, days", [
    (_SSML, {"not_medically_necessary"}, 45),
    (_SSML_DOCS, {"insufficient_documentation"}, 60),
    (_HTML, {"out_of_network"}, 180),
])
def test_notice_in_markup_is_read_as_its_words(text, expected, days):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == expected and reading.appeal_deadline_days == days


def test_spoken_alias_stands_for_the_printed_letters_and_comments_go():
    plain = unmarked(_SSML)
    assert "partial hospitalization for ten days" in plain and "P H P" not in plain
    assert "QA" not in plain and "<" not in plain


@pytest.mark.parametrize("text", [
    "Dear <PERSON_1>,\nWe denied the visits on <DATE_1> and <DATE_2>.\nThe member <PERSON_1> may appeal.\n<PERSON_2>\n<PERSON_3>\n",
    "Your GAD-7 score <10 and PHQ-9 score <5 do not show the need for IOP.\nYou may appeal within 60 days.\n",
    "Lakemont Health Plan\nSee <p> in the attached template for formatting.\nWe denied the claim.\n",
])
def test_text_that_only_mentions_brackets_is_no_markup(text):
    assert not is_markup(text) and unmarked(text) == text


def test_placeholders_in_an_html_notice_survive():
    text = ("<html><body>\n<p>Dear <PERSON_1>,</p>\n<p>We denied the visits on <DATE_1>.</p>\n<p>Member ID <ID_1></p>\n"
            "<p>You may appeal within 60 days.</p>\n</body></html>\n")
    plain = unmarked(text)
    assert "<PERSON_1>" in plain and "<DATE_1>" in plain and "<ID_1>" in plain and "<p>" not in plain


@pytest.mark.parametrize("said, when", [
    ("The date of this notice is 11/24/2026.", date(2026, 11, 24)),
    ("The date of this letter is March 3, 2026.", date(2026, 3, 3)),
    ("The date of this decision is 2026-02-01.", date(2026, 2, 1)),
])
def test_notice_date_said_in_words(said, when):
    text = ("<speak><p><s>Juniper Health Plan.</s></p>\n<p><s>" + said + "</s></p>\n<p><s>We denied the request.</s>\n"
            "<s>It is not medically necessary.</s></p>\n<p><s>You may appeal within 60 days of the date of this notice.</s></p>\n"
            "</speak>\n")
    reading = read_denial(text)
    assert reading.notice_date == when and reading.appeal_deadline_date == when + timedelta(days=60)


def test_date_of_this_notice_is_without_a_date_dates_nothing():
    text = _letter("The services are not medically necessary.").replace(
        "Why we made", "The date of this notice is the date we mailed it.\n\nWhy we made")
    assert read_denial(text).notice_date == date(2026, 5, 4)


# --- a hearing decision: the burden not carried; a lower level nobody found ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Based on the record, Petitioner has not shown that a third weekly session is medically necessary.",
    "The member has not established that continued residential treatment was medically necessary after June 3.",
    "Appellant failed to demonstrate that the requested IOP days were medically necessary.",
])
def test_burden_not_carried_is_a_medical_necessity_finding(sentence):
    assert "not_medically_necessary" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "Appellant bears the burden of proving, by a preponderance of the evidence, that the service is medically necessary.",
    "The therapist testified that the sessions have been medically necessary since March.",
])
def test_burden_stated_or_necessity_argued_is_no_finding(sentence):
    assert "not_medically_necessary" not in reasons(_letter(sentence + " The claim for 4 visits was denied as a duplicate "
                                                                       "claim."))


@pytest.mark.parametrize("sentence", [
    "Respondent did not find that a different or less restrictive service would meet Appellant's needs.",
    "The reviewer never concluded that outpatient therapy could safely meet his needs.",
    "The plan made no finding that a lower level of care would be appropriate.",
])
def test_lower_level_nobody_found_is_no_reason(sentence):
    assert "lower_level_of_care_appropriate" not in reasons(_letter(sentence + " The requested sessions are not medically "
                                                                               "necessary."))


@pytest.mark.parametrize("sentence", [
    "Outpatient therapy once a week can safely meet your needs.",
    "We did not find that the notes support residential care; an intensive outpatient program could safely meet her needs.",
    "A lower level of care is appropriate for your son at this time.",
])
def test_lower_level_found_still_counts(sentence):
    assert "lower_level_of_care_appropriate" in reasons(_letter(sentence))


# --- a state hearing office's decision: external review, a rehearing next ------------------------------------------------

_HEARING_HEAD = ("STATE OF OREGON\nOFFICE OF ADMINISTRATIVE HEARINGS\n\nIn the Matter of: J. Doe, Claimant\n\n"
                 "FINAL ORDER\n\nA telephone hearing was held on May 2, 2026.\n\n")
_HEARINGS = [
    _HEARING_HEAD + "The Plan's decision denying twice-weekly therapy is affirmed. Claimant has not shown that the second "
    "weekly session is medically necessary.\n\nClaimant may request a rehearing within 20 days of the date this order was "
    "mailed.\n\nDate mailed: May 20, 2026\n",
    "Department of Human Services\nDivision of Hearings\n\nDECISION\n\nThis matter is before the undersigned Administrative "
    "Law Judge on the appellant's request for a hearing. The agency's denial of partial hospitalization is sustained because "
    "an intensive outpatient program can safely meet the appellant's needs.\n\nA party may request reconsideration of this "
    "order within 15 days of the date it was mailed.\n",
    "Tri-County Behavioral Health\n\nHEARING DECISION\n\nThe hearing was held at the request of the member after the plan's "
    "internal appeal. Respondent's decision is AFFIRMED. The additional 12 sessions are not medically necessary.\n\n"
    "A rehearing may be requested within 30 days of receipt of this decision.\n",
]


@pytest.mark.parametrize("text, days", list(zip(_HEARINGS, [20, 15, 30])))
def test_state_hearing_decision_is_external_with_rehearing_window(text, days):
    reading = read_denial(text)
    assert reading.review_level == "external_review" and reading.appeal_deadline_days == days


@pytest.mark.parametrize("text, level", [
    (_letter("The requested sessions are not medically necessary.", "If you disagree after your appeal, you may ask the "
             "Office of Administrative Hearings for a state fair hearing within 120 days."), "initial_denial"),
    ("Lakemont Health Plan\n\nAPPEAL DECISION\n\nWe upheld our denial of residential care. It is not medically necessary."
     "\n\nYou may ask for a state fair hearing before an administrative law judge within 120 days of this notice.\n",
     "internal_appeal_decision"),
    (_letter("We denied the visits because no prior authorization was obtained.", "You may request a rehearing of a claim "
             "only through the provider portal; appeals must be filed within 60 days."), "initial_denial"),
])
def test_hearing_words_in_rights_text_leave_the_level(text, level):
    assert read_denial(text).review_level == level


# --- a workers' compensation order --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("The accepted condition has reached maximum medical improvement. Further psychotherapy is palliative and is not proper "
     "and necessary.", {"no_progress_or_maintenance", "not_medically_necessary"}),
    ("The claimant is at MMI per the independent medical examination. Treatment after 09/30/2026 is not curative or "
     "rehabilitative.", {"no_progress_or_maintenance"}),
    ("Counseling sessions are now palliative in nature; the insurer will not pay for them after 12/01/2026.",
     {"no_progress_or_maintenance"}),
])
def test_maximum_medical_improvement_and_palliative_care_are_maintenance(body, expected):
    assert reasons(_letter(body)) == expected


@pytest.mark.parametrize("body, absent", [
    ("The worker has not yet reached maximum medical improvement, but the sessions billed after 01/05/2026 were not "
     "authorized.", "no_progress_or_maintenance"),
    ("Psychosocial rehabilitative services are not a covered benefit under this contract.", "no_progress_or_maintenance"),
    ("The condition has reached maximum medical improvement and care is palliative.", "benefit_limit_reached"),
])
def test_mmi_words_that_are_no_maintenance_finding_or_no_limit(body, absent):
    assert absent not in reasons(_letter(body))


def test_annual_maximum_reached_is_still_a_benefit_limit():
    assert reasons(_letter("You have reached the annual benefit maximum of 20 visits.")) == {"benefit_limit_reached"}


@pytest.mark.parametrize("tail, days", [
    ("THIS ORDER BECOMES FINAL 60 DAYS FROM THE DATE YOU RECEIVE IT UNLESS\nYOU FILE A WRITTEN REQUEST FOR RECONSIDERATION.",
     60),
    ("This determination becomes final 30 days after it is mailed unless a written protest is received.", 30),
    ("The notice becomes final and binding within 90 days of the date you receive it unless you send us a protest.", 90),
])
def test_order_that_becomes_final_unless_protested_gives_the_window(tail, days):
    text = ("Department of Labor and Industries\nDate of order: 03/02/2026\n\nORDER AND NOTICE\n\nThe department will not "
            f"pay for psychotherapy after 03/31/2026. Further treatment is palliative.\n\n{tail}\n")
    assert read_denial(text).appeal_deadline_days == days


# --- a network named by its own name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Harbor Counseling is not a Community Care Network provider and has no agreement with us.",
    "The therapist is not a Blue Select Network clinician.",
    "Dr. Pike is not a Three Rivers Behavioral Network therapist for your plan.",
])
def test_named_network_provider_is_out_of_network(sentence):
    assert "out_of_network" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "Harbor Counseling is a Community Care Network provider, but no referral was on file for these visits.",
    "This is not a Network Adequacy Review decision; the visits were not authorized.",
])
def test_named_network_without_a_refusal_of_it_is_no_network_reason(sentence):
    assert "out_of_network" not in reasons(_letter(sentence))


# --- a recoding written with an arrow ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The claim line was recoded 90837 -> 90834 after review.",
    "Line 3 was downcoded 90838 \u2192 90836 after review of the note's times.",
    "We changed the code from 90834 to 90832 because 31 minutes were documented.",
])
def test_recoding_to_a_shorter_session_code_is_frequency_or_duration(sentence):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "On the corrected claim the line was recoded 90834 -> 90837, and the visit was denied for no authorization.",
    "The claim was adjusted 90837 -> see the attached remittance; the visit was denied for no authorization.",
])
def test_recoding_upward_or_no_code_pair_is_no_frequency_reason(sentence):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(sentence))


# --- an EAP's session allotment; a duplicate of an invoice already paid ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sessions exceed the employee's EAP benefit for this issue.",
    "The program provides 6 sessions per issue; 6 of 6 have been used.",
    "Your employee used all 8 of the 8 counseling sessions the program covers.",
])
def test_eap_allotment_used_up_is_a_benefit_limit(sentence):
    assert "benefit_limit_reached" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "3 of 5 have been used; the session on 04/02 was denied because no authorization was issued.",
    "The visits exceed the benefit period dates on file; no authorization covered them.",
])
def test_allotment_not_used_up_is_no_limit(sentence):
    assert "benefit_limit_reached" not in reasons(_letter(sentence))


def _statement(key: str) -> str:
    return ("Evergreen EAP - Affiliate Statement\nStatement date 06/01/2026\n\n"
            "INVOICE   DOS        BILLED  PAID   STATUS  CODE\n"
            "INV-11    05/02/26   90.00   90.00  PAID    P1\n"
            "INV-12    05/02/26   90.00   0.00   DENIED  D7\n"
            "INV-13    01/09/26   90.00   0.00   DENIED  L3\n\n"
            f"CODE KEY\nP1  Paid in full.\nD7  {key}\nL3  Invoice received more than 90 days after the date of service.\n\n"
            "Disputes: within 30 days of the statement date.\n")


@pytest.mark.parametrize("key", [
    "Duplicate of an invoice already paid (INV-11).",
    "Duplicate of a bill previously processed.",
    "Duplicate invoice: this session was paid on an earlier statement.",
])
def test_duplicate_of_an_invoice_already_paid_in_a_code_key_is_other(key):
    assert reasons(_statement(key)) == {"other", "timely_filing"}


@pytest.mark.parametrize("key", ["Paid in full after review.", "Duplicate flag cleared on review; paid in full.",
                                 "Records were missing at first; paid in full after they arrived."])
def test_legend_entry_for_a_paid_line_still_gives_no_reason(key):
    assert reasons(_statement(key)) == {"timely_filing"}


# --- an item not in the records received ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The physician recertification required by day 18 was not in the records we received.",
    "The signed treatment plan and the discharge summary were not among the documents sent.",
    "A current psychiatric evaluation was not part of the submitted records.",
])
def test_item_not_in_the_records_received_is_insufficient_documentation(sentence):
    assert "insufficient_documentation" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "The provider was not in the network on the date of service.",
    "The member was not in the hospital when the sessions took place; the sessions were not authorized.",
])
def test_not_in_something_other_than_records_is_no_documentation_reason(sentence):
    assert "insufficient_documentation" not in reasons(_letter(sentence))


# --- the plan's appeal decision quoted; a window from the next reviewer's decision -----------------------------------

@pytest.mark.parametrize("decision", [
    "Decision: We upheld the original claim decisions.",
    "The plan affirmed its prior coverage determination.",
    "We have sustained our initial payment denial.",
])
def test_upheld_claim_or_coverage_decision_is_an_internal_appeal_decision(decision):
    text = (f"Lakemont Health Plan\nProvider appeal\n\n{decision} The claims were billed with the wrong place of service.\n\n"
            "You may request a second-level appeal within 60 days of this letter.\n")
    assert read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("step", [
    "If the IRE also says no, you can ask for a hearing with an Administrative Law Judge within 60 days of the IRE's decision.",
    "If the independent reviewer upholds our decision, you may file in court within 1 year from the date of the independent "
    "reviewer's determination.",
    "After the IRO decides, you may request an ALJ hearing within 60 days of receipt of the IRO's decision.",
])
def test_window_from_the_next_reviewers_decision_is_not_an_internal_decisions_deadline(step):
    text = ("Lakemont Medicare Advantage\nNovember 2, 2026\n\nNotice of Appeal Decision: We did not change our decision\n\n"
            "We upheld our denial. Continued PHP is not medically necessary.\n\nBecause we did not decide fully in your "
            "favor, Medicare requires us to send your appeal to the Independent Review Entity. You do not need to do "
            f"anything.\n\n{step}\n")
    assert read_denial(text).appeal_deadline_days is None


def test_own_window_for_the_external_step_still_counts_beside_a_later_one():
    text = ("Lakemont Health Plan\nNovember 2, 2026\n\nFINAL INTERNAL APPEAL DECISION\n\nWe upheld our denial. The IOP days "
            "are not medically necessary.\n\nYou may request an external review within 4 months of the date of this notice. "
            "If the IRO also says no, you may file suit within 1 year of the IRO's decision.\n")
    assert read_denial(text).appeal_deadline_days == 120


def test_external_reviewers_own_decision_keeps_a_window_counted_from_it():
    text = ("Maximus Federal Services\nIndependent Review Entity\nMarch 3, 2026\n\nRECONSIDERATION DECISION\n\nThe IRE "
            "upheld the plan's denial of PHP days; they are not medically necessary.\n\nYou may ask for a hearing with an "
            "Administrative Law Judge within 60 days of the IRE's decision.\n")
    reading = read_denial(text)
    assert reading.review_level == "external_review" and reading.appeal_deadline_days == 60
