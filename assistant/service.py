"""LetterService: the one API that the CLI, the UI and the evals call."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from assistant.errors import ConfigError, InputError, ModelOutputError, RedactionError
from assistant.redact import PhiDetector, find_spans, redact_case
from assistant.inputs import unwrap_lines
from assistant.letterhead import fill
from assistant.records import LETTER_TYPES, Clinician, LetterRequest, Passage, RedactedCase
from assistant.settings import Settings, load_settings
from assistant.vault import Vault, reidentify

# Heavy stages (knowledge, retrieval, drafting) import inside the methods that use them, so a quick
# command such as `necessity redact` starts fast.
KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


@dataclass
class LetterService:
    """Wires the stages to their adapters; adapters load lazily so a command only pays for what it uses."""

    settings: Settings
    _detector: PhiDetector | None = field(default=None, repr=False)
    embedder: object | None = field(default=None, repr=False)
    knowledge_dir: Path = KNOWLEDGE_DIR
    _index: object | None = field(default=None, repr=False)
    _retriever: Retriever | None = field(default=None, repr=False)
    notices: list[str] = field(default_factory=list)
    _chat: object | None = field(default=None, repr=False)
    llm_log: list[dict] = field(default_factory=list, repr=False)
    _workspace: object | None = field(default=None, repr=False)

    # --- redaction -------------------------------------------------------------------------
    @property
    def detector(self) -> PhiDetector:
        """The PHI detector, built on first use (loading spaCy takes about a second)."""
        if self._detector is None:
            from assistant.adapters.presidio import PresidioDetector

            self._detector = PresidioDetector(self.settings.spacy_model)
        return self._detector

    def redact(self, notes: Sequence[str], vault: Vault | None = None) -> tuple[RedactedCase, Vault]:
        """Notes of one case -> redacted notes and the local vault that can restore them."""
        if not notes or not any(n.strip() for n in notes):
            raise InputError("There is no note text to redact.")
        return redact_case(list(notes), self.detector, vault)

    def phi_spans(self, text: str) -> list:
        """One text -> its final PHI spans (offsets into the text), for batch output and evals."""
        return find_spans([text], self.detector)[0]

    @staticmethod
    def restore(text: str, vault: Vault) -> str:
        """Text with placeholders -> text with the original values, on this machine only."""
        return reidentify(text, vault)

    # --- knowledge -------------------------------------------------------------------------
    def _embedder(self):
        if self.embedder is None:
            from assistant.adapters.embedder import OnnxEmbedder

            self.embedder = OnnxEmbedder(self.settings.embedding_dir)
        return self.embedder

    @property
    def index_path(self) -> Path:
        """Where the embedded Chroma index lives."""
        return self.settings.data_dir / "chroma"

    def _open_index(self):
        from assistant.adapters.chroma import ChromaIndex

        return ChromaIndex(self._embedder(), path=self.index_path, url=self.settings.chroma_url)

    @property
    def index(self):
        """The Chroma index; a corrupt local folder is set aside and rebuilt rather than failing."""
        if self._index is None:
            try:
                self._index = self._open_index()
            except ConfigError:
                if self.settings.chroma_url or not self.index_path.exists():
                    raise
                self._remove_local_index()
                self.notices.append("The knowledge index could not be opened, so it was rebuilt.")
                self._index = self._open_index()
        return self._index

    def _remove_local_index(self) -> None:
        from assistant.adapters.chroma import ChromaIndex

        ChromaIndex.remove_local(self.index_path)

    def ingest(self, rebuild: bool = False, progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """knowledge/ -> the index; only changed sections are embedded again."""
        from assistant.ingest import ingest
        from assistant.knowledge import load_knowledge

        if rebuild and not self.settings.chroma_url and self.index_path.exists():
            self._index = None
            self._remove_local_index()
        sections, problems = load_knowledge(self.knowledge_dir)
        report = ingest(sections, problems, self.index, self._embedder(), rebuild=rebuild, progress=progress)
        self._retriever = None
        return report

    def retriever(self, progress: Callable[[int, int], None] | None = None) -> Retriever:
        """Hybrid retriever; the first call builds the index if it is empty."""
        if self._retriever is None:
            from assistant.adapters.bm25 import KeywordIndex
            from assistant.retrieve import Retriever

            if self.index.count() == 0:
                report = self.ingest(progress=progress)
                self.notices.append(f"Built the knowledge index: {report.summary()}")
            self._retriever = Retriever(self.index, KeywordIndex(self.index.sections()), self._embedder())
        return self._retriever

    def search(self, query: str, k: int = 5, payer: str | None = None, level_of_care: str | None = None,
               mode: Mode = "hybrid") -> list[Passage]:
        """Query -> cited passages."""
        return self.retriever().search(query, k=k, payer=payer, level_of_care=level_of_care, mode=mode)

    def ask(self, question: str, payer: str | None = None, k: int = 5, mode: Mode = "hybrid") -> Answer:
        """A question about payer criteria -> an answer with citations (extractive when offline)."""
        from assistant.ask import extractive_answer

        if not question or not question.strip():
            raise InputError("The question is empty: type what you want to know about a payer's criteria.")
        retriever = self.retriever()
        passages = self.search(question, k=k, payer=payer, mode=mode)
        candidates = retriever.expand(passages, docs=3)
        df, n_docs = retriever.document_frequencies()
        offline = extractive_answer(question, candidates, df=df, n_docs=n_docs)
        if not self.settings.llm_configured or not passages:
            return offline
        from assistant.ask_llm import answer_with_model

        case, vault = self.redact([question])  # the question may name a client; only the redacted form leaves
        try:
            answer = answer_with_model(self.chat_model(), case.notes[0].text, passages, vault)
        except (ModelOutputError, RedactionError) as exc:
            return replace(offline, notes=(f"{exc} This answer quotes the knowledge base instead.",))
        return replace(answer, question=question, text=reidentify(answer.text, vault))

    # --- denials and appeals ------------------------------------------------------------------
    def read_denial(self, text: str, assisted: bool | None = None):
        """A denial letter, EOB or remittance -> reasons, codes, deadline, review level.

        The rules always run, locally. In LLM mode the model also reads the redacted denial, and any reason
        it adds with a verbatim quote joins the rule-based ones.
        """
        from assistant.denial import CATEGORIES, DenialReason, read_denial

        if not text or not text.strip():
            raise InputError("The denial text is empty: paste the denial letter, EOB or remittance advice.")
        reading = read_denial(text)
        if not reading.is_denial or not self.settings.llm_configured or assisted is False:
            return reading
        from assistant.cross_check import model_reasons

        case, vault = self.redact([text])
        try:
            found = model_reasons(self.chat_model(), case.notes[0].text, CATEGORIES, vault)
        except (ModelOutputError, RedactionError):
            return reading
        have = {r.category for r in reading.reasons}
        extra = [DenialReason(c, reidentify(q, vault)) for c, q in found if c not in have]
        return replace(reading, reasons=reading.reasons + tuple(dict((r.category, r) for r in extra).values()))

    def appeal(self, request: LetterRequest, clinician: Clinician | None = None, offline: bool = False,
               on_text: Callable[[str], None] | None = None) -> "AppealResult":
        """A denial and the notes -> an appeal answering every reason, with rights, deadline and a P2P sheet."""
        from assistant.appeal import AppealResult, before_signature, plan_appeal, reason_query, redacted_slice
        from assistant.appeal_facts import summarize
        from assistant.checklist import administrative_gaps, check_notes, intensity, mark_in_letter
        from assistant.claims import unsupported_claims
        from assistant.draft import Draft, draft_offline, retrieval_query
        from assistant.facts import extract_facts

        started = time.perf_counter()
        reading = self.read_denial(request.denial_text)
        if not reading.is_denial:
            raise InputError("This text does not look like a denial (no denial, adverse determination or "
                             "denial code found). Paste the payer's denial letter, EOB or remittance advice.")
        request = replace(request, letter_type="appeal", payer=request.payer or reading.payer or "",
                          notes=tuple(unwrap_lines(n) for n in request.notes))
        _validate(request)
        clinician = clinician or self.clinician()
        case, vault = self.redact(list(request.notes) + [request.denial_text])
        redacted = [n.text for n in case.notes[:-1]]
        denial_note = case.notes[-1]

        def redact_quote(evidence: str) -> str:
            at = request.denial_text.find(evidence)
            return redacted_slice(request.denial_text, denial_note, at, at + len(evidence)) if at >= 0 else ""

        facts = extract_facts(redacted)
        items = check_notes(facts, "appeal", request.level_of_care)
        level = request.level_of_care or "the requested care"
        by_reason = {r.category: self.search(reason_query(r.category, level, reading.criteria_cited), k=3,
                                             payer=request.payer, level_of_care=request.level_of_care)
                     for r in reading.reasons}
        general = self.search(retrieval_query(request, facts), k=3, payer=request.payer,
                              level_of_care=request.level_of_care)
        expedite = reading.expedited_available and intensity(level) in ("iop", "php", "residential")
        plan = plan_appeal(reading, summarize(facts), level, request.payer, by_reason, redact_quote, expedite)
        sections = [{"heading": s.heading, "paragraphs": [p for p in s.text.split("\n")[1:] if p.strip()]}
                    for s in plan.sections]
        headings = [f"Reason {n}: {s.heading}" for n, s in enumerate(plan.sections, 1)]
        passages = list(dict.fromkeys(general + [p for ps in by_reason.values() for p in ps]))[:8]
        pid, redacted_letter = draft_offline(request, redacted, facts, items, passages, denial_sections=sections)
        mode, model, notices, model_seconds = "offline", "", [], 0.0
        if self.settings.llm_configured and not offline:
            from assistant.draft_llm import draft_with_model

            try:
                written = draft_with_model(self.chat_model(), request, redacted, facts, items, passages, vault,
                                           rounds=self.settings.llm_revision_rounds, denial=denial_note.text,
                                           on_text=on_text, sections=headings)
                pid, redacted_letter, model_seconds = written.prompt_id, written.letter, written.seconds
                mode, model = "llm", self.settings.llm_model
                notices.extend(written.notices)
            except (ModelOutputError, RedactionError) as exc:
                notices.append(f"{exc} The offline draft is shown instead.")
        if on_text is not None and mode == "offline":
            on_text(redacted_letter)
        redacted_letter = before_signature(redacted_letter, plan.rights_and_deadline)
        letter = fill(reidentify(redacted_letter, vault), clinician, request.payer)
        items = mark_in_letter(items, letter)
        claims = unsupported_claims(letter, list(request.notes) + [request.denial_text], request.requested,
                                    _citation_text(passages))
        gaps = administrative_gaps(letter, request.requested, clinician.as_dict())
        elapsed = time.perf_counter() - started
        draft = Draft(letter=letter, redacted_letter=redacted_letter, mode=mode, model=model, prompt_id=pid,
                      checklist=tuple(items), unsupported_claims=tuple(claims), admin_gaps=tuple(gaps),
                      citations=tuple(passages), notices=tuple(notices),
                      pipeline_seconds=round(elapsed - model_seconds, 3), model_seconds=round(model_seconds, 3))
        restore = lambda t: reidentify(t, vault)  # noqa: E731
        return AppealResult(draft=draft, reading=reading,
                            alternatives={k: tuple(restore(x) for x in v) for k, v in plan.alternatives.items()},
                            peer_to_peer=tuple(restore(p) for p in plan.peer_to_peer),
                            deadline_text=plan.deadline_text, sections=tuple(headings))

    # --- the language model ------------------------------------------------------------------
    def chat_model(self):
        """The configured OpenAI-compatible chat model (or one injected for tests)."""
        if self._chat is None:
            from assistant.adapters.chat_openai import OpenAIChat

            st = self.settings
            self._chat = OpenAIChat(st.llm_model, base_url=st.llm_base_url, api_key=st.llm_api_key,
                                    timeout_s=st.llm_timeout_s, max_retries=st.llm_max_retries,
                                    max_tokens=st.llm_max_tokens, token_limit_style=st.llm_token_limit_style,
                                    audit=self.audit, structured_method=st.llm_structured_method)
        return self._chat

    def audit(self, record: dict) -> None:
        """Keep a log of every LLM request (counts and ids only, never text); the workspace persists it."""
        self.llm_log.append(record)
        if self._workspace is not None:
            self._workspace.log_llm_request(record)

    def test_connection(self) -> tuple[bool, str]:
        """Send a tiny request with no client data -> (worked, a message for the Settings page)."""
        if not self.settings.llm_configured:
            return False, "No LLM endpoint is configured: necessity works in offline mode."
        try:
            reply = self.chat_model().complete([("user", "Reply with the single word OK.")], None, "connection_test")
        except (ModelOutputError, RedactionError) as exc:
            return False, str(exc)
        return True, f"The endpoint answered ({self.settings.llm_model}, {reply.seconds:.1f} s)."

    def documents(self):
        """Front matter of every valid knowledge document, for browsing."""
        from assistant.knowledge import documents

        return documents(self.knowledge_dir)

    def recheck(self, draft, letter: str, notes: Sequence[str], requested: dict):
        """A draft and the clinician's edited letter -> the draft re-checked on the edited text."""
        from assistant.workspace import recheck_letter

        return recheck_letter(draft, letter, notes, requested, self.clinician().as_dict())

    @staticmethod
    def read_upload(name: str, data: bytes):
        """An uploaded .txt, .docx or text-layer .pdf -> its text (clear errors for anything else)."""
        from assistant.uploads import read_upload

        return read_upload(name, data)

    # --- the local workspace and export ------------------------------------------------------
    @property
    def workspace(self):
        """The local SQLite workspace in the data folder: cases, drafts, versions, vaults, the LLM audit log."""
        if self._workspace is None:
            from assistant.workspace import Workspace

            self._workspace = Workspace(self.settings.ensure_data_dir() / "workspace.sqlite3")
        return self._workspace

    def export(self, letter: str, fmt: str, clinician: Clinician | None = None, title: str = "") -> bytes:
        """An approved letter -> DOCX or PDF bytes, with the clinician's letterhead and signature."""
        from assistant.export import to_docx, to_pdf

        if fmt not in ("docx", "pdf"):
            raise InputError(f"Export format '{fmt}' is not supported: choose docx or pdf.")
        maker = to_docx if fmt == "docx" else to_pdf
        return maker(letter, clinician or self.clinician(), title=title)


    # --- drafting --------------------------------------------------------------------------
    def clinician(self) -> Clinician:
        """The clinician profile from local settings."""
        st = self.settings
        return Clinician(name=st.clinician_name, credentials=st.clinician_credentials, license=st.clinician_license,
                         npi=st.clinician_npi, practice=st.clinician_practice, address=st.clinician_address,
                         phone=st.clinician_phone)

    def draft(self, request: LetterRequest, clinician: Clinician | None = None,
              offline: bool = False, on_text: Callable[[str], None] | None = None) -> Draft:
        """Notes and a request -> a checked draft letter, PHI restored locally.

        `on_text` receives the redacted letter as it is written (the UI streams it); the restored
        letter is only in the returned Draft.
        """
        from assistant.checklist import administrative_gaps, check_notes, mark_in_letter
        from assistant.claims import unsupported_claims
        from assistant.draft import Draft, draft_offline, retrieval_query
        from assistant.facts import extract_facts

        started = time.perf_counter()
        _validate(request)
        request = replace(request, notes=tuple(unwrap_lines(n) for n in request.notes))
        clinician = clinician or self.clinician()
        case, vault = self.redact(list(request.notes))
        redacted = [n.text for n in case.notes]
        facts = extract_facts(redacted)
        items = check_notes(facts, request.letter_type, request.level_of_care)
        passages = _criteria_only(self.search(retrieval_query(request, facts), k=6, payer=request.payer,
                                              level_of_care=request.level_of_care))[:4]
        pid, redacted_letter = draft_offline(request, redacted, facts, items, passages)
        mode, model, notices, model_seconds = "offline", "", [], 0.0
        if self.settings.llm_configured and not offline:
            from assistant.cross_check import cross_check_checklist
            from assistant.draft_llm import draft_with_model

            try:
                items, found = cross_check_checklist(self.chat_model(), redacted, items, vault)
                notices.extend(found)
            except (ModelOutputError, RedactionError) as exc:
                notices.append(f"The model's reading of the notes was not used ({exc})")
            try:
                written = draft_with_model(self.chat_model(), request, redacted, facts, items, passages, vault,
                                           rounds=self.settings.llm_revision_rounds, on_text=on_text)
                pid, redacted_letter, model_seconds = written.prompt_id, written.letter, written.seconds
                mode, model = "llm", self.settings.llm_model
                notices.extend(written.notices)
            except (ModelOutputError, RedactionError) as exc:
                notices.append(f"{exc} The offline draft is shown instead.")
        if on_text is not None and mode == "offline":
            for i in range(0, len(redacted_letter), 400):
                on_text(redacted_letter[i:i + 400])
        letter = fill(reidentify(redacted_letter, vault), clinician, request.payer)
        items = mark_in_letter(items, letter)
        claims = unsupported_claims(letter, list(request.notes), request.requested, _citation_text(passages))
        gaps = administrative_gaps(letter, request.requested, clinician.as_dict())
        elapsed = time.perf_counter() - started
        return Draft(letter=letter, redacted_letter=redacted_letter, mode=mode, model=model, prompt_id=pid,
                     checklist=tuple(items), unsupported_claims=tuple(claims), admin_gaps=tuple(gaps),
                     citations=tuple(passages), notices=tuple(notices),
                     pipeline_seconds=round(elapsed - model_seconds, 3), model_seconds=round(model_seconds, 3))


def _criteria_only(passages) -> list:
    """Drop our own how-to-write guidance: a letter cites payer criteria and rules, not writing advice."""
    return [p for p in passages if not re.search(r"(?:^|-)letter(?:-|$)|letter-of-medical-necessity", p.source_id)]


def _citation_text(passages) -> list[str]:
    return [p.label for p in passages]


def _validate(request: LetterRequest) -> None:
    if request.letter_type not in LETTER_TYPES:
        raise InputError(f"Letter type '{request.letter_type}' is not one of: {', '.join(LETTER_TYPES)}.")
    if not request.notes or not any(n.strip() for n in request.notes):
        raise InputError("There are no notes to draft from: paste at least one session note.")
    if not request.payer.strip():
        raise InputError("Name the payer (for example Aetna, Optum, Medicare) so the right criteria are cited.")


def build_service(settings: Settings | None = None, detector: PhiDetector | None = None,
                  embedder=None, knowledge_dir: Path | None = None, chat=None) -> LetterService:
    """Settings (from the environment when omitted) -> a ready LetterService."""
    settings = settings or load_settings()
    return LetterService(settings=settings, _detector=detector, embedder=embedder,
                         knowledge_dir=knowledge_dir or settings.knowledge_dir or KNOWLEDGE_DIR, _chat=chat)
