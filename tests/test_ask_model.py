"""LLM-mode answers keep their citations; names in a question never reach the model; "not covered" needs no model."""

from __future__ import annotations

import json

import pytest

from assistant.criteria.ask_model import parse_answer
from assistant.records import Passage
from assistant.service import build_service
from assistant.settings import Settings
from evals.openai_stub import OpenAIStub
from tests.conftest import KNOWLEDGE_FIXTURES


def passages(n: int) -> list[Passage]:
    return [Passage(chunk_id=f"d{i}#0", source_id=f"d{i}", title=f"Doc {i}", section="S", policy_id=f"P{i}",
                    url="https://example.org", effective_date="2025-01-01", payer="all", text=f"text {i}")
            for i in range(1, n + 1)]


@pytest.mark.parametrize("reply, text_start, order", [
    ("Appeal within 180 days [3]. The plan must send the criteria [1].", "Appeal within 180 days [1]. The plan must "
     "send the criteria [2].", ["d3", "d1", "d2", "d4"]),
    ("Medicare allows 120 days [2][2], and the QIC 180 days [4].", "Medicare allows 120 days [1][1], and the QIC "
     "180 days [2].", ["d2", "d4", "d1", "d3"]),
    ("The plan decides within 30 days [1]; an invalid marker [9] is dropped.", "The plan decides within 30 days [1]; "
     "an invalid marker  is dropped.", ["d1", "d2", "d3", "d4"]),
])
def test_model_citations_are_renumbered_to_the_returned_sources(reply, text_start, order):
    text, cited, answered = parse_answer(reply, passages(4))
    assert answered and text.startswith(text_start)
    assert [p.source_id for p in cited] == order
    assert "\n\nSources: [1] Doc" in text


def _service(tmp_path, detector, stub):
    from assistant.adapters.embedder import HashEmbedder

    settings = Settings(data_dir=tmp_path / "d", llm_base_url=stub.url, llm_api_key="test-key", llm_max_retries=0,
                        llm_timeout_s=10)
    return build_service(settings, detector=detector, embedder=HashEmbedder(), knowledge_dir=KNOWLEDGE_FIXTURES)


@pytest.mark.parametrize("question, name", [
    ("¿Cuánto tiempo tiene Marisol Quintanilla-Reyes para apelar bajo ERISA?", "Quintanilla"),
    ("Can Dr. Okonkwo's client Bartholomew Lindqvist still appeal under ERISA after 150 days?", "Lindqvist"),
    ("my client jane featherstonehaugh got denied, erisa appeal deadline?", "featherstonehaugh"),
])
def test_a_name_in_a_question_is_redacted_before_the_model_sees_it(tmp_path, detector, question, name):
    with OpenAIStub(["At least 180 days [1]."]) as stub:
        answer = _service(tmp_path, detector, stub).ask(question)
        sent = json.dumps(stub.bodies)
    assert name.lower() not in sent.lower() and answer.mode == "llm"
    assert answer.citations()[0]["source_id"] and "[1]" in answer.text


@pytest.mark.parametrize("question", [
    "How long does a TRICARE beneficiary have to appeal?",
    "Does CHAMPVA cover twice-weekly therapy?",
    "What does Medicare pay in dollars for 90837?",
])
def test_a_question_the_sources_do_not_cover_is_answered_plainly_without_the_model(tmp_path, detector, question):
    with OpenAIStub(["This reply must not be used [1]."]) as stub:
        answer = _service(tmp_path, detector, stub).ask(question)
        calls = len(stub.bodies)
    assert calls == 0 and not answer.answered and answer.text.startswith("Not covered by the knowledge base")
