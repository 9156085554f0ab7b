"""`necessity ingest` and `necessity ask`: the knowledge index and answers with citations."""

from __future__ import annotations

import json

import click

from assistant.cli.base import Progress, cli, fail, get_service, mode_line, retriever_with_progress, run_batch
from assistant.service import LetterService


@cli.command("ingest")
@click.option("--rebuild", is_flag=True, help="Drop the index and embed every section again.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def ingest_cmd(rebuild, as_json) -> None:
    """Build or refresh the knowledge index from knowledge/ (only changed sections are embedded)."""
    service = get_service()
    progress = Progress("Embedding knowledge sections")
    try:
        report = service.ingest(rebuild=rebuild, progress=progress)
    finally:
        progress.close()
    for problem in report.problems:
        click.echo(f"Skipped {problem}", err=True)
    if as_json:
        click.echo(json.dumps(report.__dict__ | {"problems": list(report.problems)}))
    else:
        click.echo(report.summary())


@cli.command()
@click.argument("question", required=False)
@click.option("--payer", help="Limit to this payer's documents (plus rules that apply to all payers).")
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"question\", \"payer\"?}.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def ask(question, payer, batch_in, batch_out, as_json) -> None:
    """Answer a question about payer criteria or appeal rules, with citations."""
    service = get_service()
    retriever_with_progress(service)
    if batch_in:
        run_batch(batch_in, batch_out, "question", lambda obj: _ask_line(service, obj), as_json, "Answered")
        return
    if not question or not question.strip():
        fail("give a question, for example: necessity ask \"How long do I have to appeal an ERISA denial?\"")
    answer = service.ask(question, payer=payer)
    if as_json:
        click.echo(json.dumps({"question": question, "answer": answer.text, "mode": answer.mode,
                               "citations": answer.citations()}))
        return
    click.echo(f"[{mode_line(service)}]\n")
    click.echo(answer.text + "\n")
    for i, p in enumerate(answer.passages[:3], 1):
        click.echo(f"[{i}] {p.title} — {p.section} ({p.policy_id}; effective {p.effective_date})\n    {p.url}")


def _ask_line(service: LetterService, obj: dict) -> dict:
    answer = service.ask(obj["question"], payer=obj.get("payer"))
    return {"answer": answer.text, "citations": answer.citations()}
