"""Denial-reading evaluation (reasons, deadline, review level, expedited) and the appeals built on them."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from assistant.service import denial_categories

CATEGORIES = denial_categories()


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.is_file() else []


_GENERIC = {"criteria", "criterion", "guideline", "guidelines", "policy", "policies", "medical", "plan", "health",
            "behavioral", "service", "services", "level", "levels", "care", "clinical", "necessity", "manual", "section",
            "chapter", "program", "treatment", "mental", "coverage"}
_STOPWORDS = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "with", "by", "at", "s"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace(".", " ")) if w not in _STOPWORDS}


def criterion_found(gold: str, predicted: list[str]) -> bool:
    """A gold criterion matched loosely (as the shared scorer does): one side's words hold the other's, or half the
    gold words are shared, and the shared words include a specific one."""
    g = _words(gold)
    for p in map(_words, predicted):
        shared = g & p
        if g and p and shared - _GENERIC and (g <= p or p <= g or len(shared) >= len(g) / 2):
            return True
    return False


def score_readings(gold: list[dict], pred: dict[str, dict]) -> dict:
    """Gold denials and predicted batch lines -> exact-set accuracy, micro/macro F1 and per-category F1."""
    tp, fp, fn = {c: 0 for c in CATEGORIES}, {c: 0 for c in CATEGORIES}, {c: 0 for c in CATEGORIES}
    exact = deadline = level = expedited = crit_found = crit_total = 0
    for g in gold:
        p = pred.get(g["id"], {})
        crit_total += len(g.get("criteria_cited", []))
        crit_found += sum(criterion_found(c, p.get("criteria_cited", [])) for c in g.get("criteria_cited", []))
        gs, ps = set(g["denial_reasons"]), set(p.get("denial_reasons", []))
        exact += gs == ps
        for c in CATEGORIES:
            tp[c] += c in gs and c in ps
            fp[c] += c not in gs and c in ps
            fn[c] += c in gs and c not in ps
        deadline += p.get("appeal_deadline_days") == g["appeal_deadline_days"]
        level += p.get("review_level") == g["review_level"]
        expedited += bool(p.get("expedited_available")) == bool(g["expedited_available"])
    f1 = {}
    for c in CATEGORIES:
        denom = 2 * tp[c] + fp[c] + fn[c]
        if tp[c] + fn[c]:
            f1[c] = round(2 * tp[c] / denom, 3) if denom else 1.0
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    n = len(gold) or 1
    return {"denials": len(gold), "reason_set_exact": round(exact / n, 3),
            "micro_f1": round(2 * t / (2 * t + f_p + f_n), 3) if t + f_p + f_n else 1.0,
            "macro_f1": round(sum(f1.values()) / len(f1), 3) if f1 else 1.0, "f1_by_category": f1,
            "deadline_acc": round(deadline / n, 3), "review_level_acc": round(level / n, 3),
            "expedited_acc": round(expedited / n, 3),
            "criteria_found": round(crit_found / crit_total, 3) if crit_total else 1.0}


def run_denial_eval(data_dir: str | Path, service, appeals: bool = True) -> dict:
    """DIR/denials.jsonl through the reader; with DIR/cases.jsonl, the linked appeals are drafted and checked."""
    from assistant.records import LetterRequest

    data_dir = Path(data_dir)
    gold = _load(data_dir / "denials.jsonl")
    if not gold:
        raise SystemExit(f"{data_dir / 'denials.jsonl'} not found or empty")
    started = time.perf_counter()
    pred = {g["id"]: service.read_denial(g["text"]).batch_line(g["id"]) for g in gold}
    report = score_readings(gold, pred)
    report["ms_per_denial"] = round(1000 * (time.perf_counter() - started) / len(gold), 1)
    cases = {c["id"]: c for c in _load(data_dir / "cases.jsonl")}
    rows = []
    for g in gold if appeals else []:
        case = cases.get(g.get("linked_case") or "")
        if not case:
            continue
        request = LetterRequest(letter_type="appeal", payer=case["payer"], level_of_care=case["level_of_care"],
                                notes=tuple(case["notes"]), requested=case.get("requested") or {}, denial_text=g["text"])
        result = service.appeal(request, offline=True)
        letter = result.draft.letter.lower()
        have = [h for h in result.sections if h.split(":")[0].lower() in letter]
        forbidden = sum(1 for f in case.get("forbidden", []) for p in f.get("patterns", [])
                        if re.search(p, result.draft.letter, re.I))
        rows.append({"id": g["id"], "reasons": len(result.sections), "sections_present": len(have),
                     "unsupported_claims": len(result.draft.unsupported_claims), "forbidden_hits": forbidden,
                     "placeholders_left": len(re.findall(r"<[A-Z_]+_\d+>", result.draft.letter))})
    if rows:
        report["appeals"] = rows
        report["appeals_with_every_reason_section"] = sum(r["reasons"] == r["sections_present"] for r in rows)
        report["appeals_without_unsupported_claims"] = sum(r["unsupported_claims"] == 0 for r in rows)
    return report


def format_denial_report(report: dict) -> str:
    """The eval report -> a plain-text summary."""
    lines = [f"Denials: {report['denials']} (rule-based reader, {report['ms_per_denial']} ms each)", "",
             f"{'category':<44}{'F1':>6}"]
    lines += [f"{c:<44}{v:>6}" for c, v in report["f1_by_category"].items()]
    lines += ["", f"reason-set exact {report['reason_set_exact']}  micro F1 {report['micro_f1']}  "
                  f"macro F1 {report['macro_f1']}",
              f"deadline {report['deadline_acc']}  review level {report['review_level_acc']}  "
              f"expedited {report['expedited_acc']}  criteria cited found {report['criteria_found']}"]
    if "appeals" in report:
        n = len(report["appeals"])
        lines.append(f"appeals drafted for linked cases: {n}; every reason has its own section in "
                     f"{report['appeals_with_every_reason_section']}/{n}; no unsupported claims in "
                     f"{report['appeals_without_unsupported_claims']}/{n}")
    lines.append(f"reason_set_exact={report['reason_set_exact']:.3f} reason_f1={report['micro_f1']:.3f} "
                 f"deadline_acc={report['deadline_acc']:.3f} review_level_acc={report['review_level_acc']:.3f} "
                 f"expedited_acc={report['expedited_acc']:.3f}")
    return "\n".join(lines)
