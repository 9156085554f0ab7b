"""LetterService: the one API that the CLI, the UI and the evals call."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from assistant.ask import Answer, extractive_answer
from assistant.errors import ConfigError, InputError, ModelOutputError
from assistant.ingest import IngestReport, ingest
from assistant.knowledge import KNOWLEDGE_DIR, load_knowledge
from assistant.redact import PhiDetector, find_spans, redact_case
from assistant.letterhead import fill
from assistant.records import LETTER_TYPES, Clinician, LetterRequest, Passage, RedactedCase
from assistant.retrieve import Mode, Retriever
from assistant.settings import Settings, load_settings
from assistant.vault import Vault, reidentify


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
        except ModelOutputError as exc:
            return replace(offline, notes=(f"{exc} This answer quotes the knowledge base instead.",))
        return replace(answer, question=question, text=reidentify(answer.text, vault))

    # --- the language model ------------------------------------------------------------------
    def chat_model(self):
        """The configured OpenAI-compatible chat model (or one injected for tests)."""
        if self._chat is None:
            from assistant.adapters.chat_openai import OpenAIChat

            st = self.settings
            self._chat = OpenAIChat(st.llm_model, base_url=st.llm_base_url, api_key=st.llm_api_key,
                                    timeout_s=st.llm_timeout_s, max_retries=st.llm_max_retries,
                                    max_tokens=st.llm_max_tokens, token_limit_style=st.llm_token_limit_style,
                                    audit=self.audit)
        return self._chat

    def audit(self, record: dict) -> None:
        """Keep a log of every LLM request (counts and ids only, never text); the workspace persists it."""
        self.llm_log.append(record)


    # --- drafting --------------------------------------------------------------------------
    def clinician(self) -> Clinician:
        """The clinician profile from local settings."""
        st = self.settings
        return Clinician(name=st.clinician_name, credentials=st.clinician_credentials, license=st.clinician_license,
                         npi=st.clinician_npi, practice=st.clinician_practice, address=st.clinician_address,
                         phone=st.clinician_phone)

    def draft(self, request: LetterRequest, clinician: Clinician | None = None,
              offline: bool = False) -> Draft:
        """Notes and a request -> a checked draft letter, PHI restored locally."""
        from assistant.checklist import administrative_gaps, check_notes, mark_in_letter
        from assistant.claims import unsupported_claims
        from assistant.draft import Draft, draft_offline, retrieval_query
        from assistant.facts import extract_facts

        started = time.perf_counter()
        _validate(request)
        clinician = clinician or self.clinician()
        case, vault = self.redact(list(request.notes))
        redacted = [n.text for n in case.notes]
        facts = extract_facts(redacted)
        items = check_notes(facts, request.letter_type, request.level_of_care)
        passages = self.search(retrieval_query(request, facts), k=4, payer=request.payer,
                               level_of_care=request.level_of_care)
        pid, redacted_letter = draft_offline(request, redacted, facts, items, passages)
        mode, model, notices, model_seconds = "offline", "", [], 0.0
        if self.settings.llm_configured and not offline:
            from assistant.draft_llm import draft_with_model

            try:
                written = draft_with_model(self.chat_model(), request, redacted, facts, items, passages, vault,
                                           rounds=self.settings.llm_revision_rounds)
                pid, redacted_letter, model_seconds = written.prompt_id, written.letter, written.seconds
                mode, model = "llm", self.settings.llm_model
                notices.extend(written.notices)
            except ModelOutputError as exc:
                notices.append(f"{exc} The offline draft is shown instead.")
        letter = fill(reidentify(redacted_letter, vault), clinician, request.payer)
        items = mark_in_letter(items, letter)
        claims = unsupported_claims(letter, list(request.notes), request.requested)
        gaps = administrative_gaps(letter, request.requested, clinician.as_dict())
        elapsed = time.perf_counter() - started
        return Draft(letter=letter, redacted_letter=redacted_letter, mode=mode, model=model, prompt_id=pid,
                     checklist=tuple(items), unsupported_claims=tuple(claims), admin_gaps=tuple(gaps),
                     citations=tuple(passages), notices=tuple(notices),
                     pipeline_seconds=round(elapsed - model_seconds, 3), model_seconds=round(model_seconds, 3))


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
