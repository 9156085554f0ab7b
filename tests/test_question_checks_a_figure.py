"""Questions that quote a figure and ask whether it is right, and states the sources only name in passing.
Examples written here."""
from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.question import read_question
from assistant.records import Passage


def passage(text: str, n: int = 0) -> Passage:
    return Passage(f"c{n}", f"s{n}", "Prior authorization timelines", "Decision times", "RULE-1", "", "", "all", text)


PA = passage("From 1 January 2026 plans have 72 hours to answer an expedited prior-authorization request and 7 calendar "
             "days to answer a standard one.")
APPEAL = passage("A member may file an internal appeal within 180 days of the adverse benefit determination.", 1)


@pytest.mark.parametrize("question, passages, lead", [
    ('The letter says "standard requests will be decided within 14 calendar days". Is 14 days still right?', [PA], "No: the sources give 7 calendar days, not 14"),
    ("Our biller says we have 60 days to file the internal appeal - is that correct?", [APPEAL], "No: the sources give 180 days, not 60"),
    ("Is 180 days still the right window for an internal appeal?", [APPEAL], "Yes: the sources give 180 days"),
])
def test_a_quoted_figure_is_confirmed_or_corrected_first(question, passages, lead):
    assert extractive_answer(question, passages).text.startswith(lead)


def test_a_question_that_does_not_check_a_figure_gets_no_verdict():
    answer = extractive_answer("How long does a plan have for a standard prior-authorization request?", [PA])
    assert not answer.text.startswith(("No:", "Yes:"))


@pytest.mark.parametrize("question, counts, unknown", [
    ("Does Colorado require nonprofit criteria for mental health review?", {"colorado": 1, "california": 40}, ("Colorado",)),
    ("Does Minnesota have a parity law like SB 855?", {"minnesota": 1}, ("Minnesota",)),
    ("Does Illinois require nonprofit criteria?", {"illinois": 15}, ()),
])
def test_a_state_named_in_one_passage_only_is_not_covered(question, counts, unknown):
    known = {"nonprofit": 5, "criteria": 50, "mental": 40, "health": 90, "review": 60, "parity": 20, "law": 30, **counts}
    assert read_question(question, known=known).unknown == unknown
