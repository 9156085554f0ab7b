"""Questions that give an age, ask what happens when something is missed, name a practitioner in full words, or ask
whether an old rule still holds. Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.question import read_question
from assistant.records import Passage


def passage(text: str, n: int = 0, title: str = "Level-of-care tools") -> Passage:
    return Passage(f"c{n}", f"s{n}", title, "Summary", "RULE-1", "", "", "all", text)


TOOLS = passage("The adult tool is used for members aged 18 and older and rates six dimensions of need. "
                "The child and adolescent tool covers ages 6 to 18 and adds a dimension for family support. "
                "The early-childhood tool covers children 0 through 5 and is rated by the clinician with the family.")


@pytest.mark.parametrize("question, expected", [
    ("My son is 4. Which level-of-care tool would the plan use for him?", "early-childhood tool covers children 0"),
    ("Which level-of-care tool applies to a 15-year-old client?", "child and adolescent tool covers ages 6 to 18"),
    ("Our client is 34 - which level-of-care tool does the reviewer rate?", "adult tool is used for members aged 18"),
    ("what tool for a 3 y/o in the program", "early-childhood tool covers children 0"),
])
def test_the_sentence_whose_age_range_holds_the_age_leads(question, expected):
    assert read_question(question).ages
    assert expected in extractive_answer(question, [TOOLS]).text.split("\n")[0].split(" [")[0]


@pytest.mark.parametrize("text", [
    "She is 12 sessions into treatment; which tool applies?",
    "He was 20 minutes late; what code?",
])
def test_a_count_of_sessions_or_minutes_is_not_an_age(text):
    assert read_question(text).ages == ()


DEADLINES = passage(
    "A plan has 30 days to decide a pre-service appeal and 60 days to decide a post-service appeal. "
    "If the plan fails to decide within its deadline, the member is treated as having finished the plan's appeals "
    "and may go to court or to external review at once.", title="Plan appeal deadlines")


@pytest.mark.parametrize("question", [
    "What happens if the plan misses its own deadline to decide our appeal?",
    "What if the insurer never answers the appeal within the 30 days?",
    "What can we do if the plan blows past the deadline?",
])
def test_a_what_happens_if_question_gets_the_consequence_not_the_time_limit(question):
    q = read_question(question)
    assert "consequence" in q.kinds and "duration" not in q.kinds
    assert extractive_answer(q, [DEADLINES]).text.startswith("If the plan fails to decide")


def test_a_consequence_question_that_also_asks_how_long_keeps_the_time_limit():
    assert "duration" in read_question("What happens next, and how long does the plan have to decide?").kinds


@pytest.mark.parametrize("question, expected", [
    ("Can a licensed professional counselor bill Medicare?", "MHC"),
    ("Is a clinical mental health counselor covered?", "MHC"),
    ("Do marriage & family therapists get paid the same?", "MFT"),
    ("Can a social worker bill for testing?", "CSW"),
])
def test_a_practitioner_title_in_full_words_searches_as_the_type_the_sources_use(question, expected):
    assert expected in read_question(question).query


STATUS = passage("Counselors were not a Medicare provider type for many years. "
                 "Counselors and family therapists can bill Medicare for services on or after 1 January 2024.",
                 title="Practitioner types")


@pytest.mark.parametrize("question", [
    "Is it still true that counselors can't bill Medicare?",
    "Can counselors bill Medicare yet?",
    "Are counselors still unable to bill Medicare these days?",
])
def test_a_still_question_leads_with_the_rule_that_changed_and_its_date(question):
    assert "on or after 1 January 2024" in extractive_answer(question, [STATUS]).text.split(" [")[0]
