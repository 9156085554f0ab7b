"""`necessity eval ...`: evaluations and benchmarks, shells over the same LetterService."""

from __future__ import annotations

import json

import click

from assistant.cli.base import Group, get_service, retriever_with_progress, cli
from assistant.service import build_service


@cli.group(cls=Group)
def eval() -> None:  # noqa: A001 - the command is called `eval`
    """Evaluations and benchmarks on a data folder laid out like evalsets/dev."""


@eval.command("phi")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_phi(data_dir, as_json) -> None:
    """PHI recall by type, KEEP retention, character precision and speed: ours against stock Presidio."""
    from evals.phi import run_phi_eval, format_phi_report

    report = run_phi_eval(data_dir, build_service())
    click.echo(json.dumps(report, indent=2) if as_json else format_phi_report(report))


@eval.command("qa")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_qa(data_dir, as_json) -> None:
    """answer_hit, support_hit, cited and recall@k for hybrid, dense-only and BM25-only retrieval."""
    from evals.qa import format_qa_report, run_qa_eval

    service = get_service()
    retriever_with_progress(service)
    _side_by_side(service, lambda s: run_qa_eval(data_dir, s), format_qa_report, as_json)


@eval.command("retrieval")
@click.option("--sizes", default="1000,10000,100000", help="Corpus sizes (chunks) for the latency benchmark.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_retrieval(sizes, as_json) -> None:
    """Benchmark: query latency at growing corpus sizes, full ingest, and re-ingest after one change."""
    from evals.bench_retrieval import format_bench, ingest_times, query_latency

    service = get_service()
    retriever_with_progress(service)
    latency = query_latency(service.index.sections(), service._embedder(),
                            sizes=tuple(int(x) for x in sizes.split(",")))
    settings = service.settings

    def factory(data_dir, knowledge_dir):
        return build_service(settings.model_copy(update={"data_dir": data_dir, "chroma_url": ""}),
                             embedder=service._embedder(), knowledge_dir=knowledge_dir)

    ingest = ingest_times(factory, service.knowledge_dir)
    click.echo(json.dumps({"latency": latency, "ingest": ingest}, indent=2) if as_json else format_bench(latency, ingest))


@eval.command("draft")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True))
@click.option("--limit", type=int, default=None, help="Only the first N cases (an LLM run on a slow model).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_draft(data_dir, limit, as_json) -> None:
    """Checklist accuracy, missing recall, forbidden hits, ICD and score coverage, leftover placeholders.

    Offline mode always; LLM mode too, side by side, when an endpoint is configured (with letter defects by
    class, model seconds per case and the share of cases that fell back to offline)."""
    from evals.draft import format_draft_report, format_side_by_side, run_draft_eval
    from evals.draft_elements import progress_line

    service = get_service()
    retriever_with_progress(service)
    modes = ("offline", "llm") if service.settings.llm_configured else ("offline",)
    report = run_draft_eval(data_dir, service, modes=modes, limit=limit,
                            progress=lambda *a: click.echo(progress_line(*a), err=True))
    click.echo(json.dumps(report, indent=2) if as_json else
               format_side_by_side(report) + "\n\n" + format_draft_report(report))


@eval.command("denial")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_denial(data_dir, as_json) -> None:
    """Reason-set exact match, micro F1, deadline, review-level and expedited accuracy on DIR/denials.jsonl."""
    from evals.denials import format_denial_report, run_denial_eval

    _side_by_side(get_service(), lambda s: run_denial_eval(data_dir, s), format_denial_report, as_json)


@eval.command("check")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--bench", is_flag=True, help="Also time `necessity check --batch` on 100 notes in a fresh process.")
def eval_check(data_dir, as_json, bench) -> None:
    """Documentation audit on DIR/check_cases.jsonl: finding precision/recall per severity and rule, checklist."""
    from evals.check import batch_benchmark, format_check_report, run_check_eval

    report = run_check_eval(data_dir, get_service())
    if bench:
        report["batch_100_notes"] = batch_benchmark(data_dir)
    click.echo(json.dumps(report, indent=2) if as_json else format_check_report(report))


def _side_by_side(service, run, fmt, as_json: bool) -> None:
    """Offline always; LLM mode beside it, on the same items, when an endpoint is configured."""
    import time

    if not service.settings.llm_configured:
        report = run(service)
        click.echo(json.dumps(report, indent=2) if as_json else fmt(report))
        return
    offline = build_service(service.settings.model_copy(update={"offline": True}), embedder=service.embedder,
                            knowledge_dir=service.knowledge_dir)
    reports, seconds = {}, {}
    for mode, svc in (("offline", offline), ("llm", service)):
        started = time.perf_counter()
        reports[mode] = run(svc)
        seconds[mode] = round(time.perf_counter() - started, 1)
    calls = [r for r in service.llm_log if r.get("prompt_id") != "connection_test"]
    if as_json:
        click.echo(json.dumps({"modes": reports, "seconds": seconds, "llm_requests": len(calls),
                               "llm_errors": sum(1 for r in calls if r.get("outcome") == "error")}, indent=2))
        return
    click.echo(f"== offline ({seconds['offline']} s) ==\n{fmt(reports['offline'])}\n")
    click.echo(f"== LLM mode: {service.settings.llm_model} ({seconds['llm']} s, {len(calls)} model requests, "
               f"{sum(1 for r in calls if r.get('outcome') == 'error')} failed and answered offline) ==\n"
               f"{fmt(reports['llm'])}")


@eval.command("all")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for report.md and charts.")
@click.option("--sizes", default="1000,10000,100000", help="Corpus sizes (chunks) for the retrieval benchmark.")
@click.option("--no-ui", is_flag=True, help="Skip the UI cold-start measurement.")
def eval_all(data_dir, out_dir, sizes, no_ui) -> None:
    """Every eval and benchmark on one data folder -> OUT/report.md with PNG charts (about 4 minutes)."""
    from evals.report import run_all

    service = get_service()
    retriever_with_progress(service)
    path = run_all(data_dir, out_dir, service, sizes=tuple(int(x) for x in sizes.split(",")), ui=not no_ui,
                   log=lambda line: click.echo(line, err=True))
    click.echo(str(path))
