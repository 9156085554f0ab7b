"""The knowledge half of LetterService: embedder, Chroma index, incremental ingest, hybrid retrieval, ask."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from assistant.criteria.documents import KNOWLEDGE_DIR  # noqa: F401 (the service's default)
from assistant.errors import ConfigError, InputError, ModelOutputError, RedactionError
from assistant.phi.vault import reidentify
from assistant.records import Passage

def _with_retries(open_index, waits: tuple[float, ...]):
    """Open the index, retrying while another process may be creating or writing it (about 8 s in all)."""
    for wait in waits:
        try:
            return open_index()
        except ConfigError:
            time.sleep(wait)
    return open_index()


if TYPE_CHECKING:
    from assistant.criteria.ask import Answer
    from assistant.criteria.ingest import IngestReport
    from assistant.criteria.retrieve import Mode, Retriever



class KnowledgeWiring:
    """Methods LetterService uses for criteria; the fields (settings, embedder, knowledge_dir, ...) are its own."""

    open_waits: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)  # seconds between attempts to open a busy index

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

    def _holder(self):
        """This process's shared hold on the index folder (other processes then know it is in use)."""
        from assistant.adapters.folder_lock import Holder

        if getattr(self, "_index_holder", None) is None:
            self._index_holder = Holder(self.index_path).acquire()
        return self._index_holder

    @property
    def index(self):
        """The Chroma index. A busy open is retried; nothing is ever deleted on a failure that may be transient.

        A local folder that still cannot be opened is renamed aside (never removed) and rebuilt, but only when no
        other process holds it; otherwise the error says to try again."""
        if self._index is None:
            if self.settings.chroma_url:
                self._index = _with_retries(self._open_index, self.open_waits)
                return self._index
            holder = self._holder()
            try:
                self._index = _with_retries(self._open_index, self.open_waits)
            except ConfigError:
                if not self.index_path.exists():
                    raise
                self._index = self._set_aside_and_open(holder)
        return self._index

    def _set_aside_and_open(self, holder):
        from assistant.adapters.chroma import ChromaIndex
        from assistant.adapters.folder_lock import set_aside, writing

        with writing(self.index_path, timeout_s=60), holder.alone() as alone:
            if not alone:
                raise ConfigError("The knowledge index is in use by another necessity process and could not be "
                                  "opened just now; nothing was changed. Try again in a minute.")
            try:
                return self._open_index()  # another process may have repaired it meanwhile
            except ConfigError:
                pass
            ChromaIndex.forget_local()
            aside = set_aside(self.index_path)
            self.notices.append(f"The knowledge index could not be opened, so it was set aside as {aside.name} "
                                "(delete it when you no longer need it) and rebuilt.")
            return self._open_index()

    def ingest(self, rebuild: bool = False, progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """knowledge/ -> the index; only changed sections are embedded again. One writer at a time.

        A rebuild embeds every section again inside the same index (readers keep working meanwhile)."""
        from assistant.criteria.ingest import ingest
        from assistant.criteria.documents import load_knowledge

        index = self.index  # opened (or set aside) before the write lock: both take it
        with self._writing():
            sections, problems = load_knowledge(self.knowledge_dir)
            report = ingest(sections, problems, index, self._embedder(), rebuild=rebuild, progress=progress)
        self._retriever = None
        return report

    def _writing(self):
        from contextlib import nullcontext

        from assistant.adapters.folder_lock import writing

        return nullcontext() if self.settings.chroma_url else writing(self.index_path)

    def retriever(self, progress: Callable[[int, int], None] | None = None) -> Retriever:
        """Hybrid retriever; the first call builds the index if it is empty."""
        if self._retriever is None:
            from assistant.adapters.bm25 import KeywordIndex
            from assistant.criteria.retrieve import Retriever

            index = self.index
            with self._writing():  # a process building the index first: wait for it rather than build it twice
                empty = index.count() == 0
            if empty:
                report = self.ingest(progress=progress)
                if report.added or report.updated:
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
        offline = _with_band_line(offline, question)
        if not self.settings.llm_configured or not passages or not offline.answered:  # "not covered" needs no model
            return offline
        from assistant.criteria.ask_model import answer_with_model

        case, vault = self.redact([question])  # the question may name a client; only the redacted form leaves
        try:
            answer = answer_with_model(self.chat_model(), case.notes[0].text, passages, vault)
        except (ModelOutputError, RedactionError) as exc:
            return replace(offline, notes=(f"{exc} This answer quotes the knowledge base instead.",))
        return _with_band_line(replace(answer, question=question, text=reidentify(answer.text, vault)), question)

    def documents(self):
        """Front matter of every valid knowledge document, for browsing."""
        from assistant.criteria.documents import documents

        return documents(self.knowledge_dir)


def _with_band_line(answer: Answer, question: str) -> Answer:
    """Scores given in the question with a question about their band: the catalog's reading leads the answer."""
    from assistant.letters.score_bands import band_line

    lead = band_line(question)
    return replace(answer, text=f"{lead} {answer.text}") if lead and answer.answered else answer


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
