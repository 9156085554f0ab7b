"""Payer questions inside a container, examples written here (three or more): a support form's JSON with a
"question" field, a draft with bracketed notes to the tool ("[<- can an LMFT ...?]"), a pasted message whose question
points back at the sentence before it ("... within 7 days. Is that real?"). The question sentences are found, with the
sentence they point back to."""
from __future__ import annotations

import pytest

from assistant.criteria.question import asked_sentences

JSON_FORM = ('{\n  "form": "support_request_v2",\n  "payers_involved": ["Humana Medicare Advantage"],\n  "question": "We heard that '
             'plans must answer prior auth requests within 7 days, and within 72 hours when urgent. Is that real, and does it '
             'apply to both payers?",\n  "urgency": "normal"\n}')
DRAFT = ("DRAFT job post\n  * Caseload mix: commercial and Medicare [<- can an LMFT actually see Medicare patients now?]\n"
         "  * Competitive pay [<- and does Medicare pay the LMFT the same as a psychologist for 90834?]\n")
TICKET = ('{"subject": "timely filing", "body": "Our claim went out late because the EHR crashed for a week. Can we still '
          'appeal a timely filing denial with proof of the outage?"}')


@pytest.mark.parametrize("text, first", [
    (JSON_FORM, "We heard that plans must answer prior auth requests within 7 days"),
    (DRAFT, "can an LMFT actually see Medicare patients now?"),
    (TICKET, "Can we still appeal a timely filing denial"),
])
def test_the_asked_sentences_of_a_container(text, first):
    asked = asked_sentences(text)
    assert asked and asked[0].startswith(first)


def test_each_bracketed_question_is_its_own_part():
    assert len(asked_sentences(DRAFT)) == 2


def test_a_message_that_asks_nothing():
    assert asked_sentences("Thanks for the letter. I will send it today.") == ()


from assistant.criteria.ask import extractive_answer  # noqa: E402
from assistant.records import Passage  # noqa: E402


def _passage(text: str) -> Passage:
    return Passage(chunk_id="d#1", source_id="doc", title="Limits", section="Limits", policy_id="P-1",
                   url="https://example.org", effective_date="2025-01-01", payer="all", text=text, score=1.0)


@pytest.mark.parametrize("question, text, lead", [
    ("He has used 185 days in freestanding psych hospitals so far. How many days does Medicare have left for him?",
     "Original Medicare pays for at most 190 days over a lifetime in a freestanding psychiatric hospital.", "leaves 5 days"),
    ("She has used 18 visits this year. How many more visits does the plan allow?",
     "The plan covers up to 20 visits per calendar year for outpatient therapy.", "leaves 2 visits"),
    ("We've had 9 sessions under the EAP. How many are left?",
     "The EAP has a 12-session annual limit per concern.", "leaves 3 sessions"),
])
def test_what_is_left_of_a_limit(question, text, lead):
    answer = extractive_answer(question, [_passage(text)])
    assert lead in answer.text and "By the figures in your question" in answer.text


def test_no_count_in_the_question_no_arithmetic():
    answer = extractive_answer("How many visits does the plan allow?", [_passage("The plan covers up to 20 visits per year.")])
    assert "By the figures" not in answer.text
