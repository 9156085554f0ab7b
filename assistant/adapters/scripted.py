"""A scripted ChatModel: replays queued replies and records every prompt. For tests, demos and dry runs."""

from __future__ import annotations

from typing import Iterator, Sequence

from assistant.errors import ModelOutputError
from assistant.phi.guard import check_outbound
from assistant.ports import ChatReply, Message
from assistant.phi.vault import Vault


class ScriptedChat:
    """Answers with the queued replies in order (the last one repeats); remembers what it was sent."""

    def __init__(self, replies: Sequence[str] = (), name: str = "scripted"):
        self.name = name
        self.replies = list(replies)
        self.sent: list[tuple[str, list[Message]]] = []

    def complete(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
                 public: str = "") -> ChatReply:
        """Record the (guarded) prompt and return the next scripted reply."""
        check_outbound("\n".join(c for _, c in messages), vault, public)
        self.sent.append((prompt_id, list(messages)))
        if not self.replies:
            raise ModelOutputError("The scripted model has no reply queued.")
        text = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return ChatReply(text=text, model=self.name, seconds=0.0, finish_reason="stop")

    def structured(self, messages: Sequence[Message], schema, vault: Vault | None, prompt_id: str):
        """The next scripted reply, parsed as JSON into `schema`."""
        import json

        from pydantic import ValidationError

        text = self.complete(messages, vault, prompt_id).text
        try:
            return schema.model_validate(json.loads(text))
        except (ValueError, ValidationError):
            raise ModelOutputError("The model's structured reply did not match the expected fields.") from None

    def stream(self, messages: Sequence[Message], vault: Vault | None, prompt_id: str,
               public: str = "") -> Iterator[str]:
        """The next reply, word by word."""
        for word in self.complete(messages, vault, prompt_id, public).text.split(" "):
            yield word + " "
