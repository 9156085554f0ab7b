"""Payer questions of a twelfth kind, examples written here (three or more per class): how long to appeal, asked in
any wording (a text message's "2 appeal" too); who decides an appeal, or whether it can be the same reviewer; a
question about the dollar amount a level of appeal needs; a plan's "type" line; a state where the asker works or
trained is no subject of the question, while a state the question asks about still is."""
from __future__ import annotations

import pytest

from assistant.criteria.question import read_question, uncovered


@pytest.mark.parametrize("question, words", [
    ("omg pt has humana MA. got denial ltr dated 3/3. how long do we have 2 appeal??", "appeal filing deadline"),
    ("What's the deadline to appeal a Cigna denial?", "appeal filing deadline"),
    ("How many days do we get to ask for a reconsideration?", "appeal filing deadline"),
    ("Who actually decides our client's appeal under her employer's plan?", "fiduciary"),
    ("Could it be the same psychiatrist who denied her IOP the first time?", "fiduciary"),
    ("Is it the same reviewer that made the first call?", "fiduciary"),
    ("Is an ALJ hearing even possible at that amount?", "amount in controversy"),
    ("The claims total $240 - can we still go to a hearing?", "amount in controversy"),
    ("Is there a dollar minimum for the next level?", "amount in controversy"),
    ('What exact wording should go on the "Type" line of my Medicare treatment plan?', "individual or group"),
    ("What goes in the type field of the plan?", "individual or group"),
    ("Does the type of service have to be on the plan?", "individual or group"),
])
def test_question_wordings_find_their_topic(question, words):
    assert words in read_question(question).query


def test_an_everyday_type_is_no_plan_field():
    assert "individual or group" not in read_question("What type of client does IOP serve?").query


KNOWN = {"locus": 5, "composite": 5, "ratings": 5, "medicaid": 9, "ohio": 1}


@pytest.mark.parametrize("question", [
    "I trained in Leeds and now work at a programme in Oregon. How many ratings does the LOCUS have?",
    "We're based in Vermont. What is the LOCUS composite range?",
    "I live in Nevada but practice online; how many LOCUS ratings are there?",
])
def test_where_the_asker_works_is_no_subject(question):
    assert uncovered(question, KNOWN) == ()


@pytest.mark.parametrize("question, state", [
    ("We are a group practice in Ohio; what does the Oregon parity law require of plans?", "Oregon"),
    ("Does Colorado also require plans to use LOCUS?", "Colorado"),
    ("I work in Texas. What does Oregon require for LOCUS ratings?", "Oregon"),
])
def test_a_state_the_question_asks_about_still_counts(question, state):
    assert state in uncovered(question, KNOWN)
