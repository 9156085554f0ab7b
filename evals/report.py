"""One command, one report: every eval and benchmark on a data folder, written as report.md + PNG charts.

    python -m evals.report --data DIR --out REPORT_DIR [--sizes 1000,10000,100000] [--no-ui]

The data folder has the layout of evalsets/dev (phi_notes.jsonl, cases.jsonl, denials.jsonl, payer_qa.jsonl, and
check_cases.jsonl for the documentation audit when present).
Every number in the report comes from this one run: quality from evals.phi / qa / denials / draft, speed from
evals.bench_system (each benchmark against a baseline measured in the same run). report.json holds the raw
figures; the charts are drawn from it by evals.charts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from evals import charts
from evals.headline import HEADLINE_KEYS, headline  # noqa: F401 (re-exported for the smoke check)
from evals.report_markdown import render_markdown

class _Stages:
    """Times each stage and prints one progress line per stage (to stderr, so stdout stays clean)."""

    def __init__(self, log):
        self.seconds: dict[str, float] = {}
        self.errors: dict[str, str] = {}
        self.log = log
        self.started = time.perf_counter()

    def run(self, name: str, fn, *args, optional: bool = False, **kwargs):
        self.log(f"[{time.perf_counter() - self.started:6.1f} s] {name} ...")
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # a benchmark that cannot run is reported as not measured
            if not optional:
                raise
            self.errors[name] = f"{type(exc).__name__}: {exc}"
            self.log(traceback.format_exc(limit=3))
            return None
        finally:
            self.seconds[name] = round(time.perf_counter() - t, 1)


def _load_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.is_file() else []


def checklist_by_element(cases: list[dict], verdicts: dict[str, dict[str, str]]) -> dict:
    """Gold cases and {case id: {element: status}} -> per element: accuracy over met + missing gold labels,
    and precision / recall of the "missing" verdict (the README's per-element figures)."""
    from assistant.service import checklist_elements

    ELEMENTS = checklist_elements()

    out = {}
    for el in ELEMENTS:
        n = correct = tp = fp = fn = 0
        for case in cases:
            got = verdicts.get(case["id"])
            if got is None:
                continue
            gold, pred = case["checklist"].get(el), got.get(el)
            if gold in ("met", "missing"):
                n += 1
                correct += gold == pred
            tp += gold == "missing" and pred == "missing"
            fp += gold != "missing" and pred == "missing"
            fn += gold == "missing" and pred != "missing"
        out[el] = {"n": n, "correct": correct, "accuracy": round(correct / n, 3) if n else None,
                   "missing_precision": round(tp / (tp + fp), 3) if tp + fp else None,
                   "missing_recall": round(tp / (tp + fn), 3) if tp + fn else None}
    return out


def run_all(data_dir, out_dir, service, sizes=(1_000, 10_000, 100_000), *, ui: bool = True, ingest: bool = True,
            phi_cold_start: bool = False, log=None) -> Path:
    """Run every eval and benchmark on data_dir with `service`; write report.md, report.json and the PNG
    charts into out_dir; return the path of report.md.

    ui=False skips the UI cold start; ingest=False skips the knowledge ingest benchmark; sizes are the corpus
    sizes for the retrieval latency benchmark (the smoke check uses (1000,)); phi_cold_start=True also runs
    evals.phi's own cold-start pair (the same comparison bench_system.cold_starts makes, with memory).
    """
    from evals.bench_startup import cold_starts
    from evals.bench_system import BackgroundLatency

    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    llm = bool(service.settings.llm_configured)
    st = _Stages(log)
    report: dict = {"meta": {
        "started": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "data_dir": str(data_dir),
        "python": platform.python_version(), "platform": platform.platform(terse=True), "cpus": os.cpu_count(),
        "llm_configured": llm, "llm_model": service.settings.llm_model if llm else None,
        "spacy_model": service.settings.spacy_model, "sizes": list(sizes)}}
    bench: dict = {}

    st.run("knowledge index ready", service.retriever)
    report["meta"]["index_sections"] = service.index.count()
    # Fresh-process timings first, while nothing else of ours is running.
    bench["cold_starts"] = st.run("cold starts and peak memory (fresh processes)", cold_starts,
                                  service.settings.data_dir, ui=ui, optional=True)
    # The retrieval benchmark builds throwaway indexes of up to 100k chunks (minutes): it runs in its own
    # process alongside the quality evals below and is collected at the end.
    latency = st.run("retrieval latency benchmark started (background)", BackgroundLatency, service, sizes,
                     optional=True)
    try:
        _quality_and_rest(report, bench, st, data_dir, service, llm, latency, ingest, phi_cold_start, sizes)
    except BaseException:
        if latency is not None:
            latency.cancel()
        raise
    cases = _load_jsonl(data_dir / "cases.jsonl")
    verdicts = {r["id"]: r["checklist"] for r in (bench.get("draft_overhead") or {}).get("per_case", [])}
    if verdicts:
        report["checklist_by_element"] = checklist_by_element(cases, verdicts)
    report["headline"] = headline(report)
    report["stage_seconds"] = st.seconds
    report["errors"] = st.errors
    report["meta"]["total_seconds"] = round(time.perf_counter() - st.started, 1)
    return write_report(report, out_dir)


def _quality_and_rest(report, bench, st, data_dir, service, llm, latency, ingest, phi_cold_start, sizes) -> None:
    from evals.bench_system import draft_overhead, ingest as ingest_bench
    from evals.denials import run_denial_eval
    from evals.draft import run_draft_eval
    from evals.phi import run_phi_eval
    from evals.qa import run_qa_eval

    offline = _offline_view(service) if llm else service  # the quality evals are offline; LLM mode is extra
    report["phi"] = st.run("PHI eval (ours vs stock Presidio)", run_phi_eval, data_dir, offline,
                           cold_start=phi_cold_start)
    report["qa"] = st.run("payer questions (hybrid, dense, bm25)", run_qa_eval, data_dir, offline)
    report["denials"] = st.run("denial reading + linked appeals", run_denial_eval, data_dir, offline)
    report["draft"] = st.run("letter drafting (offline)", run_draft_eval, data_dir, offline, modes=("offline",))
    if (Path(data_dir) / "check_cases.jsonl").is_file():
        from evals.check import batch_benchmark, run_check_eval

        report["check"] = st.run("documentation audit (necessity check)", run_check_eval, data_dir, offline)
        report["check"].pop("predicted", None)
        bench["check_batch"] = st.run("check --batch on 100 notes (fresh process)", batch_benchmark, data_dir,
                                      optional=True)
    if llm:
        guarded = _RefusalsDraftOffline(service)
        got = st.run(f"letter drafting (LLM: {service.settings.llm_model})", run_draft_eval, data_dir, guarded,
                     modes=("llm",))
        report["draft"].update(got)
        report["draft_llm_refused"] = guarded.refused
        report["draft_llm_outcomes"] = guarded.modes
    try:
        from evals.draft import format_draft_report

        report["draft_text"] = format_draft_report(report["draft"])
    except Exception as exc:  # the draft eval's formatter is someone else's and may change under us
        report["draft_text"] = f"(format_draft_report failed: {exc})"
    bench["draft_overhead"] = st.run("draft overhead (instant OpenAI stub vs offline)", draft_overhead, data_dir,
                                     service, optional=True)
    retrieval: dict = {}
    if ingest:
        retrieval["ingest"] = st.run("knowledge ingest benchmark", ingest_bench, service, optional=True)
    if latency is not None:
        got = st.run(f"retrieval latency at {', '.join(f'{n:,}' for n in sizes)} chunks (waiting)", latency.result,
                     optional=True)
        retrieval.update(got or {})
    report["bench"] = {k: v for k, v in bench.items() if v is not None}
    retrieval = {k: v for k, v in retrieval.items() if v is not None}
    if retrieval:
        report["bench"]["retrieval"] = retrieval


def _offline_view(service):
    """The same loaded models and index, with the LLM endpoint switched off."""
    from assistant.service import build_service

    view = build_service(service.settings.model_copy(update={"offline": True}), detector=service.detector,
                         embedder=service._embedder(), knowledge_dir=service.knowledge_dir)
    view._index, view._retriever = service.index, service.retriever()
    return view


class _RefusalsDraftOffline:
    """The service, except that a case the outbound PHI guard refuses to send is drafted offline and listed
    (service.draft lets RedactionError through, which would end the whole LLM-mode eval at the first one)."""

    def __init__(self, service):
        self._service, self.refused, self.modes = service, [], {}

    def __getattr__(self, name):
        return getattr(self._service, name)

    def draft(self, request, *args, offline: bool = False, **kwargs):
        from assistant.errors import RedactionError

        try:
            drafted = self._service.draft(request, *args, offline=offline, **kwargs)
            key = drafted.mode if drafted.mode == "llm" else "offline fallback (model reply unusable)"
        except RedactionError as exc:
            self.refused.append(f"{request.payer}, {request.letter_type}: {exc}")
            drafted, key = self._service.draft(request, *args, offline=True, **kwargs), "refused by the PHI guard"
        self.modes[key] = self.modes.get(key, 0) + 1
        return drafted


def write_report(report: dict, out_dir) -> Path:
    """The report dict -> report.json, the PNG charts and report.md in out_dir; returns report.md's path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    drawn = charts.draw_all(report, out_dir)
    path = out_dir / "report.md"
    path.write_text(render_markdown(report, {k: p.name for k, p in drawn.items()}), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="folder laid out like evalsets/dev")
    ap.add_argument("--out", required=True, help="folder for report.md, report.json and the charts")
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes for the retrieval benchmark")
    ap.add_argument("--no-ui", action="store_true", help="skip the UI cold start")
    args = ap.parse_args(argv)
    from assistant.service import build_service

    path = run_all(args.data, args.out, build_service(), sizes=tuple(int(x) for x in args.sizes.split(",")),
                   ui=not args.no_ui)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
