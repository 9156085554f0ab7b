"""Payer questions, classes seen in older held-out sets: a yes/no question whose timing is set against a source's
condition, a second question after ", and tell me ...", later parts that lean on the payer named earlier, the event
a date question asks about, a sentence that continues a pronoun, a visit number the question and a rule share, the
parity law by its plain name, a price on appealing, and knowledge facts those questions need.
All questions and passages are written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.criteria.ask import _ASKS, extractive_answer
from assistant.criteria.conditions import asked_timing, condition_line
from assistant.criteria.question import _parts, read_question, vocabulary
from assistant.criteria.select import Candidate, _event, _visit_counts, candidates, fit
from assistant.records import Passage

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


def passage(n: int, text: str, source: str = "doc", payer: str = "all", section: str = "Rules") -> Passage:
    return Passage(chunk_id=f"{source}#{n}", source_id=source, title=f"{source} title", section=section,
                   policy_id="P-1", url="https://example.org", effective_date="2025-01-01", payer=payer, text=text,
                   score=1.0)


def _cand(text: str, rank: int = 0) -> Candidate:
    return Candidate(rank, text, frozenset(), 1.0, 1.0)


# --- yes/no: the question's timing against the source's condition -----------------------------------------------

@pytest.mark.parametrize("question", [
    "Yes or no: does coverage keep going if the member appeals within 7 days?",
    "If my client asks for the hearing within 8 days of the notice, does the treatment continue meanwhile?",
    "When the family files within five days, will the sessions stay in place?",
])
def test_yes_no_after_a_condition_is_read_as_yes_no(question):
    assert read_question(question).yes_no


@pytest.mark.parametrize("question, source, first", [
    ("Yes or no: if she requests the review within 6 days, do benefits continue?",
     "Benefits stay in place only if the member asks within 10 days of the notice.", "Yes"),
    ("If the member files 14 days after the letter, does the coverage continue during the appeal?",
     "Coverage continues during the appeal as long as the request is made within 10 days.", "No"),
    ("Yes or no: if we send the request within 3 business days, will the plan keep paying?",
     "The plan keeps paying only when the request arrives within 3 business days.", "Yes"),
])
def test_timing_is_set_against_the_sources_condition(question, source, first):
    q = read_question(question)
    line = condition_line(q, [_cand(source)], {0: 1})
    assert line.startswith(first) and "[1]" in line


@pytest.mark.parametrize("question, source", [
    # a decision time is no condition on the asker
    ("Yes or no: if I file within 20 days, is that fine?", "The plan must decide within 30 days of receiving it."),
    # no yes/no asked
    ("How long after a request within 5 days do benefits stay?", "Benefits stay only if asked within 10 days."),
    # different units are never compared
    ("Yes or no: if we ask within 2 weeks, does care continue?", "Care continues only if asked within 10 days."),
])
def test_no_condition_line_without_a_comparable_condition(question, source):
    assert condition_line(read_question(question), [_cand(source)], {0: 1}) == ""


def test_asked_timing_reads_the_askers_figure():
    assert asked_timing("she filed 9 days after the notice") == (9, "day")
    assert asked_timing("if we appeal within two months") == (2, "month")
    assert asked_timing("what is the appeal window?") is None


def test_condition_answer_says_yes_first_offline():
    passages = [passage(0, "Services continue during the review only if the request is made within 12 days. "
                           "The review itself is decided within 90 days.")]
    answer = extractive_answer("Yes or no: if the client asks for review within 9 days, do services continue?", passages)
    assert answer.text.startswith("Yes")


# --- a second question after ", and tell me" / "and remind me" -------------------------------------------------

@pytest.mark.parametrize("text, second", [
    ("Tell me which criteria the reviewer applies to the IOP request, and remind me: did the first sessions need "
     "approval?", "did the first sessions need approval?"),
    ("Say what the plan uses for residential stays, and tell me whether the intake visit is covered?",
     "whether the intake visit is covered?"),
    ("Explain how the reviewer scores risk, and are telehealth visits reviewed the same way?",
     "are telehealth visits reviewed the same way?"),
])
def test_second_question_after_and_remind_me_is_its_own_part(text, second):
    parts = _parts(text)
    assert len(parts) == 2 and parts[1].startswith(second.split()[0])


@pytest.mark.parametrize("part", [
    "Our client is on a commercial plan. Tell me which guideline the reviewer uses",
    "remind us what the plan needs before the tenth visit",
    "Show me how the plan counts the hours",
])
def test_imperative_question_counts_as_asked(part):
    assert _ASKS.search(part)


def test_a_statement_with_and_is_not_split():
    assert _parts("We billed the intake and the plan paid it, and the client was pleased.") == ()


# --- a date question asks about one event -----------------------------------------------------------------------

@pytest.mark.parametrize("question, stem", [
    ("When was the new parity rule published?", "publish"),
    ("When did the state get the bill signed into law?", "sign"),
    ("when was the guideline adopted by the plan, and what changed?", "adopt"),
    ("When did the policy take effect?", ""),
])
def test_event_of_a_date_question(question, stem):
    assert _event(question) == stem


def test_sentence_dating_the_asked_event_fits_better():
    q = read_question("When was the 2023 coverage rule published?")
    dated = "The agency released the rule in March 2023 and published it on 2 April 2023."
    other = "The rule applies to plan years beginning on or after 1 January 2025."
    assert fit(dated, q) > fit(other, q)


# --- a sentence that continues a pronoun keeps its subject ------------------------------------------------------

def test_pronoun_after_an_opening_clause_carries_the_subject():
    text = ("- 90999 — joint counselling with the partner present.\n"
            "Both are 40-minute codes. Under the half-time rule, they can be reported once 21 minutes have passed.")
    cands = candidates([passage(0, text)], read_question("minimum time for 90999?"), [])
    timed = next(c for c in cands if "21 minutes" in c.text)
    assert "90999" in timed.terms


@pytest.mark.parametrize("sentence", [
    "Under the plan rule, it must be signed by the supervising clinician.",
    "They are billed once per day.",
    "For group sessions, each needs its own note.",
])
def test_pronoun_led_sentences_are_recognised(sentence):
    from assistant.criteria.select import _PRONOUN

    assert _PRONOUN.match(sentence)


# --- a visit number the question and a rule share ---------------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("we just had session 11 and want to go past session 12", {11, 12}),
    ("After the first 20 visits a plan is required.", {20}),
    ("the 8th session is next week", {8}),
    ("a PHQ-9 of 15 and 53 minutes", set()),
])
def test_visit_numbers_are_read(text, counts):
    assert _visit_counts(text) == counts


def test_rule_counting_to_the_askers_visit_fits_better():
    q = read_question("Is there anything I must have before session 20?")
    assert fit("After the first 20 visits a signed plan is required.", q) > fit("A plan is required for care.", q)


# --- words the knowledge base uses for what a question says plainly ---------------------------------------------

@pytest.mark.parametrize("question", [
    "Does the federal parity law reach visit caps?",
    "When did the mental health parity rule change?",
    "Which parity regulations apply to a church plan?",
])
def test_parity_in_plain_words_searches_mhpaea(question):
    assert "MHPAEA" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Can my employer plan charge a filing fee for an appeal?",
    "Do we have to pay to appeal the denial?",
    "Is there a review fee if the member asks for a second look?",
])
def test_a_price_on_appealing_searches_the_barrier_rule(question):
    assert "improper barrier" in read_question(question).query


@pytest.mark.parametrize("question", [
    "did her weekly 90837s need prior approval?",
    "Do the regular 90834 visits need a precert?",
    "are his biweekly 90832s reviewed?",
])
def test_sessions_named_by_code_are_routine_outpatient(question):
    assert "routine outpatient" in read_question(question).query


def test_vocabulary_still_loads():
    assert vocabulary()["phrases"]


# --- knowledge facts the older questions needed -----------------------------------------------------------------

def _doc(name: str) -> str:
    return (KNOWLEDGE / f"{name}.md").read_text(encoding="utf-8")


def test_carc_197_steps_say_the_in_network_patient_is_held_harmless():
    text = _doc("carc-197-15-198-prior-authorization")
    steps = text.split("## Answering CARC 197")[1].split("\n## ")[0]
    assert re.search(r"harmless", steps) and re.search(r"cannot bill the patient", steps)


def test_erisa_scope_says_a_plan_may_not_charge_to_appeal():
    assert re.search(r"may not charge a fee to file a claim or an appeal", _doc("erisa-claims-procedure-scope"))


def test_locus_scale_is_written_as_a_range():
    assert re.search(r"\b1 to 5\b", _doc("locus-level-of-care-utilization-system"))
