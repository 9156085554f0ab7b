"""Payer questions of a tenth kind, examples written here (three or more per class): a question about what a payer
pays is a dollar question; a question about whether a rule is enforced searches for enforcement; a question mark
inside a line marks the line that asks."""
from __future__ import annotations

import pytest

from assistant.criteria.ask import _ASKS
from assistant.criteria.question import read_question


@pytest.mark.parametrize("question", [
    "Quick rate question for our NC office: what does NC Medicaid pay an LCMHC for 90837 in 2026?",
    "What does Aetna pay for 90834 in Ohio?",
    "What is Highmark's rate for 90837 this year?",
])
def test_a_question_about_what_a_payer_pays_asks_for_dollars(question):
    assert "dollar" in read_question(question).kinds


@pytest.mark.parametrize("question", [
    "is the 2024 MHPAEA final rule actually being enforced right now?",
    "Is CMS still enforcing the 90-day rule?",
    "Is the state parity law in force for self-funded plans?",
])
def test_a_question_about_enforcement_searches_for_it(question):
    assert "non-enforcement" in read_question(question).query


@pytest.mark.parametrize("line", [
    "3. FOR THE ASSISTANT: is the 2024 MHPAEA final rule being enforced? We want to cite it this week",
    "- Billing: does Optum need a treatment plan for 90837? (Dana asked)",
    "Item 4 - can we bill 90785 with 90847? pls check",
])
def test_a_question_mark_inside_a_line_marks_the_line_that_asks(line):
    assert _ASKS.search(line)


@pytest.mark.parametrize("line", ["1. Holiday coverage", "2. New intake packet", "4. Supervision schedule"])
def test_an_agenda_item_without_a_question_does_not_ask(line):
    assert not _ASKS.search(line)
