"""`necessity`: a thin command-line shell over LetterService. Exit code 2 means bad input or set-up."""

from __future__ import annotations

import json
import sys
import time
from importlib import resources

import click

from assistant.errors import NecessityError
from assistant.inputs import read_jsonl, read_note
from assistant.records import LETTER_TYPES, LetterRequest
from assistant.service import LetterService, build_service
from assistant.vault import PLACEHOLDER_RE


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


class _Group(click.Group):
    """Turns our errors into one clear line and exit code 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NecessityError as exc:
            _fail(str(exc))


@click.group(cls=_Group)
@click.version_option(package_name="necessity")
def cli() -> None:
    """Letters of medical necessity and appeals, drafted on this machine with PHI kept local."""


def _service() -> LetterService:
    return build_service()


def _counts_line(counts: dict[str, int]) -> str:
    if not counts:
        return "no PHI found"
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


@cli.command()
@click.argument("source", required=False)
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"text\"} per line.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--reveal", is_flag=True, help="Also print each placeholder's original value (to stderr).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def redact(source, batch_in, batch_out, reveal, as_json) -> None:
    """Redact a note (FILE, or - for stdin); placeholder counts go to stderr."""
    service = _service()
    if batch_in:
        run_batch(batch_in, batch_out, "text", lambda obj: _redact_line(service, obj), as_json, "Redacted")
        return
    if not source:
        _fail("give a note file, or - to read the note from standard input")
    note = read_note(source)
    if note.warning:
        click.echo(f"Warning: {note.warning}", err=True)
    started = time.perf_counter()
    case, vault = service.redact([note.text])
    redacted = case.notes[0]
    elapsed = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps({"redacted": redacted.text, "counts": redacted.counts(),
                               "entities": [r.__dict__ for r in redacted.redactions],
                               "seconds": round(elapsed, 3)}))
    else:
        click.echo(redacted.text)
    click.echo(f"Redacted: {_counts_line(redacted.counts())} ({elapsed:.2f} s)", err=True)
    if reveal:
        for placeholder, value in vault.items():
            click.echo(f"{placeholder}\t{value}", err=True)


def run_batch(batch_in: str, batch_out: str | None, field: str, handle, as_json: bool, verb: str) -> None:
    """JSON Lines in -> one output line per usable input line; a bad line is reported by id, never fatal."""
    if not batch_out:
        _fail("--batch needs --out OUT.jsonl")
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
            out.write(json.dumps({"id": line_id, **line}, ensure_ascii=False) + "\n")
            done += 1
    summary = {"written": done, "failed": failed, "out": batch_out}
    click.echo(json.dumps(summary) if as_json else f"{verb} {done}, {failed} failed -> {batch_out}", err=not as_json)


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
    service = _service()
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
    click.echo(f"\nPlaceholders: {_counts_line(note.counts())}")
    click.echo(f"Every placeholder restored locally: {'yes' if restored_ok else 'no'}")


class _Progress:
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


def _notices(service: LetterService) -> None:
    for notice in service.notices:
        click.echo(notice, err=True)


def _mode_line(service: LetterService) -> str:
    if service.settings.llm_configured:
        return f"LLM mode ({service.settings.llm_model})"
    return "offline mode: no LLM endpoint configured, answers quote the knowledge base"


@cli.command("ingest")
@click.option("--rebuild", is_flag=True, help="Drop the index and embed every section again.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def ingest_cmd(rebuild, as_json) -> None:
    """Build or refresh the knowledge index from knowledge/ (only changed sections are embedded)."""
    service = _service()
    progress = _Progress("Embedding knowledge sections")
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


def _retriever_with_progress(service: LetterService) -> None:
    progress = _Progress("Building the knowledge index (first run only)")
    try:
        service.retriever(progress=progress)
    finally:
        progress.close()
    _notices(service)


@cli.command()
@click.argument("question", required=False)
@click.option("--payer", help="Limit to this payer's documents (plus rules that apply to all payers).")
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"question\", \"payer\"?}.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def ask(question, payer, batch_in, batch_out, as_json) -> None:
    """Answer a question about payer criteria or appeal rules, with citations."""
    service = _service()
    _retriever_with_progress(service)
    if batch_in:
        run_batch(batch_in, batch_out, "question", lambda obj: _ask_line(service, obj), as_json, "Answered")
        return
    if not question or not question.strip():
        _fail("give a question, for example: necessity ask \"How long do I have to appeal an ERISA denial?\"")
    answer = service.ask(question, payer=payer)
    if as_json:
        click.echo(json.dumps({"question": question, "answer": answer.text, "mode": answer.mode,
                               "citations": answer.citations()}))
        return
    click.echo(f"[{_mode_line(service)}]\n")
    click.echo(answer.text + "\n")
    for i, p in enumerate(answer.passages[:3], 1):
        click.echo(f"[{i}] {p.title} — {p.section} ({p.policy_id}; effective {p.effective_date})\n    {p.url}")


def _ask_line(service: LetterService, obj: dict) -> dict:
    answer = service.ask(obj["question"], payer=obj.get("payer"))
    return {"answer": answer.text, "citations": answer.citations()}


def _request_from_line(obj: dict) -> LetterRequest:
    notes = obj.get("notes") or []
    if isinstance(notes, str):
        notes = [notes]
    return LetterRequest(letter_type=obj.get("letter_type", ""), payer=obj.get("payer", ""),
                         level_of_care=obj.get("level_of_care", ""), notes=tuple(notes),
                         requested=obj.get("requested") or {}, denial_text=obj.get("denial_text", ""))


def _print_draft(draft, as_json: bool) -> None:
    if as_json:
        line = draft.batch_line("draft")
        line.update({"admin_gaps": list(draft.admin_gaps), "notices": list(draft.notices),
                     "prompt_id": draft.prompt_id, "model": draft.model,
                     "questions": [c.question for c in draft.checklist if c.status == "missing"]})
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    mode = f"LLM mode, written by {draft.model}" if draft.mode == "llm" else "offline mode: assembled from templates, no LLM"
    click.echo(f"[{mode}; {draft.prompt_id}]\n")
    for notice in draft.notices:
        click.echo(f"Note: {notice}", err=True)
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
    service = _service()
    _retriever_with_progress(service)
    if batch_in:
        if not batch_out:
            _fail("--batch needs --out OUT.jsonl")
        _draft_batch(service, batch_in, batch_out, offline, as_json)
        return
    if not notes or not letter_type or not payer or not level_of_care:
        _fail("draft needs --notes FILE, --type, --payer and --level-of-care (or --batch IN.jsonl --out OUT.jsonl)")
    texts = []
    for source in notes:
        note = read_note(source)
        if note.warning:
            click.echo(f"Warning: {note.warning}", err=True)
        texts.append(note.text)
    requested = json.loads(open(request_file, encoding="utf-8").read()) if request_file else {}
    request = LetterRequest(letter_type=letter_type, payer=payer, level_of_care=level_of_care,
                            notes=tuple(texts), requested=requested)
    _print_draft(service.draft(request, offline=offline), as_json)


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
            return case_id, service.draft(_request_from_line(obj), offline=offline), ""
        except NecessityError as exc:
            return case_id, None, str(exc)

    with open(batch_out, "w", encoding="utf-8") as out, \
            click.progressbar(length=len(cases), label="Drafting", file=sys.stderr) as bar, \
            ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for case_id, result, error in pool.map(one, cases):
            bar.update(1)
            if result is None:
                failed += 1
                click.echo(f"\nSkipped {case_id}: {error}", err=True)
                continue
            out.write(json.dumps(result.batch_line(case_id), ensure_ascii=False) + "\n")
            done += 1
    summary = {"written": done, "failed": failed, "out": batch_out}
    click.echo(json.dumps(summary) if as_json else f"Drafted {done} letters, {failed} failed -> {batch_out}",
               err=not as_json)


def _reading_dict(reading) -> dict:
    return {"is_denial": reading.is_denial, "payer": reading.payer,
            "denial_reasons": list(dict.fromkeys(r.category for r in reading.reasons)),
            "reasons": [{"category": r.category, "evidence": r.evidence, "codes": list(r.codes)} for r in reading.reasons],
            "criteria_cited": list(reading.criteria_cited), "codes": list(reading.codes),
            "notice_date": reading.notice_date.isoformat() if reading.notice_date else None,
            "appeal_deadline_days": reading.appeal_deadline_days,
            "appeal_deadline_date": reading.appeal_deadline_date.isoformat() if reading.appeal_deadline_date else None,
            "review_level": reading.review_level, "expedited_available": reading.expedited_available,
            "next_step": reading.next_step}


@cli.command()
@click.argument("source", required=False)
@click.option("--batch", "batch_in", type=click.Path(), help="JSON Lines input: {\"id\", \"text\"} per line.")
@click.option("--out", "batch_out", type=click.Path(), help="JSON Lines output for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def denial(source, batch_in, batch_out, as_json) -> None:
    """Read a denial letter, EOB or remittance (FILE, or - for stdin): reasons, deadline, next step."""
    from assistant.denial import to_batch_line

    service = _service()
    if batch_in:
        def line(obj):
            row = to_batch_line("", service.read_denial(obj["text"]))
            row.pop("id")
            return row

        run_batch(batch_in, batch_out, "text", line, as_json, "Read")
        return
    if not source:
        _fail("give a denial file, or - to read it from standard input")
    note = read_note(source)
    reading = service.read_denial(note.text)
    if as_json:
        click.echo(json.dumps(_reading_dict(reading)))
        return
    if not reading.is_denial:
        click.echo("This does not look like a denial: no denial statement or denial code was found.")
        return
    d = _reading_dict(reading)
    click.echo(f"Payer: {reading.payer or 'not named'}\nReview level: {reading.review_level.replace('_', ' ')}")
    for r in reading.reasons:
        click.echo(f"Reason: {r.category}\n    \"{r.evidence[:300]}\"")
    if reading.criteria_cited:
        click.echo("Criteria cited: " + "; ".join(reading.criteria_cited))
    deadline = (f"{d['appeal_deadline_days']} days" if d["appeal_deadline_days"] is not None else "not stated")
    if d["appeal_deadline_date"]:
        deadline += f" (by {d['appeal_deadline_date']})"
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
    service = _service()
    _retriever_with_progress(service)
    denial_text = read_note(denial_file).text
    texts = [read_note(n).text for n in notes]
    requested = json.loads(open(request_file, encoding="utf-8").read()) if request_file else {}
    request = LetterRequest(letter_type="appeal", payer=payer, level_of_care=level_of_care, notes=tuple(texts),
                            requested=requested, denial_text=denial_text)
    result = service.appeal(request, offline=offline)
    if as_json:
        line = result.batch_line("appeal")
        line.update({"reading": _reading_dict(result.reading), "notices": list(result.draft.notices),
                     "admin_gaps": list(result.draft.admin_gaps)})
        click.echo(json.dumps(line, ensure_ascii=False))
        return
    _print_draft(result.draft, as_json=False)
    click.echo(f"\nDeadline: {result.deadline_text}")
    click.echo("\nSuggested wording, per reason (pick one in the workspace):")
    for category, options in result.alternatives.items():
        click.echo(f"  {category}:")
        for i, text in enumerate(options, 1):
            click.echo(f"    {i}. {text}")
    click.echo("\nPeer-to-peer preparation:")
    for i, point in enumerate(result.peer_to_peer, 1):
        click.echo(f"  {i}. {point}")


@cli.command()
@click.option("--port", default=8501, show_default=True, help="Port on 127.0.0.1.")
def ui(port) -> None:
    """Start the workspace in your browser (Streamlit, on 127.0.0.1 only, usage statistics off)."""
    import subprocess
    from pathlib import Path

    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    if not app.is_file():
        _fail(f"The workspace app is missing ({app}). Reinstall with `make setup`.")
    click.echo(f"necessity workspace: http://127.0.0.1:{port}  (Ctrl+C to stop)", err=True)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
           "--global.developmentMode", "false", "--client.toolbarMode", "minimal"]
    sys.exit(subprocess.call(cmd))


from assistant.cli_eval import eval  # noqa: E402  (registers `necessity eval ...`)

cli.add_command(eval)


def main() -> None:
    """Console entry point."""
    cli(prog_name="necessity")


if __name__ == "__main__":
    main()
