"""The knowledge half of LetterService: embedder, Chroma index, incremental ingest, hybrid retrieval, ask."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from assistant.criteria.documents import KNOWLEDGE_DIR  # noqa: F401 (the service's default)
from assistant.errors import ConfigError, InputError, ModelOutputError, RedactionError
from assistant.phi.vault import reidentify
from assistant.records import Passage

if TYPE_CHECKING:
    from assistant.criteria.ask import Answer
    from assistant.criteria.ingest import IngestReport
    from assistant.criteria.retrieve import Mode, Retriever



class KnowledgeWiring:
    """Methods LetterService uses for criteria; the fields (settings, embedder, knowledge_dir, ...) are its own."""

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
        from assistant.criteria.ingest import ingest
        from assistant.criteria.documents import load_knowledge

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
            from assistant.criteria.retrieve import Retriever

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
        from assistant.criteria.ask import ask_offline

        if not question or not question.strip():
            raise InputError("The question is empty: type what you want to know about a payer's criteria.")
        offline, passages = ask_offline(self.retriever(), question, payer=payer, k=k, mode=mode)
        if not self.settings.llm_configured or not passages or not offline.answered:  # "not covered" needs no model
            return offline
        from assistant.criteria.ask_model import answer_with_model

        case, vault = self.redact([question])  # the question may name a client; only the redacted form leaves
        try:
            answer = answer_with_model(self.chat_model(), case.notes[0].text, passages, vault)
        except (ModelOutputError, RedactionError) as exc:
            return replace(offline, notes=(f"{exc} This answer quotes the knowledge base instead.",))
        return replace(answer, question=question, text=reidentify(answer.text, vault))

    def documents(self):
        """Front matter of every valid knowledge document, for browsing."""
        from assistant.criteria.documents import documents

        return documents(self.knowledge_dir)


def scratch_retriever(folder: Path, embedder, sections, vectors) -> Retriever:
    """A throwaway index in `folder` holding the given sections and vectors (the retrieval benchmark's corpus)."""
    from assistant.adapters.bm25 import KeywordIndex
    from assistant.adapters.chroma import ChromaIndex
    from assistant.criteria.retrieve import Retriever

    index = ChromaIndex(embedder, path=folder)
    index.upsert(sections, vectors)
    return Retriever(index, KeywordIndex(sections), embedder)


def remove_scratch_index(folder: Path) -> None:
    """Delete a throwaway index folder made by scratch_retriever."""
    from assistant.adapters.chroma import ChromaIndex

    ChromaIndex.remove_local(folder)
