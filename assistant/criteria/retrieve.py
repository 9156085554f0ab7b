"""Stage: question or case -> cited passages, by dense vectors and BM25 keywords fused by rank."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from assistant.criteria.documents import Section
from assistant.records import Passage

Mode = Literal["hybrid", "dense", "bm25"]
_RRF_K = 60  # reciprocal-rank fusion constant: how much the top ranks dominate

_PAYER_WORDS = [
    ("medicare-advantage", r"medicare advantage|\bMA plan|\bpart c\b|humana|wellcare"),
    ("medicaid", r"medicaid|medi-cal|masshealth|chip\b|state plan|molina|caresource|amerigroup|sunshine health"),
    ("medicare", r"medicare"),
    ("optum", r"optum|united ?health ?care|\buhc\b|united behavioral|\bubh\b"),
    ("aetna", r"aetna"),
    ("cigna", r"cigna|evernorth"),
    ("anthem", r"anthem|carelon|elevance|beacon"),
    ("bcbs", r"blue cross|blue shield|bcbs|highmark|premera|regence|carefirst|florida blue|wellmark|horizon|excellus"),
    ("magellan", r"magellan"),
    ("kaiser", r"kaiser"),
]


def payer_slugs(payer: str | None) -> list[str]:
    """Free-text payer ("Medicare Advantage (Aetna)") -> the knowledge payers that apply, plus "all"."""
    if not payer:
        return []
    found = [slug for slug, pattern in _PAYER_WORDS if re.search(pattern, payer, re.I)]
    if "medicare-advantage" in found and "medicare" not in found:
        found.append("medicare")  # Medicare Advantage plans must follow Medicare's coverage rules
    if "medicare-advantage" not in found and "medicare" in found and re.search(r"advantage", payer, re.I):
        found.append("medicare-advantage")
    return sorted(set(found)) + ["all"] if found else []


def level_slugs(level_of_care: str | None) -> list[str]:
    """Free-text level of care -> the knowledge level tags that apply, plus "all"."""
    if not level_of_care:
        return []
    text = level_of_care.lower()
    for slug, pattern in (("php", r"\bphp\b|partial"), ("iop", r"\biop\b|intensive outpatient"),
                          ("residential", r"residential|\brtc\b"), ("inpatient", r"inpatient|acute")):
        if re.search(pattern, text):
            return [slug, "all"]
    return ["outpatient", "all"]


class Embedder(Protocol):
    """Turns texts into vectors."""

    name: str

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Texts -> vectors."""


class CriteriaIndex(Protocol):
    """Where the knowledge sections and their vectors are stored (Chroma in production)."""

    def search(self, vector: list[float], n: int, payers: list[str] | None = None,
               levels: list[str] | None = None) -> list[tuple[str, float]]:
        """Vector -> [(chunk id, similarity)]."""

    def sections(self) -> list[Section]:
        """Every stored section."""


class KeywordSearch(Protocol):
    """BM25 over the same sections."""

    sections: list[Section]

    def search(self, query: str, n: int, allowed=None) -> list[tuple[int, float]]:
        """Query -> [(position, score)]."""


def to_passage(s: Section, score: float) -> Passage:
    """A stored section -> a citable passage."""
    return Passage(chunk_id=s.chunk_id, source_id=s.source_id, title=s.title, section=s.section,
                   policy_id=s.policy_id, url=s.url, effective_date=s.effective_date, payer=s.payer,
                   text=s.text, verified=s.verified, score=round(score, 5))


@dataclass
class Retriever:
    """Hybrid retrieval over the knowledge base; the interface drafting, appeals and ask all use."""

    index: CriteriaIndex
    keywords: KeywordSearch
    embedder: Embedder

    def __post_init__(self):
        self._by_id = {s.chunk_id: i for i, s in enumerate(self.keywords.sections)}
        self._df: dict[str, int] | None = None

    def document_frequencies(self) -> tuple[dict[str, int], int]:
        """term -> number of sections containing it, over the whole knowledge base (computed once)."""
        if self._df is None:
            from assistant.criteria.words import terms

            self._df = {}
            for s in self.keywords.sections:
                for t in set(terms(f"{s.title} {s.section} {s.text}")):
                    self._df[t] = self._df.get(t, 0) + 1
        return self._df, len(self.keywords.sections)

    def expand(self, passages: list[Passage], docs: int = 3) -> list[Passage]:
        """Retrieved passages -> the same, then the other sections of their top documents.

        Documents hold one rule each, so the right document is found more reliably than the
        right section of it; the answer step then reads all of that document's sections.
        """
        top_docs: list[str] = []
        for p in passages:
            if p.source_id not in top_docs:
                top_docs.append(p.source_id)
        seen = {p.chunk_id for p in passages}
        extra = [to_passage(s, 0.0) for d in top_docs[:docs] for s in self.keywords.sections
                 if s.source_id == d and s.chunk_id not in seen]
        return list(passages) + extra

    def _allowed(self, payers: list[str], levels: list[str]):
        import numpy as np

        return np.array([(not payers or s.payer in payers) and
                         (not levels or any(lv in s.levels_of_care for lv in levels))
                         for s in self.keywords.sections])

    def search(self, query: str, k: int = 5, payer: str | None = None, level_of_care: str | None = None,
               mode: Mode = "hybrid", depth: int = 40) -> list[Passage]:
        """Query -> the k best passages for that payer (its own documents plus `all`) and level of care."""
        if not query.strip() or not self.keywords.sections:
            return []
        payers, levels = payer_slugs(payer), level_slugs(level_of_care)
        ranked: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            vector = self.embedder.embed([query])[0]
            for rank, (chunk_id, _) in enumerate(self.index.search(vector, depth, payers, levels)):
                ranked[chunk_id] = ranked.get(chunk_id, 0.0) + 1.0 / (_RRF_K + rank)
        if mode in ("hybrid", "bm25"):
            allowed = self._allowed(payers, levels) if (payers or levels) else None
            for rank, (pos, _) in enumerate(self.keywords.search(query, depth, allowed)):
                chunk_id = self.keywords.sections[pos].chunk_id
                ranked[chunk_id] = ranked.get(chunk_id, 0.0) + 1.0 / (_RRF_K + rank)
        best = sorted(ranked.items(), key=lambda kv: -kv[1])[:k]
        return [to_passage(self.keywords.sections[self._by_id[c]], s) for c, s in best if c in self._by_id]
