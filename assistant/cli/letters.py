"""`necessity draft`: a letter of medical necessity, authorization or continued-stay request from notes."""

from __future__ import annotations

import json
import sys

import click

from assistant.cli.base import cli, fail, get_service, note_text, retriever_with_progress
from assistant.errors import NecessityError
from assistant.inputs import read_jsonl
from assistant.records import LETTER_TYPES, LetterRequest
from assistant.service import LetterService


def request_from_line(obj: dict) -> LetterRequest:
    notes = obj.get("notes") or []
    if isinstance(notes, str):
        notes = [notes]
    return LetterRequest(letter_type=obj.get("letter_type", ""), payer=obj.get("payer", ""),
                         level_of_care=obj.get("level_of_care", ""), notes=tuple(notes),
                         requested=obj.get("requested") or {}, denial_text=obj.get("denial_text", ""))


def print_draft(draft, as_json: bool) -> None:
    if as_json:
        line = draft.batch_line("draft")
        line.update({"admin_gaps": list(draft.admin_gaps), "notices": list(draft.notices),
                     "prompt_id": draft.prompt_id, "model": draft.model, "defects": list(draft.defects),
                     "model_letter": draft.model_letter,
                     "questions": [c.question for c in draft.checklist if c.status == "missing"]})
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    mode = f"LLM mode, written by {draft.model}" if draft.mode == "llm" else "offline mode: assembled from templates, no LLM"
    click.echo(f"[{mode}; {draft.prompt_id}]\n")
    for notice in draft.notices:
        click.echo(f"Note: {notice}", err=True)
    for defect in draft.defects:
        click.echo(f"Letter check: {defect}", err=True)
    click.echo(draft.letter)
    click.echo("\nChecklist:")
    for c in draft.checklist:
        mark = {"met": "met", "missing": "MISSING", "not_applicable": "n/a"}[c.status]
        tail = f" - {c.question}" if c.status == "missing" else (" (in letter)" if c.in_letter else "")
        click.echo(f"  {mark:<8}{c.element}{tail}")
    for gap in draft.admin_gaps:
        click.echo(f"  ADMIN   {gap}")
    for claim in draft.unsupported_claims:
        click.echo(f"  UNSUPPORTED  {claim}")


@cli.command()
@click.option("--notes", "notes", multiple=True, help="A note file (repeat for several notes).")
@click.option("--type", "letter_type", type=click.Choice(list(LETTER_TYPES)), help="Letter type.")
@click.option("--payer", help="The payer, e.g. Aetna, Optum/UnitedHealthcare, Medicare.")
@click.option("--level-of-care", "level_of_care", help="e.g. 'outpatient psychotherapy', IOP, PHP.")
@click.option("--request", "request_file", type=click.Path(exists=True, dir_okay=False),
              help="JSON file with the requested services: codes, frequency, sessions_or_units, date_range, note.")
@click.option("--offline", is_flag=True, help="Assemble from templates even when an LLM endpoint is set.")
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines of cases.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def draft(notes, letter_type, payer, level_of_care, request_file, offline, batch_in, batch_out, as_json) -> None:
    """Draft a letter of medical necessity, authorization or continued-stay request from notes."""
    service = get_service()
    retriever_with_progress(service)
    if batch_in:
        if not batch_out:
            fail("--batch needs --out OUT.jsonl")
        _draft_batch(service, batch_in, batch_out, offline, as_json)
        return
    if not notes or not letter_type or not payer or not level_of_care:
        fail("draft needs --notes FILE, --type, --payer and --level-of-care (or --batch IN.jsonl --out OUT.jsonl)")
    texts = [note_text(source) for source in notes]
    requested = json.loads(open(request_file, encoding="utf-8").read()) if request_file else {}
    request = LetterRequest(letter_type=letter_type, payer=payer, level_of_care=level_of_care,
                            notes=tuple(texts), requested=requested)
    print_draft(service.draft(request, offline=offline), as_json)


def _draft_batch(service: LetterService, batch_in: str, batch_out: str, offline: bool, as_json: bool) -> None:
    from concurrent.futures import ThreadPoolExecutor

    cases = list(read_jsonl(batch_in))
    workers = service.settings.llm_workers if (service.settings.llm_configured and not offline) else 1
    done = failed = 0

    def one(item):
        number, obj, error = item
        case_id = (obj or {}).get("id", f"line-{number}")
        if error:
            return case_id, None, error
        try:
            return case_id, service.draft(request_from_line(obj), offline=offline), ""
        except NecessityError as exc:
            return case_id, None, str(exc)
        except Exception as exc:  # noqa: BLE001 - one case's failure (index, model, guard) must not end the batch
            return case_id, None, (f"unexpected error ({exc.__class__.__name__}); the other cases go on. "
                                   "Run this case again on its own to see more.")

    with open(batch_out, "w", encoding="utf-8") as out, \
            click.progressbar(length=len(cases), label="Drafting", file=sys.stderr) as bar, \
            ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for case_id, result, error in pool.map(one, cases):
            bar.update(1)
            if result is None:
                failed += 1
                click.echo(f"\nSkipped {case_id}: {error}", err=True)
                continue
            line = result.batch_line(case_id)
            line["notices"] = list(result.notices)  # why the model's draft or reading was not used
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            done += 1
    summary = {"written": done, "failed": failed, "out": batch_out}
    click.echo(json.dumps(summary) if as_json else f"Drafted {done} letters, {failed} failed -> {batch_out}",
               err=not as_json)
