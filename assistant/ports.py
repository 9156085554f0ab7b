"""The small interfaces stages depend on; adapters implement them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Protocol, Sequence

from assistant.phi.vault import Vault

Message = tuple[str, str]  # (role, content): role is "system" or "user"


@dataclass(frozen=True)
class ChatReply:
    """What a chat model answered, and how long it took."""

    text: str
    model: str
    seconds: float
    finish_reason: str = ""


class ChatModel(Protocol):
    """An OpenAI-compatible chat model behind the outbound guard."""

    name: str

    def complete(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
                 public: str = "") -> ChatReply:
        """Messages (redacted) -> the model's reply; refuses to send anything the vault could identify.

        `public` is the knowledge-base text quoted in the messages (see guard.check_outbound)."""

    def stream(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
               public: str = "") -> Iterator[str]:
        """Like complete, yielding text as it arrives."""

    def structured(self, messages: Sequence[Message], schema, vault: Vault | None, prompt_id: str):
        """Messages -> an instance of the pydantic model `schema` (the method is a setting)."""


class Embedder(Protocol):
    """A local sentence embedder (all-MiniLM-L6-v2 on onnxruntime in the app, a hashed one in tests)."""

    name: str

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Texts -> one vector each."""
