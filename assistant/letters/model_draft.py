"""Stage: the model writes the letter's prose from redacted notes; our checks drive bounded revisions."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Sequence

from assistant.letters.checklist import ChecklistItem, mark_in_letter
from assistant.letters.claims import unsupported_claims
from assistant.letters.draft import client_identity
from assistant.errors import ModelOutputError
from assistant.letters.facts import Facts
from assistant.letters.model_letter_checks import LetterContext, describe, letter_defects, revision_instructions
from assistant.letters.model_letter_fix import repair
from assistant.ports import ChatModel
from assistant.prompts import render
from assistant.records import LetterRequest, Passage
from assistant.phi.vault import PLACEHOLDER_RE, Vault


@dataclass(frozen=True)
class Written:
    """The model's final letter (still redacted) and what it took."""

    prompt_id: str
    letter: str
    seconds: float
    notices: tuple[str, ...] = field(default_factory=tuple)
    first_defects: tuple[str, ...] = ()   # what the model's first reply had, before repairs and revisions


def clean_reply(text: str) -> str:
    """Model reply -> letter text: code fences and a leading "Here is the letter:" line removed."""
    text = text.strip()
    fenced = re.match(r"^```[a-zA-Z]*\n(.*?)\n```$", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    text = re.sub(r"^(?:here is|here's|below is)[^\n]{0,80}:\s*\n", "", text, flags=re.I)
    return text


def check_reply(letter: str, facts: Facts) -> None:
    """Refuse a reply that is not a letter: too short, or missing every diagnosis code the notes give."""
    if len(letter) < 300 or len(letter.split()) < 60:
        raise ModelOutputError("The model's reply is too short to be a letter.")
    codes = [d.icd10 for d in facts.diagnoses if d.icd10]
    if codes and not any(c in letter for c in codes):
        raise ModelOutputError("The model's reply does not look like a letter for these notes (no diagnosis code).")


def review_problems(letter: str, items: Sequence[ChecklistItem], redacted_notes: Sequence[str],
                    request: LetterRequest, vault: Vault, sections: Sequence[str] = ()) -> list[str]:
    """A draft -> what a revision must fix: left-out elements, unsupported claims, invented placeholders."""
    problems = [f'Add a section headed "{h}" that answers that denial reason.' for h in sections
                if h.split(":")[0].lower() not in letter.lower()]
    for item in mark_in_letter(items, letter):
        if item.status == "met" and not item.in_letter:
            problems.append(f"The letter leaves out {item.element.replace('_', ' ')}; the notes say: \"{item.evidence}\"")
        if item.status == "missing" and "[MISSING:" not in letter:
            problems.append(f"{item.element.replace('_', ' ')} is not documented: write [MISSING: {item.question}]")
    for claim in unsupported_claims(letter, list(redacted_notes), request.requested):
        problems.append(f"Remove or correct this, which the notes do not support: {claim}")
    unknown = sorted({m.group() for m in PLACEHOLDER_RE.finditer(letter) if vault.original(m.group()) is None})
    if unknown:
        problems.append(f"Remove these placeholders, which are not in the notes: {', '.join(unknown)}")
    return problems


def redacted_request(request: LetterRequest, vault: Vault) -> LetterRequest:
    """The request with its service dates as vault placeholders: dates tied to a client are PHI, and the guard
    refuses a request that carries one (they are restored with the rest of the letter)."""
    from dataclasses import replace

    from assistant.letters.letter_dates import find_dates

    def swap(value):
        if not isinstance(value, str):
            return value
        for d in sorted(find_dates(value), key=lambda d: -d.start):
            if d.day is not None:
                value = value[:d.start] + vault.placeholder_for("DATE", d.text) + value[d.start + len(d.text):]
        return value

    return replace(request, requested={k: swap(v) for k, v in request.requested.items()})


def letter_context(request: LetterRequest, redacted_notes: Sequence[str], passages: Sequence[Passage],
                   denial: str = "") -> LetterContext:
    """What a model's redacted letter is checked against: the redacted notes, the request, the client's placeholders."""
    identity = client_identity(redacted_notes)
    sources = tuple(f"{p.label} {p.effective_date} {p.text}" for p in passages) + ((denial,) if denial else ())
    return LetterContext(notes=tuple(redacted_notes), requested=dict(request.requested),
                         client_names=tuple(v for k, v in identity.items() if k == "name"), sources=sources,
                         criteria=tuple(p.text for p in passages))


def draft_with_model(model: ChatModel, request: LetterRequest, redacted_notes: Sequence[str], facts: Facts,
                     items: Sequence[ChecklistItem], passages: Sequence[Passage], vault: Vault,
                     rounds: int = 2, denial: str = "", on_text=None, sections: Sequence[str] = ()) -> Written:
    """LLM mode: write, repair, check, revise (at most `rounds` times) -> the final redacted letter."""
    request = redacted_request(request, vault)
    _, system = render("draft_system")
    pid, user = render("draft_letter", request=request, checklist=list(items), passages=list(passages),
                       notes=list(redacted_notes), identity=client_identity(redacted_notes), denial=denial,
                       sections=list(sections))
    public = "\n".join(f"{p.title} {p.section} {p.policy_id} {p.text}" for p in passages)
    if on_text is not None:  # stream the first version as it is written; revisions arrive whole
        started, parts = time.perf_counter(), []
        for piece in model.stream([("system", system), ("user", user)], vault, pid, public):
            parts.append(piece)
            on_text(piece)
        seconds, letter = time.perf_counter() - started, clean_reply("".join(parts))
    else:
        reply = model.complete([("system", system), ("user", user)], vault, pid, public)
        seconds, letter = reply.seconds, clean_reply(reply.text)
    check_reply(letter, facts)
    ctx = letter_context(request, redacted_notes, passages, denial)
    first = tuple(describe(letter_defects(letter, ctx)))
    letter = repair(letter, ctx)
    notices = []
    for _ in range(rounds):
        content = review_problems(letter, items, redacted_notes, request, vault, sections)
        problems = content + revision_instructions(letter_defects(letter, ctx), ctx)
        if not problems:
            break
        rid, revise = render("revise_letter", letter=letter, problems=problems,
                             notes=list(redacted_notes) if content else [])
        started = time.perf_counter()
        try:
            reply = model.complete([("system", system), ("user", revise)], vault, rid, public)
            revised = clean_reply(reply.text)
            check_reply(revised, facts)
        except ModelOutputError as exc:  # a failed revision never costs the letter we already have
            seconds += time.perf_counter() - started
            notices.append(f"A revision failed ({exc}); the previous version is kept.")
            break
        seconds += reply.seconds
        letter, pid = repair(revised, ctx), f"{pid}+{rid}"
    else:
        if review_problems(letter, items, redacted_notes, request, vault, sections) or letter_defects(letter, ctx):
            notices.append("Some problems remain after revision: see the checklist and unsupported claims.")
    return Written(prompt_id=pid, letter=letter, seconds=seconds, notices=tuple(notices), first_defects=first)
