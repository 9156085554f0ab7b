"""Denial readings on a twenty-ninth set of forms, examples written here (three or more per class, and lines a rule must
not fire on): a notice in Russian read through the glossary kept as data (its wrapped lines joined, its sentences split at
Cyrillic capitals); a reviewer's criteria grid whose rows found met or not applicable give no reason; a reader's "I
thought ..." in a chat thread is a guess; a service counted in hours (or sessions) a week cut to fewer; an updated plan
"we did not get"; a panel of sample reasons ("Common reasons claims are denied") gives none; a deadline as a labelled
date ("Appeal by: ..."); a debt collector's dispute period is no appeal window."""
from __future__ import annotations

import pytest

from assistant.denials.foreign_notice import english_cues, sentence_language
from assistant.denials.read import read_denial
from assistant.denials.segments import segments


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, head: str = "Notice date: 03/02/2026\n", rights: str = "") -> str:
    rights = rights or "You may appeal within 180 days of the date of this notice."
    return f"Larchmont Health Plan\n{head}\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n{body}\n\n{rights}\n"


# --- a notice written in Russian -------------------------------------------------------------------------------------

_RU_HEAD = ("Evergreen Medicaid Plan\nУВЕДОМЛЕНИЕ ОБ ОТКАЗЕ / NOTICE OF DENIAL\nДата уведомления / Date of notice: 05/04/2026\n\n")


@pytest.mark.parametrize("body, expected", [
    ("Мы рассмотрели запрос на программу частичной госпитализации. Эта услуга не является медицински необходимой.\n"
     "Ваше состояние позволяет получать помощь на более низком уровне помощи, в амбулаторной программе.",
     {"not_medically_necessary", "lower_level_of_care_appropriate"}),
    ("Ваш терапевт просил три сеанса в неделю. Мы одобрили один сеанс в неделю.\n"
     "Второй и третий еженедельные сеансы медицински не обоснованы.",
     {"frequency_or_duration_exceeds_guidelines", "not_medically_necessary"}),
    ("Мы запросили у вашего поставщика план лечения и записи о ходе терапии.\n"
     "Мы не получили медицинские записи, поэтому недостаточно информации для решения.",
     {"insufficient_documentation"}),
])
def test_a_russian_notice_is_read_through_the_glossary(body, expected):
    rights = ("Вы можете подать апелляцию в течение 60 календарных дней с даты этого уведомления.\n"
              "Если ожидание может навредить вашему здоровью, попросите ускоренную апелляцию.")
    reading = read_denial(_letter(body, head=_RU_HEAD, rights=rights))
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days == 60 and reading.expedited_available


@pytest.mark.parametrize("sentence", [
    "Это решение не связано с сетью: ваш врач -- участвующий поставщик плана.",
    "Мы получили все нужные записи вовремя.",
    "Ваш поставщик может обсудить решение с врачом-рецензентом по телефону.",
])
def test_a_russian_sentence_that_names_no_reason_gives_none(sentence):
    body = f"Мы отказали в оплате. Услуга не является медицински необходимой.\n{sentence}"
    assert reasons(_letter(body, head=_RU_HEAD)) == {"not_medically_necessary"}


def test_russian_lines_wrapped_mid_sentence_are_joined_and_split_at_capitals():
    text = ("Мы одобрили психотерапию один раз в неделю. Во втором сеансе\nв неделю мы отказали. Запрос был подан\n"
            "вовремя.\n")
    flats = [s.flat for s in segments(text)]
    assert len(flats) == 3 and flats[1].endswith("denied.")


def test_english_and_german_sentences_are_not_read_as_russian():
    assert sentence_language("The request is not medically necessary and was denied.") is None
    assert sentence_language("Die Behandlung ist medizinisch nicht notwendig und wird nicht übernommen.") == "de"
    assert english_cues("Call 1-800-555-0100 (TTY 711).") == "Call 1-800-555-0100 (TTY 711)."


# --- a reviewer's criteria grid with a verdict column ----------------------------------------------------------------

_GRID_HEAD = "Criterion                                  | Met? | Reviewer comment\n"


@pytest.mark.parametrize("rows, rationale, expected", [
    ("Step-down to IOP would safely meet needs  | N/A  | Not considered; IOP unsafe\n"
     "Progress toward measurable goals         | N    | Scores unchanged for two weeks\n",
     "The record does not show progress. Continued PHP is not medically necessary.",
     {"no_progress_or_maintenance", "not_medically_necessary"}),
    ("Records sufficient to review              | Y    | All notes received\n"
     "Risk requires 24-hour supervision         | N    | No SI since admission\n",
     "Residential treatment is not medically necessary.",
     {"not_medically_necessary"}),
    ("Not a maintenance or custodial stay       | Met  | Active groups daily\n"
     "Less intensive care can safely meet needs | Yes  | Family support strong\n"
     "Treatment plan updated weekly             | N    | Plan not updated, not received\n",
     "The updated treatment plan was not received.",
     {"insufficient_documentation"}),
])
def test_grid_rows_found_met_or_not_applicable_give_no_reason(rows, rationale, expected):
    body = f"CLINICAL REVIEW GRID\n{_GRID_HEAD}{rows}\nDETERMINATION: not certified.\nRationale: {rationale}"
    got = reasons(_letter(body))
    # under a "Met?" heading a Y, Yes or Met says the coverage criterion holds, however its words read
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    ("Progress toward goals                    | N    | Scores stayed the same since admission\n",
     {"no_progress_or_maintenance"}),
    ("Documentation sufficient to review       | No   | Notes were not received\n", {"insufficient_documentation"}),
    ("Symptoms not manageable at lower level   | Not met | Outpatient care can meet needs\n",
     {"lower_level_of_care_appropriate"}),
])
def test_grid_rows_found_not_met_still_give_their_reason(rows, expected):
    body = f"{_GRID_HEAD}{rows}\nDETERMINATION: Adverse."
    assert expected <= reasons(_letter(body))


# --- a reader's guess in a chat thread -------------------------------------------------------------------------------

@pytest.mark.parametrize("guess", [
    "I thought the out of network part was why they denied it",
    "honestly I figured the diagnosis was not covered",
    "I assumed the auth had lapsed because nobody called",
])
def test_a_readers_i_thought_in_a_thread_gives_no_reason(guess):
    body = (f"Sam  10:02 AM\nhere is the letter\n\nSam  10:03 AM\nWe denied the request because the records do not show "
            f"that 90837 is medically necessary.\n\nAlex  10:05 AM\n{guess}\n")
    assert reasons(_letter(body)) == {"not_medically_necessary"}


@pytest.mark.parametrize("sentence, expected", [
    ("I reviewed the records and they do not show measurable progress.", {"no_progress_or_maintenance"}),
    ("As the reviewing psychiatrist I find the service is not medically necessary.", {"not_medically_necessary"}),
    ("We thought it right to tell you the provider is out of network.", {"out_of_network"}),
])
def test_a_reviewers_first_person_finding_still_gives_its_reason(sentence, expected):
    assert expected <= reasons(_letter(sentence))


# --- a service counted in hours or sessions a week, cut to fewer -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The notes do not explain why she needs 10 hours of ABA per week instead of 6.",
    "We cannot authorize more than four hours per week of in-home support.",
    "We approve 2 sessions a week and deny the remaining 2 sessions.",
])
def test_a_cut_in_hours_or_sessions_a_week_is_a_frequency_reason(sentence):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "The program runs 9 hours per week and the member attended every day.",
    "We cannot approve more visits until the records arrive.",
    "The member asked for 3 sessions per week last year instead of 2, and that was approved.",
])
def test_hours_and_sessions_named_without_a_cut_give_no_frequency_reason(sentence):
    body = f"{sentence} The service is not medically necessary."
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(body))


# --- an updated plan "we did not get" --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We did not get an updated plan with measurable goals.",
    "We never received a revised plan after the March review.",
    "The plan says it will be renewed, but we have not gotten a current plan.",
])
def test_an_updated_plan_not_received_is_a_documentation_reason(sentence):
    assert "insufficient_documentation" in reasons(_letter(sentence))


@pytest.mark.parametrize("sentence", [
    "We did get the updated plan and reviewed it.",
    "You did not get plan approval from your employer, so the plan year rules apply.",
    "The member did not get better on the current medication plan.",
])
def test_a_plan_received_or_named_otherwise_gives_no_documentation_reason(sentence):
    assert "insufficient_documentation" not in reasons(_letter(f"{sentence} The stay is not medically necessary."))


# --- a panel of sample reasons ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("panel", [
    "Common reasons claims are denied\n • The provider is out of network\n • The service is not covered by your plan\n",
    "Typical reasons include:\n - No prior authorization was on file\n - The claim was filed late\n",
    "Why was it denied?\n 1. The provider is out of network\n 2. The benefit limit was reached\n"
    "These are general examples and may not apply to your claim.\n",
])
def test_a_panel_of_sample_reasons_gives_none(panel):
    body = f"Status: Denied\nReason code: ZX-12\n\n{panel}\nCall us to learn more about code ZX-12."
    assert reasons(_letter(body)) == {"other"}


@pytest.mark.parametrize("panel, expected", [
    ("Reasons for this decision:\n • The provider is out of network\n", {"out_of_network"}),
    ("Other reasons:\n - The records were not received\n", {"insufficient_documentation"}),
    ("Why we denied your claim\n • The service is not covered by your plan\n", {"non_covered_service_or_diagnosis"}),
])
def test_a_list_of_this_claims_reasons_still_gives_them(panel, expected):
    assert expected <= reasons(_letter(f"Status: Denied\n\n{panel}"))


# --- a deadline as a labelled date -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, days", [
    ("Appeal by: 08/30/2026. Call us or use the app.", 181),
    ("To appeal, file by: September 1, 2026.", 183),
    ("Your right to appeal: send your appeal by: 05/01/2026", 60),
])
def test_a_labelled_appeal_by_date_is_the_deadline(line, days):
    reading = read_denial(_letter("The service is not medically necessary.", rights=line))
    assert reading.appeal_deadline_days == days


@pytest.mark.parametrize("line", [
    "Reviewed by: 08/30/2026 (physician advisor).",
    "Claim received by: 02/20/2026. You may appeal if you disagree.",
    "Signed by: Dr. Kaur, 03/02/2026. You can ask for an appeal.",
])
def test_other_dates_labelled_by_are_no_deadline(line):
    reading = read_denial(_letter("The service is not medically necessary.", rights=line))
    assert reading.appeal_deadline_days is None


# --- a debt collector's dispute period -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Call or write to us by June 1, 2026, to dispute all or part of the debt.",
    "If you write to us by 06/01/2026, we must stop collection on any amount you dispute.",
    "Write by June 1, 2026 to ask for the name and address of the original creditor.",
])
def test_a_debt_dispute_date_is_no_appeal_window(line):
    body = "Insurer remark: PR-204 N130 on 90847. The service was denied by the insurer."
    assert read_denial(_letter(body, rights=line)).appeal_deadline_days is None


@pytest.mark.parametrize("line, days", [
    ("You may dispute this decision by asking for an appeal within 60 days of this notice.", 60),
    ("To dispute the denial, file an appeal within 90 days of the date of this letter.", 90),
    ("Providers may file a claim dispute within 120 days of this notice.", 120),
])
def test_a_dispute_of_the_payers_decision_still_has_its_window(line, days):
    body = "The service is not medically necessary."
    assert read_denial(_letter(body, rights=line)).appeal_deadline_days == days


# --- a worksheet's heading over its criteria rows is no criterion ----------------------------------------------------

@pytest.mark.parametrize("heading", ["CRITERIA GRID", "Clinical Criteria Checklist", "CRITERIA SUMMARY TABLE"])
def test_a_worksheet_heading_is_not_a_cited_criterion(heading):
    body = (f"Guideline applied: MCG Behavioral Health Care Guidelines, 28th Edition\n\n{heading}\n{_GRID_HEAD}"
            "Progress toward goals   | N | Scores stayed the same\n\nDETERMINATION: Adverse.")
    cited = read_denial(_letter(body)).criteria_cited
    assert heading not in cited and any("MCG" in c for c in cited)


@pytest.mark.parametrize("sentence, name", [
    ("We used the InterQual Behavioral Health Criteria to review this request.", "InterQual"),
    ("The request does not meet the LOCUS criteria for Level 4.", "LOCUS"),
    ("Our reviewer applied the ASAM Criteria, Third Edition, Dimension 5.", "ASAM"),
])
def test_named_criteria_are_still_cited(sentence, name):
    cited = read_denial(_letter(sentence + " The service is not medically necessary.")).criteria_cited
    assert any(name in c for c in cited)
