"""Run the checklist (LetterService.checklist) on eval cases and report accuracy against the gold verdicts.

    python evals/checklist_dev_check.py CASES.jsonl [--scorer PATH/score_cases.py] [--verbose]

Prints per-element accuracy, missing recall and false-met counts; when the scorer is found (by default
score_cases.py in the parent folder of CASES.jsonl) it also prints the scorer's own summary line.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.records import LetterRequest  # noqa: E402
from assistant.service import build_service, checklist_elements  # noqa: E402

ELEMENTS = checklist_elements()


def predict(service, case: dict) -> dict:
    """One gold case -> a scorer prediction line with an empty letter."""
    items = service.checklist(LetterRequest(letter_type=case["letter_type"], payer=case.get("payer", ""),
                                            level_of_care=case["level_of_care"], notes=tuple(case["notes"])))
    checklist = [{"element": i.element, "status": i.status, "evidence": i.evidence, "in_letter": False} for i in items]
    return {"id": case["id"], "mode": "offline", "letter": "", "checklist": checklist, "unsupported_claims": [], "citations": []}


def tally(cases: list[dict], preds: list[dict], verbose: bool) -> None:
    """Print per-element accuracy, missing recall and false-met counts."""
    ok, scored, miss, miss_ok, false_met = Counter(), Counter(), Counter(), Counter(), Counter()
    for case, pred in zip(cases, preds):
        got = {c["element"]: c["status"] for c in pred["checklist"]}
        for el in ELEMENTS:
            gold = case["checklist"].get(el)
            if gold not in ("met", "missing"):
                continue
            scored[el] += 1
            ok[el] += got[el] == gold
            miss[el] += gold == "missing"
            miss_ok[el] += gold == "missing" and got[el] == "missing"
            false_met[el] += gold == "missing" and got[el] == "met"
            if verbose and got[el] != gold:
                print("  %s %-26s gold=%s pred=%s" % (case["id"], el, gold, got[el]))
    print("%-26s %8s %14s %9s" % ("element", "accuracy", "missing_recall", "false_met"))
    for el in ELEMENTS:
        recall = "%d/%d" % (miss_ok[el], miss[el]) if miss[el] else "-"
        print("%-26s %8.3f %14s %9d" % (el, ok[el] / scored[el] if scored[el] else 1.0, recall, false_met[el]))
    total_miss = sum(miss.values())
    print("overall accuracy %.3f  missing recall %.3f  false-met %d" % (
        sum(ok.values()) / max(1, sum(scored.values())), sum(miss_ok.values()) / max(1, total_miss), sum(false_met.values())))


def run_scorer(scorer: Path, gold: Path, preds: list[dict]) -> None:
    """Write predictions to a temp file and print the official scorer's checklist figures."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.writelines(json.dumps(p) + "\n" for p in preds)
    out = subprocess.run([sys.executable, str(scorer), str(gold), fh.name, "--json"], capture_output=True, text=True)
    Path(fh.name).unlink()
    if out.returncode != 0:
        print("scorer failed: %s" % out.stderr.strip())
        return
    res = json.loads(out.stdout)
    print("scorer: checklist_acc=%.3f missing_recall=%.3f false_met=%d false_alarms=%d cases_all_correct=%d/%d" % (
        res["checklist_acc"], res["missing_recall"], res["false_met"], res["false_alarms"],
        res["cases_all_correct"], res["cases"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path)
    ap.add_argument("--scorer", type=Path, help="path to score_cases.py (default: beside the cases' folder)")
    ap.add_argument("--verbose", action="store_true", help="list every wrong verdict")
    args = ap.parse_args()
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    service = build_service()
    preds = [predict(service, c) for c in cases]
    tally(cases, preds, args.verbose)
    scorer = args.scorer or args.cases.resolve().parent.parent / "score_cases.py"
    if scorer.exists():
        run_scorer(scorer, args.cases, preds)
    else:
        print("scorer not found at %s; pass --scorer PATH to get the official figures" % scorer)


if __name__ == "__main__":
    main()
