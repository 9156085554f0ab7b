"""Payer questions, twenty-second round (examples written here, three or more per class): a claim stated in full after
"is it true that" leans on no line of the document around it; the asker's framing words weigh little; a topic no
source addresses is answered "not covered"; a sentence that points back at the rule just quoted follows it; a choice
between the state and the federal route asks which process applies."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.criteria.asked import checked_claims, document_parts
from assistant.criteria.follow_on import with_follow_ons
from assistant.criteria.payer_topics import absent_topic
from assistant.criteria.question import read_question
from assistant.criteria.select import Candidate, weights
from assistant.criteria.words import terms

FILLER = ("This page is kept on the team drive and updated by whoever touches the file last. Please keep the "
          "formatting, since the printout goes in the binder at the front desk on Mondays and people rely on it. ")


# ---- a claim stated in full after "is it true that" --------------------------------------------------------------

@pytest.mark.parametrize("question,claim_words", [
    ("is it really true that a state Medicaid plan must answer an urgent request within three days?",
     {"medicaid", "urgent", "request"}),
    ("Is it legal for a counselor to sign the treatment plan without the supervising psychologist?",
     {"counselor", "sign", "supervis"}),
    ("quick one: is it still the case that an employer plan has to hand over the claim file for free?",
     {"employer", "claim", "file"}),
])
def test_a_claim_after_is_it_true_that_leans_on_no_earlier_line(question, claim_words):
    text = f"{FILLER}\nThe grant report lists twelve clients and three payers.\n{FILLER}\n{question}"
    part = next(p for p in document_parts(text) if claim_words <= set(terms(p)))
    assert "grant report" not in part
    assert claim_words <= set(terms(checked_claims(text)))


def test_a_pointing_question_still_leans_on_its_line_and_states_no_claim():
    text = f"{FILLER}\nThe clinic bills family sessions under the child's plan every Tuesday.\n{FILLER}\nIs that allowed?"
    assert checked_claims(text) == ""
    assert any("family sessions" in p for p in document_parts(text))


def test_is_it_true_without_a_full_claim_is_no_claim():
    assert checked_claims(f"{FILLER}\n{FILLER}\nWe heard the rule changed. Is it true that it did?") == ""


# ---- the asker's framing words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("framing,content", [("actually", "appeal"), ("true", "denial"), ("legit", "parity")])
def test_framing_words_weigh_less_than_the_claims_words(framing, content):
    df = {framing: 1, content: 1}  # equally rare in the sources: only the framing one is discounted
    w = weights({framing, content}, df, 100)
    assert w[framing] < 0.5 * w[content]


def test_a_rules_own_words_are_not_framing():
    published = terms("published")[0]
    w = weights({published, "appeal"}, {published: 1, "appeal": 1}, 100)
    assert w[published] == pytest.approx(w["appeal"])


# ---- a topic no source addresses ---------------------------------------------------------------------------------

@dataclass
class _Section:
    text: str


_SOURCES = [_Section("An ABN moves liability to the beneficiary for a service Medicare is expected to deny."),
            _Section("A member has 180 days to appeal an adverse benefit determination under the ERISA rule."),
            _Section("Under the No Surprises Act a self-pay patient may start patient-provider dispute resolution.")]


@pytest.mark.parametrize("asked", [
    "Are we allowed to bill a Medicaid family $40 when the kid is a no-show?",
    "what late-cancel charge can a Medicare Advantage member be given",
    "Can I charge a fee for missed sessions to my TRICARE clients?",
])
def test_a_missed_appointment_fee_is_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "missed" in topic["name"]


@pytest.mark.parametrize("asked", [
    "How many days does a contracted provider get to file a payment dispute with the plan?",
    "what's the deadline for provider dispute resolution in our state?",
    "Does the group's claims dispute go through the PDR portal or by mail?",
])
def test_a_providers_payment_dispute_is_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "dispute" in topic["name"]


@pytest.mark.parametrize("asked", [
    "The bill came in far above the estimate: how does the patient start a dispute?",
    "How long does the member have to appeal the denial?",
    "Does an ABN have to be signed before the session?",
])
def test_no_absent_topic_for_what_the_sources_hold(asked):
    assert absent_topic([asked], _SOURCES) is None


def test_a_topic_a_source_states_is_no_longer_absent():
    sources = _SOURCES + [_Section("A practice may charge a no-show fee only under its written policy.")]
    assert absent_topic(["Can we charge a no-show fee?"], sources) is None


# ---- a sentence that points back at the rule just quoted ----------------------------------------------------------

def _cands(*pairs):
    return [Candidate(rank, text, frozenset(terms(text)), 1.0, 1.0) for rank, text in pairs]


@pytest.mark.parametrize("follow", [
    "Because the limits vary, use the date printed on the notice.",
    "For that reason, confirm the figure with the plan in writing.",
    "In that case, ask the regulator which window applies.",
])
def test_a_sentence_pointing_back_follows_the_chosen_rule(follow):
    cands = _cands((0, "Windows run from 30 to 90 days by state."), (0, "A fee may apply."), (0, follow),
                   (1, "Another document starts here."))
    out = with_follow_ons([cands[0], cands[3]], cands)
    assert [c.text for c in out] == [cands[0].text, follow, cands[3].text]


def test_no_follow_on_from_another_passage_or_without_a_pointer():
    cands = _cands((0, "Windows run from 30 to 90 days by state."), (1, "Because the limits vary, check the notice."),
                   (2, "Decisions take 45 days."), (2, "The reviewer is independent."))
    assert with_follow_ons([cands[0], cands[2]], cands) == [cands[0], cands[2]]


# ---- the state or the federal route ------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Do we send the external review to the state or the feds?",
    "federal vs state review: which one for a small employer's insured plan?",
    "Is this a state or federal appeal?",
])
def test_a_choice_between_state_and_federal_asks_which_process_applies(question):
    query = set(terms(read_question(question).query))
    assert {"process", "applie", "federal"} <= query or {"process", "federal"} <= query
