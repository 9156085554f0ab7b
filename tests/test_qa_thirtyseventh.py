"""Payer questions, thirty-seventh round: a topic named only in a message's background is not what it asks, and a
time limit the question itself states picks the source's rule a last day is counted by."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.criteria.deadline import deadline_line, window_first, window_fits
from assistant.criteria.payer_topics import absent_topic
from assistant.criteria.question import read_question
from assistant.criteria.select import Candidate
from assistant.criteria.stated_windows import stated_windows, states_same
from assistant.criteria.words import terms
from assistant.records import Passage


# ---- a topic the sources lack, named only in the story behind a question -----------------------------------------

@dataclass
class _Section:
    text: str


_SOURCES = [_Section("A member has 180 days to appeal an adverse benefit determination under the ERISA rule."),
            _Section("Under the No Surprises Act a self-pay patient may start patient-provider dispute resolution.")]


@pytest.mark.parametrize("message", [
    "Her bill included two late-cancel fees and came to $900. The estimate had been $450. She wants to dispute the "
    "difference. Her sister says the clinic overcharged. How long does she have to start the dispute?",
    "Last spring we dropped our no-show fee altogether. Since then the practice moved to a new EHR. The client's plan "
    "is an ERISA plan. The denial came Monday. How many days do we have to appeal?",
    "We waived the no-show charges for him in May. His therapist left the practice in June. The new therapist scored "
    "a PHQ-9 of 18. The plan then denied further sessions. What does the appeal need to include?",
])
def test_a_topic_named_only_in_the_background_is_not_what_is_asked(message):
    assert absent_topic([message], _SOURCES) is None


@pytest.mark.parametrize("message", [
    "Our policy says: no-show fee $50. The client signed it at intake. Can we bill it?",
    "She missed two sessions last month. We'd like to charge a missed-appointment fee. Is that allowed for Medicaid?",
    "Can we charge for no-shows?",
    "What late-cancel charge can a Medicare Advantage member be given?",
])
def test_a_topic_the_question_points_at_is_still_absent(message):
    topic = absent_topic([message], _SOURCES)
    assert topic and "missed" in topic["name"]


# ---- time limits the question itself states ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Marisol swears it's four months from the final denial.", {(4, "months")}),
    ("We were told 60 days to ask for the hearing; the letter gives a 180-day window.", {(60, "days"), (180, "days")}),
    ("Per the handbook, 30 business days.", {(30, "business days")}),
])
def test_a_question_states_its_own_time_limits(text, expected):
    assert stated_windows(text) == expected


@pytest.mark.parametrize("text", [
    "Not 120 days! Not a few weeks!",
    "She isn't 30 days late, she's just slow.",
    "Thirty-one years at the front desk and never a missed date.",
    "No limit was ever mentioned to us.",
])
def test_negated_limits_and_ages_are_no_stated_limit(text):
    assert stated_windows(text) == set()


def test_a_source_sentence_agrees_only_with_the_same_limit():
    stated = {(4, "months")}
    assert states_same("Filing: the member has 4 months after receiving the final denial.", stated)
    assert not states_same("A corrected claim is possible within 12 months of the service.", stated)
    assert not states_same("Filing: the member has 4 months after receiving the final denial.", set())


def _passage(i: int, title: str, text: str) -> Passage:
    return Passage(f"c{i}", f"doc-{i}", title, "Section", "P", "https://example.org", "2026-01-01", "all", text)


_PASSAGES = [
    _passage(0, "Late filing options", "A corrected claim is possible only within 12 months of the date of service."),
    _passage(1, "External review: filing and decisions",
             "Filing: the claimant has 4 months after receiving the final internal denial to request external review."),
    _passage(2, "External review: filing and decisions", "Standard decision: the IRO decides within 45 days."),
]


def _cands():
    return [Candidate(i, p.text, frozenset(terms(p.text)), 1.0, 1.0) for i, p in enumerate(_PASSAGES)]


@pytest.mark.parametrize("question", [
    "Our biller says we get four months for the outside review and the reviewer takes 45 days. The final denial "
    "arrived on September 30, 2026. What date is the deadline?",
    "Is it really 4 months? The last internal appeal was denied in a letter received 09/30/2026. What is the "
    "last day to file?",
    "Someone at the plan said four months, not 120 days. Final denial received Sept 30, 2026: what's the last day?",
])
def test_the_limit_the_question_states_is_counted_when_a_source_gives_it(question):
    q = read_question(question)
    cands = _cands()
    chosen = [cands[0], cands[2]]
    assert not window_fits(q, chosen, cands, _PASSAGES)
    chosen = window_first(q, cands, chosen, _PASSAGES, lambda c: 0.0)
    line = deadline_line(q, chosen, _PASSAGES, {c.rank: i + 1 for i, c in enumerate(chosen)})
    assert "January 30, 2027" in line and "4 months" in line


@pytest.mark.parametrize("question", [
    "The final denial arrived on September 30, 2026. What date is the deadline?",
    "We were told six weeks. The letter came 09/30/2026. Which day is the last one?",
])
def test_no_stated_limit_the_sources_give_leaves_the_choice_alone(question):
    q = read_question(question)
    cands = _cands()
    chosen = [cands[0], cands[2]]
    assert window_fits(q, chosen, cands, _PASSAGES)
