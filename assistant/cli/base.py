"""What every `necessity` command shares: the group, errors as one clear line, progress bars, batch files."""

from __future__ import annotations

import json
import sys

import click

from assistant.errors import NecessityError
from assistant.inputs import read_jsonl, read_note
from assistant.service import LetterService, build_service


def fail(message: str, code: int = 2) -> None:
    """Print one clear error line and exit (2 = bad input or set-up)."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


class Group(click.Group):
    """Turns our errors into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NecessityError as exc:
            fail(str(exc))


@click.group(cls=Group)
@click.version_option(package_name="necessity")
def cli() -> None:
    """Letters of medical necessity and appeals, drafted on this machine with PHI kept local."""


def note_text(source: str) -> str:
    """A note file (or - for stdin) as text; a decoding warning goes to stderr, never the note itself."""
    note = read_note(source)
    if note.warning:
        click.echo(f"Warning: {note.warning}", err=True)
    return note.text


def get_service() -> LetterService:
    """The service, built from settings."""
    return build_service()


def counts_line(counts: dict[str, int]) -> str:
    if not counts:
        return "no PHI found"
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


class Progress:
    """A click progress bar fed by (done, total) callbacks; silent when nothing needs embedding."""

    def __init__(self, label: str):
        self.label, self.bar, self.done = label, None, 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def show_notices(service: LetterService) -> None:
    for notice in service.notices:
        click.echo(notice, err=True)


def mode_line(service: LetterService) -> str:
    if service.settings.llm_configured:
        return f"LLM mode ({service.settings.llm_model})"
    return "offline mode: no LLM endpoint configured, answers quote the knowledge base"


def retriever_with_progress(service: LetterService) -> None:
    progress = Progress("Building the knowledge index (first run only)")
    try:
        service.retriever(progress=progress)
    finally:
        progress.close()
    show_notices(service)


def run_batch(batch_in: str, batch_out: str | None, field: str, handle, as_json: bool, verb: str) -> None:
    """JSON Lines in -> one output line per usable input line; a bad line is reported by id, never fatal."""
    if not batch_out:
        fail("--batch needs --out OUT.jsonl")
    done = failed = 0
    with open(batch_out, "w", encoding="utf-8") as out:
        for number, obj, error in read_jsonl(batch_in):
            line_id = (obj or {}).get("id", f"line-{number}")
            value = (obj or {}).get(field)
            if error or not isinstance(value, str) or not value.strip():
                failed += 1
                click.echo(f"Skipped {line_id}: {error or 'no ' + field}", err=True)
                continue
            try:
                line = handle(obj)
            except NecessityError as exc:
                failed += 1
                click.echo(f"Skipped {line_id}: {exc}", err=True)
                continue
            except Exception as exc:  # noqa: BLE001 - one line's failure must not end the batch (no text echoed)
                failed += 1
                click.echo(f"Skipped {line_id}: unexpected error ({exc.__class__.__name__}); the other lines go on.",
                           err=True)
                continue
            out.write(json.dumps({"id": line_id, **line}, ensure_ascii=False) + "\n")
            done += 1
    summary = {"written": done, "failed": failed, "out": batch_out}
    click.echo(json.dumps(summary) if as_json else f"{verb} {done}, {failed} failed -> {batch_out}", err=not as_json)
