"""Structured output that works on real servers: the configured method first, then simpler ones on a refusal.

Servers differ in what they honour: OpenAI takes `json_schema`; llama-cpp-python's server answers it with
HTTP 500 (its request validation accepts `response_format` types `text` and `json_object` only) and has no
forced tool calls for most chat templates; some servers refuse `json_object` too. A method the server refused
is never tried again on that client, and the refused request is not retried: the next method in FALLBACK is
asked instead, with the schema written into the prompt. The method that answered is kept, so detection happens
once per client.
"""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, ValidationError

from assistant.errors import ModelOutputError

METHODS = ("json_schema", "function_calling", "json_mode", "prompt")
# What to ask next when a server refuses a method. "prompt" is plain chat: every server honours it.
FALLBACK = {"json_schema": "json_mode", "function_calling": "json_mode", "json_mode": "prompt"}
# Statuses with which servers refuse a request shape they do not support (not auth, rate or availability).
REFUSAL_STATUSES = {400, 404, 415, 422, 500, 501}


def is_refusal(exc: BaseException) -> bool:
    """True when the server turned the request's shape down (as opposed to being down, slow or rate-limited)."""
    import openai

    return isinstance(exc, openai.APIStatusError) and exc.status_code in REFUSAL_STATUSES


def schema_text(schema: type[BaseModel]) -> str:
    """A pydantic model -> its JSON Schema, compact, for a prompt."""
    return json.dumps(schema.model_json_schema(), separators=(",", ":"))


def first_json_object(text: str) -> str:
    """Model text -> the first balanced {...} in it (a fence, a preamble or a trailing remark dropped)."""
    text = re.sub(r"^\s*```[a-zA-Z]*\n|\n```\s*$", "", text.strip())
    start = text.find("{")
    if start < 0:
        return text
    depth, quoted, escaped = 0, False, False
    for i, ch in enumerate(text[start:], start):
        if quoted:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
            continue
        if ch == '"':
            quoted = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    return text[start:]


def parse_reply(text: str, schema: type[BaseModel]) -> BaseModel:
    """A model's JSON text -> an instance of `schema`; anything unusable is a ModelOutputError."""
    try:
        return schema.model_validate(json.loads(first_json_object(text)))
    except (ValueError, ValidationError):
        raise ModelOutputError("The model's structured reply did not match the expected fields.") from None
