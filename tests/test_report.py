"""The evaluation report's writer, charts and thresholds, on a tiny fake report dict (no evals are run)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from evals import charts
from evals.report import HEADLINE_KEYS, checklist_by_element, headline, render_markdown, write_report
from evals.smoke import DEFAULT_THRESHOLDS, check, load_thresholds

DATA = Path(__file__).resolve().parent.parent / "evals" / "data"


def fake_report(llm: bool = False) -> dict:
    draft = {"cases": 2, "checklist_acc": 0.9, "missing_recall": 1.0, "false_met": 0, "forbidden_hits": 0,
             "icd_coverage": 1.0, "score_coverage": 0.75, "placeholders_left": 0, "unsupported_claims": 1,
             "mean_pipeline_seconds": 0.4, "per_case": []}
    return {
        "meta": {"started": "2026-01-01 00:00 UTC", "data_dir": "evals/data", "cpus": 2, "python": "3.11",
                 "llm_configured": llm, "llm_model": "stub" if llm else None, "total_seconds": 12.0},
        "phi": {"notes": 3, "throughput_ratio": 0.9,
                "ours": {"phi_recall": 0.98, "keep_retention": 1.0, "char_precision": 0.95, "notes_leak_rate": 0.05, "leaked": 1,
                         "notes_per_s": 9.0, "recall_by_type": {"NAME": {"n": 5, "recall": 1.0},
                                                                "DATE": {"n": 4, "recall": 0.75}}},
                "stock_presidio": {"phi_recall": 0.7, "keep_retention": 0.5, "char_precision": 0.6, "notes_leak_rate": 1.0, "leaked": 3,
                                   "notes_per_s": 10.0, "recall_by_type": {"NAME": {"n": 5, "recall": 0.8},
                                                                           "DATE": {"n": 4, "recall": 0.5}}}},
        "qa": {"questions": 4, "modes": {m: {"answer_hit": 0.75, "support_hit": 1.0, "cited": 1.0, "recall@1": 0.5,
                                             "recall@3": 0.75, "recall@5": 1.0, "ms_per_question": 10.0}
                                         for m in ("hybrid", "dense", "bm25")}},
        "denials": {"denials": 2, "reason_set_exact": 0.5, "micro_f1": 0.8, "macro_f1": 0.7,
                    "f1_by_category": {"not_medically_necessary": 1.0, "timely_filing": 0.0},
                    "deadline_acc": 1.0, "review_level_acc": 1.0, "expedited_acc": 0.5, "ms_per_denial": 3.0},
        "draft": {"offline": draft, **({"llm": dict(draft, checklist_acc=0.95)} if llm else {})},
        "draft_text": "mode: offline   cases: 2",
        "check": {"cases": 2, "notes": 3, "seconds_per_case_warm": 0.2,
                  "findings": {"overall": {"tp": 3, "fp": 1, "fn": 0, "precision": 0.75, "recall": 1.0},
                               "per_severity": {"will_deny": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0},
                                                "may_deny": {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0},
                                                "best_practice": {"tp": 0, "fp": 0, "fn": 0, "precision": None,
                                                                  "recall": None}},
                               "per_rule": {"minutes_missing": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0,
                                                                "recall": 1.0}}, "misses": []},
                  "checklist": {"scored": 28, "checklist_acc": 0.9, "missing_recall": 1.0, "missing_precision": 0.8,
                                "false_met": 0}},
        "checklist_by_element": {"diagnosis": {"n": 2, "correct": 2, "accuracy": 1.0, "missing_precision": None,
                                               "missing_recall": None},
                                 "measure_trend": {"n": 1, "correct": 0, "accuracy": 0.0, "missing_precision": 0.0,
                                                   "missing_recall": None}},
        "bench": {
            "draft_overhead": {"cases": 2, "offline_pipeline_s": 0.2, "offline_wall_s": 0.21, "llm_pipeline_s": 0.3,
                               "llm_model_s": 0.01, "llm_wall_s": 0.32, "model_calls_per_case": 2.0,
                               "llm_mode_cases": 2, "pipeline_vs_offline": 1.5, "wall_vs_offline": 1.52,
                               "per_case": []},
            "cold_starts": {"python_bare": {"seconds": 0.03, "peak_rss_mb": 10.0, "ok": True},
                            "stock_presidio_one_note": {"seconds": 1.5, "peak_rss_mb": 160.0, "ok": True,
                                                        "seconds_vs_stock_presidio": 1.0},
                            "cli_redact": {"seconds": 1.8, "peak_rss_mb": 170.0, "ok": True,
                                           "seconds_vs_stock_presidio": 1.2, "rss_vs_stock_presidio": 1.06},
                            "ui_health": {"measured": False, "reason": "ui/app.py is not in the project yet"}},
            "retrieval": {"latency": [{"chunks": 1000, "build_s": 1.0, "p50_ms": 2.0, "p95_ms": 5.0,
                                       "p50_vs_smallest": 1.0},
                                      {"chunks": 10000, "build_s": 20.0, "p50_ms": 6.0, "p95_ms": 30.0,
                                       "p50_vs_smallest": 3.0}],
                          "ingest": {"sections": 10, "full_ingest_s": 2.0, "reingest_one_doc_s": 0.1,
                                     "reembedded_sections": 1, "reingest_vs_full": 0.05}}},
        "stage_seconds": {"PHI eval": 1.0},
        "errors": {},
    }


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_each_chart_writes_a_png(tmp_path, name):
    path = charts.CHARTS[name](fake_report(llm=True), tmp_path / name)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_each_chart_survives_an_empty_report(tmp_path, name):
    assert charts.CHARTS[name]({}, tmp_path / name).stat().st_size > 0


def test_report_writer_writes_markdown_json_and_every_chart(tmp_path):
    path = write_report(fake_report(), tmp_path / "out")
    text = path.read_text(encoding="utf-8")
    assert path.name == "report.md"
    for name in charts.CHARTS:
        assert (tmp_path / "out" / name).is_file()
        assert f"({name})" in text, f"{name} is not linked from report.md"
    assert json.loads((tmp_path / "out" / "report.json").read_text())["phi"]["notes"] == 3
    assert "| phi_recall | 0.980 |" in text  # the headline is derived when the dict has none
    assert "UI cold start: not measured (ui/app.py is not in the project yet)" in text
    assert "3.00x" in text  # retrieval growth shown as a ratio to the smallest index


def test_llm_mode_is_shown_beside_offline():
    text = render_markdown(fake_report(llm=True), {})
    assert "| metric | offline | llm |" in text and "side by side" in text
    assert "| metric | offline |\n" in render_markdown(fake_report(llm=False), {})


def test_sections_without_data_are_left_out():
    text = render_markdown({"meta": {}}, {})
    assert text.startswith("# necessity evaluation report") and "## Redaction" not in text


def test_headline_has_every_gated_metric():
    assert set(headline(fake_report())) == set(HEADLINE_KEYS)
    assert headline(fake_report())["check_precision_min"] == 0.5  # the lowest severity with data


def test_the_audit_section_shows_severities_and_the_checklist():
    text = render_markdown(fake_report(), {})
    assert "## Documentation audit (necessity check)" in text and "| may_deny | 1 | 1 | 0 | 0.500 | 1.000 |" in text


def test_checklist_by_element_scores_met_and_missing_only():
    cases = [{"id": "a", "checklist": {"diagnosis": "met", "measure_trend": "missing", "progress": "not_applicable"}}]
    rows = checklist_by_element(cases, {"a": {"diagnosis": "met", "measure_trend": "met", "progress": "missing"}})
    assert rows["diagnosis"] == {"n": 1, "correct": 1, "accuracy": 1.0, "missing_precision": None,
                                 "missing_recall": None}
    assert rows["measure_trend"]["accuracy"] == 0.0 and rows["measure_trend"]["missing_recall"] == 0.0
    assert rows["progress"]["n"] == 0 and rows["progress"]["missing_precision"] == 0.0


def test_thresholds_parse_and_cover_every_headline_metric():
    with open(DEFAULT_THRESHOLDS, "rb") as fh:
        tomllib.load(fh)
    t = load_thresholds()
    assert set(t["min"]) | set(t["max"]) == set(HEADLINE_KEYS)
    assert t["max"]["forbidden_hits"] == 0
    assert all(0 < v <= 1 for v in t["min"].values())


def test_smoke_check_fails_on_a_drop_or_a_missing_metric():
    t = {"min": {"phi_recall": 0.9}, "max": {"forbidden_hits": 0}}
    assert check({"phi_recall": 0.95, "forbidden_hits": 0}, t)[1]
    assert not check({"phi_recall": 0.85, "forbidden_hits": 0}, t)[1]
    assert not check({"phi_recall": 0.95, "forbidden_hits": 1}, t)[1]
    assert not check({"forbidden_hits": 0}, t)[1]


def test_project_data_folder_has_the_evalsets_layout():
    for name in ("phi_notes.jsonl", "cases.jsonl", "denials.jsonl", "payer_qa.jsonl"):
        rows = [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]
        assert rows and len({r["id"] for r in rows}) == len(rows)
    cases = {json.loads(x)["id"]: json.loads(x) for x in (DATA / "cases.jsonl").read_text().splitlines() if x.strip()}
    for case in cases.values():
        assert sorted(case["missing"]) == sorted(k for k, v in case["checklist"].items() if v == "missing")
    for line in (DATA / "denials.jsonl").read_text().splitlines():
        assert json.loads(line)["linked_case"] in (None, *cases)
