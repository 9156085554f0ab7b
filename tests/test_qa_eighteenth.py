"""Payer questions, eighteenth round: programs named in common words, federal rules that hold for any payer, and a
wait the asker has already sat through set against the sources' time limit."""

from __future__ import annotations

import pytest

from assistant.criteria.elapsed import elapsed_in, elapsed_line
from assistant.criteria.question import uncovered
from assistant.criteria.select import Candidate
from assistant.criteria.words import terms

# a knowledge base that uses "VA" (a VA/DoD guideline), "health", "care", "community", "network" and parity words,
# but never "veteran", "SEOC" or "FEHB", and names no regional Blue plan such as Premera
_KNOWN = {w: 3 for w in terms("VA DoD guideline health care community network parity mental treatment limitation "
                              "prior authorization concurrent review plan comparable medical surgical employer "
                              "psychotherapy notes payment condition good faith estimate federal employee Vermont")}


@pytest.mark.parametrize("question", [
    "Our clinic just joined the VA Community Care program. How many sessions does a referral usually approve?",
    "Does the Community Care Network let us bill 90837 for a veteran's first visit?",
    "The SEOC we got lists psychotherapy only. Can we add family sessions without a new referral?",
    "Is VA health care going to pay for couples sessions if the veteran's spouse attends?",
])
def test_program_named_in_common_words_is_judged_by_its_mark(question):
    assert uncovered(question, _KNOWN)


@pytest.mark.parametrize("question", [
    "Premera asks for a clinical update every 8 visits but not for physical therapy. Does parity reach that?",
    "Does MHPAEA let Regence require prior authorization for outpatient therapy when medical visits need none?",
    "Highmark wants the psychotherapy notes before paying. Can they require that?",
])
def test_federal_rule_holds_for_a_payer_the_sources_never_name(question):
    assert uncovered(question, _KNOWN) == ()


@pytest.mark.parametrize("question", [
    "Premera asks for a treatment plan every 5 visits. Is that allowed?",
    "What does the Vermont parity law add for Premera members?",
])
def test_payer_or_state_without_a_federal_rule_still_uncovered(question):
    # no federal rule named: the unknown payer decides; a state's own law is not waived by a federal rule word
    out = uncovered(question, {**_KNOWN, "vermont": 1})
    assert out


@pytest.mark.parametrize("text,expected", [
    ("Sent the request on the 3rd. It's been 9 days and nothing.", (9, "day")),
    ("we've waited over two weeks for their answer", (2, "week")),
    ("Twelve days have passed since the portal said received.", (12, "day")),
    ("Faxed it 20 days ago, still no reply", (20, "day")),
    ("How long does the plan have to decide?", None),
])
def test_elapsed_time_is_read_from_the_question(text, expected):
    assert elapsed_in(text) == expected


def _cand(rank: int, text: str) -> Candidate:
    return Candidate(rank, text, frozenset(terms(text)), 1.0, 1.0)


def test_wait_longer_than_the_decision_limit_is_overdue():
    chosen = [_cand(0, "A new enrollee gets a 90-day transition period."),
              _cand(1, "The plan has 5 calendar days to answer a standard request for outpatient care.")]
    line = elapsed_line("It's been 8 days since we asked and still nothing.", chosen, {0: 1, 1: 2}, lambda c: c.rank)
    assert "8 days have passed" in line and "5 calendar days" in line and "overdue" in line and "[2]" in line


def test_wait_shorter_than_the_filing_window_is_still_in_time():
    chosen = [_cand(0, "A member may file an appeal within 60 days from the date of the notice.")]
    line = elapsed_line("The denial came 40 days ago; can she still appeal?", chosen, {0: 1}, lambda c: 1.0)
    assert "still within that limit" in line and "20 days left" in line


def test_no_limit_in_the_same_unit_gives_no_line():
    chosen = [_cand(0, "An expedited request is answered within 72 hours."),
              _cand(1, "Each approval lasts for a 30-day authorization period.")]
    assert elapsed_line("It has been 4 days with no answer.", chosen, {0: 1, 1: 2}, lambda c: 1.0) == ""
    assert elapsed_line("How long does the plan have?", chosen, {0: 1, 1: 2}, lambda c: 1.0) == ""
