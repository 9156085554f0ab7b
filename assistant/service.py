"""LetterService: the one API that the CLI, the UI and the evals call."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from assistant.errors import InputError
from assistant.redact import PhiDetector, find_spans, redact_case
from assistant.records import RedactedCase
from assistant.settings import Settings, load_settings
from assistant.vault import Vault, reidentify


@dataclass
class LetterService:
    """Wires the stages to their adapters; adapters load lazily so a command only pays for what it uses."""

    settings: Settings
    _detector: PhiDetector | None = field(default=None, repr=False)

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


def build_service(settings: Settings | None = None, detector: PhiDetector | None = None) -> LetterService:
    """Settings (from the environment when omitted) -> a ready LetterService."""
    return LetterService(settings=settings or load_settings(), _detector=detector)
