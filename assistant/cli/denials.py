"""`necessity denial` and `necessity appeal`: read a denial; answer every reason."""

from __future__ import annotations

import json

import click

from assistant.cli.base import cli, fail, get_service, note_text, retriever_with_progress, run_batch
from assistant.cli.letters import print_draft
from assistant.records import LetterRequest


@cli.command()
@click.argument("source", required=False)
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"text\"} per line.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def denial(source, batch_in, batch_out, as_json) -> None:
    """Read a denial letter, EOB or remittance (FILE, or - for stdin): reasons, deadline, next step."""
    service = get_service()
    if batch_in:
        def line(obj):
            row = service.read_denial(obj["text"]).batch_line("")
            row.pop("id")
            return row

        run_batch(batch_in, batch_out, "text", line, as_json, "Read")
        return
    if not source:
        fail("give a denial file, or - to read it from standard input")
    reading = service.read_denial(note_text(source))
    if as_json:
        click.echo(json.dumps(reading.as_dict()))
        return
    if not reading.is_denial:
        click.echo("This does not look like a denial: no denial statement or denial code was found.")
        return
    d = reading.as_dict()
    for notice in reading.notices:
        click.echo(f"Note: {notice}")
    status = reading.timing()
    if status and status.state in ("close", "passed"):
        click.echo("\n".join(status.lines()) + "\n")  # a deadline that is close or gone comes first
    click.echo(f"Payer: {reading.payer or 'not named'}\nReview level: {reading.review_level.replace('_', ' ')}")
    for r in reading.reasons:
        click.echo(f"Reason: {r.category}\n    \"{r.evidence[:300]}\"")
    if reading.criteria_cited:
        click.echo("Criteria cited: " + "; ".join(reading.criteria_cited))
    deadline = (f"{d['appeal_deadline_days']} days" if d["appeal_deadline_days"] is not None else "not stated")
    if d["appeal_deadline_date"]:
        deadline += f" (by {d['appeal_deadline_date']})"
    if status and status.state == "open":
        deadline += f", {status.days_left} days left"
    click.echo(f"Deadline: {deadline}\nExpedited review offered: {'yes' if reading.expedited_available else 'no'}")
    click.echo(f"Next step: {reading.next_step}")


@cli.command()
@click.option("--denial", "denial_file", required=True, help="The denial letter, EOB or remittance (file).")
@click.option("--notes", "notes", multiple=True, required=True, help="A note file (repeat for several notes).")
@click.option("--payer", default="", help="The payer (default: the one named in the denial).")
@click.option("--level-of-care", "level_of_care", default="outpatient psychotherapy", show_default=True)
@click.option("--request", "request_file", type=click.Path(exists=True, dir_okay=False),
              help="JSON file with the services: codes, frequency, sessions_or_units, date_range.")
@click.option("--offline", is_flag=True, help="Assemble from templates even when an LLM endpoint is set.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def appeal(denial_file, notes, payer, level_of_care, request_file, offline, as_json) -> None:
    """Draft an appeal that answers every denial reason, with rights, deadline and a peer-to-peer sheet."""
    service = get_service()
    retriever_with_progress(service)
    denial_text = note_text(denial_file)
    texts = [note_text(n) for n in notes]
    requested = json.loads(open(request_file, encoding="utf-8").read()) if request_file else {}
    request = LetterRequest(letter_type="appeal", payer=payer, level_of_care=level_of_care, notes=tuple(texts),
                            requested=requested, denial_text=denial_text)
    result = service.appeal(request, offline=offline)
    if as_json:
        line = result.batch_line("appeal")
        line.update({"reading": result.reading.as_dict(), "notices": list(result.draft.notices),
                     "deadline_status": result.reading.as_dict()["deadline_status"],
                     "admin_gaps": list(result.draft.admin_gaps)})
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    status = result.timing
    if status and status.state in ("close", "passed"):
        click.echo("\n".join(status.lines()) + "\n")  # the days left, or what remains, lead the page
    print_draft(result.draft, as_json=False)
    click.echo(f"\nDeadline: {result.deadline_text}")
    click.echo("\nSuggested wording, per reason (pick one in the workspace):")
    for category, options in result.alternatives.items():
        click.echo(f"  {category}:")
        for i, text in enumerate(options, 1):
            click.echo(f"    {i}. {text}")
    click.echo("\nPeer-to-peer preparation:")
    for i, point in enumerate(result.peer_to_peer, 1):
        click.echo(f"  {i}. {point}")
