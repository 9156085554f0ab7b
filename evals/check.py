"""Documentation-audit eval: run `check` on every case of DIR/check_cases.jsonl and score it.

    python -m evals.check DIR_OR_CASES.jsonl [--json] [--misses]

Findings: a predicted finding matches a gold one on rule + note_index; precision and recall per severity,
per rule and overall (micro). Checklist: scored as the draft checklist is (evals/draft.py): accuracy over
the gold met + missing elements, recall and precision of "missing", and false-met (gold missing, said met).
Speed: seconds per case, warm (the first case, which loads the PHI detector, is left out of the mean).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from assistant.errors import InputError
from assistant.service import audit_severities, checklist_elements


def load_cases(data: str | Path) -> list[dict]:
    """DIR (holding check_cases.jsonl) or a .jsonl file -> the case objects."""
    path = Path(data)
    path = path / "check_cases.jsonl" if path.is_dir() else path
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if (p is not None and r is not None) else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": _round(p), "recall": _round(r), "f1": _round(f1)}


def _round(x):
    return round(x, 3) if isinstance(x, float) else x


def score_findings(cases: list[dict], predicted: dict[str, list[dict]], severity_of: dict[str, str]) -> dict:
    """Gold cases and {case id: predicted findings} -> overall, per-severity and per-rule P/R/F1, and the misses."""
    counts: dict[str, dict[str, int]] = {}
    misses = []
    for case in cases:
        gold = {(f["rule"], int(f["note_index"])) for f in case.get("findings", [])}
        got = {(f["rule"], int(f["note_index"])) for f in predicted.get(case["id"], [])}
        for key, kind in [(k, "tp") for k in gold & got] + [(k, "fp") for k in got - gold] + [(k, "fn") for k in gold - got]:
            counts.setdefault(key[0], {"tp": 0, "fp": 0, "fn": 0})[kind] += 1
            if kind != "tp":
                misses.append({"id": case["id"], "rule": key[0], "note_index": key[1], "kind": kind})
    per_rule = {rule: _prf(**c) for rule, c in sorted(counts.items())}
    per_severity = {}
    for sev in audit_severities():
        tot = {k: sum(c[k] for r, c in counts.items() if severity_of.get(r) == sev) for k in ("tp", "fp", "fn")}
        per_severity[sev] = _prf(**tot)
    overall = _prf(**{k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")})
    return {"overall": overall, "per_severity": per_severity, "per_rule": per_rule, "misses": misses}


def score_checklist(cases: list[dict], verdicts: dict[str, dict[str, str]]) -> dict:
    """Gold checklists and {case id: {element: status}} -> accuracy, missing recall/precision, false-met."""
    scored = correct = missing = missing_ok = said_missing = false_met = 0
    for case in cases:
        got = verdicts.get(case["id"], {})
        for el in checklist_elements():
            gold, pred = (case.get("checklist") or {}).get(el), got.get(el)
            if gold in ("met", "missing"):
                scored += 1
                correct += pred == gold
            if gold == "missing":
                missing += 1
                missing_ok += pred == "missing"
                false_met += pred == "met"
            if pred == "missing" and gold in ("met", "missing"):
                said_missing += 1
    return {"scored": scored, "checklist_acc": _round(correct / scored) if scored else None,
            "missing_recall": _round(missing_ok / missing) if missing else None,
            "missing_precision": _round(missing_ok / said_missing) if said_missing else None, "false_met": false_met}


def run_check_eval(data_dir, service) -> dict:
    """Check every case in DIR/check_cases.jsonl through the service -> the report dict."""
    cases = load_cases(data_dir)
    severity_of = {r.id: r.severity for r in service.audit_rules()}
    predicted, verdicts, seconds, failed = {}, {}, [], {}
    for case in cases:
        try:
            result = service.check(case["notes"], payer=case.get("payer") or "", level_of_care=case.get("level_of_care") or "",
                                   codes=case.get("codes") or [], letter_type=case.get("letter_type") or "")
        except InputError as exc:  # one bad case (an unknown letter type) is reported and scored as found nothing
            failed[case["id"]] = str(exc)
            predicted[case["id"]], verdicts[case["id"]] = [], {}
            continue
        predicted[case["id"]] = [f.line() for f in result.findings]
        verdicts[case["id"]] = {c.element: c.status for c in result.checklist}
        seconds.append(result.seconds)
    findings = score_findings(cases, predicted, severity_of)
    warm = seconds[1:] or seconds
    notes = sum(len(c["notes"]) for c in cases)
    return {"cases": len(cases), "notes": notes, "findings": findings,
            "checklist": score_checklist(cases, verdicts),
            "seconds_per_case_warm": round(statistics.mean(warm), 3) if warm else None,
            "seconds_per_case_max": round(max(warm), 3) if warm else None,
            "first_case_seconds": round(seconds[0], 3) if seconds else None,
            "predicted": predicted, "failed": failed}


def batch_benchmark(data_dir, notes: int = 100, data_home: str | None = None) -> dict:
    """`necessity check --batch` in a fresh process on >= `notes` notes (the cases repeated) -> wall seconds.

    Includes the process's cold start (Python, the PHI detector): what a biller waits for a month of notes.
    """
    import os
    import subprocess
    import tempfile
    import time

    cases = load_cases(data_dir)
    lines, count = [], 0
    while count < notes:
        for case in cases:
            lines.append(json.dumps({k: v for k, v in case.items() if k not in ("findings", "checklist", "annotation")}
                                    | {"id": f"{case['id']}-{len(lines)}"}))
            count += len(case["notes"])
            if count >= notes:
                break
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="necessity-check-bench-") as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        env = dict(os.environ, NECESSITY_DATA_DIR=data_home or str(Path(tmp) / "data"))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "assistant", "check", "--batch", str(src), "--out", str(out),
                               "--json"], capture_output=True, text=True, env=env, cwd=str(root), timeout=900)
        seconds = time.perf_counter() - started
        written = sum(1 for _ in out.open(encoding="utf-8")) if out.is_file() else 0
    if done.returncode != 0:
        raise RuntimeError(f"check --batch failed: {done.stderr[-300:]}")
    return {"notes": count, "cases": len(lines), "written": written, "seconds": round(seconds, 1),
            "seconds_per_note": round(seconds / count, 3)}


def summary_line(report: dict) -> str:
    f, c, sev = report["findings"]["overall"], report["checklist"], report["findings"]["per_severity"]
    parts = [f"finding_precision={f['precision']} finding_recall={f['recall']}"]
    parts += [f"{s}_p={v['precision']} {s}_r={v['recall']}" for s, v in sev.items()]
    parts.append(f"checklist_acc={c['checklist_acc']} missing_precision={c['missing_precision']} "
                 f"missing_recall={c['missing_recall']} false_met={c['false_met']}")
    return " ".join(parts)


def format_check_report(report: dict, misses: bool = True) -> str:
    """The report as text tables; ends with the summary line."""
    f = report["findings"]
    lines = [f"cases: {report['cases']}  notes: {report['notes']}  seconds/case warm: "
             f"{report['seconds_per_case_warm']} (max {report['seconds_per_case_max']})", "",
             "%-40s %5s %4s %4s %9s %7s" % ("severity / rule", "tp", "fp", "fn", "precision", "recall")]
    rows = list(f["per_severity"].items()) + [("overall", f["overall"]), ("", None)] + list(f["per_rule"].items())
    for name, r in rows:
        if r is None:
            lines.append("")
            continue
        lines.append("%-40s %5d %4d %4d %9s %7s" % (name, r["tp"], r["fp"], r["fn"], r["precision"], r["recall"]))
    c = report["checklist"]
    if report.get("batch_100_notes"):
        b = report["batch_100_notes"]
        lines += ["", f"check --batch, fresh process: {b['notes']} notes in {b['seconds']} s ({b['seconds_per_note']} s/note)"]
    lines += ["", f"checklist: accuracy {c['checklist_acc']} over {c['scored']} gold verdicts, missing recall "
              f"{c['missing_recall']}, missing precision {c['missing_precision']}, false-met {c['false_met']}"]
    if report.get("failed"):
        lines += ["", "cases not checked (scored as finding nothing):"]
        lines += [f"  {case_id}: {why}" for case_id, why in report["failed"].items()]
    if misses and f["misses"]:
        lines += ["", "misses (fp = flagged but not in gold, fn = in gold but not flagged):"]
        lines += [f"  {m['kind']}  {m['id']}  note {m['note_index']}  {m['rule']}" for m in f["misses"]]
    lines.append(summary_line(report))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="eval folder holding check_cases.jsonl, or a .jsonl file")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--bench", action="store_true", help="also time `necessity check --batch` on 100 notes")
    args = ap.parse_args(argv)
    from assistant.service import build_service

    report = run_check_eval(args.data, build_service())
    if args.bench:
        report["batch_100_notes"] = batch_benchmark(args.data)
    print(json.dumps(report, indent=2) if args.json else format_check_report(report))


if __name__ == "__main__":
    sys.exit(main())
