"""System benchmarks for the evaluation report, each against a baseline measured in the same run.

- draft_overhead: the draft pipeline in LLM mode against evals/openai_stub.py answering instantly (so only our own
  redaction, retrieval, prompting, checking and revision loop is timed) against offline drafting of the same cases;
- cold_starts: wall time to a finished command (or, for the UI, to a 200 from /_stcore/health) of fresh
  processes, and the peak resident memory of each, against a bare interpreter and a stock-Presidio script;
- retrieval: query latency as the index grows (evals.bench_retrieval.query_latency) and knowledge ingest times.

Peak memory is ru_maxrss from os.wait4 in a tiny launcher process, covering the command and the children it reaped.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHORT_NOTE = ("Client: Ana Diaz, DOB 3/4/1990, member ID QX5512093. Seen 03/11/2025 at Tamsin Creek Counseling.\n"
              "PHQ-9 = 12; GAD-7 = 9. Dx F33.1. Call (503) 555-0142.\n")
ASK_QUESTION = "How long do I have to appeal an ERISA denial?"
_STOCK_SCRIPT = ("from assistant.adapters.presidio import StockPresidioDetector\n"
                 "StockPresidioDetector().find(%r)" % SHORT_NOTE)


# --- fresh processes: wall time and peak memory ------------------------------------------------------
# A child forked from this (large) process would inherit its peak RSS in ru_maxrss, so every measured
# command is started by a tiny launcher that spawns it, reaps it with os.wait4 and writes its wall time and
# peak RSS (of the whole tree it reaped) to a file. The launcher ignores SIGINT; the measured command does not.
_LAUNCHER = """
import json, os, signal, sys, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
out, argv = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ, setsigdef=(signal.SIGINT,))
_, status, usage = os.wait4(pid, 0)
with open(out, "w") as fh:
    json.dump({"seconds": time.perf_counter() - started, "maxrss_kb": usage.ru_maxrss,
               "code": os.waitstatus_to_exitcode(status)}, fh)
"""


class Measured:
    """One command in a fresh process group, started through the launcher; wait() -> seconds, peak memory."""

    def __init__(self, argv: list[str], env: dict, stderr=subprocess.DEVNULL):
        self._dir = tempfile.TemporaryDirectory(prefix="necessity-measure-")
        self._out = Path(self._dir.name) / "usage.json"
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, str(self._out), *argv], env=env,
                                     cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=stderr,
                                     start_new_session=True)

    def signal(self, sig: int) -> None:
        """Signal the whole group this object started (launcher, command and anything it spawned)."""
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            pass

    def wait(self, timeout_s: float = 180.0) -> dict:
        """-> {seconds, peak_rss_mb, code}; the group is killed after timeout_s."""
        try:
            self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.proc.wait(30)
        try:
            usage = json.loads(self._out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            usage = {"seconds": time.perf_counter() - self.started, "maxrss_kb": 0, "code": -1}
        finally:
            self._dir.cleanup()
        return {"seconds": round(usage["seconds"], 3), "peak_rss_mb": round(usage["maxrss_kb"] / 1024, 1) or None,
                "code": usage["code"]}


def run_process(argv: list[str], env: dict, timeout_s: float = 180.0) -> dict:
    """Run a command to completion in a fresh process -> {seconds, peak_rss_mb, ok}."""
    with tempfile.TemporaryFile() as errfile:  # a file, not a pipe: a chatty child cannot block on it
        got = Measured(argv, env, stderr=errfile).wait(timeout_s)
        errfile.seek(0)
        err = errfile.read().decode("utf-8", "replace")[-400:]
    code = got.pop("code")
    got["ok"] = code == 0
    if code != 0:
        got["error"] = err.strip().splitlines()[-1] if err.strip() else f"exit {code}"
    return got


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _session_peak_kb(session_id: int) -> int:
    """Sum of VmHWM (peak RSS) over the processes of one session we started, the launcher itself excluded."""
    total = 0
    for proc_dir in Path("/proc").glob("[0-9]*"):
        try:
            stat = (proc_dir / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) != session_id or int(proc_dir.name) == session_id:  # fields[3] is the session id
                continue
            for line in (proc_dir / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total


def ui_cold_start(env: dict, timeout_s: float = 90.0) -> dict:
    """`python -m assistant ui --port P` until /_stcore/health answers 200 -> seconds, and peak memory of the
    CLI plus the Streamlit server it runs at that moment (from /proc: Streamlit's shutdown outlives the CLI,
    so the launcher cannot reap it). The server starts without running the app script; a browser session
    would load the pages and the service on top of this."""
    if not (ROOT / "ui" / "app.py").is_file():
        return {"measured": False, "reason": "ui/app.py is not in the project yet"}
    port = _free_port()
    url = f"http://127.0.0.1:{port}/_stcore/health"
    run = Measured([sys.executable, "-m", "assistant", "ui", "--port", str(port)], env)
    seconds, tree_kb = None, 0
    try:
        while time.perf_counter() - run.started < timeout_s and run.proc.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=1) as resp:
                    if resp.status == 200:
                        seconds = time.perf_counter() - run.started
                        tree_kb = _session_peak_kb(run.proc.pid)
                        break
            except OSError:
                time.sleep(0.05)
    finally:
        run.signal(signal.SIGINT)  # Streamlit shuts down cleanly; the CLI reaps it, the launcher reaps the CLI
        got = run.wait(20)
    if seconds is None:
        return {"measured": False, "reason": f"no 200 from {url} within {timeout_s:.0f} s"}
    peak_kb = max(tree_kb, int((got.get("peak_rss_mb") or 0) * 1024))
    return {"measured": True, "seconds": round(seconds, 3), "peak_rss_mb": round(peak_kb / 1024, 1) or None,
            "ok": True}


def child_env(data_dir: Path) -> dict:
    """Environment for the measured commands: offline, the given data folder, no user .env."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NECESSITY_LLM_")}
    env.update({"NECESSITY_DATA_DIR": str(data_dir), "NECESSITY_OFFLINE": "true", "PYTHONDONTWRITEBYTECODE": "1"})
    return env


def cold_starts(data_dir: Path, ui: bool = True) -> dict:
    """Fresh-process timings and peak memory: baselines first, then the CLI commands and the UI.

    `data_dir` must already hold a built knowledge index, so `ask` measures start-up, not ingest.
    """
    env = child_env(data_dir)
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="necessity-cold-") as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text(SHORT_NOTE, encoding="utf-8")
        rows = {
            "python_bare": run_process([py, "-c", "pass"], env),
            "stock_presidio_one_note": run_process([py, "-c", _STOCK_SCRIPT], env),
            "cli_redact": run_process([py, "-m", "assistant", "redact", str(note)], env),
            "cli_ask_offline": run_process([py, "-m", "assistant", "ask", ASK_QUESTION], env),
        }
    rows["ui_health"] = ui_cold_start(env) if ui else {"measured": False, "reason": "skipped in this run"}
    base_s = rows["stock_presidio_one_note"]["seconds"] or 1.0
    base_mb = rows["stock_presidio_one_note"]["peak_rss_mb"] or 1.0
    for name, row in rows.items():
        if row.get("seconds") is not None and name != "python_bare":
            row["seconds_vs_stock_presidio"] = round(row["seconds"] / base_s, 2)
            if row.get("peak_rss_mb"):
                row["rss_vs_stock_presidio"] = round(row["peak_rss_mb"] / base_mb, 2)
    return rows


# --- the draft pipeline against an instant model ----------------------------------------------------
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
