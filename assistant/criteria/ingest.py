"""Stage: knowledge sections -> the vector index, embedding only what changed since the last run."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Protocol

from assistant.criteria.documents import KnowledgeProblem, Section


class WritableIndex(Protocol):
    """What ingest needs from the index."""

    def stored_hashes(self) -> dict[str, str]:
        """chunk id -> content hash."""

    def upsert(self, sections: list[Section], vectors: list[list[float]]) -> None:
        """Store sections and vectors."""

    def delete(self, chunk_ids: list[str]) -> None:
        """Remove sections."""


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did."""

    total: int
    added: int
    updated: int
    removed: int
    unchanged: int
    seconds: float
    problems: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        """One line for the terminal or the UI."""
        line = (f"{self.total} sections: {self.added} added, {self.updated} updated, {self.removed} removed, "
                f"{self.unchanged} unchanged ({self.seconds:.1f} s)")
        if self.problems:
            line += f"; {len(self.problems)} document(s) skipped"
        return line


def ingest(sections: list[Section], problems: list[KnowledgeProblem], index: WritableIndex, embedder,
           rebuild: bool = False, progress: Callable[[int, int], None] | None = None,
           batch: int = 32) -> IngestReport:
    """Sections -> index; unchanged sections (same content hash) are not embedded again."""
    started = time.perf_counter()
    stored = index.stored_hashes()
    if rebuild and stored:
        index.delete(list(stored))
        stored = {}
    wanted = {s.chunk_id: s for s in sections}
    todo = [s for s in sections if stored.get(s.chunk_id) != s.content_hash]
    removed = [cid for cid in stored if cid not in wanted]
    index.delete(removed)
    for i in range(0, len(todo), batch):
        chunk = todo[i:i + batch]
        index.upsert(chunk, embedder.embed([f"{s.title}. {s.section}. {s.text}" for s in chunk]))
        if progress:
            progress(min(i + batch, len(todo)), len(todo))
    added = sum(1 for s in todo if s.chunk_id not in stored)
    return IngestReport(total=len(sections), added=added, updated=len(todo) - added, removed=len(removed),
                        unchanged=len(sections) - len(todo), seconds=round(time.perf_counter() - started, 2),
                        problems=tuple(str(p) for p in problems))
