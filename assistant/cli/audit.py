"""`necessity check`: the documentation audit of session notes, before a claim goes out (no model, local)."""

from __future__ import annotations

import json
import sys

import click

from assistant.cli.base import cli, fail, get_service, note_text
from assistant.errors import NecessityError
from assistant.inputs import read_jsonl
from assistant.records import LETTER_TYPES
from assistant.service import CheckResult, LetterService

SEVERITY_WORDS = {"will_deny": "WILL DENY", "may_deny": "MAY DENY", "best_practice": "BEST PRACTICE"}


def _codes(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [c.strip() for c in value.replace(";", ",").split(",") if c.strip()]
    if isinstance(value, list):
        return [str(c).strip() for c in value if str(c).strip()]
    raise NecessityError("codes must be a list such as [\"90837\", \"90785\"] or a comma-separated string")


def check_line(service: LetterService, obj: dict) -> CheckResult:
    """One batch input line -> its CheckResult (unknown fields are ignored)."""
    notes = obj.get("notes")
    if isinstance(notes, str):
        notes = [notes]
    if not isinstance(notes, list) or not notes:
        raise NecessityError("no notes: the line needs \"notes\": [\"...\", ...]")
    return service.check(notes, payer=str(obj.get("payer") or ""), level_of_care=str(obj.get("level_of_care") or ""),
                         codes=_codes(obj.get("codes")), letter_type=str(obj.get("letter_type") or ""))


def print_result(result: CheckResult, names: list[str], service: LetterService, as_json: bool) -> None:
    """The findings grouped by note, each with its quote, fix and source; then the checklist."""
    if as_json:
        line = result.batch_line("")
        line.pop("id")
        for out, f in zip(line["findings"], result.findings):
            out.update({"section": f.section, "detail": f.detail})
        line.update({"notices": list(result.notices), "partial": result.partial})
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    for notice in result.notices:
        click.echo(f"Note: {notice}", err=True)
    sources = {r.id: r for r in service.audit_rules()}
    grouped: dict[int, list] = {}
    for f in result.findings:
        grouped.setdefault(f.note_index, []).append(f)
    click.echo(f"Documentation check of {len(names)} note(s): {len(result.findings)} finding(s) "
               "(rule-based, on this computer; no model).")
    for i, name in enumerate(names):
        found = grouped.get(i, [])
        click.echo(f"\nNote {i + 1} ({name}): " + (f"{len(found)} finding(s)" if found else "no findings"))
        for f in found:
            click.echo(f"  {SEVERITY_WORDS[f.severity]:<13} {f.rule}: {f.detail}")
            click.echo(f"      quote: \"{f.evidence}\"")
            click.echo(f"      fix:   {f.fix}")
            info = sources.get(f.rule)
            title = f"{info.title} - " if info and info.title else ""
            click.echo(f"      rests on: {title}{f.section} (knowledge/{f.source_id}.md)")
    met = sum(c.status == "met" for c in result.checklist)
    missing = [c.element for c in result.checklist if c.status == "missing"]
    click.echo(f"\nChecklist for the case as a whole: {met} met, {len(missing)} missing"
               + (f" ({', '.join(missing)})" if missing else ""))


@cli.command()
@click.option("--notes", "notes", multiple=True, help="A note file (repeat for several notes of one client).")
@click.option("--payer", default="", help="The payer, e.g. Medicare, Aetna, MassHealth (Medicaid).")
@click.option("--level-of-care", "level_of_care", default="", help="e.g. 'outpatient psychotherapy', IOP.")
@click.option("--codes", default="", help="Billing codes for every note, comma-separated: 90837,90785,95,'POS 10'.")
@click.option("--type", "letter_type", type=click.Choice(list(LETTER_TYPES)), default=None,
              help="Which checklist elements apply, as in drafting (default continued_stay).")
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines of cases.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def check(notes, payer, level_of_care, codes, letter_type, batch_in, batch_out, as_json) -> None:
    """Check session notes for what payers deny on, before the claim goes out (no model; nothing leaves)."""
    service = get_service()
    if batch_in:
        if not batch_out:
            fail("--batch needs --out OUT.jsonl")
        _batch(service, batch_in, batch_out, as_json)
        return
    if not notes:
        fail("check needs --notes FILE (repeat for several notes), or --batch IN.jsonl --out OUT.jsonl")
    texts = [note_text(source) for source in notes]
    result = service.check(texts, payer=payer, level_of_care=level_of_care, codes=_codes(codes),
                           letter_type=letter_type or "")
    print_result(result, list(notes), service, as_json)


def _batch(service: LetterService, batch_in: str, batch_out: str, as_json: bool) -> None:
    """JSON Lines in -> one output line per usable case, a progress bar, and a bad line reported by id."""
    cases = list(read_jsonl(batch_in))
    done = failed = partial = 0
    with open(batch_out, "w", encoding="utf-8") as out, \
            click.progressbar(cases, label="Checking notes", file=sys.stderr) as bar:
        for number, obj, error in bar:
            case_id = str((obj or {}).get("id", f"line-{number}"))
            try:
                if error:
                    raise NecessityError(error)
                result = check_line(service, obj)
            except NecessityError as exc:
                failed += 1
                click.echo(f"\nSkipped {case_id}: {exc}", err=True)
                continue
            for notice in result.notices:
                if result.partial or "no payer-specific" in notice:
                    click.echo(f"\n{case_id}: {notice}", err=True)
            partial += result.partial
            out.write(json.dumps(result.batch_line(case_id), ensure_ascii=False) + "\n")
            done += 1
    summary = {"written": done, "failed": failed, "partial": partial, "out": batch_out}
    click.echo(json.dumps(summary) if as_json else
               f"Checked {done} case(s), {failed} failed, {partial} partly checked (see above) -> {batch_out}",
               err=not as_json)
