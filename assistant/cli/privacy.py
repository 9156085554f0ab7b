"""`necessity redact` and `necessity demo`: what a model would see of a note."""

from __future__ import annotations

import json
import time
from importlib import resources

import click

from assistant.cli.base import cli, counts_line, fail, get_service, note_text, run_batch
from assistant.service import PLACEHOLDER_RE, LetterService


@cli.command()
@click.argument("source", required=False)
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"text\"} per line.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--reveal", is_flag=True, help="Also print each placeholder's original value (to stderr).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def redact(source, batch_in, batch_out, reveal, as_json) -> None:
    """Redact a note (FILE, or - for stdin); placeholder counts go to stderr."""
    service = get_service()
    if batch_in:
        run_batch(batch_in, batch_out, "text", lambda obj: _redact_line(service, obj), as_json, "Redacted")
        return
    if not source:
        fail("give a note file, or - to read the note from standard input")
    text = note_text(source)
    started = time.perf_counter()
    case, vault = service.redact([text])
    redacted = case.notes[0]
    elapsed = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps({"redacted": redacted.text, "counts": redacted.counts(),
                               "entities": [r.__dict__ for r in redacted.redactions],
                               "seconds": round(elapsed, 3)}))
    else:
        click.echo(redacted.text)
    click.echo(f"Redacted: {counts_line(redacted.counts())} ({elapsed:.2f} s)", err=True)
    if reveal:
        for placeholder, value in vault.items():
            click.echo(f"{placeholder}\t{value}", err=True)


def _redact_line(service: LetterService, obj: dict) -> dict:
    case, _ = service.redact([obj["text"]])  # each line is its own case, with its own vault
    note = case.notes[0]
    return {"redacted": note.text, "entities": [{"start": r.start, "end": r.end, "entity_type": r.entity_type,
                                                 "placeholder": r.placeholder} for r in note.redactions]}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def demo(as_json) -> None:
    """Redact the bundled synthetic note and show what would be sent to a model."""
    text = resources.files("assistant").joinpath("data/demo_note.txt").read_text(encoding="utf-8")
    service = get_service()
    case, vault = service.redact([text])
    note = case.notes[0]
    restored = service.restore(note.text, vault)
    restored_ok = not PLACEHOLDER_RE.search(restored)
    if as_json:
        click.echo(json.dumps({"redacted": note.text, "counts": note.counts(), "restored_ok": restored_ok}))
        return
    mode = "LLM mode" if service.settings.llm_configured else "offline mode (no LLM endpoint configured)"
    click.echo(f"necessity demo - {mode}\n")
    click.echo("What a model would see (the synthetic note after redaction):\n")
    click.echo(note.text)
    click.echo(f"\nPlaceholders: {counts_line(note.counts())}")
    click.echo(f"Every placeholder restored locally: {'yes' if restored_ok else 'no'}")
