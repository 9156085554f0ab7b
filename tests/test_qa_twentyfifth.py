"""Questions answered from the twenty-fifth round of blind sets.

- A message that dates nothing in full ("the letter is dated Thursday 3/12") still gives the dates a deadline counts
  from: a day written beside its weekday pins its year, and the other days of the text take that year.
- The time limit a deadline counts is the one for the process the question is about: a window from the document of a
  public program the question never names (Original Medicare's, beside an employer plan's external review) is that
  program's, not the asker's.
- Comparing what Medicare pays two of the non-psychologist practitioner types: the knowledge says in a sentence of its
  own that the three are paid the same rate.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.dates import find_dates
from assistant.criteria.deadline import deadline_line
from assistant.criteria.documents import load_knowledge
from assistant.criteria.question import read_question
from assistant.criteria.select import Candidate
from assistant.criteria.words import terms
from assistant.records import Passage
from tests.qa_passages import retrieved

_TODAY = date.today()


def _day(days_ago: int) -> date:
    return _TODAY - timedelta(days=days_ago)


@pytest.mark.parametrize("template,days_ago", [
    ("The plan's letter is dated {wd_long} {m}/{d} and says I can appeal. What is the last day?", 20),
    ("We got the notice {wd_short} {mon} {d} in the mail, when is it due?", 45),
    ("EOB arrived {wd_short}, {m}/{d}. Am I too late to ask for a review?", 100),
])
def test_a_day_beside_its_weekday_takes_the_year_the_weekday_pins(template, days_ago):
    day = _day(days_ago)
    text = template.format(wd_long=day.strftime("%A"), wd_short=day.strftime("%a"), mon=day.strftime("%b"),
                           m=day.month, d=day.day)
    assert find_dates(text) == [day]


def test_the_other_days_of_the_text_take_the_year_the_weekday_pinned():
    letter, today = _day(30), _day(2)
    text = (f"Decision letter dated {letter.month}/{letter.day}. Message from the office manager, "
            f"{today.strftime('%A')} {today.month}/{today.day}: how long do we have?")
    assert find_dates(text) == [letter, today]


@pytest.mark.parametrize("text", [
    "PHQ-9 went from 9/27 to 4/27 over the quarter; is that progress a reviewer accepts?",  # scores, no weekday
    "Wed 2/30 was the date on the form, is that a typo?",                                     # no such day
])
def test_a_day_without_year_or_weekday_stays_unread(text):
    assert find_dates(text) == []


def test_a_weekday_that_fits_none_of_three_years_pins_nothing():
    day = _day(10)
    if (day.month, day.day) == (2, 29):
        day = _day(11)
    # a year moves a day's weekday on by one or two, so three days on is its weekday in none of the three years
    wrong = (day + timedelta(days=3)).strftime("%A")
    assert find_dates(f"Notice dated {wrong} {day.month}/{day.day}.") == []


def _passage(rank: int, title: str, text: str) -> Passage:
    return Passage(chunk_id=f"c{rank}", source_id=f"doc{rank}", title=title, section="Timeline", policy_id="",
                   url="", effective_date="", payer="all", text=text)


_MEDICARE = ("Original Medicare Part A/B appeals: the levels of review",
             "Worked example for a reconsideration: a notice dated 2 June is presumed received 7 June; adding 180 "
             "days gives the last day.")


@pytest.mark.parametrize("question,title,sentence,window", [
    ("My client's employer plan upheld its denial on the final internal appeal; the decision letter is dated "
     "January 12, 2026. What is the last day to file the external review?",
     "Independent external review for group health plans: time to file",
     "Filing: the claimant has 4 months after the final internal denial to ask for it.", "4 months"),
    ("The Medicaid notice reducing her therapy is dated March 3, 2026. By when must the hearing request reach "
     "the state?", "Medicaid fair hearings: when to ask",
     "A beneficiary has 90 days from the notice date to ask for a fair hearing.", "90 days"),
    ("Our Marketplace plan denied the PHP stay in a letter dated 04/20/2026. What is the last day for the "
     "internal appeal?", "Internal appeals for Marketplace and individual plans",
     "The member has 180 days to file an internal appeal.", "180 days"),
])
def test_the_window_counted_is_the_named_process_not_another_programs(question, title, sentence, window):
    q = read_question(question)
    passages = [_passage(0, *_MEDICARE), _passage(1, title, sentence)]
    # the other program's worked example fits the question's shape a little better, as a retriever may rank it
    chosen = [Candidate(0, _MEDICARE[1], frozenset(terms(_MEDICARE[1])), 1.0, 1.5),
              Candidate(1, sentence, frozenset(terms(sentence)), 1.0, 1.0)]
    line = deadline_line(q, chosen, passages, {0: 1, 1: 2})
    assert f"{window} counted from" in line and line.rstrip().endswith("notice itself.")
    assert "[2]" in line


def test_a_window_from_the_program_the_question_names_is_still_counted():
    q = read_question("Medicare denied 90837 in a notice dated May 4, 2026. What is the last day to appeal?")
    passages = [_passage(0, "Original Medicare Part A/B appeals: the levels of review",
                         "A redetermination must be requested within 120 days of receiving the notice.")]
    chosen = [Candidate(0, passages[0].text, frozenset(terms(passages[0].text)), 1.0, 1.0)]
    assert "120 days counted from" in deadline_line(q, chosen, passages, {0: 1})


@pytest.fixture(scope="module")
def sections():
    found, problems = load_knowledge()
    assert not problems
    return found


_retrieved = retrieved


def test_the_knowledge_says_the_three_practitioner_types_are_paid_the_same(sections):
    rates = [s for s in sections if s.section == "Medicare payment rates by practitioner type"]
    assert rates and "paid the same rate" in rates[0].text and "75%" in rates[0].text


@pytest.mark.parametrize("question", [
    "Is a counselor enrolled as an MHC paid less by Medicare than a clinical social worker for the same 90834?",
    "Does Medicare reimburse a licensed mental health counselor at a lower rate than an LCSW?",
    "Is an LMFT paid less than a social worker under Medicare Part B?",
])
def test_a_pay_comparison_between_the_three_types_is_answered_as_the_same_rate(sections, question):
    answer = extractive_answer(question, _retrieved(question, sections))
    assert "same rate" in answer.text and "75%" in answer.text


def test_a_weekday_pinned_day_far_from_today_is_not_guessed():
    far = _day(400)
    assert find_dates(f"The letter is dated {far.strftime('%A')} {far.month}/{far.day}.") == []
