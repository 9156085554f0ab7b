"""Retrieval benchmark: query latency as the index grows, full ingest time, and re-ingest after one edit.

The enlarged corpora reuse the shipped sections' text with random word substitutions and random unit
vectors, so the cost measured is the index's own (Chroma + BM25 + fusion), not the embedding model's.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

QUERIES = [
    "How long do I have to appeal an ERISA denial?", "Does Optum need prior authorization for 90837?",
    "What does CO-50 mean?", "expedited external review 72 hours", "PHQ-9 severity bands",
    "IOP medical necessity criteria Aetna", "Medicare psychotherapy treatment plan requirements",
    "parity NQTL comparative analysis request", "California SB 855 generally accepted standards",
    "Medicaid fair hearing deadline", "LOCUS dimensions", "90837 time rule 53 minutes",
    "continued stay request elements", "peer to peer review tips", "CARC 197 prior authorization",
    "Wit v. United Behavioral Health", "timely filing CO-29", "ASAM level 2.1", "C-SSRS risk levels",
    "Medicare Advantage internal criteria",
]


def _grow(sections, n: int, seed: int = 7):
    rng = random.Random(seed)
    vocab = " ".join(s.text for s in sections).split()
    out = []
    for i in range(n):
        base = sections[i % len(sections)]
        words = base.text.split()
        for _ in range(max(1, len(words) // 10)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        out.append(replace(base, chunk_id=f"{base.chunk_id}~{i}", text=" ".join(words)))
    return out


def _unit_vectors(n: int, dims: int = 384, seed: int = 11):
    import numpy as np

    rng = np.random.default_rng(seed)
    v = rng.standard_normal((n, dims)).astype("float32")
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).tolist()


def query_latency(sections, embedder, sizes=(1_000, 10_000, 100_000)) -> list[dict]:
    """Per corpus size: build a throwaway index, then p50/p95 of hybrid queries (ms)."""
    from assistant.service import remove_scratch_index, scratch_retriever

    query_vectors = dict(zip(QUERIES, embedder.embed(QUERIES)))

    class Cached:
        name = embedder.name

        def embed(self, texts):
            return [query_vectors.get(t) or embedder.embed([t])[0] for t in texts]

    rows = []
    for n in sizes:
        folder = Path(tempfile.mkdtemp(prefix="necessity-bench-"))
        try:
            corpus = _grow(sections, n)
            started = time.perf_counter()
            retriever = scratch_retriever(folder, Cached(), corpus, _unit_vectors(n))
            build_s = time.perf_counter() - started
            retriever.search(QUERIES[0], k=5)  # warm
            times = []
            for q in QUERIES * 3:
                t = time.perf_counter()
                retriever.search(q, k=5, payer="Aetna" if "Aetna" in q else None)
                times.append((time.perf_counter() - t) * 1000)
            rows.append({"chunks": n, "build_s": round(build_s, 1), "p50_ms": round(statistics.median(times), 2),
                         "p95_ms": round(sorted(times)[int(0.95 * len(times)) - 1], 2)})
        finally:
            remove_scratch_index(folder)
    base = rows[0]["p50_ms"] or 1
    for row in rows:
        row["p50_vs_smallest"] = round(row["p50_ms"] / base, 2)
    return rows


def ingest_times(service_factory, knowledge_dir: Path) -> dict:
    """Full ingest of the shipped knowledge base, then re-ingest after one document changes (seconds)."""
    work = Path(tempfile.mkdtemp(prefix="necessity-kb-"))
    try:
        docs = work / "knowledge"
        shutil.copytree(knowledge_dir, docs)
        service = service_factory(work / "data", docs)
        full = service.ingest()
        target = sorted(docs.glob("*.md"))[0]
        target.write_text(target.read_text(encoding="utf-8") + "\n\n## Benchmark note\nOne new section.\n",
                          encoding="utf-8")
        again = service.ingest()
        return {"sections": full.total, "full_ingest_s": full.seconds, "reingest_one_doc_s": again.seconds,
                "reembedded_sections": again.added + again.updated, "reingest_vs_full": round(again.seconds / full.seconds, 3)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def format_bench(latency: list[dict], ingest: dict) -> str:
    """Benchmark results -> a plain-text table."""
    lines = ["Retrieval latency (hybrid: dense + BM25 + rank fusion, k=5, 60 queries per size)", "",
             f"{'chunks':>8}{'build s':>10}{'p50 ms':>10}{'p95 ms':>10}{'p50 x':>8}"]
    for r in latency:
        lines.append(f"{r['chunks']:>8}{r['build_s']:>10}{r['p50_ms']:>10}{r['p95_ms']:>10}{r['p50_vs_smallest']:>8}")
    lines += ["", f"Ingest of the shipped knowledge base: {ingest['sections']} sections in {ingest['full_ingest_s']} s",
              f"Re-ingest after one document changed: {ingest['reingest_one_doc_s']} s "
              f"({ingest['reembedded_sections']} sections embedded; {ingest['reingest_vs_full']} of a full ingest)"]
    return "\n".join(lines)
