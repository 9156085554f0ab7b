"""Questions answered from the twenty-fourth round of blind sets.

- A state's Medicaid program named by its own brand (and its behavioral-health carve-out) has its own manual and
  authorization grid: when the sources never name it, they do not cover the question, like any other program.
- What a plan pays a therapist against another clinician is a parity question about how rates are set (an NQTL),
  not about the dollar figures: the knowledge says so in a sentence that stands alone.
- Who pays for a federal external review: the plan, never the member or a provider acting for the member.
"""

from __future__ import annotations

import re

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.documents import load_knowledge
from assistant.criteria.uncovered import uncovered
from tests.qa_passages import retrieved

_KNOWN = {w: 3 for w in ("prior", "authorization", "auth", "visits", "therapy", "outpatient", "members", "limit",
                         "medicaid", "medi", "cal", "medi-cal", "hearing", "fair", "units", "session")}


@pytest.mark.parametrize("question,program", [
    ("Our TennCare kids hit a visit cap at 12 sessions? When does the auth kick in?", "TennCare"),
    ("Does SoonerCare need a prior authorization before the 9th outpatient therapy visit?", "SoonerCare"),
    ("For Apple Health members in Spokane, how many therapy units a day before review?", "Apple Health"),
    ("Clients whose behavioral health runs through MBHP: is there a yearly visit limit?", "MBHP"),
])
def test_a_state_medicaid_brand_the_sources_never_name_is_uncovered(question, program):
    assert program in uncovered(question, _KNOWN)


def test_a_state_medicaid_brand_the_sources_name_is_covered():
    assert uncovered("Where does Medi-Cal fit for a fair hearing?", _KNOWN) == ()


@pytest.fixture(scope="module")
def sections():
    found, problems = load_knowledge()
    assert not problems
    return found


_retrieved = retrieved


@pytest.mark.parametrize("question", [
    "Aetna pays my LMFT clinicians far less per hour than the chiropractors in its network. Is that a parity violation?",
    "Is it illegal under MHPAEA for a plan to reimburse psychologists at a lower fee than its physical therapists?",
    "A BCBS network pays counselors 40% less than speech therapists. Doesn't parity forbid lower rates for us?",
])
def test_lower_pay_for_therapists_is_answered_as_how_rates_are_set(sections, question):
    answer = extractive_answer(question, _retrieved(question, sections)).text
    assert re.search(r"not by itself a parity violation", answer)
    assert re.search(r"NQTL|nonquantitative", answer, re.I)


@pytest.mark.parametrize("question", [
    "The IRO sided with our client, and now the TPA mailed the practice a $500 bill for the review fee. Must we pay it?",
    "Who pays the independent review organization's fee in a federal external review of a self-funded plan?",
    "Can a self-funded plan charge the member for the external review it lost?",
])
def test_the_plan_bears_the_cost_of_federal_external_review(sections, question):
    # the external review documents, federal first, as a search for "external review" returns them
    docs = ("aca-federal-external-review", "state-external-review", "erisa-claims-procedure-scope")
    found = [p for doc in docs for p in _retrieved(question, [s for s in sections if s.source_id == doc], k=8)]
    answer = extractive_answer(question, found).text
    assert re.search(r"bears the cost|costs the claimant nothing|charged a fee for the IRO", answer)


def test_the_binding_decision_cannot_be_held_open(sections):
    text = " ".join(s.text for s in sections if s.source_id == "aca-federal-external-review")
    assert re.search(r"cannot hold it open", text)
