"""CI smoke check: the evaluation report on the project's own small data folder, gated by evals/thresholds.toml.

    python -m evals.smoke [--data evals/data] [--out DIR] [--thresholds evals/thresholds.toml]

Runs evals.report.run_all offline with a throwaway data folder (so the knowledge index is built from
knowledge/ with the real embedder), retrieval latency at 1,000 chunks only and no UI timing; prints each
headline metric beside its threshold and exits 1 when any is below its minimum (or above its maximum), or
missing. Takes about two minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data"
DEFAULT_THRESHOLDS = HERE / "thresholds.toml"


def load_thresholds(path: str | Path = DEFAULT_THRESHOLDS) -> dict[str, dict[str, float]]:
    """thresholds.toml -> {"min": {metric: value}, "max": {metric: value}}."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {"min": dict(data.get("min", {})), "max": dict(data.get("max", {}))}


def check(headline: dict, thresholds: dict) -> tuple[list[tuple[str, object, str, float, bool]], bool]:
    """Headline figures and thresholds -> rows (metric, value, op, limit, ok) and whether all pass."""
    rows = []
    for op, bound in ((">=", "min"), ("<=", "max")):
        for metric, limit in thresholds.get(bound, {}).items():
            value = headline.get(metric)
            ok = value is not None and (value >= limit if op == ">=" else value <= limit)
            rows.append((metric, value, op, limit, ok))
    return rows, all(r[-1] for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="data folder (default: evals/data)")
    ap.add_argument("--out", default=None, help="report folder (default: a temporary folder, removed after)")
    ap.add_argument("--thresholds", default=str(DEFAULT_THRESHOLDS))
    args = ap.parse_args(argv)
    thresholds = load_thresholds(args.thresholds)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="necessity-smoke-") as tmp:
        data_dir = Path(tmp) / "necessity-data"
        os.environ["NECESSITY_DATA_DIR"] = str(data_dir)  # fresh processes (cold starts) use it too
        from assistant.service import build_service
        from assistant.settings import load_settings
        from evals.report import run_all

        service = build_service(load_settings(data_dir=data_dir, offline=True, chroma_url=""))
        out = Path(args.out) if args.out else Path(tmp) / "report"
        path = run_all(args.data, out, service, sizes=(1_000,), ui=False, ingest=False)
        report = json.loads((path.parent / "report.json").read_text(encoding="utf-8"))
    rows, ok = check(report.get("headline", {}), thresholds)
    print(f"necessity smoke check on {args.data} ({time.perf_counter() - started:.0f} s)")
    print(f"{'metric':<22}{'value':>9}   {'threshold':<10}")
    for metric, value, op, limit, good in rows:
        shown = "missing" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))
        print(f"{metric:<22}{shown:>9}   {op} {limit:<7} {'ok' if good else 'FAIL'}")
    for stage, err in (report.get("errors") or {}).items():
        print(f"warning: {stage} was not measured ({err})")
    if args.out:
        print(f"report: {path}")
    print("smoke: " + ("all headline metrics at or above their thresholds" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
