"""Keyword ranking (BM25, via bm25s) over knowledge sections; local Chroma has no ranked keyword search."""

from __future__ import annotations

import re

import bm25s
import numpy as np

from assistant.criteria.documents import Section

_TOKEN = re.compile(r"[a-z0-9]+(?:[-./][a-z0-9]+)*")
_STOP = frozenset("""a an and are as at be by can do does for from has have how i if in is it its my
of on or that the their there this to was what when which who why will with you your under""".split())


def tokens(text: str) -> list[str]:
    """Text -> lowercase terms; "CO-50" and "2560.503-1" stay whole and also give their parts."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in _STOP:
            continue
        out.append(tok)
        parts = re.split(r"[-./]", tok)
        if len(parts) > 1:
            out.extend(p for p in parts if p and p not in _STOP)
    return out


def _indexed_text(s: Section) -> str:
    return f"{s.title}\n{s.section}\n{s.policy_id}\n{s.text}"


class KeywordIndex:
    """BM25 over sections held in memory; rebuilt whenever the stored sections change."""

    def __init__(self, sections: list[Section]):
        self.sections = list(sections)
        self._bm25 = bm25s.BM25()
        if self.sections:
            self._bm25.index([tokens(_indexed_text(s)) or ["_"] for s in self.sections], show_progress=False)

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Query -> [(position in sections, score)] best first; `allowed` masks out filtered sections."""
        terms = tokens(query)
        if not terms or not self.sections:
            return []
        scores = np.asarray(self._bm25.get_scores(terms), dtype=float)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        top = np.argsort(-scores)[:n]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
