"""Offline answers chosen by what the question asks for (synthetic passages and questions written for these tests)."""

from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.dates import add_window, find_window
from assistant.criteria.question import read_question
from assistant.records import Passage

KNOWN = {"medicare", "advantage", "plan", "appeal", "reconsideration", "psychologist", "qualchoice", "therapy",
         "session", "minute", "visit", "psychotherapy", "aetna", "optum", "medicaid", "ohio", "california"}


def passage(n: int, text: str, source: str = "doc", payer: str = "all", section: str = "Rules") -> Passage:
    return Passage(chunk_id=f"{source}#{n}", source_id=source, title=f"{source} title", section=section,
                   policy_id="P-1", url="https://example.org", effective_date="2025-01-01", payer=payer, text=text,
                   score=1.0)


def first_line(answer) -> str:
    return answer.text.split(" [")[0]


# --- what the question asks for --------------------------------------------------------------------------------

@pytest.mark.parametrize("question, kind, subject", [
    ("How long do we have to appeal to the plan after a denial?", "duration", "member"),
    ("How many days does my client have to file for external review?", "duration", "member"),
    ("How long does the plan have to decide an urgent appeal?", "duration", "plan"),
    ("Within what time frame must the insurer resolve a standard grievance?", "duration", "plan"),
])
def test_time_limit_questions_know_whose_time_they_ask_about(question, kind, subject):
    q = read_question(question)
    assert kind in q.kinds and q.subject == subject


@pytest.mark.parametrize("question, kind", [
    ("The notice is dated 4/2/2026. What is the last day to file?", "date_calc"),
    ("How much money is the amount in controversy for a federal court case?", "dollar"),
    ("What are the steps to get a retroactive authorization?", "steps"),
    ("What should a treatment plan for Medicare include?", "steps"),
    ("Can a counselor bill 90791 twice in one month?", "yesno"),
    ("A session ran 70 minutes. How is it coded?", "code"),
    ("Since when does Medicare cover intensive outpatient programs?", "year"),
])
def test_question_kinds(question, kind):
    assert kind in read_question(question).kinds


def test_two_part_questions_are_split_and_quantities_named():
    q = read_question("Her GAD-7 dropped from 18 to 9 points. Is that meaningful? Also what do I do about her sleep?")
    assert len(q.parts) == 2 and "point" in q.units


@pytest.mark.parametrize("question, expected", [
    ("can a clinical psycologist bill this?", "psychologist"),
    ("Arkansas client on QualChocie, any visit limit?", "qualchoice"),
    ("Is a 45 minute pyschotherapy visit billable as 90834?", "psychotherapy"),
])
def test_typos_are_searched_as_the_knowledge_base_spells_them(question, expected):
    assert expected in read_question(question, known=KNOWN).query.lower()


@pytest.mark.parametrize("question, named", [
    ("How many days does a TRICARE beneficiary have to appeal a therapy denial?", "TRICARE"),
    ("Does FEHB cover intensive outpatient therapy?", "FEHB"),
    ("What are the prior authorization rules for Wellmark in Iowa?", "Wellmark"),
])
def test_programs_payers_and_states_the_sources_lack_are_named(question, named):
    assert named in read_question(question, known=KNOWN).unknown


@pytest.mark.parametrize("question", [
    "A Humana Medicare Advantage plan denied therapy: how long to appeal?",   # MA rules hold for every MA plan
    "Our Ohio client has Medicare: what is the redetermination window?",
    "Aetna denied twice-weekly sessions in California: what now?",
])
def test_a_named_payer_or_state_inside_known_coverage_is_not_unknown(question):
    assert read_question(question, known=KNOWN).unknown == ()


# --- the sentence that holds the answer ------------------------------------------------------------------------

def test_the_sentence_with_the_members_time_limit_beats_its_neighbours():
    p = passage(0, "Medicare Advantage plan appeals are called reconsiderations and go to the plan first. The plan "
                   "must decide a standard reconsideration within 30 days. A member has 65 calendar days from the "
                   "notice date to ask the plan for a reconsideration.")
    answer = extractive_answer("How long does a member have to ask a Medicare Advantage plan for reconsideration?", [p])
    assert "65 calendar days" in first_line(answer)


def test_the_sentence_with_the_plans_decision_time_answers_a_plan_question():
    p = passage(0, "A member has 60 days to file a Medicaid plan appeal. The plan must resolve a standard appeal "
                   "within 30 calendar days of receiving it. Appeals may be filed by phone or in writing.")
    answer = extractive_answer("How long does the Medicaid plan have to resolve a standard appeal?", [p])
    assert "30 calendar days" in first_line(answer)


def test_a_threshold_in_the_questions_unit_is_chosen():
    p = passage(0, "Family psychotherapy focuses on the family system and who attended. The family codes are "
                   "50-minute codes that can be reported once 26 minutes or more have been spent. Document the "
                   "start and stop times.")
    answer = extractive_answer("The family session lasted only 19 minutes. Can I bill the family code?", [p])
    assert "26 minutes" in first_line(answer)


def test_each_part_of_a_two_part_question_gets_its_own_sentence():
    p1 = passage(0, "A response is a drop of 50% or more from the baseline GAD-7 score. Remission is a score below "
                    "5.", source="gad")
    p2 = passage(1, "Any report of self-harm thoughts calls for a structured suicide risk assessment at that visit.",
                 source="risk")
    answer = extractive_answer("Her GAD-7 went from 16 to 7: is that a response? Also she reported self-harm "
                               "thoughts, what do I do?", [p1, p2])
    assert "50%" in answer.text and "risk assessment" in answer.text


def test_a_steps_question_gets_the_list_of_instructions():
    p1 = passage(0, "What the codes mean:\n- CARC 197: authorization absent.\n- CARC 15: number invalid.\n"
                    "- CARC 198: authorization exceeded.", source="codes")
    p2 = passage(1, "Answering a missing authorization:\n- Check whether an approval exists but was not linked, and "
                    "send a corrected claim.\n- Request retro-authorization quickly.\n- Appeal with the urgency "
                    "records.", source="steps")
    answer = extractive_answer("What are the steps to get a missing authorization fixed after the fact?", [p1, p2])
    assert "corrected claim" in answer.text and "retro-authorization" in answer.text


# --- deadlines computed from the question's date -------------------------------------------------------------------

@pytest.mark.parametrize("start, window, expected, rolled", [
    ("2026-03-10", (65, "days"), "2026-05-14", False),
    ("2025-10-31", (4, "months"), "2026-03-01", True),
    ("2026-01-31", (1, "months"), "2026-03-01", True),
    ("2026-02-06", (5, "business days"), "2026-02-13", False),
])
def test_deadline_arithmetic(start, window, expected, rolled):
    from datetime import date

    last, did_roll = add_window(date.fromisoformat(start), *window)
    assert last.isoformat() == expected and did_roll == rolled


@pytest.mark.parametrize("text, window", [
    ("within sixty (60) calendar days", (60, "days")),
    ("has four months after receipt", (4, "months")),
    ("no later than 5 business days", (5, "business days")),
])
def test_time_limits_are_read_from_words_and_digits(text, window):
    assert find_window(text) == window


@pytest.mark.parametrize("question, text, last_day", [
    ("My MA denial notice is dated March 10, 2026. What is the last day to file the reconsideration?",
     "A member has 65 calendar days from the notice date to file a reconsideration.", "May 14, 2026"),
    ("We received the final denial on October 31, 2025 and have four months for external review. What is the last "
     "day?", "The claimant has 4 months after receiving the final denial to request external review.", "March 1, 2026"),
    ("The remittance notice is dated February 10, 2026. What is the last day to file the redetermination?",
     "File within 120 days after the initial determination is received. The notice is presumed received 5 days "
     "after the date printed on it.", "June 15, 2026"),
])
def test_a_question_with_a_date_gets_the_last_day(question, text, last_day):
    answer = extractive_answer(question, [passage(0, text)])
    assert answer.text.startswith(f"Last day: {last_day}")


# --- what the sources do not cover, and other languages ----------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How many days does a TRICARE East beneficiary have to request reconsideration?",
    "Does CHAMPVA require prior authorization for therapy?",
    "What is the Medigap rule for psychotherapy copays?",
])
def test_a_program_the_sources_never_mention_is_not_covered(question):
    q = read_question(question, known=KNOWN)
    answer = extractive_answer(q, [passage(0, "Medicare Advantage members have 65 calendar days to appeal.")])
    assert answer.text.startswith("Not covered by the knowledge base") and not answer.answered


@pytest.mark.parametrize("question", [
    "What does Medicare pay in dollars for 90837 in 2026?",
    "What is the payment amount for 90834 for a counselor?",
    "How much money does the plan reimburse for 90847?",
])
def test_a_dollar_amount_the_sources_lack_is_not_covered(question):
    p = passage(0, "Clinical social workers are paid 75% of the psychologist amount. The ALJ threshold is $200 in 2026.")
    assert extractive_answer(question, [p]).text.startswith("Not covered by the knowledge base")


@pytest.mark.parametrize("question", [
    "¿Cuánto tiempo tiene el plan de Medicaid para resolver una apelación estándar?",
    "¿Cuántos días tiene mi paciente para apelar la decisión del plan?",
    "¿Qué plazo tiene el plan para decidir una apelación acelerada?",
])
def test_a_spanish_question_is_searched_in_english_and_says_so(question):
    q = read_question(question)
    assert q.language == "es" and "appeal" in q.query
    p = passage(0, "The plan must resolve a standard appeal within 30 calendar days. Expedited appeals are decided "
                   "within 72 hours. A member has 60 calendar days to appeal.")
    answer = extractive_answer(q, [p])
    assert answer.text.startswith("(Pregunta en español") and "Plazo:" in answer.text


@pytest.mark.parametrize("question, language, kind", [
    ("Qué porcentaje paga Medicare a un consejero de salud mental comparado con un psicólogo?", "es", "number"),
    ("Mi paciente tiene Medicaid: cuánto tiempo para apelar la decisión?", "es", "duration"),
    ("Is the plan's de minimis exception a problem for my client in San Diego?", "en", "yesno"),
    ("What does the plan mean by 'para' services in the EOB?", "en", None),
])
def test_language_is_read_from_function_words_and_spanish_reads_as_english(question, language, kind):
    q = read_question(question)
    assert q.language == language and (kind is None or kind in q.kinds)


# --- a cutoff asked about after a quantity the question gives ----------------------------------------------------

@pytest.mark.parametrize("question, cutoff", [
    ("My colleague says we can't bill 90847 unless the family session runs the full 50 minutes. What's the cutoff?",
     "26 minutes"),
    ("Our group says a 53-minute session is the minimum for 90837; what is the threshold really?", "53 minutes"),
    ("If a crisis visit runs 25 minutes, what's the minimum for 90839?", "30 minutes"),
])
def test_a_cutoff_question_prefers_the_sentence_with_the_number_in_its_unit(question, cutoff):
    passages = [
        passage(0, "When two clinicians run one session together, only one of them bills the family code. "
                   "Two therapists each billing the same encounter is double billing.", source="co"),
        passage(1, "A family session can be billed with 90847 once 26 "
                   "minutes or more have been spent. Individual psychotherapy 90837 needs a session of 53 minutes or "
                   "more. A crisis visit billed as 90839 needs at least 30 minutes.", source="cpt"),
    ]
    answer = extractive_answer(read_question(question), passages, max_sentences=1)
    assert cutoff in answer.text.split(" [")[0]
