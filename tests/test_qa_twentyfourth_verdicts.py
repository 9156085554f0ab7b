"""Yes/no questions answered first by the source sentence that settles them, in its own words (verdicts.py).

The class: a question that wants a verdict ("does the protection carry over?", "is that true?", "who decides, them
or her?") whose sources hold a sentence that settles it (a rule that does not reach a plan, a practice that no
longer happens, what is deemed when a deadline is missed, a threshold that does not exist, whose judgment governs).
That sentence is quoted first; a sentence on the topic that settles nothing is never promoted to a verdict.
"""

from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.verdicts import asked_text, settles, verdict_line, wants_verdict
from assistant.records import Passage


def _passage(n: int, source: str, text: str) -> Passage:
    return Passage(chunk_id=f"{source}-{n}", source_id=source, title=source.replace("-", " "), section="Scope",
                   policy_id="TEST-1", url="https://example.org", effective_date="2026-01-01", payer="all", text=text)


@pytest.mark.parametrize("sentence,kind", [
    ("The state parity statute does not apply to church plans.", "reach"),
    ("Residents of Vermont are outside the pilot review program.", "reach"),
    ("The vendor no longer issues retroactive denials after a peer call.", "no_longer"),
    ("If the insurer misses the 30-day limit, the member is deemed to have exhausted internal appeals.", "deemed"),
    ("There is no minimum claim value for a first-level reconsideration.", "no_minimum"),
    ("A request is expedited in the opinion of a physician who knows the condition.", "who_decides"),
])
def test_a_settling_sentence_is_recognised_by_its_kind(sentence, kind):
    assert settles(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "The plan must decide a standard request within 15 days.",
    "Family therapy is billed with 90846 or 90847.",
    "Ask for the reviewer's name and credentials in writing.",
])
def test_a_sentence_that_only_informs_settles_nothing(sentence):
    assert settles(sentence) == ""


@pytest.mark.parametrize("question,wanted", [
    ("My supervisor says we can't appeal below fifty bucks. Is that really true?", True),
    ("The nurse reviewer says it isn't urgent; our psychiatrist says it is. Who gets to decide?", True),
    ("So whose call is it: the plan or the doctor?", True),
    ("How many days does the plan have to decide?", False),
])
def test_a_verdict_is_wanted_for_a_checked_claim_or_a_choice_of_decider(question, wanted):
    assert wants_verdict(question, yes_no=False) is wanted


def test_a_question_that_only_points_back_is_read_with_the_claim_before_it():
    text = "Our biller heard reconsiderations need a minimum claim value before anyone reviews them. Is it true?"
    assert "minimum claim value" in asked_text(text, ("Is it true?",))
    assert asked_text(text, ("Does the minimum claim value apply to reconsiderations?",)).startswith("Does")


_SOURCES = [
    _passage(0, "state-parity-law", "The state parity statute protects members of insured plans. It requires "
             "coverage of medically necessary treatment. The statute does not apply to self-insured employer plans "
             "governed by federal law."),
    _passage(1, "vendor-outpatient-review", "The vendor flags outpatient episodes that run longer than average. "
             "A flagged episode may lead to a call with a reviewer. The vendor no longer denies outpatient sessions "
             "as a result of a flagged episode. Members in Oregon are outside the vendor review program."),
    _passage(2, "reconsideration-thresholds", "A hearing before a judge requires a minimum claim value set each "
             "year. Reconsiderations at the first level have no minimum claim value."),
]


@pytest.mark.parametrize("question,expected", [
    ("We may change carriers next year. Would the state parity statute still protect staff on a self-insured plan?",
     "does not apply to self-insured employer plans"),
    ("A reviewer from the vendor called about a long outpatient episode. Will the vendor deny the sessions now?",
     "no longer denies outpatient sessions"),
    ("The biller says a first-level reconsideration is pointless below some minimum claim value. Is that true?",
     "have no minimum claim value"),
])
def test_the_settling_sentence_leads_the_answer(question, expected):
    answer = extractive_answer(question, _SOURCES)
    lead = answer.text.split("\n\n")[0]
    assert lead.startswith("On the yes-or-no point, in the sources' own words:")
    assert expected in lead.split("\u201d")[0] or expected in lead.split("\u201d [")[1]


def test_a_question_no_source_settles_gets_no_verdict_line():
    answer = extractive_answer("Does the vendor flag outpatient episodes that run long?", _SOURCES[1:2])
    assert "yes-or-no point" not in answer.text


def test_the_verdict_line_cites_each_quoted_sentence():
    from assistant.criteria.select import Candidate
    c = Candidate(1, "Members in Oregon are outside the vendor review program.", frozenset(), 1.0, 1.0)
    assert verdict_line([c], {1: 2}) == ("On the yes-or-no point, in the sources' own words: \u201cMembers in Oregon "
                                         "are outside the vendor review program.\u201d [2]")
    assert verdict_line([], {}) == ""


_RATES = [_passage(0, "plan-rate-rules", "A plan may pay only one unit of the same code per day. If a plan applies "
                   "frequency caps it does not apply to medical visits, raise parity. Parity rules do not apply to "
                   "the dollar figure of a fee schedule.")]


@pytest.mark.parametrize("question", [
    "What does the county plan pay an LMFT for 90834 this year, and does it change under the waiver plan?",
    "How much money will the regional plan pay for 90791, and is it the same for telehealth?",
    "Is the allowed amount for 90847 any higher for an LCSW than for an LPC?",
])
def test_a_rate_question_with_a_yes_no_tail_stays_not_covered(question):
    answer = extractive_answer(question, _RATES)
    assert not answer.answered and answer.text.startswith("Not covered by the knowledge base")
