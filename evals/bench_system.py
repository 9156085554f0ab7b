"""System benchmarks for the evaluation report, each against a baseline measured in the same run.

- draft_overhead: the draft pipeline in LLM mode against evals/openai_stub.py answering instantly (so only our own
  redaction, retrieval, prompting, checking and revision loop is timed) against offline drafting of the same cases;
- retrieval: query latency as the index grows (evals.bench_retrieval.query_latency, in a background process)
  and knowledge ingest times.

Cold starts (fresh processes, wall time and peak memory) are in evals/bench_startup.py.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from evals.bench_startup import Measured


def _requests(data_dir: Path):
    from assistant.records import LetterRequest

    path = Path(data_dir) / "cases.jsonl"
    cases = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [(c["id"], LetterRequest(letter_type=c["letter_type"], payer=c["payer"], level_of_care=c["level_of_care"],
                                    notes=tuple(c["notes"]), requested=dict(c.get("requested") or {}),
                                    denial_text=c.get("denial_text", ""))) for c in cases]


def draft_overhead(data_dir: Path, service, max_cases: int | None = None) -> dict:
    """Offline drafting vs LLM-mode drafting against a stub that answers at once with a valid letter.

    The stub replies with the offline letter of the same case (still redacted, so its placeholders are the
    ones the pipeline made), which passes the reply checks; revisions get the same letter back. The model's
    share (the HTTP round trips) is subtracted by the service itself: Draft.pipeline_seconds.
    """
    from assistant.service import build_service
    from evals.openai_stub import OpenAIStub

    requests = _requests(data_dir)[:max_cases] if max_cases else _requests(data_dir)
    current = {"letter": ""}
    with OpenAIStub([lambda body: current["letter"]]) as stub:
        settings = service.settings.model_copy(update={"llm_base_url": stub.url, "llm_api_key": "stub-key",
                                                       "offline": False, "llm_max_retries": 0,
                                                       "llm_timeout_s": 30.0})
        llm = build_service(settings, detector=service.detector, embedder=service._embedder(),
                            knowledge_dir=service.knowledge_dir)
        llm._index, llm._retriever = service.index, service.retriever()
        rows, warmed = [], False
        for case_id, request in requests:
            t = time.perf_counter()
            offline = service.draft(request, offline=True)
            offline_wall = time.perf_counter() - t
            row = {"id": case_id, "checklist": {c.element: c.status for c in offline.checklist},
                   "offline_pipeline_s": offline.pipeline_seconds, "offline_wall_s": round(offline_wall, 3)}
            rows.append(row)
            current["letter"] = offline.redacted_letter
            try:
                if not warmed:  # the first LLM-mode draft warms the HTTP client and templates, untimed
                    llm.draft(request)
                    warmed = True
                calls = len(stub.bodies)
                t = time.perf_counter()
                drafted = llm.draft(request)
                llm_wall = time.perf_counter() - t
            except Exception as exc:  # e.g. the PHI guard refusing to send: counted, not timed
                row["llm_error"] = f"{type(exc).__name__}: {str(exc)[:160]}"
                continue
            row.update({"llm_mode": drafted.mode, "llm_pipeline_s": drafted.pipeline_seconds,
                        "llm_model_s": drafted.model_seconds, "llm_wall_s": round(llm_wall, 3),
                        "model_calls": len(stub.bodies) - calls})
    timed = [r for r in rows if "llm_pipeline_s" in r]
    n = len(timed) or 1
    mean = lambda key: round(sum(r[key] for r in timed) / n, 3)  # noqa: E731
    out = {"cases": len(rows), "timed_cases": len(timed),
           "offline_pipeline_s": mean("offline_pipeline_s"), "offline_wall_s": mean("offline_wall_s"),
           "llm_pipeline_s": mean("llm_pipeline_s"), "llm_model_s": mean("llm_model_s"),
           "llm_wall_s": mean("llm_wall_s"), "model_calls_per_case": round(sum(r["model_calls"] for r in timed) / n, 2),
           "llm_mode_cases": sum(r.get("llm_mode") == "llm" for r in timed),
           "llm_refused": {r["id"]: r["llm_error"] for r in rows if "llm_error" in r}, "per_case": rows}
    out["pipeline_vs_offline"] = round(out["llm_pipeline_s"] / out["offline_pipeline_s"], 2) \
        if timed and out["offline_pipeline_s"] else None
    out["wall_vs_offline"] = round(out["llm_wall_s"] / out["offline_wall_s"], 2) \
        if timed and out["offline_wall_s"] else None
    return out


# --- retrieval ------------------------------------------------------------------------------------------
def _scratch_dir() -> str | None:
    """RAM-backed scratch space for the throwaway indexes when there is room (keeps the 100k build in budget)."""
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK):
            st = os.statvfs(shm)
            if st.f_bavail * st.f_frsize > 6 * 2**30:
                return str(shm)
    except OSError:
        pass
    return None


class BackgroundLatency:
    """evals.bench_retrieval.query_latency in a separate process, so the long 100k-chunk build overlaps the
    quality evals (on 2 cores) instead of adding to the run time. result() waits and adds the process's
    wall time and peak memory."""

    def __init__(self, service, sizes=(1_000, 10_000, 100_000)):
        import pickle

        self.sizes = tuple(int(n) for n in sizes)
        self._tmp = tempfile.TemporaryDirectory(prefix="necessity-latency-")
        work = Path(self._tmp.name)
        (work / "sections.pkl").write_bytes(pickle.dumps(service.index.sections()))
        try:
            (work / "embedder.pkl").write_bytes(pickle.dumps(service._embedder()))
        except Exception:  # the ONNX embedder holds a session: the child loads it from the settings instead
            pass
        (work / "settings.json").write_text(service.settings.model_dump_json(exclude={"llm_api_key"}), encoding="utf-8")
        env = dict(os.environ)
        scratch = _scratch_dir()
        if scratch:
            env["TMPDIR"] = scratch
        self.scratch = scratch or tempfile.gettempdir()
        self._err = open(work / "stderr.txt", "wb")
        self.run = Measured([sys.executable, "-m", "evals.bench_system", "latency", str(work),
                             ",".join(map(str, self.sizes))], env, stderr=self._err)

    def cancel(self) -> None:
        """Stop the benchmark (the process group this object started) and remove its files."""
        if self.run.proc.poll() is None:
            self.run.signal(signal.SIGKILL)
        self.run.wait(30)
        self._err.close()
        self._tmp.cleanup()

    def result(self, timeout_s: float = 1200.0) -> dict:
        try:
            got = self.run.wait(timeout_s)
            self._err.close()
            work = Path(self._tmp.name)
            if got["code"] != 0:
                tail = (work / "stderr.txt").read_text(encoding="utf-8", errors="replace").strip().splitlines()
                raise RuntimeError(f"latency benchmark exited {got['code']}: {tail[-1] if tail else ''}")
            rows = json.loads((work / "latency.json").read_text(encoding="utf-8"))
            return {"latency": rows, "process_seconds": round(got["seconds"], 1),
                    "process_peak_rss_mb": got["peak_rss_mb"], "index_scratch": self.scratch}
        finally:
            self._tmp.cleanup()


def _latency_child(work: Path, sizes: tuple[int, ...]) -> None:
    import pickle

    from evals.bench_retrieval import query_latency

    sections = pickle.loads((work / "sections.pkl").read_bytes())
    if (work / "embedder.pkl").is_file():
        embedder = pickle.loads((work / "embedder.pkl").read_bytes())
    else:
        from assistant.service import build_service
        from assistant.settings import Settings

        settings = Settings.model_validate_json((work / "settings.json").read_text(encoding="utf-8"))
        embedder = build_service(settings)._embedder()
    rows = query_latency(sections, embedder, sizes=sizes)
    (work / "latency.json").write_text(json.dumps(rows), encoding="utf-8")


def ingest(service) -> dict:
    """Full ingest of the shipped knowledge base into a throwaway index, then re-ingest after one edit."""
    from assistant.service import build_service
    from evals.bench_retrieval import ingest_times

    settings = service.settings

    def factory(data_dir, knowledge_dir):
        return build_service(settings.model_copy(update={"data_dir": data_dir, "chroma_url": ""}),
                             detector=service.detector, embedder=service._embedder(), knowledge_dir=knowledge_dir)

    return ingest_times(factory, service.knowledge_dir)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "latency":
        _latency_child(Path(sys.argv[2]), tuple(int(x) for x in sys.argv[3].split(",")))
    else:
        sys.exit("usage: python -m evals.bench_system latency WORK_DIR SIZES (used by evals.report)")
