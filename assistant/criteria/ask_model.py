"""Stage: a redacted question and retrieved passages -> an answer written by a model, grounded and cited."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.criteria.ask import Answer
from assistant.ports import ChatModel
from assistant.prompts import render
from assistant.records import Passage
from assistant.phi.vault import Vault

NOT_FOUND = "NOT IN SOURCES:"


def parse_answer(text: str, passages: Sequence[Passage]) -> tuple[str, tuple[Passage, ...], bool]:
    """Model text -> (answer, passages ordered by first citation, whether the sources answered it).

    Markers are renumbered to match the returned order, so "[1]" in the text is the first citation, and a
    "Sources:" line names each one, as offline answers do.
    """
    text = text.strip()
    answered = not text.upper().startswith(NOT_FOUND)
    order: list[int] = []
    for m in re.finditer(r"\[(\d+)\]", text):
        n = int(m.group(1)) - 1
        if 0 <= n < len(passages) and n not in order:
            order.append(n)
    new_number = {old + 1: i + 1 for i, old in enumerate(order)}
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{new_number.get(int(m.group(1)), m.group(1))}]", text)
    text = re.sub(r"\[(\d+)\]", lambda m: m.group(0) if int(m.group(1)) <= len(order) else "", text)
    cited = [passages[i] for i in order] + [p for i, p in enumerate(passages) if i not in order]
    if order:
        sources = "; ".join(f"[{i + 1}] {p.title}, {p.section} ({p.policy_id})" for i, p in enumerate(cited[:len(order)]))
        text = re.sub(r"\n*Sources:.*\Z", "", text, flags=re.S).rstrip() + f"\n\nSources: {sources}"
    return text, tuple(cited), answered


def answer_with_model(model: ChatModel, redacted_question: str, passages: Sequence[Passage],
                      vault: Vault) -> Answer:
    """LLM mode: the model answers only from the passages; a question they do not cover says so."""
    _, system = render("ask_system")
    pid, user = render("ask_user", passages=list(passages), question=redacted_question)
    public = "\n".join(f"{p.title} {p.section} {p.policy_id} {p.text}" for p in passages)
    reply = model.complete([("system", system), ("user", user)], vault, pid, public)
    text, cited, answered = parse_answer(reply.text, passages)
    notes = () if not answered or re.search(r"\[\d+\]", text) else (
        "The model did not mark which source supports each sentence; check the sources listed with the answer.",)
    return Answer(question=redacted_question, text=text, passages=cited, mode="llm", model=reply.model,
                  answered=answered, notes=notes)
