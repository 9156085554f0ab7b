"""Per-element figures of the draft eval: met accuracy, missing recall and precision, false-met rate, and the letter
defects (empty sections, markup lines) found in each element's section. Same definitions as score_cases.py."""
from __future__ import annotations

from assistant.service import checklist_elements

ELEMENTS = checklist_elements()
_COUNTS = ("met", "met_ok", "missing", "missing_ok", "false_met", "pred_missing", "empty_sections", "markup_lines")


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def element_rows(rows: list[dict]) -> dict[str, dict]:
    """Per-case rows (each with 'elements': {element: (gold, predicted)} and the defects) -> per-element figures."""
    out = {}
    for el in ELEMENTS:
        c = dict.fromkeys(_COUNTS, 0)
        for r in rows:
            gold, pred = r["elements"].get(el, (None, None))
            c["pred_missing"] += pred == "missing"
            if gold == "met":
                c["met"] += 1
                c["met_ok"] += pred == "met"
            elif gold == "missing":
                c["missing"] += 1
                c["missing_ok"] += pred == "missing"
                c["false_met"] += pred == "met"
            c["empty_sections"] += sum(1 for e, _ in r["empty_sections"] if e == el)
            c["markup_lines"] += sum(1 for e, _ in r["markup_lines"] if e == el)
        out[el] = dict(c, met_acc=_ratio(c["met_ok"], c["met"]), missing_recall=_ratio(c["missing_ok"], c["missing"]),
                       missing_precision=_ratio(c["missing_ok"], c["pred_missing"]),
                       false_met_rate=_ratio(c["false_met"], c["missing"]))
    return out


def overall(rows: list[dict]) -> dict:
    """The overall missing precision, false-met rate and letter defects of one mode."""
    per = element_rows(rows)
    tot = {k: sum(p[k] for p in per.values()) for k in _COUNTS}
    precision, rate = _ratio(tot["missing_ok"], tot["pred_missing"]), _ratio(tot["false_met"], tot["missing"])
    return {"missing_precision": 1.0 if precision is None else precision,  # nothing flagged: no wrong flag
            "false_met_rate": 0.0 if rate is None else rate,
            "empty_sections": sum(len(r["empty_sections"]) for r in rows),
            "empty_section_letters": sum(1 for r in rows if r["empty_sections"]),
            "markup_lines": sum(len(r["markup_lines"]) for r in rows),
            "markup_letters": sum(1 for r in rows if r["markup_lines"]), "per_element": per}


def _fmt(x) -> str:
    return "  -  " if x is None else "%.3f" % x


def element_table(s: dict) -> list[str]:
    """The per-element table of one mode's summary."""
    lines = ["%-26s %4s %7s %4s %7s %9s %9s %8s %6s %6s" % (
        "element", "met", "met_acc", "miss", "recall", "miss_prec", "false_met", "fm_rate", "empty", "markup")]
    for el, c in s["per_element"].items():
        lines.append("%-26s %4d %7s %4d %7s %9s %9d %8s %6d %6d" % (
            el, c["met"], _fmt(c["met_acc"]), c["missing"], _fmt(c["missing_recall"]), _fmt(c["missing_precision"]),
            c["false_met"], _fmt(c["false_met_rate"]), c["empty_sections"], c["markup_lines"]))
    lines.append("missing_precision=%.3f false_met_rate=%.3f empty_sections=%d (in %d letters) markup_lines=%d (in %d letters)" % (
        s["missing_precision"], s["false_met_rate"], s["empty_sections"], s["empty_section_letters"], s["markup_lines"],
        s["markup_letters"]))
    return lines


def progress_line(mode: str, index: int, total: int, row: dict) -> str:
    """One line per drafted case, for stderr: the case id, the mode it ended in and its times (no note text)."""
    line = f"[{mode} {index}/{total}] {row['id']}: {row['mode']}, {row['seconds']:.1f} s"
    if row.get("model_seconds"):
        line += f" ({row['model_seconds']:.0f} s in the model)"
    return line
