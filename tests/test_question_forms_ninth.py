"""Payer questions of a ninth kind, examples written here (three or more per class): a payer named by another of
its company's names; a health system outside the US; asking to extend an approved course in plain words; a client
asking about the plan they get through work."""
from __future__ import annotations

import pytest

from assistant.criteria.question import read_question

KNOWN = {"point32health": 3, "optum": 9, "unitedhealthcare": 6, "anthem": 8, "carelon": 5, "medicare": 90,
         "outpatient": 40, "psychotherapy": 50, "therapy": 60, "week": 30, "visits": 20}


@pytest.mark.parametrize("question", [
    "Jenna's plan is Point32, the Harvard Pilgrim one - is twice weekly going to fly with them?",
    "Does Harvard Pilgrim want a treatment plan for weekly therapy?",
    "For a Tufts Health Plan member, what do they want to see for twice-weekly outpatient therapy?",
])
def test_a_payer_named_by_another_of_its_names_is_covered(question):
    assert read_question(question, known=KNOWN).unknown == ()


@pytest.mark.parametrize("question, place", [
    ("Does OHIP pay for psychotherapy with a registered psychotherapist?", "OHIP"),
    ("I'm registered in Ontario as an RP. Is there a yearly session limit?", "Ontario"),
    ("Does the NHS cover private therapy sessions in England?", "NHS"),
])
def test_a_health_system_outside_the_us_is_not_covered(question, place):
    assert place in read_question(question, known=KNOWN).unknown


def test_a_place_abroad_beside_a_us_program_is_left_to_the_program():
    assert read_question("My Medicare client is visiting from Canada; can I bill telehealth?", known=KNOWN).unknown == ()


@pytest.mark.parametrize("question", [
    "Client's IOP authorization runs through this Friday; I'm calling in the extension request Wednesday. How long can they take?",
    "The approved days end tomorrow and he still reports SI. How fast must the plan decide if I ask to extend the auth?",
    "We're requesting an extension of her PHP stay before it expires - what is the plan's deadline?",
])
def test_asking_to_extend_an_approved_course_is_searched_as_concurrent_care(question):
    assert "concurrent care" in read_question(question, known=KNOWN).query


@pytest.mark.parametrize("question", [
    "I'm the patient. The insurance I get through my job denied my IOP. How long do I have to appeal?",
    "My employer-sponsored plan turned down my therapy. What are my rights?",
    "Our coverage through my husband's work said no to PHP - can they charge a fee to appeal?",
])
def test_a_plan_from_work_is_searched_as_an_employer_plan(question):
    assert "ERISA" in read_question(question, known=KNOWN).query


@pytest.mark.parametrize("question", [
    "hey optum pt starting iop next wk, do i need an auth for her reg wkly sessions w me too",
    "quick one - OPTUM member, routine outpatient therapy, is a prior auth needed for 90837?",
    "For an optum/uhc client, does weekly psychotherapy need authorization?",
])
def test_a_payer_named_in_any_case_is_searched_in_its_own_documents_first(small_kb, question):
    small_kb.ingest()
    answer = small_kb.ask(question)
    assert answer.passages and answer.passages[0].payer == "optum"
