"""Payer questions of an eleventh kind, examples written here (three or more per class): a claim someone else made
is what gets searched ("A colleague says ... Is she right?"); a question that gives scores and asks their band or
response is answered from the measure catalog."""
from __future__ import annotations

import pytest

from assistant.criteria.question import claim_of, read_question
from assistant.letters.score_bands import band_line


@pytest.mark.parametrize("question, claim", [
    ("I'm an LMHC in NY. A colleague says one plan written at intake covers the whole course of therapy. Is she right?",
     "one plan written at intake"),
    ("Copied from a Facebook group:\n> Medicare only allows 20 psychotherapy sessions per calendar year.\nIs this true?",
     "20 psychotherapy sessions"),
    ("My supervisor told me that 90837 always needs prior authorization with Aetna. Is that true?", "90837 always needs"),
])
def test_a_claim_to_check_is_what_is_searched(question, claim):
    assert claim in claim_of(question)
    assert read_question(question).query.count(claim) >= 2


@pytest.mark.parametrize("question", [
    "A colleague says Medicare covers marriage counseling. What do you think?",
    "What does the plan say about 90837?",
    "She said the appeal was late; what are our options?",
])
def test_no_claim_without_a_question_about_its_truth(question):
    assert claim_of(question) == ""


@pytest.mark.parametrize("question, words", [
    ("| date | PHQ-9 |\n|---|---|\n| 01/06 | 22 |\n| 03/31 | 8 |\nWhat severity band is she in now; is this response?",
     ("PHQ-9 8", '"mild"', "64% lower", "response")),
    ("My client scored 17 on the GAD-7 today. What severity range is that?", ("GAD-7 17", '"severe"')),
    ("GAD-7 went from 15 at intake to 9 after 10 weeks for a 30-year-old. How severe is she now?", ("GAD-7 9", '"mild"', "40% lower")),
])
def test_scores_and_a_band_question_are_answered_from_the_catalog(question, words):
    line = band_line(question)
    assert all(w in line for w in words), line


@pytest.mark.parametrize("question", [
    "What is the appeal deadline for a Cigna denial?",
    "Is a PHQ-9 required for IOP continued stay?",
    "How many sessions does Optum allow before review?",
])
def test_no_band_line_without_scores_and_a_band_question(question):
    assert band_line(question) == ""


@pytest.mark.parametrize("question", [
    "SHE PUT 90834 + 90832 ON THE SUPERBILL TO COVER THE EXTRA TIME. CAN WE SEND IT LIKE THAT?",
    "Can I bill 90837 and 90832 for a 75-minute session?",
    "Is 90834 plus 90832 ok when the session ran 60 minutes?",
])
def test_two_psychotherapy_codes_for_one_session_search_for_the_one_code_rule(question):
    assert "alternatives chosen by total time" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Can we send it like that or do we change it?? NEED TO KNOW BEFORE 4 WHEN THE BATCH GOES",
    "What is the appeal window for Cigna? Thanks so much for your help",
    "Does Aetna need a referral for 90791? Need an answer today if possible",
])
def test_a_remark_about_hurry_or_thanks_is_no_question_part(question):
    assert len(read_question(question).parts) <= 1
