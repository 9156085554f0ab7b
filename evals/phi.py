"""PHI evaluation: recall by type, KEEP retention, character precision and speed, ours vs stock Presidio."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

CATCH = 0.9  # a gold span counts as caught when 90% of its non-space characters are covered


def load_notes(data_dir: str | Path) -> list[dict]:
    """DIR/phi_notes.jsonl -> annotated notes."""
    path = Path(data_dir) / "phi_notes.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path} not found: --data must name a folder holding phi_notes.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(notes: list[dict], predicted: dict[str, list[tuple[int, int]]]) -> dict:
    """Gold notes and predicted (start, end) spans per note id -> recall by type, KEEP retention, precision."""
    by_type: dict[str, list[int]] = {}
    keep_total = keep_kept = pred_chars = pred_in = 0
    leaked = []
    notes_leaking = 0
    for note in notes:
        text = note["text"]
        covered = bytearray(len(text))
        for s, e in predicted.get(note["id"], []):
            covered[max(0, s):min(len(text), e)] = b"\x01" * (min(len(text), e) - max(0, s))
        gold = bytearray(len(text))
        for sp in note["phi"]:
            gold[sp["start"]:sp["end"]] = b"\x01" * (sp["end"] - sp["start"])
            chars = [k for k in range(sp["start"], sp["end"]) if not text[k].isspace()]
            frac = sum(covered[k] for k in chars) / len(chars) if chars else 1.0
            tally = by_type.setdefault(sp["type"], [0, 0])
            tally[0] += 1
            if frac >= CATCH:
                tally[1] += 1
            else:
                leaked.append({"id": note["id"], "type": sp["type"]})
        notes_leaking += bool(leaked) and leaked[-1]["id"] == note["id"]
        for sp in note.get("keep", []):
            keep_total += 1
            keep_kept += not any(covered[sp["start"]:sp["end"]])
        for k, ch in enumerate(text):
            if covered[k] and not ch.isspace():
                pred_chars += 1
                pred_in += gold[k]
    total = sum(v[0] for v in by_type.values())
    caught = sum(v[1] for v in by_type.values())
    return {
        "phi_recall": round(caught / total, 4) if total else 1.0,
        "recall_by_type": {t: {"n": v[0], "recall": round(v[1] / v[0], 4)} for t, v in sorted(by_type.items())},
        "keep_retention": round(keep_kept / keep_total, 4) if keep_total else 1.0,
        "char_precision": round(pred_in / pred_chars, 4) if pred_chars else 0.0,
        "leaked": len(leaked),
        # share of notes with at least one leaked span: what a reader of the redacted notes could still find
        "notes_leak_rate": round(notes_leaking / len(notes), 4) if notes else 0.0,
    }


def _timed_predictions(find, notes: list[dict]) -> tuple[dict, float]:
    started = time.perf_counter()
    predicted = {n["id"]: [(s.start, s.end) for s in find(n["text"])] for n in notes}
    return predicted, time.perf_counter() - started


def _cold_start(code: str) -> float:
    """Seconds for a fresh Python process to import, load and handle one short note."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return round(time.perf_counter() - started, 3)


_OURS_COLD = ("from assistant.service import build_service\n"
              "build_service().redact(['Client: Ana Diaz, DOB 3/4/1990, PHQ-9 = 12.'])")
_STOCK_COLD = ("from assistant.service import stock_presidio\n"
               "stock_presidio().find('Client: Ana Diaz, DOB 3/4/1990, PHQ-9 = 12.')")


def run_phi_eval(data_dir: str | Path, service, cold_start: bool = True) -> dict:
    """Evaluate our redaction and stock Presidio (same spaCy model) on DIR/phi_notes.jsonl in one run."""
    from assistant.service import stock_presidio

    notes = load_notes(data_dir)
    stock = stock_presidio(service.settings.spacy_model)
    service.phi_spans("warm up")
    stock.find("warm up")
    ours_pred, ours_s = _timed_predictions(service.phi_spans, notes)
    stock_pred, stock_s = _timed_predictions(stock.find, notes)
    report = {"notes": len(notes), "ours": score(notes, ours_pred), "stock_presidio": score(notes, stock_pred)}
    report["ours"]["notes_per_s"] = round(len(notes) / ours_s, 2)
    report["stock_presidio"]["notes_per_s"] = round(len(notes) / stock_s, 2)
    report["throughput_ratio"] = round(stock_s / ours_s, 3)
    if cold_start:
        report["ours"]["cold_start_s"] = _cold_start(_OURS_COLD)
        report["stock_presidio"]["cold_start_s"] = _cold_start(_STOCK_COLD)
    return report


def format_phi_report(report: dict) -> str:
    """The eval report -> a plain-text table."""
    ours, stock = report["ours"], report["stock_presidio"]
    lines = [f"PHI evaluation on {report['notes']} notes (ours vs stock Presidio, same spaCy model)", "",
             f"{'type':<22}{'n':>5}{'ours':>8}{'stock':>8}"]
    for kind, row in ours["recall_by_type"].items():
        lines.append(f"{kind:<22}{row['n']:>5}{row['recall']:>8.3f}{stock['recall_by_type'][kind]['recall']:>8.3f}")
    lines += ["",
              f"{'phi_recall':<27}{ours['phi_recall']:>8.3f}{stock['phi_recall']:>8.3f}",
              f"{'keep_retention':<27}{ours['keep_retention']:>8.3f}{stock['keep_retention']:>8.3f}",
              f"{'char_precision':<27}{ours['char_precision']:>8.3f}{stock['char_precision']:>8.3f}",
              f"{'notes_leak_rate':<27}{ours['notes_leak_rate']:>8.3f}{stock['notes_leak_rate']:>8.3f}",
              f"{'warm notes/s':<27}{ours['notes_per_s']:>8.1f}{stock['notes_per_s']:>8.1f}",
              f"throughput ratio (ours / stock): {report['throughput_ratio']:.2f}"]
    if "cold_start_s" in ours:
        lines.append(f"{'cold start, s':<27}{ours['cold_start_s']:>8.2f}{stock['cold_start_s']:>8.2f}")
    lines.append(f"phi_recall={ours['phi_recall']:.3f} keep_retention={ours['keep_retention']:.3f} "
                 f"char_precision={ours['char_precision']:.3f} notes_leak_rate={ours['notes_leak_rate']:.3f}")
    return "\n".join(lines)
