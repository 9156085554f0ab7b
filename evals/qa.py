"""Payer-question evaluation: answer_hit, support_hit, cited and retrieval recall@k, per retrieval mode."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

MODES = ("hybrid", "dense", "bm25")
KS = (1, 3, 5)


def load_questions(data_dir: str | Path) -> list[dict]:
    """DIR/payer_qa.jsonl -> questions with their must_contain patterns."""
    path = Path(data_dir) / "payer_qa.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path} not found: --data must name a folder holding payer_qa.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _matches(patterns: list[str], text: str) -> bool:
    return all(re.search(p, text, re.I) for p in patterns)


def score_answers(questions: list[dict], answers: dict[str, dict]) -> dict:
    """Gold questions and predicted {id: {answer, citations}} -> answer_hit, support_hit, cited."""
    hit = support = cited = 0
    for q in questions:
        pred = answers.get(q["id"], {})
        answer = pred.get("answer", "")
        quotes = " ".join(c.get("quote", "") for c in pred.get("citations", [])[:3])
        hit += _matches(q["must_contain"], answer)
        support += _matches(q["must_contain"], answer + " " + quotes)
        cited += any(c.get("source_id") for c in pred.get("citations", []))
    n = len(questions) or 1
    return {"answer_hit": round(hit / n, 3), "support_hit": round(support / n, 3), "cited": round(cited / n, 3)}


def run_qa_eval(data_dir: str | Path, service) -> dict:
    """Every question through each retrieval mode, in one run."""
    questions = load_questions(data_dir)
    report: dict = {"questions": len(questions), "modes": {}}
    for mode in MODES:
        answers, recall, started = {}, {k: 0 for k in KS}, time.perf_counter()
        for q in questions:
            answer = service.ask(q["question"], payer=q.get("payer"), mode=mode)
            answers[q["id"]] = {"answer": answer.text, "citations": answer.citations()}
            passages = service.search(q["question"], k=max(KS), payer=q.get("payer"), mode=mode)
            for k in KS:
                recall[k] += _matches(q["must_contain"], " ".join(p.text for p in passages[:k]))
        row = score_answers(questions, answers)
        row.update({f"recall@{k}": round(recall[k] / len(questions), 3) for k in KS})
        row["ms_per_question"] = round(1000 * (time.perf_counter() - started) / len(questions), 1)
        report["modes"][mode] = row
    return report


def format_qa_report(report: dict) -> str:
    """The eval report -> a plain-text table."""
    cols = ["answer_hit", "support_hit", "cited"] + [f"recall@{k}" for k in KS] + ["ms_per_question"]
    lines = [f"Payer questions: {report['questions']} (offline, extractive answers)", "",
             f"{'mode':<8}" + "".join(f"{c:>17}" for c in cols)]
    for mode, row in report["modes"].items():
        lines.append(f"{mode:<8}" + "".join(f"{row[c]:>17}" for c in cols))
    h = report["modes"]["hybrid"]
    lines.append(f"answer_hit={h['answer_hit']:.3f} support_hit={h['support_hit']:.3f} cited={h['cited']:.3f}")
    return "\n".join(lines)
