"""One command, one report: every eval and benchmark on a data folder, written as report.md + PNG charts.

    python -m evals.report --data DIR --out REPORT_DIR [--sizes 1000,10000,100000] [--no-ui]

The data folder has the layout of evalsets/dev (phi_notes.jsonl, cases.jsonl, denials.jsonl, payer_qa.jsonl).
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

HEADLINE_KEYS = ("phi_recall", "keep_retention", "char_precision", "checklist_acc", "missing_recall",
                 "forbidden_hits", "icd_coverage", "qa_answer_hit", "qa_support_hit", "qa_cited",
                 "denial_micro_f1", "denial_deadline_acc")


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
    from assistant.checklist import ELEMENTS

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


def headline(report: dict) -> dict:
    """The figures the smoke check gates on (see evals/thresholds.toml)."""
    h: dict = {}
    phi = report.get("phi") or {}
    if phi:
        h.update({k: phi["ours"][k] for k in ("phi_recall", "keep_retention", "char_precision")})
    draft = (report.get("draft") or {}).get("offline")
    if draft:
        h.update({k: round(draft[k], 3) if isinstance(draft[k], float) else draft[k]
                  for k in ("checklist_acc", "missing_recall", "forbidden_hits", "icd_coverage")})
    qa = ((report.get("qa") or {}).get("modes") or {}).get("hybrid")
    if qa:
        h.update({f"qa_{k}": qa[k] for k in ("answer_hit", "support_hit", "cited")})
    den = report.get("denials")
    if den:
        h.update({"denial_micro_f1": den["micro_f1"], "denial_deadline_acc": den["deadline_acc"]})
    return h


def run_all(data_dir, out_dir, service, sizes=(1_000, 10_000, 100_000), *, ui: bool = True, ingest: bool = True,
            phi_cold_start: bool = False, log=None) -> Path:
    """Run every eval and benchmark on data_dir with `service`; write report.md, report.json and the PNG
    charts into out_dir; return the path of report.md.

    ui=False skips the UI cold start; ingest=False skips the knowledge ingest benchmark; sizes are the corpus
    sizes for the retrieval latency benchmark (the smoke check uses (1000,)); phi_cold_start=True also runs
    evals.phi's own cold-start pair (the same comparison bench_system.cold_starts makes, with memory).
    """
    from evals.bench_system import BackgroundLatency, cold_starts

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


# --- markdown ------------------------------------------------------------------------------------------------
def _table(header: list[str], rows: list[list]) -> list[str]:
    def fmt(v) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.3f}" if abs(v) < 10 else f"{v:.2f}" if abs(v) < 100 else f"{v:.1f}"
        return f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 1_000 else str(v)

    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + \
           ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows] + [""]


def _img(charts_: dict, name: str, alt: str) -> list[str]:
    return [f"![{alt}]({charts_[name]})", ""] if name in charts_ else []


def _ratio(v) -> str:
    return f"{v:.2f}x" if isinstance(v, (int, float)) else "n/a"


def render_markdown(report: dict, charts_: dict[str, str]) -> str:
    """The report dict (and chart file names) -> report.md text. Sections without data are left out."""
    meta = report.get("meta", {})
    h = report.get("headline") or headline(report)
    out = ["# necessity evaluation report", "",
           f"Data: `{meta.get('data_dir', '?')}` · run {meta.get('started', '?')} · "
           f"{meta.get('cpus', '?')} CPUs, Python {meta.get('python', '?')} · "
           f"mode: {'offline + LLM (' + str(meta.get('llm_model')) + ')' if meta.get('llm_configured') else 'offline'}"
           + (f" · total {meta['total_seconds']:.0f} s" if meta.get("total_seconds") is not None else ""), "",
           "Every figure below comes from this one run; speed figures are ratios to a baseline measured in "
           "the same run.", ""]
    if h:
        out += ["## Headline", ""] + _table(["metric", "value"], [[k, h[k]] for k in HEADLINE_KEYS if k in h])

    phi = report.get("phi")
    if phi:
        ours, stock = phi["ours"], phi["stock_presidio"]
        out += ["## Redaction (PHI)", "",
                f"{phi['notes']} notes; ours vs stock Presidio with the same spaCy model.", ""]
        out += _table(["", "ours", "stock Presidio"],
                      [[k, ours[k], stock[k]] for k in ("phi_recall", "keep_retention", "char_precision", "leaked",
                                                        "notes_per_s", "cold_start_s") if k in ours])
        out += _img(charts_, "phi_recall_by_type.png", "PHI recall by type") + \
            _img(charts_, "keep_retention.png", "KEEP retention")
        out += _table(["type", "n", "ours", "stock"],
                      [[t, r["n"], r["recall"], stock["recall_by_type"].get(t, {}).get("recall")]
                       for t, r in ours["recall_by_type"].items()])

    draft = report.get("draft")
    if draft:
        out += ["## Drafted letters and checklist", ""]
        keys = ["checklist_acc", "missing_recall", "false_met", "forbidden_hits", "icd_coverage", "score_coverage",
                "placeholders_left", "unsupported_claims", "mean_pipeline_seconds"]
        out += _table(["metric"] + list(draft), [[k] + [draft[m].get(k) for m in draft] for k in keys])
        if len(draft) > 1:
            outcomes = ", ".join(f"{k}: {v}" for k, v in (report.get("draft_llm_outcomes") or {}).items())
            out += ["Offline and LLM mode side by side (the LLM column is the configured endpoint"
                    + (f"; how its drafts ended: {outcomes}" if outcomes else "") + ").", ""]
            refused = report.get("draft_llm_refused") or []
            if refused:
                out += [f"{len(refused)} case(s) were refused by the outbound PHI guard in LLM mode and are "
                        "counted in the LLM column with their offline draft:"] + [f"- {r}" for r in refused] + [""]
        out += _img(charts_, "draft_modes.png", "Draft quality by mode")
    cbe = report.get("checklist_by_element")
    if cbe:
        out += ["Checklist verdicts per element (offline drafts of this run; the checklist is computed from the "
                "notes before any model writes, so it is the same in LLM mode):", ""]
        out += _img(charts_, "checklist_by_element.png", "Checklist accuracy by element")
        out += _table(["element", "scored", "accuracy", "missing precision", "missing recall"],
                      [[el, r["n"], r["accuracy"], r["missing_precision"], r["missing_recall"]]
                       for el, r in cbe.items() if r["n"]])
    if report.get("draft_text"):
        out += ["<details><summary>Per-case draft table (evals.draft)</summary>", "", "```",
                report["draft_text"], "```", "", "</details>", ""]

    den = report.get("denials")
    if den:
        out += ["## Denial reading", "",
                f"{den['denials']} letters, {den.get('ms_per_denial', '?')} ms each (rule-based, local).", ""]
        out += _table(["metric", "value"], [[k, den[k]] for k in ("reason_set_exact", "micro_f1", "macro_f1",
                                                                  "deadline_acc", "review_level_acc", "expedited_acc")])
        out += _img(charts_, "denial_f1_by_category.png", "Denial-reason F1 by category")
        if den.get("appeals"):
            n = len(den["appeals"])
            out += [f"Appeals drafted for linked cases: {n}; every reason has its own section in "
                    f"{den['appeals_with_every_reason_section']}/{n}; no unsupported claims in "
                    f"{den['appeals_without_unsupported_claims']}/{n}; forbidden hits "
                    f"{sum(a['forbidden_hits'] for a in den['appeals'])}.", ""]

    qa = report.get("qa")
    if qa:
        out += ["## Payer questions", "", f"{qa['questions']} questions, offline extractive answers.", ""]
        cols = ["answer_hit", "support_hit", "cited", "recall@1", "recall@3", "recall@5", "ms_per_question"]
        out += _table(["mode"] + cols, [[m] + [row.get(c) for c in cols] for m, row in qa["modes"].items()])
        out += _img(charts_, "qa_modes.png", "QA hits by retrieval mode")

    out += _speed_section(report, charts_)
    if report.get("stage_seconds"):
        out += ["## Run time by stage", ""] + _table(["stage", "seconds"], [[k, v] for k, v in
                                                                            report["stage_seconds"].items()])
    if report.get("errors"):
        out += ["## Not measured", ""] + [f"- {k}: {v}" for k, v in report["errors"].items()] + [""]
    return "\n".join(out).rstrip() + "\n"


def _speed_section(report: dict, charts_: dict) -> list[str]:
    bench, phi = report.get("bench") or {}, report.get("phi") or {}
    if not bench and not phi:
        return []
    out = ["## Speed and memory against same-run baselines", ""]
    rows = []
    if phi:
        rows.append(["redaction throughput (warm, notes/s)", f"{phi['ours']['notes_per_s']}",
                     f"stock Presidio {phi['stock_presidio']['notes_per_s']}", _ratio(phi.get("throughput_ratio"))])
    over = bench.get("draft_overhead")
    if over:
        rows.append(["draft pipeline s/case, LLM mode vs instant stub (our overhead)", f"{over['llm_pipeline_s']}",
                     f"offline draft {over['offline_pipeline_s']}", _ratio(over.get("pipeline_vs_offline"))])
        rows.append(["draft wall s/case, LLM mode vs instant stub", f"{over['llm_wall_s']}",
                     f"offline draft {over['offline_wall_s']}", _ratio(over.get("wall_vs_offline"))])
    lat = (bench.get("retrieval") or {}).get("latency") or []
    for r in lat[1:]:
        rows.append([f"retrieval p50 at {r['chunks']:,} chunks (ms)", f"{r['p50_ms']}",
                     f"{lat[0]['chunks']:,} chunks {lat[0]['p50_ms']}", _ratio(r["p50_vs_smallest"])])
    cold = bench.get("cold_starts") or {}
    base = cold.get("stock_presidio_one_note") or {}
    for name, row in cold.items():
        if name == "stock_presidio_one_note" or row.get("seconds") is None:
            continue
        rows.append([f"cold start `{name}` (s / peak MB)", f"{row['seconds']} / {row.get('peak_rss_mb')}",
                     f"stock Presidio script {base.get('seconds')} / {base.get('peak_rss_mb')}",
                     f"{_ratio(row.get('seconds_vs_stock_presidio'))} / {_ratio(row.get('rss_vs_stock_presidio'))}"])
    if rows:
        out += _table(["benchmark", "ours", "baseline (same run)", "ratio"], rows)
    ui = cold.get("ui_health")
    if ui and not ui.get("measured"):
        out += [f"UI cold start: not measured ({ui.get('reason')}).", ""]
    out += _img(charts_, "speed_ratios.png", "Speed ratios") + _img(charts_, "retrieval_latency.png",
                                                                       "Retrieval latency")
    if lat:
        out += _table(["chunks", "build s", "p50 ms", "p95 ms", "p50 vs smallest"],
                      [[r["chunks"], r["build_s"], r["p50_ms"], r["p95_ms"], r["p50_vs_smallest"]] for r in lat])
        ret = bench["retrieval"]
        if ret.get("process_seconds") is not None:
            out += [f"Hybrid search (dense + BM25 + rank fusion, k=5, 60 queries per size) over throwaway indexes "
                    f"of the shipped sections with word substitutions and random vectors "
                    f"(evals.bench_retrieval); built under `{ret.get('index_scratch')}`, in its own process "
                    f"alongside the quality evals: {ret['process_seconds']} s, peak {ret.get('process_peak_rss_mb')} "
                    f"MB.", ""]
    ing = (bench.get("retrieval") or {}).get("ingest")
    if ing:
        out += [f"Knowledge ingest: {ing['sections']} sections in {ing['full_ingest_s']} s; re-ingest after one "
                f"document changed {ing['reingest_one_doc_s']} s ({_ratio(ing['reingest_vs_full'])} of a full "
                f"ingest, {ing['reembedded_sections']} sections embedded).", ""]
    out += _img(charts_, "draft_overhead.png", "Draft overhead") + _img(charts_, "cold_start_memory.png",
                                                                          "Cold start and memory")
    if over:
        out += [f"The stub answers each request at once with a valid letter (the case's own offline letter), so "
                f"LLM mode's time is our own: {over['model_calls_per_case']} model calls per case, "
                f"{over['llm_model_s']} s/case in round trips (subtracted from pipeline time); means over the "
                f"{over.get('timed_cases', over['cases'])}/{over['cases']} cases that were sent, "
                f"{over['llm_mode_cases']} of them finished in LLM mode.", ""]
        for case_id, err in (over.get("llm_refused") or {}).items():
            out.append(f"- LLM mode refused for case {case_id}: {err}")
        if over.get("llm_refused"):
            out.append("")
    if cold:
        out += ["Cold start: wall time of a fresh process until it exits (`python -m assistant redact` on a short "
                "note; `python -m assistant ask` offline on a built index; the UI: `python -m assistant ui` until "
                "`/_stcore/health` answers 200, before any browser session runs the app). Peak memory: max RSS of "
                "the process and the children it reaped (os.wait4 in a tiny launcher; for the UI, VmHWM of the CLI "
                "and the Streamlit server at that moment). Baselines: a bare interpreter and a script that loads "
                "stock Presidio and redacts the same note. Measured first, before the background benchmark "
                "starts.", ""]
    return out


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
