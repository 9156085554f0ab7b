"""The semantic second signal: the local embedder proposes evidence the rules missed; the element's own check decides."""
from __future__ import annotations

import pytest

from assistant.adapters.embedder import DEFAULT_MODEL_DIR, HashEmbedder, OnnxEmbedder
from assistant.letters import semantic as SM
from assistant.letters.element_checks import CHECKS
from assistant.letters.extract import extract_facts
from assistant.letters.reading import segments


@pytest.fixture(scope="module")
def embedder():
    if not (DEFAULT_MODEL_DIR / "model.onnx").is_file():
        pytest.skip("embedding model not exported: run `make setup`")
    return OnnxEmbedder()


@pytest.mark.parametrize("text, field", [
    ("She attended a bereavement circle at the hospice for a few months after her husband died.", "prior_treatment"),
    ("He went to a men's recovery group at his parish for about a year and then drifted away.", "prior_treatment"),
    ("Since the layoff he hardly leaves the house to see anyone and lets the bills pile up.", "impairments"),
])
def test_the_embedder_proposes_evidence_the_rules_missed_and_the_check_accepts_it(embedder, text, field):
    assert not getattr(extract_facts([text]), field)
    found = getattr(extract_facts([text], embedder), field)
    assert found and all(f.evidence in text for f in found)


@pytest.mark.parametrize("text", [
    "Her son was in the hospital for asthma when she was 30.",   # close to prior care, but no care of the client
    "She feels overwhelmed and tearful most evenings.",           # close to impairment, but names no role lost
    "The team agreed not to change the family session time.",    # passes the impairment check, but is not about it
])
def test_a_proposal_needs_the_elements_own_check_and_its_meaning(embedder, text):
    with_signal = extract_facts([text], embedder)
    assert not with_signal.prior_treatment and not with_signal.impairments


def test_elements_the_rules_already_found_are_left_alone(embedder):
    text = "Prior treatment: none. Weekly CBT for 12 weeks. She stopped going to class in May."
    assert extract_facts([text], embedder) == extract_facts([text])


def test_the_checks_are_what_a_verdict_rests_on():
    seg = segments(["She saw a therapist twice in 2015."])[0]
    assert CHECKS["prior_treatment"](seg) and not CHECKS["functional_impairment"](seg)
    assert not CHECKS["progress"](segments(["Goals: feel better than before."])[0])


def test_only_empty_elements_are_asked_for_and_a_hash_embedder_works_offline():
    facts = extract_facts(["Weekly CBT for 12 weeks."])
    assert "frequency" not in SM.empty_checks(facts) and "prior_treatment" in SM.empty_checks(facts)
    text = "He attended group counseling sessions for several months in 2020 and stopped going."
    hashed = extract_facts([text], HashEmbedder())
    assert all(f.evidence in text for f in hashed.prior_treatment)
    assert SM.propose(segments(["Short one."]), ["prior_treatment"], HashEmbedder()) == []


def test_the_service_hands_the_letter_flow_its_embedder_and_can_switch_it_off(small_kb):
    assert small_kb._engines(offline=True).embedder is small_kb.embedder
    small_kb.semantic_evidence = False
    try:
        assert small_kb._engines(offline=True).embedder is None
    finally:
        small_kb.semantic_evidence = True
