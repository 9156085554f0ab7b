"""LLM mode: the model's reading of a redacted denial; a reason counts only when its quote is verbatim."""

from __future__ import annotations

from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from assistant.letters.model_reading import verified
from assistant.phi.vault import Vault
from assistant.ports import ChatModel
from assistant.prompts import render


class ReasonQuote(BaseModel):
    """One denial reason and the sentence that states it."""

    model_config = ConfigDict(extra="forbid")
    category: str
    quote: str = ""


class ReasonQuotes(BaseModel):
    """The model's reading of a denial."""

    model_config = ConfigDict(extra="forbid")
    reasons: list[ReasonQuote] = Field(default_factory=list)


def model_reasons(model: ChatModel, redacted_denial: str, categories: Sequence[str], vault: Vault) -> list[tuple[str, str]]:
    """The model's reading of a redacted denial -> (category, quote) pairs whose quotes are verbatim."""
    pid, prompt = render("denial_reasons", categories=list(categories), denial=redacted_denial)
    reading = model.structured([("user", prompt)], ReasonQuotes, vault, pid)
    return [(r.category, r.quote) for r in reading.reasons
            if r.category in categories and verified(r.quote, [redacted_denial])]
