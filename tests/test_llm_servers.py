"""What real OpenAI-compatible servers differ in: the structured-output method and the token-limit name."""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict

from assistant.adapters.chat_openai import OpenAIChat, token_style
from assistant.adapters.chat_structured import first_json_object, parse_reply
from evals.openai_stub import OpenAIStub


class Pick(BaseModel):
    model_config = ConfigDict(extra="forbid")
    element: str
    quote: str = ""


ANSWER = json.dumps({"element": "risk_assessment", "quote": "C-SSRS negative"})


def _kind(body: dict) -> str:
    fmt = body.get("response_format") or {}
    return fmt.get("type", "tools" if body.get("tools") else "text")


def llama_cpp_like(body: dict):
    """llama-cpp-python's server: json_schema is refused with HTTP 500; json_object and text are fine."""
    if _kind(body) == "json_schema":
        return 500, "response_format type json_schema is not supported (text, json_object)"
    return None


def test_refused_json_schema_falls_back_to_json_mode_once_without_retrying(tmp_path):
    with OpenAIStub([ANSWER], refuse=llama_cpp_like) as stub:
        chat = OpenAIChat("m", base_url=stub.url, max_retries=2, timeout_s=5)
        first = chat.structured([("user", "Read the notes.")], Pick, None, "p")
        second = chat.structured([("user", "Read them again.")], Pick, None, "p")
    kinds = [_kind(b) for b in stub.bodies]
    assert kinds == ["json_schema", "json_object", "json_object"]  # refused once, never retried, then remembered
    assert first == second == Pick(element="risk_assessment", quote="C-SSRS negative")
    assert "JSON Schema" in stub.bodies[1]["messages"][0]["content"]  # the fields are spelled out in the prompt
    assert chat.method == "json_mode" and "HTTP 500" in chat.adaptations[0]


def test_server_refusing_every_response_format_gets_the_schema_in_a_plain_prompt(tmp_path):
    def strict(body):
        return (400, "response_format is not supported by this server") if body.get("response_format") else None

    with OpenAIStub(["Sure:\n```json\n" + ANSWER + "\n```"], refuse=strict) as stub:
        chat = OpenAIChat("m", base_url=stub.url, max_retries=2, timeout_s=5)
        got = chat.structured([("user", "Read the notes.")], Pick, None, "p")
    assert [_kind(b) for b in stub.bodies] == ["json_schema", "json_object", "text"]
    assert got.quote == "C-SSRS negative" and chat.method == "prompt"


def test_a_server_that_is_down_is_not_taken_for_a_refusal(tmp_path):
    with OpenAIStub([ANSWER], status=[503] * 3) as stub:
        chat = OpenAIChat("m", base_url=stub.url, max_retries=0, timeout_s=5)
        try:
            chat.structured([("user", "Read the notes.")], Pick, None, "p")
        except Exception as exc:
            assert "HTTP 503" in str(exc)
        else:
            raise AssertionError("a 503 must surface")
    assert chat.method == "json_schema" and not chat.adaptations


def test_token_limit_name_switches_once_when_the_server_names_it(tmp_path):
    def new_name_only(body):
        return (400, "Unsupported parameter: 'max_tokens'. Use 'max_completion_tokens'.") if "max_tokens" in body else None

    with OpenAIStub(["fine"], refuse=new_name_only) as stub:
        chat = OpenAIChat("m", base_url=stub.url, max_retries=0, timeout_s=5, max_tokens=77, token_limit_style="max_tokens")
        assert chat.complete([("user", "hi")], None, "p").text == "fine"
        assert chat.complete([("user", "hi")], None, "p").text == "fine"
    assert [("max_tokens" in b, b.get("max_completion_tokens")) for b in stub.bodies] == [(True, None), (False, 77), (False, 77)]
    assert chat.token_style == "max_completion_tokens" and "max_tokens" in chat.adaptations[0]


def test_auto_token_limit_name_follows_the_endpoint():
    assert token_style("auto", "") == "max_completion_tokens"
    assert token_style("auto", "https://api.openai.com/v1") == "max_completion_tokens"
    assert token_style("auto", "https://myorg.openai.azure.com/openai") == "max_completion_tokens"
    assert token_style("auto", "http://127.0.0.1:8088/v1") == "max_tokens"
    assert token_style("auto", "http://gpu-box:11434/v1") == "max_tokens"
    assert token_style("max_completion_tokens", "http://127.0.0.1:8088/v1") == "max_completion_tokens"


def test_local_server_gets_max_tokens_in_the_body(tmp_path):
    with OpenAIStub(["fine"]) as stub:
        OpenAIChat("m", base_url=stub.url, max_tokens=55, timeout_s=5).complete([("user", "hi")], None, "p")
    assert stub.bodies[0]["max_tokens"] == 55 and "max_completion_tokens" not in stub.bodies[0]


def test_json_is_found_inside_a_chatty_reply():
    assert json.loads(first_json_object('Here it is: {"a": "x}y", "b": {"c": 1}} hope it helps')) == {"a": "x}y", "b": {"c": 1}}
    assert json.loads(first_json_object('```json\n{"a": "say \\"hi\\" {"}\n```')) == {"a": 'say "hi" {'}
    assert parse_reply('{"element": "diagnosis"}', Pick).element == "diagnosis"
    for bad in ("no json here", '{"element": 3, "extra": 1}', '{"element": "x"'):
        try:
            parse_reply(bad, Pick)
        except Exception as exc:
            assert "did not match" in str(exc)
        else:
            raise AssertionError(bad)
