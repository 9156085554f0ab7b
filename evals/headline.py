"""The headline figures of a report: what the CI smoke check gates on (evals/thresholds.toml)."""

from __future__ import annotations

HEADLINE_KEYS = ("phi_recall", "keep_retention", "char_precision", "notes_leak_rate", "checklist_acc", "missing_recall",
                 "forbidden_hits", "icd_coverage", "qa_answer_hit", "qa_support_hit", "qa_cited",
                 "denial_micro_f1", "denial_deadline_acc", "check_precision_min", "check_recall_min",
                 "check_checklist_acc")


def headline(report: dict) -> dict:
    """The figures the smoke check gates on (see evals/thresholds.toml)."""
    h: dict = {}
    phi = report.get("phi") or {}
    if phi:
        h.update({k: phi["ours"][k] for k in ("phi_recall", "keep_retention", "char_precision", "notes_leak_rate")
                  if k in phi["ours"]})
    draft = (report.get("draft") or {}).get("offline")
    if draft:
        h.update({k: round(draft[k], 3) if isinstance(draft[k], float) else draft[k]
                  for k in ("checklist_acc", "missing_recall", "forbidden_hits", "icd_coverage")})
    qa = ((report.get("qa") or {}).get("modes") or {}).get("hybrid")
    if qa:
        h.update({f"qa_{k}": qa[k] for k in ("answer_hit", "support_hit", "cited")})
    chk = report.get("check")
    if chk:  # the audit's targets are per severity: the headline is the lowest severity's figure
        rows = [r for r in chk["findings"]["per_severity"].values() if r["tp"] + r["fp"] + r["fn"]]
        h.update({"check_precision_min": min((r["precision"] for r in rows if r["precision"] is not None), default=None),
                  "check_recall_min": min((r["recall"] for r in rows if r["recall"] is not None), default=None),
                  "check_checklist_acc": chk["checklist"]["checklist_acc"]})
    den = report.get("denials")
    if den:
        h.update({"denial_micro_f1": den["micro_f1"], "denial_deadline_acc": den["deadline_acc"]})
    return h
