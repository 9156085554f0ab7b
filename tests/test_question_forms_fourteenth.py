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
