"""The evaluation report as Markdown: headline tables, per-area sections and the speed section, from report.json."""

from __future__ import annotations

from evals.headline import HEADLINE_KEYS, headline

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
                      [[k, ours[k], stock[k]] for k in ("phi_recall", "keep_retention", "char_precision", "notes_leak_rate", "leaked",
                                                        "notes_per_s", "cold_start_s") if k in ours])
        out += _img(charts_, "phi_recall_by_type.png", "PHI recall by type") + \
            _img(charts_, "keep_retention.png", "KEEP retention")
        out += _table(["type", "n", "ours", "stock"],
                      [[t, r["n"], r["recall"], stock["recall_by_type"].get(t, {}).get("recall")]
                       for t, r in ours["recall_by_type"].items()])

    draft = report.get("draft")
    if draft:
        out += ["## Drafted letters and checklist", ""]
        keys = ["checklist_acc", "missing_recall", "missing_precision", "false_met", "false_met_rate", "forbidden_hits",
                "icd_coverage", "score_coverage", "placeholders_left", "unsupported_claims", "empty_section_letters",
                "markup_letters", "mean_pipeline_seconds"]
        out += _table(["metric"] + list(draft), [[k] + [draft[m].get(k) for m in draft] for k in keys])
        if len(draft) > 1:
            outcomes = ", ".join(f"{k}: {v}" for k, v in (report.get("draft_llm_outcomes") or {}).items())
            out += ["Offline and LLM mode side by side (the LLM column is the configured endpoint"
                    + (f"; how its drafts ended: {outcomes}" if outcomes else "") + ").", ""]
            try:  # defect classes, model seconds, fallbacks and the model's checklist reading, per mode
                from evals.draft import format_side_by_side
                out += [format_side_by_side(draft), ""]
            except (KeyError, TypeError) as exc:
                out += [f"(side-by-side table unavailable: {exc})", ""]
            refused = report.get("draft_llm_refused") or []
            if refused:
                out += [f"{len(refused)} case(s) were refused by the outbound PHI guard in LLM mode and are "
                        "counted in the LLM column with their offline draft:"] + [f"- {r}" for r in refused] + [""]
        out += _img(charts_, "draft_modes.png", "Draft quality by mode")
    cbe = report.get("checklist_by_element")
    if cbe:
        out += ["Checklist verdicts per element (offline drafts of this run; the checklist is computed from the "
                "notes before any model writes; in LLM mode the model's checked reading can add met elements, counted "
                "in the side-by-side table):", ""]
        out += _img(charts_, "checklist_by_element.png", "Checklist accuracy by element")
        out += _table(["element", "scored", "accuracy", "missing precision", "missing recall"],
                      [[el, r["n"], r["accuracy"], r["missing_precision"], r["missing_recall"]]
                       for el, r in cbe.items() if r["n"]])
    if report.get("draft_text"):
        out += ["<details><summary>Per-case draft table (evals.draft)</summary>", "", "```",
                report["draft_text"], "```", "", "</details>", ""]

    out += _check_section(report)
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


def _check_section(report: dict) -> list[str]:
    chk = report.get("check")
    if not chk:
        return []
    f, c = chk["findings"], chk["checklist"]
    out = ["## Documentation audit (necessity check)", "",
           f"{chk['cases']} cases, {chk['notes']} notes; a finding matches gold on rule + note; "
           f"{chk['seconds_per_case_warm']} s per case warm.", ""]
    out += _table(["severity", "tp", "fp", "fn", "precision", "recall"],
                  [[k, r["tp"], r["fp"], r["fn"], r["precision"], r["recall"]]
                   for k, r in list(f["per_severity"].items()) + [("overall", f["overall"])]])
    out += [f"Checklist on the same cases: accuracy {c['checklist_acc']}, missing recall {c['missing_recall']}, "
            f"missing precision {c['missing_precision']}, false-met {c['false_met']}.", ""]
    batch = (report.get("bench") or {}).get("check_batch")
    if batch:
        out += [f"`necessity check --batch` in a fresh process: {batch['notes']} notes in {batch['seconds']} s.", ""]
    out += ["<details><summary>Per rule</summary>", ""]
    out += _table(["rule", "tp", "fp", "fn", "precision", "recall"],
                  [[k, r["tp"], r["fp"], r["fn"], r["precision"], r["recall"]] for k, r in f["per_rule"].items()])
    return out + ["</details>", ""]
