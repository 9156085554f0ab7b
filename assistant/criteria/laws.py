"""A law, rule or code a question names by its number ("SB 855", "42 CFR 410.44", "LCD L33632"), and the knowledge
documents that carry that number in their title or policy id: those are searched first, since a question that
names a statute asks what that statute says."""

from __future__ import annotations

import re

from assistant.criteria.question import vocabulary
from assistant.records import Passage


def _plain(text: str) -> str:
    """'SB 855' and 'SB855', '§ 1374.72' and '§1374.72' compare equal."""
    return re.sub(r"[\s.]+", "", text).lower()


def named_laws(text: str) -> tuple[str, ...]:
    """The law and rule numbers a question names, in order, each once."""
    vocab = vocabulary()
    found = [m.group(0) for m in vocab["named_law"].finditer(text) if not _yardstick(text, m.start(), vocab)]
    return tuple(dict.fromkeys(m.strip() for m in found))


def _yardstick(text: str, start: int, vocab: dict) -> bool:
    """Whether the law at `start` is named as the measure of another ("passed something like California's SB 855"):
    the words just before it, in the same clause, compare (law_comparison in question_vocab.yaml)."""
    before = re.split(r"[.?!;\n]", text[max(0, start - 80):start])[-1]
    return bool(vocab["law_comparison"].search(before))


def carries(passage: Passage, law: str) -> bool:
    """Whether a passage's document is the one a law number names (its title or policy id holds the number)."""
    return _plain(law) in _plain(f"{passage.title} {passage.policy_id}")


def law_passages(retriever, text: str, query: str, mode: str = "hybrid") -> list[Passage]:
    """The passages of the documents the question's law numbers name, best first for the question's words."""
    out: list[Passage] = []
    for law in named_laws(text):
        for p in retriever.search(f"{law} {law} {query}", k=8, mode=mode):
            if carries(p, law) and p.chunk_id not in {o.chunk_id for o in out}:
                out.append(p)
    return out[:3]
