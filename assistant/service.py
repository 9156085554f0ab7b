"""LetterService: the one API that the CLI, the UI and the evals call."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from assistant.ask import Answer, extractive_answer
from assistant.errors import ConfigError, InputError
from assistant.ingest import IngestReport, ingest
from assistant.knowledge import KNOWLEDGE_DIR, load_knowledge
from assistant.redact import PhiDetector, find_spans, redact_case
from assistant.records import Passage, RedactedCase
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
        return extractive_answer(question, candidates, df=df, n_docs=n_docs)


def build_service(settings: Settings | None = None, detector: PhiDetector | None = None,
                  embedder=None, knowledge_dir: Path | None = None) -> LetterService:
    """Settings (from the environment when omitted) -> a ready LetterService."""
    settings = settings or load_settings()
    return LetterService(settings=settings, _detector=detector, embedder=embedder,
                         knowledge_dir=knowledge_dir or settings.knowledge_dir or KNOWLEDGE_DIR)
