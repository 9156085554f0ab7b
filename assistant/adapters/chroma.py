"""Chroma behind the CriteriaIndex port: an embedded PersistentClient, or a Chroma server by URL."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402

from assistant.errors import ConfigError  # noqa: E402
from assistant.criteria.documents import Section  # noqa: E402

LEVELS = ("outpatient", "iop", "php", "residential", "inpatient", "all")


class _Embed(EmbeddingFunction[Documents]):
    """Hands Chroma our embedder, so its default (a model download) can never run."""

    def __init__(self, embedder):
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return self._embedder.embed(list(input))

    @staticmethod
    def name() -> str:
        return "necessity"

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> "_Embed":
        return _Embed(None)  # Chroma checks that the config round-trips; we always pass our own


def _metadata(s: Section, content_hash: str) -> dict:
    meta = {"source_id": s.source_id, "title": s.title, "section": s.section, "policy_id": s.policy_id,
            "url": s.url, "effective_date": s.effective_date, "payer": s.payer, "verified": s.verified,
            "hash": content_hash}
    meta.update({f"loc_{lv}": lv in s.levels_of_care for lv in LEVELS})
    return meta


def _section(chunk_id: str, text: str, meta: dict) -> Section:
    return Section(chunk_id=chunk_id, source_id=meta["source_id"], title=meta["title"], section=meta["section"],
                   policy_id=meta["policy_id"], url=meta["url"], effective_date=meta["effective_date"],
                   payer=meta["payer"], verified=bool(meta["verified"]),
                   levels_of_care=tuple(lv for lv in LEVELS if meta.get(f"loc_{lv}")), text=text)


class ChromaIndex:
    """Knowledge sections with their vectors, in Chroma; one collection per embedding model."""

    def __init__(self, embedder, path: Path | None = None, url: str = ""):
        settings = ChromaSettings(anonymized_telemetry=False)
        try:
            if url:
                parsed = urlparse(url)
                client = chromadb.HttpClient(host=parsed.hostname or "localhost", port=parsed.port or 8000,
                                             ssl=parsed.scheme == "https", settings=settings)
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(path), settings=settings)
            self._collection = client.get_or_create_collection(
                name=f"knowledge-{embedder.name}".replace("_", "-")[:60], embedding_function=_Embed(embedder),
                metadata={"hnsw:space": "cosine"})
        except Exception as exc:  # chromadb raises many types; all mean the same to the user
            where = f"the Chroma server at {url}" if url else f"the index folder {path}"
            raise ConfigError(f"Cannot open {where} ({exc.__class__.__name__}). Run `necessity ingest "
                              "--rebuild` to rebuild it" + (", or check NECESSITY_CHROMA_URL." if url else ".")) from None
        self._embedder = embedder

    @staticmethod
    def forget_local() -> None:
        """Drop Chroma's in-process handles on embedded folders (before one is renamed or removed)."""
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()

    @staticmethod
    def remove_local(path: Path) -> None:
        """Delete an embedded index folder, and Chroma's in-process handle on it, so it can be rebuilt."""
        import shutil

        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        shutil.rmtree(path, ignore_errors=True)

    def count(self) -> int:
        """Number of stored sections."""
        return self._collection.count()

    def stored_hashes(self) -> dict[str, str]:
        """chunk id -> content hash of what is stored."""
        got = self._collection.get(include=["metadatas"])
        return {i: m.get("hash", "") for i, m in zip(got["ids"], got["metadatas"])}

    def upsert(self, sections: list[Section], vectors: list[list[float]]) -> None:
        """Store sections with their precomputed vectors."""
        for i in range(0, len(sections), 500):
            batch = sections[i:i + 500]
            self._collection.upsert(ids=[s.chunk_id for s in batch], documents=[s.text for s in batch],
                                    embeddings=vectors[i:i + 500],
                                    metadatas=[_metadata(s, s.content_hash) for s in batch])

    def delete(self, chunk_ids: list[str]) -> None:
        """Remove sections by id."""
        if chunk_ids:
            self._collection.delete(ids=chunk_ids)

    def sections(self) -> list[Section]:
        """Every stored section (for the keyword index and for browsing)."""
        got = self._collection.get(include=["documents", "metadatas"])
        return [_section(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    def search(self, vector: list[float], n: int, payers: list[str] | None = None,
               levels: list[str] | None = None) -> list[tuple[str, float]]:
        """Query vector -> [(chunk id, similarity)], best first, within the payer and level filters."""
        clauses = []
        if payers:
            clauses.append({"payer": {"$in": list(payers)}})
        if levels:
            clauses.append({"$or": [{f"loc_{lv}": True} for lv in levels]} if len(levels) > 1
                           else {f"loc_{levels[0]}": True})
        where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
        n = max(1, min(n, self.count()))
        got = self._collection.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0])]
