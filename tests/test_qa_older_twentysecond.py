"""Knowledge sentences the offline answer quotes one at a time must stand alone: the sentence that holds a fact
also names what the fact is about (the codes, the practitioner type, the request it answers). A sentence that
opens with "Both are ..." or "Assemble the record set" loses to a sentence that names its subject, so the fact
never reaches the answer."""

from __future__ import annotations

import re

import pytest

from assistant.criteria.documents import load_knowledge
from assistant.criteria.split import sentences


@pytest.fixture(scope="module")
def knowledge_sentences() -> dict[str, list[str]]:
    sections, problems = load_knowledge()
    assert not problems
    out: dict[str, list[str]] = {}
    for s in sections:
        out.setdefault(s.source_id, []).extend(sentences(s.text))
    return out


def _one_sentence_holds(found: list[str], *patterns: str) -> bool:
    return any(all(re.search(p, s, re.I) for p in patterns) for s in found)


def test_family_code_minimum_names_its_codes(knowledge_sentences):
    # "what is the least time for a conjoint session?" is answered by a sentence naming 90846/90847 and the minutes
    found = knowledge_sentences["cpt-family-and-group-psychotherapy"]
    assert _one_sentence_holds(found, r"90846", r"90847", r"50-minute")
    assert _one_sentence_holds(found, r"more than 25 minutes", r"26 minutes")


def test_new_medicare_practitioner_types_carry_their_start_year(knowledge_sentences):
    # "can a licensed counselor see Medicare patients?" quotes the list of types; the year must sit in it
    found = knowledge_sentences["medicare-practitioner-types-cp-csw-mft-mhc"]
    assert _one_sentence_holds(found, r"four non-physician", r"1 January 2024", r"marriage and family therapists")


def test_records_step_names_what_the_record_set_holds(knowledge_sentences):
    # "a remark code says the record is missing: what goes back?" quotes the step, which must list the contents
    found = knowledge_sentences["carc-16-252-226-missing-documentation"]
    assert _one_sentence_holds(found, r"record set", r"treatment plan", r"start and stop times", r"credentials")


def test_checklist_says_it_answers_a_records_request(knowledge_sentences):
    # "the MAC asked for records on a 53-minute claim" must reach the reviewer's checklist
    found = knowledge_sentences["medicare-psychotherapy-documentation"]
    assert _one_sentence_holds(found, r"additional documentation request|\bADR\b", r"checklist")
