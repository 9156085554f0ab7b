"""PNG charts for the evaluation report: one small function per chart, each (report dict, path) -> path.

Every function reads only the report dict written by evals.report.run_all, so the charts can be redrawn
from report.json without running anything again. A chart whose data is absent from the report draws a
labelled empty panel rather than failing.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

OURS, BASE, THIRD, FOURTH = "#2b6cb0", "#a0aec0", "#dd6b20", "#38a169"


def _save(fig, path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _empty(path, title: str, why: str) -> Path:
    fig, ax = plt.subplots(figsize=(6, 2.2))
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.45, why, ha="center", va="center", fontsize=10, color="#555")
    return _save(fig, path)


def _label_bars(ax, bars, fmt="{:.2f}", size=7):
    for b in bars:
        h = b.get_height()
        ax.annotate(fmt.format(h), (b.get_x() + b.get_width() / 2, h), ha="center", va="bottom", fontsize=size,
                    xytext=(0, 1), textcoords="offset points")


def phi_recall_by_type(report: dict, path) -> Path:
    """Grouped bars: recall per PHI type, ours vs stock Presidio (n per type under the label)."""
    phi = report.get("phi")
    if not phi:
        return _empty(path, "PHI recall by type", "not measured in this run")
    ours, stock = phi["ours"]["recall_by_type"], phi["stock_presidio"]["recall_by_type"]
    types = list(ours)
    x = range(len(types))
    fig, ax = plt.subplots(figsize=(max(6, 0.7 * len(types) + 2), 3.8))
    w = 0.4
    b1 = ax.bar([i - w / 2 for i in x], [ours[t]["recall"] for t in types], w, color=OURS,
                label=f"ours (overall {phi['ours']['phi_recall']:.3f})")
    b2 = ax.bar([i + w / 2 for i in x], [stock.get(t, {}).get("recall", 0) for t in types], w, color=BASE,
                label=f"stock Presidio (overall {phi['stock_presidio']['phi_recall']:.3f})")
    _label_bars(ax, b1, "{:.2f}", 6)
    _label_bars(ax, b2, "{:.2f}", 6)
    ax.set_xticks(list(x), [f"{t}\nn={ours[t]['n']}" for t in types], rotation=45, ha="right", fontsize=7)
    ax.set_ylim(0, 1.3)
    ax.set_ylabel("recall (span >= 90% covered)")
    ax.set_title(f"PHI recall by type on {phi['notes']} notes")
    ax.legend(fontsize=8, loc="upper center", ncol=2, frameon=False)
    return _save(fig, path)


def keep_retention(report: dict, path) -> Path:
    """Bars: KEEP retention and character precision, ours vs stock Presidio."""
    phi = report.get("phi")
    if not phi:
        return _empty(path, "KEEP retention", "not measured in this run")
    metrics = [("keep_retention", "KEEP retention\n(clinical facts kept)"), ("char_precision", "character precision"),
               ("phi_recall", "PHI recall")]
    fig, ax = plt.subplots(figsize=(6, 3.4))
    w = 0.38
    x = range(len(metrics))
    b1 = ax.bar([i - w / 2 for i in x], [phi["ours"][m] for m, _ in metrics], w, color=OURS, label="ours")
    b2 = ax.bar([i + w / 2 for i in x], [phi["stock_presidio"][m] for m, _ in metrics], w, color=BASE,
                label="stock Presidio")
    _label_bars(ax, b1, "{:.3f}")
    _label_bars(ax, b2, "{:.3f}")
    ax.set_xticks(list(x), [label for _, label in metrics], fontsize=8)
    ax.set_ylim(0, 1.15)
    ax.set_title("What redaction keeps and what it hits")
    ax.legend(fontsize=8, loc="lower right")
    return _save(fig, path)


def checklist_by_element(report: dict, path) -> Path:
    """Horizontal bars: checklist accuracy per element over the scored (met + missing) gold labels."""
    rows = report.get("checklist_by_element") or {}
    rows = {k: v for k, v in rows.items() if v.get("n")}
    if not rows:
        return _empty(path, "Checklist accuracy by element", "no scored checklist elements in this run")
    names = list(rows)
    fig, ax = plt.subplots(figsize=(6.5, 0.32 * len(names) + 1.4))
    acc = [rows[n]["accuracy"] for n in names]
    colors = [OURS if a >= 0.999 else THIRD for a in acc]
    bars = ax.barh(range(len(names)), acc, color=colors)
    for i, (b, n) in enumerate(zip(bars, names)):
        ax.text(b.get_width() + 0.01, i, f"{rows[n]['correct']}/{rows[n]['n']}", va="center", fontsize=7)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.set_xlabel("accuracy (met / missing as labelled)")
    ax.set_title("Checklist accuracy by element")
    return _save(fig, path)


def denial_f1_by_category(report: dict, path) -> Path:
    """Horizontal bars: denial-reason F1 per category present in the gold labels."""
    den = report.get("denials")
    if not den or not den.get("f1_by_category"):
        return _empty(path, "Denial-reason F1 by category", "not measured in this run")
    f1 = den["f1_by_category"]
    names = list(f1)
    fig, ax = plt.subplots(figsize=(6.5, 0.34 * len(names) + 1.5))
    bars = ax.barh(range(len(names)), [f1[n] for n in names], color=[OURS if f1[n] >= 0.999 else THIRD for n in names])
    for i, b in enumerate(bars):
        ax.text(b.get_width() + 0.01, i, f"{b.get_width():.2f}", va="center", fontsize=7)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.set_title(f"Denial-reason F1 on {den['denials']} letters (micro {den['micro_f1']:.3f}, "
                 f"macro {den['macro_f1']:.3f})", fontsize=10)
    return _save(fig, path)


def qa_modes(report: dict, path) -> Path:
    """Grouped bars: answer_hit, support_hit, cited and recall@k for hybrid, dense-only and BM25-only."""
    qa = report.get("qa")
    if not qa:
        return _empty(path, "Payer questions by retrieval mode", "not measured in this run")
    metrics = [m for m in ("answer_hit", "support_hit", "cited", "recall@1", "recall@3", "recall@5")
               if m in next(iter(qa["modes"].values()))]
    modes = list(qa["modes"])
    colors = [OURS, THIRD, BASE, FOURTH]
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    w = 0.8 / len(modes)
    for j, mode in enumerate(modes):
        bars = ax.bar([i + (j - (len(modes) - 1) / 2) * w for i in range(len(metrics))],
                      [qa["modes"][mode][m] for m in metrics], w, label=mode, color=colors[j % len(colors)])
        _label_bars(ax, bars, "{:.2f}", 6)
    ax.set_xticks(range(len(metrics)), metrics, fontsize=8)
    ax.set_ylim(0, 1.3)
    ax.set_title(f"Payer questions ({qa['questions']}): hybrid vs dense-only vs BM25-only")
    ax.legend(fontsize=8, loc="upper center", ncol=len(modes), frameon=False)
    return _save(fig, path)


def draft_modes(report: dict, path) -> Path:
    """Grouped bars: draft quality per mode (offline, and LLM beside it when an endpoint was configured)."""
    draft = report.get("draft")
    if not draft:
        return _empty(path, "Drafted letters", "not measured in this run")
    metrics = ["checklist_acc", "missing_recall", "icd_coverage", "score_coverage"]
    modes = list(draft)
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    w = 0.8 / len(modes)
    for j, mode in enumerate(modes):
        bars = ax.bar([i + (j - (len(modes) - 1) / 2) * w for i in range(len(metrics))],
                      [draft[mode][m] for m in metrics], w, color=[OURS, THIRD][j % 2],
                      label=f"{mode} (forbidden hits {draft[mode]['forbidden_hits']})")
        _label_bars(ax, bars, "{:.2f}", 7)
    ax.set_xticks(range(len(metrics)), metrics, fontsize=8)
    ax.set_ylim(0, 1.3)
    ax.set_title(f"Drafted letters ({next(iter(draft.values()))['cases']} cases)" +
                 (": offline vs LLM" if len(modes) > 1 else ": offline"))
    ax.legend(fontsize=8, loc="upper center", ncol=len(modes), frameon=False)
    return _save(fig, path)


def retrieval_latency(report: dict, path) -> Path:
    """Lines on log axes: hybrid query p50 / p95 (ms) against index size, with the growth factor."""
    rows = ((report.get("bench") or {}).get("retrieval") or {}).get("latency") or []
    if not rows:
        return _empty(path, "Retrieval latency", "not measured in this run")
    n = [r["chunks"] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot(n, [r["p50_ms"] for r in rows], "o-", color=OURS, label="p50")
    ax.plot(n, [r["p95_ms"] for r in rows], "s--", color=THIRD, label="p95")
    for r in rows:
        ax.annotate(f"{r['p50_ms']:.1f} ms (x{r['p50_vs_smallest']})", (r["chunks"], r["p50_ms"]), fontsize=7,
                    xytext=(4, -10), textcoords="offset points")
    if len(rows) > 1:
        from matplotlib.ticker import FuncFormatter, NullFormatter

        ax.set_xscale("log")
        ax.set_yscale("log")
        values = [r[k] for r in rows for k in ("p50_ms", "p95_ms") if r[k] > 0]
        ticks = [t for t in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
                 if min(values) / 1.6 <= t <= max(values) * 1.6]
        ax.set_yticks(ticks)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xticks(n, [f"{c:,}" for c in n])
    ax.set_xlabel("chunks in the index")
    ax.set_ylabel("hybrid query latency, ms")
    ax.set_title("Retrieval latency as the index grows (k=5)")
    ax.legend(fontsize=8)
    return _save(fig, path)


def speed_ratios(report: dict, path) -> Path:
    """Bars: the cost of each speed benchmark relative to its same-run baseline (1.0 = same, >1 = slower)."""
    bench = report.get("bench") or {}
    phi = report.get("phi") or {}
    items = []
    if phi.get("throughput_ratio"):
        items.append(("redaction time per note\nours / stock Presidio", round(1 / phi["throughput_ratio"], 2)))
    over = bench.get("draft_overhead") or {}
    if over.get("pipeline_vs_offline"):
        items.append(("draft pipeline, LLM mode + instant stub\n/ offline draft", over["pipeline_vs_offline"]))
    if over.get("wall_vs_offline"):
        items.append(("draft wall time, LLM mode + instant stub\n/ offline draft", over["wall_vs_offline"]))
    for name, row in (bench.get("cold_starts") or {}).items():
        if row.get("seconds_vs_stock_presidio") and name != "stock_presidio_one_note":
            items.append((f"cold start {name}\n/ stock Presidio script", row["seconds_vs_stock_presidio"]))
    rows = ((bench.get("retrieval") or {}).get("latency")) or []
    for r in rows[1:]:
        items.append((f"retrieval p50 at {r['chunks']:,} chunks\n/ at {rows[0]['chunks']:,}", r["p50_vs_smallest"]))
    if not items:
        return _empty(path, "Speed against baselines", "not measured in this run")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(items) + 1.4))
    bars = ax.barh(range(len(items)), [v for _, v in items], color=[THIRD if v > 1 else OURS for _, v in items])
    for i, b in enumerate(bars):
        ax.text(b.get_width(), i, f" {b.get_width():.2f}x", va="center", fontsize=7)
    ax.axvline(1.0, color="#444", lw=0.8, ls=":")
    ax.set_yticks(range(len(items)), [k for k, _ in items], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, max(v for _, v in items) * 1.2)
    ax.set_title("Time relative to the same-run baseline (1.0 = same; >1 = slower)", fontsize=10)
    return _save(fig, path)


def cold_start_memory(report: dict, path) -> Path:
    """Two panels: cold-start seconds and peak memory (MB) of each fresh process, baselines in grey."""
    rows = (report.get("bench") or {}).get("cold_starts") or {}
    rows = {k: v for k, v in rows.items() if v.get("seconds") is not None}
    if not rows:
        return _empty(path, "Cold start and peak memory", "not measured in this run")
    names = list(rows)
    colors = [BASE if n in ("python_bare", "stock_presidio_one_note") else OURS for n in names]
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(9, 0.45 * len(names) + 1.6), sharey=True)
    b1 = a1.barh(range(len(names)), [rows[n]["seconds"] for n in names], color=colors)
    b2 = a2.barh(range(len(names)), [rows[n].get("peak_rss_mb") or 0 for n in names], color=colors)
    for i, b in enumerate(b1):
        a1.text(b.get_width(), i, f" {b.get_width():.2f} s", va="center", fontsize=7)
    for i, b in enumerate(b2):
        a2.text(b.get_width(), i, f" {b.get_width():.0f} MB", va="center", fontsize=7)
    a1.set_yticks(range(len(names)), names, fontsize=8)
    a1.invert_yaxis()
    a1.set_xlabel("seconds to done (UI: to health 200)")
    a2.set_xlabel("peak resident memory, MB")
    a1.set_xlim(0, max(b.get_width() for b in b1) * 1.3)
    a2.set_xlim(0, max(b.get_width() for b in b2) * 1.3 or 1)
    fig.suptitle("Cold start and peak memory of fresh processes (grey: baselines)", fontsize=10)
    return _save(fig, path)


def draft_overhead(report: dict, path) -> Path:
    """Stacked bars: mean seconds per case, offline vs LLM mode against an instant stub (ours vs model share)."""
    over = (report.get("bench") or {}).get("draft_overhead")
    if not over or not over.get("timed_cases", over.get("cases")):
        return _empty(path, "Draft pipeline overhead", "not measured in this run")
    fig, ax = plt.subplots(figsize=(7.5, 3.0))
    labels = ["offline draft", "LLM mode,\ninstant stub"]
    ours = [over["offline_pipeline_s"], over["llm_pipeline_s"]]
    model = [0.0, over["llm_model_s"]]
    ax.barh(labels, ours, color=OURS, label="our pipeline (Draft.pipeline_seconds)")
    ax.barh(labels, model, left=ours, color=THIRD, label="model round trips")
    for i, (o, m) in enumerate(zip(ours, model)):
        ax.text(o + m, i, f" {o + m:.2f} s", va="center", fontsize=8)
    ax.set_xlabel(f"mean seconds per case ({over.get('timed_cases', over['cases'])} cases, "
                  f"{over['model_calls_per_case']} model calls each)")
    ax.set_xlim(0, max(o + m for o, m in zip(ours, model)) * 1.25)
    ax.set_ylim(-0.6, 2.1)
    ax.set_title("Draft pipeline: our own time with a model that answers instantly", fontsize=10)
    ax.legend(fontsize=7, loc="upper center", ncol=2, frameon=False)
    return _save(fig, path)


CHARTS = {
    "phi_recall_by_type.png": phi_recall_by_type,
    "keep_retention.png": keep_retention,
    "checklist_by_element.png": checklist_by_element,
    "denial_f1_by_category.png": denial_f1_by_category,
    "qa_modes.png": qa_modes,
    "draft_modes.png": draft_modes,
    "retrieval_latency.png": retrieval_latency,
    "speed_ratios.png": speed_ratios,
    "cold_start_memory.png": cold_start_memory,
    "draft_overhead.png": draft_overhead,
}


def draw_all(report: dict, out_dir) -> dict[str, Path]:
    """Every chart into out_dir -> {file name: path}."""
    return {name: fn(report, Path(out_dir) / name) for name, fn in CHARTS.items()}
