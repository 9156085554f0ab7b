"""Cold starts: wall time and peak memory of fresh processes (commands, and the UI until it answers).

Each is measured against a baseline in the same run: a bare interpreter, and a script that loads stock Presidio.
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
_STOCK_SCRIPT = ("from assistant.service import stock_presidio\n"
                 "stock_presidio().find(%r)" % SHORT_NOTE)


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
