"""A small stand-in for the retriever's order, shared by the question tests: the knowledge sections sharing most of a
question's words, best first, as passages."""
from __future__ import annotations

import math

from assistant.criteria.words import terms
from assistant.records import Passage


def retrieved(question: str, sections, k: int = 6) -> list[Passage]:
    """The k sections sharing most of the question's words, best first."""
    words = [set(terms(f"{s.title} {s.section} {s.text}")) for s in sections]
    idf = {t: math.log(len(sections) / (1 + sum(t in w for w in words))) for t in set(terms(question))}
    order = sorted(range(len(sections)), key=lambda i: -sum(v for t, v in idf.items() if t in words[i]))
    return [as_passage(sections[i]) for i in order[:k]]


def as_passage(s) -> Passage:
    """A knowledge section as a retrieved passage."""
    return Passage(chunk_id=s.chunk_id, source_id=s.source_id, title=s.title, section=s.section, policy_id=s.policy_id,
                   url=s.url, effective_date=s.effective_date, payer=s.payer, text=s.text, score=0.5)


def named(sections, wanted: list[tuple[str, str]]) -> list[Passage]:
    """The sections named by (document id, words of the heading), as passages in that order."""
    return [as_passage(next(s for s in sections if s.source_id == doc and heading in s.section)) for doc, heading in wanted]
