"""One flow for every letter: redact, read, check, retrieve, write, restore, check again.

A draft and an appeal differ only in what they retrieve and what the letter must answer; that part is an
`Outline` made by the caller's planner. Everything else, including the model's turn and every check on
the final letter, happens here once.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Callable, Sequence

from assistant.errors import ModelOutputError, RedactionError
from assistant.letters.checklist import ChecklistItem, administrative_gaps, check_notes, mark_in_letter
from assistant.letters import patterns as P
from assistant.letters.claims import unsupported_claims
from assistant.letters.dates import chronology
from assistant.letters.draft import Draft, draft_offline, retrieval_query
from assistant.letters.extract import extract_facts
from assistant.letters.group_notes import client_entries
from assistant.letters.facts import Facts
from assistant.letters.levels import at_level
from assistant.letters.letter_checks import empty_sections, single_spaced
from assistant.letters.letterhead import before_signature, fill
from assistant.letters.state_scope import case_states, out_of_state
from assistant.letters.model_letter_checks import LetterContext, blocked_because, blocking, describe, letter_defects
from assistant.phi.lexicon import STATES
from assistant.phi.vault import Vault, reidentify
from assistant.letters.letter_dates import in_months
from assistant.ports import ChatModel, Embedder
from assistant.records import Clinician, LetterRequest, Passage, RedactedCase

STREAM_PIECE = 400  # characters per piece when an offline letter is "streamed" to the workspace


@dataclass(frozen=True)
class Engines:
    """What the flow needs from the service: redaction, and a model when LLM mode is on."""

    redact: Callable[[list[str]], tuple[RedactedCase, Vault]]
    model: ChatModel | None = None   # None: offline
    model_name: str = ""
    revision_rounds: int = 2
    embedder: Embedder | None = None  # the local sentence embedder for the semantic evidence signal


@dataclass(frozen=True)
class Reading:
    """The case as the flow has read it, handed to the planner."""

    request: LetterRequest
    case: RedactedCase           # the notes, then any extra texts (an appeal's denial), redacted
    vault: Vault
    notes: tuple[str, ...]       # the redacted notes only
    facts: Facts
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Outline:
    """What one kind of letter adds to the flow: its criteria and, for an appeal, a section per reason."""

    passages: tuple[Passage, ...]
    denial_sections: tuple[dict, ...] = ()   # {"heading", "paragraphs"} per denial reason
    headings: tuple[str, ...] = ()           # section headings the model must keep
    denial: str = ""                         # the redacted denial, shown to the model
    closing_block: str = ""                  # placed above the signature (an appeal's rights and deadline)
    opening_block: str = ""                  # placed after the salutation (a late appeal's good-cause request)
    model_reads_notes: bool = True           # let the model point at evidence for missing elements


Planner = Callable[[Reading], Outline]


def write_letter(engines: Engines, request: LetterRequest, clinician: Clinician, plan: Planner,
                 extra_texts: Sequence[str] = (), on_text: Callable[[str], None] | None = None) -> Draft:
    """Notes (+ extra texts such as a denial) and a planner -> a checked Draft with PHI restored locally."""
    started = time.perf_counter()
    case, vault = engines.redact(list(request.notes) + list(extra_texts))
    notes = client_entries([n.text for n in case.notes[:len(request.notes)]])  # a group note keeps the client's entry
    facts = at_level(extract_facts(list(notes), engines.embedder, chronology(vault.items())), request.level_of_care)
    items = check_notes(facts, request.letter_type, request.level_of_care, pre_service=said_not_started(request))
    outline = plan(Reading(request, case, vault, notes, facts, items))
    pid, letter = draft_offline(request, list(notes), facts, items, outline.passages,
                                denial_sections=outline.denial_sections)
    written = _model_turn(engines, request, notes, facts, items, outline, vault, on_text)
    items = written.items or items
    sources = list(request.notes) + list(extra_texts)
    labels = [p.label for p in outline.passages]
    ctx = _restored_context(request, notes, vault, outline, extra_texts, clinician)

    def finish(redacted: str) -> tuple[str, _Verdict]:
        if outline.closing_block:
            redacted = before_signature(redacted, outline.closing_block)
        if outline.opening_block:
            redacted = _after_salutation(redacted, outline.opening_block)
        restored = in_months(single_spaced(fill(reidentify(redacted, vault, capitalize_names=True), clinician, request.payer)))
        return redacted, _verdict(restored, items, sources, request, labels, clinician, ctx)

    offline_redacted, offline = finish(letter)
    mode, model, model_seconds, model_letter = "offline", "", 0.0, ""
    notices, chosen, redacted = list(written.notices), offline, offline_redacted
    model_seconds = written.spent  # the reading, the letter and its revisions, used or not
    if written.letter:
        model_redacted, by_model = finish(written.letter)
        if blocking(by_model.defects):
            model_letter = by_model.letter
            notices.append(f"The model's letter still {blocked_because(by_model.defects)} after revision, so the "
                           "offline draft is shown with the model's version beside it.")
        elif by_model.problems > offline.problems:
            model_letter = by_model.letter
            notices.append(f"The model's letter had more problems on our checks ({by_model.problems}) than the "
                           f"offline draft ({offline.problems}), so the offline draft is shown with the model's "
                           "version beside it.")
        else:
            pid, mode, model, chosen, redacted = written.prompt_id, "llm", engines.model_name, by_model, model_redacted
    if on_text is not None and mode == "offline":
        for i in range(0, len(chosen.letter), STREAM_PIECE):
            on_text(chosen.letter[i:i + STREAM_PIECE])
    elapsed = time.perf_counter() - started
    return Draft(letter=chosen.letter, redacted_letter=redacted, mode=mode, model=model, prompt_id=pid,
                 checklist=chosen.checklist, unsupported_claims=chosen.claims, admin_gaps=chosen.gaps,
                 citations=tuple(outline.passages), notices=tuple(notices),
                 pipeline_seconds=round(elapsed - model_seconds, 3), model_seconds=round(model_seconds, 3),
                 defects=chosen.defects, model_letter=model_letter, model_defects=written.first_defects)


@dataclass(frozen=True)
class _Verdict:
    """A finished letter (PHI restored) and what our checks found in it."""

    letter: str
    checklist: tuple[ChecklistItem, ...]
    claims: tuple[str, ...]
    gaps: tuple[str, ...]
    defects: tuple[str, ...]
    problems: int      # everything above that a reviewer would send back, counted alike


def _verdict(letter: str, items, sources, request: LetterRequest, labels, clinician: Clinician,
             ctx: LetterContext) -> _Verdict:
    checklist = mark_in_letter(items, letter)
    claims = tuple(unsupported_claims(letter, sources, request.requested, labels))
    gaps = tuple(administrative_gaps(letter, request.requested, clinician.as_dict()))
    defects = tuple(describe(letter_defects(letter, ctx)))
    left_out = sum(1 for c in checklist if c.status == "met" and not c.in_letter)
    problems = len(claims) + len(gaps) + len(defects) + len(empty_sections(letter)) + left_out
    return _Verdict(letter, checklist, claims, gaps, defects, problems)


def _restored_context(request: LetterRequest, notes, vault: Vault, outline: Outline, extra_texts,
                      clinician: Clinician) -> LetterContext:
    """The letter checks' context in the clinician's words: original notes, the client's real name, our own dates."""
    from assistant.letters.draft import client_identity

    name = client_identity(notes).get("name", "")
    # a name may be given and family name apart ("<PERSON_3> <PERSON_2>" from a record's first and last fields)
    names = tuple(n for n in (vault.original(p) for p in re.findall(r"<[A-Z_]+_\d+>", name)) if n)
    own = fill("{{CLINICIAN_LETTERHEAD}}\n{{CLINICIAN_SIGNATURE}}", clinician, request.payer)
    sources = tuple(f"{p.label} {p.effective_date} {p.text}" for p in outline.passages)
    sources += tuple(json.dumps(s, ensure_ascii=False) for s in outline.denial_sections)  # an appeal's cited rules
    return LetterContext(notes=tuple(request.notes), requested=dict(request.requested), client_names=names,
                         sources=sources + tuple(extra_texts) + (own, outline.closing_block, outline.opening_block),
                         criteria=tuple(p.text for p in outline.passages))


def _after_salutation(letter: str, block: str) -> str:
    """Put a block right after the salutation line ("Dear ...:"), or at the top when there is none."""
    lines = letter.split("\n")
    at = next((i for i, line in enumerate(lines) if line.strip().startswith("Dear ")), None)
    if at is None:
        return block.strip() + "\n\n" + letter
    return "\n".join(lines[:at + 1] + ["", block.strip()] + lines[at + 1:])


@dataclass(frozen=True)
class _Turn:
    letter: str = ""            # empty: the model did not write the letter (offline, or it failed)
    prompt_id: str = ""
    seconds: float = 0.0
    notices: tuple[str, ...] = ()
    items: tuple[ChecklistItem, ...] = ()
    first_defects: tuple[str, ...] = ()
    spent: float = 0.0          # seconds waiting for the model, whether or not its work was used


def _model_turn(engines: Engines, request: LetterRequest, notes: Sequence[str], facts: Facts,
                items: tuple[ChecklistItem, ...], outline: Outline, vault: Vault, on_text) -> _Turn:
    """LLM mode: the model's reading of the notes, then its letter; any failure leaves the offline draft."""
    if engines.model is None:
        return _Turn()
    from assistant.letters.model_draft import draft_with_model
    from assistant.letters.model_reading import cross_check_checklist

    notices: list[str] = []
    learned = len(getattr(engines.model, "adaptations", ()))
    started, reading = time.perf_counter(), 0.0
    if outline.model_reads_notes:
        try:
            asked = time.perf_counter()
            items, found = cross_check_checklist(engines.model, notes, items, vault, request.letter_type,
                                                 request.level_of_care)
            notices.extend(found)
            reading = time.perf_counter() - asked
        except (ModelOutputError, RedactionError) as exc:
            reading = time.perf_counter() - asked
            notices.append(f"The model's reading of the notes was not used ({exc})")
    try:
        written = draft_with_model(engines.model, request, notes, facts, items, outline.passages, vault,
                                   rounds=engines.revision_rounds, denial=outline.denial, on_text=on_text,
                                   sections=outline.headings)
    except (ModelOutputError, RedactionError) as exc:
        notices.extend(list(getattr(engines.model, "adaptations", ()))[learned:])
        return _Turn(notices=tuple(notices) + (f"{exc} The offline draft is shown instead.",), items=items,
                     spent=time.perf_counter() - started)
    notices.extend(list(getattr(engines.model, "adaptations", ()))[learned:])  # what the client learned this time
    return _Turn(written.letter, written.prompt_id, written.seconds, tuple(notices) + written.notices, items,
                 written.first_defects, spent=reading + written.seconds)



def check_case(engines: Engines, request: LetterRequest) -> tuple[ChecklistItem, ...]:
    """The checklist alone, on the redacted notes, exactly as a draft would start it (no letter is written)."""
    case, vault = engines.redact(list(request.notes))
    facts = at_level(extract_facts(list(client_entries([n.text for n in case.notes])), engines.embedder, chronology(vault.items())),
                     request.level_of_care)
    return check_notes(facts, request.letter_type, request.level_of_care, pre_service=said_not_started(request))


def said_not_started(request: LetterRequest) -> bool:
    """The request's own note (what the clinician typed beside the codes) says the care has not begun: "pre-service
    appeal", "program not yet started", "awaiting admission"."""
    note = request.requested.get("note") if isinstance(request.requested, dict) else None
    return isinstance(note, str) and bool(P.NOT_STARTED.search(note))


def criteria_only(passages: Sequence[Passage]) -> list[Passage]:
    """Drop our own how-to-write guidance: a letter cites payer criteria and rules, not writing advice."""
    return [p for p in passages if not re.search(r"(?:^|-)letter(?:-|$)|letter-of-medical-necessity", p.source_id)]


_STATE_OF_NAME = {name: abbr for abbr, name in STATES.items()}
_OF_STATE = re.compile(r"\bof (%s)\b" % "|".join(map(re.escape, _STATE_OF_NAME)))
_STATE_SAID = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, list(_STATE_OF_NAME) + list(STATES))))


def _another_plans(passage: Passage, payer: str) -> bool:
    """A section about one regional plan ("Blue Cross Blue Shield of Illinois professional psychotherapy policy",
    "BCBSTX ...") cited for a member of another plan of the same family: a reviewer would send it back."""
    named = {_STATE_OF_NAME[m] for m in _OF_STATE.findall(passage.section)} | set(re.findall(r"\bBCBS([A-Z]{2})\b", passage.section))
    if not named:
        return False
    said = {_STATE_OF_NAME.get(m, m) for m in _STATE_SAID.findall(payer)}
    return not named & said


def criteria_planner(search: Callable[..., list[Passage]]) -> Planner:
    """The planner for a letter of medical necessity or an authorization request: this payer's criteria."""
    def plan(reading: Reading) -> Outline:
        request = reading.request
        found = search(retrieval_query(request, reading.facts), k=6, payer=request.payer,
                       level_of_care=request.level_of_care)
        states = case_states(request.payer, request.level_of_care, [n.text for n in reading.case.notes])
        return Outline(passages=tuple(p for p in criteria_only(found) if not _another_plans(p, request.payer)
                                      and not out_of_state(p, states)
                                      and not _substance_criteria_elsewhere(p, reading))[:4])
    return plan


_SUBSTANCE_SOURCE = re.compile(r"\bASAM\b|\bsubstance use (?:disorder )?(?:criteria|treatment levels)\b", re.I)
_SUBSTANCE_CASE = re.compile(r"\bF1[0-9]\.|use disorder|alcohol|opioid|cannabis|stimulant|cocaine|substance|withdrawal|detox|"
                             r"chemical dependency|\bASAM\b|\bSUD\b|\bAUD\b|\bOUD\b", re.I)


def _substance_criteria_elsewhere(passage: Passage, reading: Reading) -> bool:
    """The ASAM Criteria (substance use levels of care) cited for a case with no substance use diagnosis or level (an
    autism ABA request, a depression IOP): a reviewer would send it back."""
    if not _SUBSTANCE_SOURCE.search(f"{passage.source_id.replace('-', ' ')} {passage.title} {passage.section}"):
        return False
    said = " ".join([reading.request.level_of_care] + [f"{d.icd10 or ''} {d.name}" for d in reading.facts.diagnoses])
    return not _SUBSTANCE_CASE.search(said)
