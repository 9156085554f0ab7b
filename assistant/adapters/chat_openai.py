"""LangChain's OpenAI-compatible chat model behind the ChatModel port, with the outbound guard on the wire.

Every HTTP request body passes `check_outbound` in an httpx hook just before it is sent, so nothing
the vault knows (and no identifier shape) can leave, whatever built the request. Real servers differ in two
request details, so both adapt once per client: the structured-output method (see chat_structured.py) and the
name of the token limit (`max_completion_tokens` for OpenAI, `max_tokens` for most local servers).
"""

from __future__ import annotations

import contextvars
import re
import time
from typing import Callable, Iterator, Sequence

import httpx
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from assistant.adapters.chat_structured import FALLBACK, is_refusal, parse_reply, schema_text
from assistant.errors import ModelOutputError, RedactionError
from assistant.phi.guard import check_outbound
from assistant.ports import ChatReply, Message
from assistant.phi.vault import PLACEHOLDER_RE, Vault
from assistant.prompts import render

_current: contextvars.ContextVar[tuple[Vault | None, str]] = contextvars.ContextVar("guarded", default=(None, ""))
AuditHook = Callable[[dict], None]
_OTHER_STYLE = {"max_tokens": "max_completion_tokens", "max_completion_tokens": "max_tokens"}


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


def token_style(setting: str, base_url: str) -> str:
    """'auto' -> the token-limit name the endpoint most likely honours: OpenAI's new one, else `max_tokens`."""
    if setting != "auto":
        return setting
    hosted = not base_url or re.search(r"(?:^|\.)openai\.com|openai\.azure\.com", base_url)
    return "max_completion_tokens" if hosted else "max_tokens"


def _names_token_limit(exc: Exception) -> bool:
    """A 400 that names a token-limit parameter: the server wants the other name."""
    import openai

    return (isinstance(exc, openai.BadRequestError)
            and bool(re.search(r"max_(?:completion_)?tokens", str(exc))))


class OpenAIChat:
    """ChatModel for any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, Ollama, llama.cpp, vLLM."""

    def __init__(self, model: str, base_url: str = "", api_key: str = "", timeout_s: float = 60.0,
                 max_retries: int = 2, max_tokens: int = 2000, token_limit_style: str = "auto",
                 audit: AuditHook | None = None, structured_method: str = "json_schema"):
        self.name = model
        self.method = structured_method      # the structured-output method in use (changes on a refusal)
        self.token_style = token_style(token_limit_style, base_url)
        self.adaptations: list[str] = []     # what this client learned about its server, for notices
        self._proven: set[str] = {"prompt"}  # structured methods this server has answered
        self._base_url, self._api_key, self._timeout = base_url, api_key, timeout_s
        self._retries, self._max_tokens = max_retries, max_tokens
        self._audit = audit
        self._clients: dict[tuple[str, int], ChatOpenAI] = {}

    def _llm(self, retries: int | None = None) -> ChatOpenAI:
        key = (self.token_style, self._retries if retries is None else retries)
        if key not in self._clients:
            limits = ({"max_tokens": self._max_tokens} if self.token_style == "max_completion_tokens"
                      else {"extra_body": {"max_tokens": self._max_tokens}})
            hooks = {"request": [_guard_request]}
            self._clients[key] = ChatOpenAI(
                model=self.name, base_url=self._base_url or None, api_key=self._api_key or "not-needed",
                timeout=self._timeout, max_retries=key[1], temperature=0.2,
                http_client=httpx.Client(event_hooks=hooks, timeout=self._timeout), **limits)
        return self._clients[key]

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

    def _switch_token_style(self, exc: Exception) -> bool:
        """On a 400 naming the token limit, use the other name from now on; True when it switched."""
        if not _names_token_limit(exc) or any("token limit" in a for a in self.adaptations):
            return False
        old, self.token_style = self.token_style, _OTHER_STYLE[self.token_style]
        self.adaptations.append(f"The endpoint refused `{old}`; the token limit is now sent as `{self.token_style}`.")
        return True

    def _call(self, messages: Sequence[Message], prompt_id: str, send: Callable):
        """Guard, send (once more with the other token-limit name if the server asks for it), audit, explain."""
        started = time.perf_counter()
        try:
            try:
                result = send()
            except Exception as exc:
                if _refusal(exc) or not self._switch_token_style(exc):
                    raise
                result = send()
        except Exception as exc:  # the client raises many types; the user needs one message
            refusal = _refusal(exc)
            self._record(messages, prompt_id, time.perf_counter() - started, "refused by guard" if refusal else "error")
            if refusal:
                raise refusal from None
            raise
        return result, time.perf_counter() - started

    def complete(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
                 public: str = "") -> ChatReply:
        """Redacted messages -> reply text; guarded, retried by the client, errors explained."""
        check_outbound("\n".join(c for _, c in messages), vault, public)  # fail before building anything
        token = _current.set((vault, public))
        try:
            result, seconds = self._call(messages, prompt_id,
                                         lambda: self._llm().invoke(self._messages(messages)))
        except (RedactionError, ModelOutputError):
            raise
        except Exception as exc:
            raise _explain(exc, self._base_url) from None
        finally:
            _current.reset(token)
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
        """Redacted messages -> an instance of the pydantic `schema`.

        The method in use is asked first; if the server refuses it (an HTTP status that means "not this
        request shape"), the refused request is not retried: the next simpler method is asked instead and kept.
        """
        check_outbound("\n".join(c for _, c in messages), vault)
        token = _current.set((vault, ""))
        try:
            while True:
                proven = self.method in self._proven
                try:
                    result = self._structured_once(messages, schema, prompt_id, retries=None if proven else 0)
                    self._proven.add(self.method)
                    return result
                except (RedactionError, ModelOutputError):
                    raise
                except Exception as exc:
                    nxt = FALLBACK.get(self.method)
                    if not (nxt and is_refusal(exc)):
                        raise _explain(exc, self._base_url) from None
                    code = getattr(exc, "status_code", "?")
                    self.adaptations.append(f"The endpoint refused structured output by {self.method} "
                                            f"(HTTP {code}); the model's reading now uses {nxt}.")
                    self.method = nxt
        finally:
            _current.reset(token)

    def _structured_once(self, messages: Sequence[Message], schema, prompt_id: str, retries: int | None):
        """One request by self.method -> the parsed instance (client errors propagate to the caller)."""
        llm = self._llm(retries)
        if self.method in ("json_schema", "function_calling"):
            runnable = llm.with_structured_output(schema, method=self.method)
            send, asked = (lambda: runnable.invoke(self._messages(messages))), messages
        else:  # the schema goes into the prompt; json_mode also asks the server for a JSON object
            _, rule = render("structured_json", schema=schema_text(schema))
            asked = [("system", rule), *messages]
            bound = llm.bind(response_format={"type": "json_object"}) if self.method == "json_mode" else llm
            send = lambda: bound.invoke(self._messages(asked))  # noqa: E731
        try:
            result, seconds = self._call(asked, prompt_id, send)
        except Exception as exc:
            if isinstance(exc, (ValueError, TypeError)) or exc.__class__.__name__.endswith("ParserException"):
                raise ModelOutputError("The model's structured reply did not match the expected fields. "
                                       "Try NECESSITY_LLM_STRUCTURED_METHOD=json_mode, or work offline.") from None
            raise
        self._record(asked, prompt_id, seconds, f"ok ({self.method})")
        if self.method in ("json_mode", "prompt"):
            result = parse_reply(result.content if isinstance(result.content, str) else "", schema)
        if result is None:
            raise ModelOutputError("The model returned no structured reply. Try another structured-output method.")
        return result

    def stream(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
               public: str = "") -> Iterator[str]:
        """Like complete, yielding text as the server sends it."""
        check_outbound("\n".join(c for _, c in messages), vault, public)
        token = _current.set((vault, public))
        started, sent = time.perf_counter(), False
        try:
            try:
                for chunk in self._llm().stream(self._messages(messages)):
                    if isinstance(chunk.content, str) and chunk.content:
                        sent = True
                        yield chunk.content
            except Exception as exc:
                if sent or _refusal(exc) or not self._switch_token_style(exc):
                    raise
                for chunk in self._llm().stream(self._messages(messages)):
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
