"""LangChain's OpenAI-compatible chat model behind the ChatModel port, with the outbound guard on the wire.

Every HTTP request body passes `check_outbound` in an httpx hook just before it is sent, so nothing
the vault knows (and no identifier shape) can leave, whatever built the request.
"""

from __future__ import annotations

import contextvars
import re
import time
from typing import Callable, Iterator, Sequence

import httpx
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from assistant.errors import ModelOutputError, RedactionError
from assistant.phi.guard import check_outbound
from assistant.ports import ChatReply, Message
from assistant.phi.vault import PLACEHOLDER_RE, Vault

_current: contextvars.ContextVar[tuple[Vault | None, str]] = contextvars.ContextVar("guarded", default=(None, ""))
AuditHook = Callable[[dict], None]


def _guard_request(request: httpx.Request) -> None:
    body = request.content.decode("utf-8", errors="replace") if request.content else ""
    vault, public = _current.get()
    check_outbound(body, vault, public)


def _refusal(exc: BaseException | None) -> RedactionError | None:
    """The guard's refusal, if it is somewhere in the chain of causes (the client wraps hook errors)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, RedactionError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def _explain(exc: Exception, base_url: str) -> ModelOutputError:
    """Any client error -> one message that says what happened and what to do, with no PHI."""
    import openai

    where = base_url or "the OpenAI API"
    if isinstance(exc, openai.APITimeoutError):
        msg = f"The LLM endpoint at {where} did not answer in time."
    elif isinstance(exc, openai.APIConnectionError):
        msg = f"The LLM endpoint at {where} did not answer (it may be down or the URL may be wrong)."
    elif isinstance(exc, openai.RateLimitError):
        msg = f"The LLM endpoint at {where} is rate-limiting requests (HTTP 429), even after retries."
    elif isinstance(exc, openai.AuthenticationError):
        msg = f"The LLM endpoint at {where} refused the API key (HTTP 401)."
    elif isinstance(exc, openai.APIStatusError):
        msg = f"The LLM endpoint at {where} returned an error (HTTP {exc.status_code})."
    else:
        msg = f"The LLM endpoint at {where} sent a reply that could not be read ({exc.__class__.__name__})."
    return ModelOutputError(msg + " Check Settings (NECESSITY_LLM_*), or draft offline.")


class OpenAIChat:
    """ChatModel for any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, Ollama, llama.cpp, vLLM."""

    def __init__(self, model: str, base_url: str = "", api_key: str = "", timeout_s: float = 60.0,
                 max_retries: int = 2, max_tokens: int = 2000, token_limit_style: str = "max_completion_tokens",
                 audit: AuditHook | None = None, structured_method: str = "json_schema"):
        self.name = model
        self._method = structured_method
        self._base_url = base_url
        self._audit = audit
        limits = ({"max_tokens": max_tokens} if token_limit_style == "max_completion_tokens"
                  else {"extra_body": {"max_tokens": max_tokens}})  # some local servers ignore the new name
        hooks = {"request": [_guard_request]}
        self._llm = ChatOpenAI(model=model, base_url=base_url or None, api_key=api_key or "not-needed",
                               timeout=timeout_s, max_retries=max_retries, temperature=0.2,
                               http_client=httpx.Client(event_hooks=hooks, timeout=timeout_s), **limits)

    def _messages(self, messages: Sequence[Message]):
        return [SystemMessage(content=c) if r == "system" else HumanMessage(content=c) for r, c in messages]

    def _record(self, messages: Sequence[Message], prompt_id: str, seconds: float, outcome: str) -> None:
        if self._audit is None:
            return
        text = "".join(c for _, c in messages)
        counts: dict[str, int] = {}
        for m in PLACEHOLDER_RE.finditer(text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        self._audit({"time": time.time(), "model": self.name, "prompt_id": prompt_id, "chars": len(text),
                     "placeholders": counts, "seconds": round(seconds, 3), "outcome": outcome})

    def complete(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
                 public: str = "") -> ChatReply:
        """Redacted messages -> reply text; guarded, retried by the client, errors explained."""
        check_outbound("\n".join(c for _, c in messages), vault, public)  # fail before building anything
        token = _current.set((vault, public))
        started = time.perf_counter()
        try:
            result = self._llm.invoke(self._messages(messages))
        except RedactionError:
            self._record(messages, prompt_id, time.perf_counter() - started, "refused by guard")
            raise
        except Exception as exc:  # the client raises many types; the user needs one message
            refusal = _refusal(exc)
            self._record(messages, prompt_id, time.perf_counter() - started, "refused by guard" if refusal else "error")
            if refusal:
                raise refusal from None
            raise _explain(exc, self._base_url) from None
        finally:
            _current.reset(token)
        seconds = time.perf_counter() - started
        finish = (result.response_metadata or {}).get("finish_reason", "")
        text = result.content if isinstance(result.content, str) else ""
        self._record(messages, prompt_id, seconds, finish or "ok")
        if not text.strip():
            raise ModelOutputError("The LLM endpoint answered with an empty reply. Try again, or draft offline.")
        if finish == "length":
            raise ModelOutputError("The model's reply was cut off (token limit reached). Raise "
                                   "NECESSITY_LLM_MAX_TOKENS, or draft offline.")
        return ChatReply(text=text, model=self.name, seconds=seconds, finish_reason=finish)

    def structured(self, messages: Sequence[Message], schema, vault: Vault | None, prompt_id: str):
        """Redacted messages -> an instance of the pydantic `schema`, by the configured structured-output method."""
        check_outbound("\n".join(c for _, c in messages), vault)
        token = _current.set((vault, ""))
        started = time.perf_counter()
        try:
            runnable = self._llm.with_structured_output(schema, method=self._method)
            result = runnable.invoke(self._messages(messages))
        except Exception as exc:
            refusal = _refusal(exc)
            self._record(messages, prompt_id, time.perf_counter() - started, "refused by guard" if refusal else "error")
            if refusal:
                raise refusal from None
            if isinstance(exc, (ValueError, TypeError)) or exc.__class__.__name__.endswith("ParserException"):
                raise ModelOutputError("The model's structured reply did not match the expected fields. "
                                       "Try NECESSITY_LLM_STRUCTURED_METHOD=function_calling, or work offline.") from None
            raise _explain(exc, self._base_url) from None
        finally:
            _current.reset(token)
        self._record(messages, prompt_id, time.perf_counter() - started, "ok")
        if result is None:
            raise ModelOutputError("The model returned no structured reply. Try another structured-output method.")
        return result

    def stream(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
               public: str = "") -> Iterator[str]:
        """Like complete, yielding text as the server sends it."""
        check_outbound("\n".join(c for _, c in messages), vault, public)
        token = _current.set((vault, public))
        started = time.perf_counter()
        try:
            for chunk in self._llm.stream(self._messages(messages)):
                if isinstance(chunk.content, str) and chunk.content:
                    yield chunk.content
        except Exception as exc:
            refusal = _refusal(exc)
            if refusal:
                raise refusal from None
            raise _explain(exc, self._base_url) from None
        finally:
            _current.reset(token)
            self._record(messages, prompt_id, time.perf_counter() - started, "stream")


def strip_fences(text: str) -> str:
    """Remove a ```...``` fence a model may wrap its answer in."""
    m = re.match(r"^\s*```[a-zA-Z]*\n(.*?)\n```\s*$", text, re.S)
    return m.group(1) if m else text
