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
from assistant.service import checklist_elements, letter_defects, model_letter_defect_classes
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
    row.update(_llm_figures(case, draft))
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


def _classes(lines) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in lines:
        cls = line.split(":", 1)[0]
        out[cls] = out.get(cls, 0) + 1
    return out


def _llm_figures(case: dict, draft) -> dict:
    """What LLM mode adds per case: layout and defect classes, model time, fallback, the model's checklist reading."""
    read = {c.element for c in draft.checklist if getattr(c, "read_by", "") == "model"}
    got = {c.element: c.status for c in draft.checklist}
    without = {el: ("missing" if el in read else st) for el, st in got.items()}  # the rules alone

    def counts(pred: dict) -> dict:
        gold = case["checklist"]
        return {"tp": sum(1 for e in ELEMENTS if gold.get(e) == "missing" and pred.get(e) == "missing"),
                "fp": sum(1 for e in ELEMENTS if gold.get(e) == "met" and pred.get(e) == "missing"),
                "false_met": sum(1 for e in ELEMENTS if gold.get(e) == "missing" and pred.get(e) == "met")}

    return {"mode": draft.mode, "defects": _classes(getattr(draft, "defects", ())),
            "first_defects": _classes(getattr(draft, "model_defects", ())),
            "model_seconds": getattr(draft, "model_seconds", 0.0), "model_letter_set_aside": bool(getattr(draft, "model_letter", "")),
            "notices": list(draft.notices), "model_read": sorted(read),
            "with_reading": counts(got), "without_reading": counts(without)}


def _llm_summary(rows: list[dict], mode: str) -> dict:
    classes = model_letter_defect_classes()
    w, wo = ({k: sum(r[x][k] for r in rows) for k in ("tp", "fp", "false_met")} for x in ("with_reading", "without_reading"))
    fallback = [r["id"] for r in rows if mode == "llm" and r["mode"] != "llm"]
    return {"letters_with_empty_sections": sum(1 for r in rows if r["empty_sections"]),
            "letters_with_markup": sum(1 for r in rows if r["markup_lines"]),
            "defect_letters": {c: sum(1 for r in rows if r["defects"].get(c)) for c in classes},
            "first_reply_defect_letters": {c: sum(1 for r in rows if r["first_defects"].get(c)) for c in classes},
            "mean_model_seconds": _ratio(sum(r["model_seconds"] for r in rows), len(rows)),
            "fallback_share": _ratio(len(fallback), len(rows)) if mode == "llm" else 0.0, "fallback_cases": fallback,
            "model_letters_set_aside": sum(1 for r in rows if r["model_letter_set_aside"]),
            "model_read_met": sum(len(r["model_read"]) for r in rows),
            "reading": {"with": {"false_met": w["false_met"], "missing_precision": _ratio(w["tp"], w["tp"] + w["fp"])},
                        "without": {"false_met": wo["false_met"], "missing_precision": _ratio(wo["tp"], wo["tp"] + wo["fp"])}}}


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


def summarize_mode(rows: list[dict], mode: str) -> dict:
    """Per-case rows of one mode -> the totals, with the LLM-mode figures beside them."""
    out = summarize(rows)
    out.update(_llm_summary(rows, mode))
    return out


def run_draft_eval(data_dir, service, modes=("offline",), limit: int | None = None, progress=None) -> dict:
    """Draft every case in DIR/cases.jsonl (the first `limit`) in each mode -> {mode: summary with per-case rows}.

    `progress(mode, index, total, row)` is called after each case (a long LLM run shows where it is)."""
    cases = load_cases(data_dir)[:limit]
    report = {}
    for mode in modes:
        rows = []
        for i, case in enumerate(cases, 1):
            request = LetterRequest(letter_type=case["letter_type"], payer=case["payer"],
                                    level_of_care=case["level_of_care"], notes=tuple(case["notes"]),
                                    requested=dict(case.get("requested") or {}),
                                    denial_text=case.get("denial_text", ""))
            rows.append(score_case(case, service.draft(request, offline=(mode == "offline"))))
            if progress:
                progress(mode, i, len(cases), rows[-1])
        report[mode] = summarize_mode(rows, mode)
    return report


def summary_line(s: dict) -> str:
    return ("checklist_acc=%.3f missing_recall=%.3f forbidden_hits=%d icd_coverage=%.3f score_coverage=%.3f "
            "placeholders_left=%d" % (s["checklist_acc"], s["missing_recall"], s["forbidden_hits"], s["icd_coverage"],
                                      s["score_coverage"], s["placeholders_left"]))


def side_by_side_rows(report: dict) -> list[tuple[str, list[str]]]:
    """The modes of a report as rows of one table: (metric, [value per mode])."""
    modes = list(report)
    pct = lambda x: "%.3f" % x  # noqa: E731
    rows = [("cases", [str(report[m]["cases"]) for m in modes]),
            ("checklist accuracy", [pct(report[m]["checklist_acc"]) for m in modes]),
            ("missing recall", [pct(report[m]["missing_recall"]) for m in modes]),
            ("missing precision (with the model's reading)", [pct(report[m]["reading"]["with"]["missing_precision"]) for m in modes]),
            ("missing precision (rules alone)", [pct(report[m]["reading"]["without"]["missing_precision"]) for m in modes]),
            ("false met (with the model's reading)", [str(report[m]["reading"]["with"]["false_met"]) for m in modes]),
            ("false met (rules alone)", [str(report[m]["reading"]["without"]["false_met"]) for m in modes]),
            ("elements made met by the model's reading", [str(report[m]["model_read_met"]) for m in modes]),
            ("ICD-10 coverage", [pct(report[m]["icd_coverage"]) for m in modes]),
            ("score coverage", [pct(report[m]["score_coverage"]) for m in modes]),
            ("forbidden-pattern hits", [str(report[m]["forbidden_hits"]) for m in modes]),
            ("unsupported claims", [str(report[m]["unsupported_claims"]) for m in modes]),
            ("letters with leftover placeholders", [str(report[m]["placeholders_left"]) for m in modes]),
            ("letters with empty sections", [str(report[m]["letters_with_empty_sections"]) for m in modes]),
            ("letters with markup", [str(report[m]["letters_with_markup"]) for m in modes])]
    for cls in model_letter_defect_classes():
        rows.append((f"letters with {cls.replace('_', ' ')} (shown / model's first reply)",
                     [f"{report[m]['defect_letters'][cls]} / {report[m]['first_reply_defect_letters'][cls]}"
                      for m in modes]))
    rows += [("fallback to offline (share)", [pct(report[m]["fallback_share"]) for m in modes]),
             ("  of which: model letter had more problems", [str(report[m]["model_letters_set_aside"]) for m in modes]),
             ("model seconds per case", ["%.1f" % report[m]["mean_model_seconds"] for m in modes]),
             ("pipeline seconds per case", ["%.2f" % report[m]["mean_pipeline_seconds"] for m in modes])]
    return rows


def format_side_by_side(report: dict) -> str:
    """Offline and LLM mode in one table (Markdown), then why each fallback happened."""
    modes = list(report)
    lines = ["| metric | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
    lines += ["| %s | %s |" % (name, " | ".join(vals)) for name, vals in side_by_side_rows(report)]
    for m in modes:
        for r in report[m]["per_case"]:
            if m == "llm" and r["mode"] != "llm":
                why = "; ".join(n for n in r["notices"] if "offline" in n or "not used" in n) or "no reason given"
                lines.append(f"- {r['id']} fell back: {why[:300]}")
    return "\n".join(lines)


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
