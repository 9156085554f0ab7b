"""Letter drafting eval: draft every case of an eval set through the service and score letters and checklists.

    python -m evals.draft DIR_OR_CASES.jsonl [--mode offline] [--mode llm] [--json]

Follows the definitions of the evaluation README (evalsets/README.md, "Scoring"): checklist accuracy over the
gold met + missing elements, missing recall, false-met count, forbidden-pattern hits, ICD-10 coverage, numeric
measure-score coverage (instrument name and number within 80 characters), letters with leftover placeholders,
unsupported claims the tool reported, and mean pipeline seconds per case. Self-contained: it needs only the
cases file, never the scorer scripts.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from assistant.records import LetterRequest
from assistant.service import checklist_elements, letter_defects
from evals.draft_elements import element_table, overall

ELEMENTS = checklist_elements()

WINDOW = 80
PLACEHOLDER_RES = (re.compile(r"<[A-Z_]+_\d+>"), re.compile(r"\[\[(?!\s*MISSING:)[^\[\]\n]{0,80}(?:\]\])?"),
                   re.compile(r"\{\{[^{}\n]{0,80}(?:\}\})?"))
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_SEP = "[\\s\\%s]{0,2}" % _DASHES
_ALIASES = {"bmi": ["body mass index"], "potassium": ["K+", "serum K"]}


def load_cases(data: str | Path) -> list[dict]:
    """DIR (holding cases.jsonl) or a .jsonl file -> the case objects."""
    path = Path(data)
    path = path / "cases.jsonl" if path.is_dir() else path
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _name_pattern(name: str) -> str:
    out, prev = [], ""
    for ch in name.strip():
        if ch.isspace() or ch in _DASHES:
            if out and out[-1] != _SEP:
                out.append(_SEP)
            prev = ""
            continue
        if prev and (prev.isalpha() and ch.isdigit() or prev.isdigit() and ch.isalpha()):
            out.append(_SEP)
        out.append(re.escape(ch))
        prev = ch
    return "".join(out)


def instrument_regex(instrument: str) -> re.Pattern[str]:
    """The instrument's full name or first word, not glued to more letters or digits."""
    first = instrument.split()[0] if instrument.split() else instrument
    names = {instrument, first} | {a for k in (instrument.lower(), first.lower()) for a in _ALIASES.get(k, [])}
    alts = "|".join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9+])(?![\%s][A-Za-z])" % (alts, _DASHES), re.I)


def number_regex(score: float) -> re.Pattern[str]:
    """The score as a stand-alone number: not part of a code, a name (PHQ-9), a decimal or a date."""
    body = re.escape(repr(score)) + "0*" if isinstance(score, float) and not score.is_integer() \
        else re.escape(str(int(score))) + r"(?:\.0+)?"
    return re.compile(r"(?<![A-Za-z0-9.,/])(?<![A-Za-z][\%s])(?<!\d{4}-)(?<!\d{4}-\d\d-)" % _DASHES + body
                      + r"(?![0-9])(?![.,][0-9])(?!/\d{1,2}/\d{2})")


def measure_in_letter(letter: str, instrument: str, score: float) -> bool:
    names = [m.span() for m in instrument_regex(instrument).finditer(letter)]
    nums = [m.span() for m in number_regex(score).finditer(letter)]
    return any(max(0, b0 - a1, a0 - b1) <= WINDOW for a0, a1 in names for b0, b1 in nums)


def placeholders(letter: str) -> list[str]:
    return [m.group(0) for rx in PLACEHOLDER_RES for m in rx.finditer(letter)]


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def score_case(case: dict, draft) -> dict:
    """One gold case and its Draft -> the per-case figures."""
    letter, got = draft.letter, {c.element: c.status for c in draft.checklist}
    row = {"id": case["id"], "scored": 0, "correct": 0, "missing": 0, "missing_ok": 0, "false_met": 0,
           "forbidden": [], "icd_total": 0, "icd_found": 0, "scores_total": 0, "scores_found": 0,
           "missed": [], "placeholders": placeholders(letter), "unsupported": len(draft.unsupported_claims),
           "seconds": draft.pipeline_seconds, "elements": {}, **letter_defects(letter)}
    for el in ELEMENTS:
        gold, pred = case["checklist"].get(el), got.get(el)
        row["elements"][el] = (gold, pred)
        if gold in ("met", "missing"):
            row["scored"] += 1
            row["correct"] += pred == gold
        if gold == "missing":
            row["missing"] += 1
            row["missing_ok"] += pred == "missing"
            row["false_met"] += pred == "met"
    for item in case.get("forbidden", []):
        for pattern in item.get("patterns") or []:
            m = re.search(pattern, letter, re.I)
            if m:
                row["forbidden"].append("%s: %r" % (item.get("item"), m.group(0)))
    for d in case["facts"].get("diagnoses", []):
        if d.get("icd10"):
            row["icd_total"] += 1
            found = re.search(r"(?<![A-Za-z0-9.])%s(?![0-9A-Za-z])" % re.escape(d["icd10"]), letter)
            row["icd_found"] += bool(found)
            row["missed"] += [] if found else [d["icd10"]]
    for m in case["facts"].get("measures", []):
        if _is_number(m.get("score")):
            row["scores_total"] += 1
            found = measure_in_letter(letter, m.get("instrument", ""), m["score"])
            row["scores_found"] += found
            row["missed"] += [] if found else ["%s=%s" % (m.get("instrument"), m["score"])]
    return row


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def summarize(rows: list[dict]) -> dict:
    """Per-case rows -> the totals of one mode."""
    tot = {k: sum(r[k] for r in rows) for k in ("scored", "correct", "missing", "missing_ok", "false_met", "icd_total",
                                                 "icd_found", "scores_total", "scores_found", "unsupported")}
    return {"cases": len(rows), "checklist_acc": _ratio(tot["correct"], tot["scored"]),
            "missing_recall": _ratio(tot["missing_ok"], tot["missing"]), "false_met": tot["false_met"],
            "forbidden_hits": sum(len(r["forbidden"]) for r in rows),
            "icd_coverage": _ratio(tot["icd_found"], tot["icd_total"]),
            "score_coverage": _ratio(tot["scores_found"], tot["scores_total"]),
            "placeholders_left": sum(1 for r in rows if r["placeholders"]), "unsupported_claims": tot["unsupported"],
            "mean_pipeline_seconds": _ratio(sum(r["seconds"] for r in rows), len(rows)), **overall(rows), "per_case": rows}


def run_draft_eval(data_dir, service, modes=("offline",)) -> dict:
    """Draft every case in DIR/cases.jsonl in each mode -> {mode: summary with per-case rows}."""
    cases = load_cases(data_dir)
    report = {}
    for mode in modes:
        rows = []
        for case in cases:
            request = LetterRequest(letter_type=case["letter_type"], payer=case["payer"],
                                    level_of_care=case["level_of_care"], notes=tuple(case["notes"]),
                                    requested=dict(case.get("requested") or {}),
                                    denial_text=case.get("denial_text", ""))
            rows.append(score_case(case, service.draft(request, offline=(mode == "offline"))))
        report[mode] = summarize(rows)
    return report


def summary_line(s: dict) -> str:
    return ("checklist_acc=%.3f missing_recall=%.3f forbidden_hits=%d icd_coverage=%.3f score_coverage=%.3f "
            "placeholders_left=%d" % (s["checklist_acc"], s["missing_recall"], s["forbidden_hits"], s["icd_coverage"],
                                      s["score_coverage"], s["placeholders_left"]))


def format_draft_report(report: dict) -> str:
    """The report as a table per mode; the text ends with the summary line."""
    lines = []
    for mode, s in report.items():
        lines.append("mode: %s   cases: %d" % (mode, s["cases"]))
        lines.append("%-10s %9s %8s %9s %9s %7s %8s %6s %7s %7s" % (
            "case", "checklist", "missing", "false_met", "forbidden", "icd", "scores", "placeh", "unsupp", "seconds"))
        for r in s["per_case"]:
            lines.append("%-10s %4d/%-4d %4d/%-3d %9d %9d %3d/%-3d %4d/%-3d %6d %7d %7.2f" % (
                r["id"], r["correct"], r["scored"], r["missing_ok"], r["missing"], r["false_met"], len(r["forbidden"]),
                r["icd_found"], r["icd_total"], r["scores_found"], r["scores_total"], len(r["placeholders"]),
                r["unsupported"], r["seconds"]))
        problems = [(r["id"], x) for r in s["per_case"] for x in r["forbidden"] + r["missed"] + r["placeholders"][:3]
                    + ["empty section %s" % h for _, h in r["empty_sections"]]
                    + ["markup line %r" % line[:60] for _, line in r["markup_lines"]]]
        lines += ["  %s: %s" % p for p in problems]
        lines += element_table(s)
        lines.append("false_met=%d unsupported_claims=%d mean_pipeline_seconds=%.2f" % (
            s["false_met"], s["unsupported_claims"], s["mean_pipeline_seconds"]))
        lines.append(summary_line(s))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="eval folder holding cases.jsonl, or a cases .jsonl file")
    ap.add_argument("--mode", action="append", choices=("offline", "llm"), help="repeat for several (default offline)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    from assistant.service import build_service

    report = run_draft_eval(args.data, build_service(), tuple(args.mode or ("offline",)))
    print(json.dumps(report, indent=2) if args.json else format_draft_report(report))


if __name__ == "__main__":
    sys.exit(main())
