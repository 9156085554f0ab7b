"""Records that cross stage boundaries. Frozen dataclasses; PHI values live only in the Vault."""

from __future__ import annotations

from dataclasses import dataclass, field

# PHI types, as defined by the evaluation schema (evalsets/README.md).
PHI_TYPES = (
    "NAME", "DATE", "AGE_OVER_89", "PHONE", "FAX", "EMAIL", "URL", "IP_ADDRESS", "SSN", "MRN",
    "HEALTH_PLAN_ID", "LICENSE", "ADDRESS", "VEHICLE", "DEVICE_ID", "OTHER_ID",
    "ORGANIZATION_LINKED",
)

# The readable word a placeholder uses for each type: <PERSON_1>, <MEMBER_ID_2>.
PLACEHOLDER_WORD = {
    "NAME": "PERSON", "DATE": "DATE", "AGE_OVER_89": "AGE", "PHONE": "PHONE", "FAX": "FAX",
    "EMAIL": "EMAIL", "URL": "URL", "IP_ADDRESS": "IP", "SSN": "SSN", "MRN": "MRN",
    "HEALTH_PLAN_ID": "MEMBER_ID", "LICENSE": "LICENSE", "ADDRESS": "ADDRESS",
    "VEHICLE": "VEHICLE", "DEVICE_ID": "DEVICE_ID", "OTHER_ID": "ID",
    "ORGANIZATION_LINKED": "ORG",
}


@dataclass(frozen=True)
class PhiSpan:
    """A stretch of a note that identifies someone: offsets into the original text, end exclusive."""

    start: int
    end: int
    entity_type: str
    score: float = 1.0
    source: str = ""  # which recognizer found it, for explanations and tuning


@dataclass(frozen=True)
class Redaction:
    """One replaced span: where it was in the original text and the placeholder that took its place."""

    start: int
    end: int
    entity_type: str
    placeholder: str


@dataclass(frozen=True)
class RedactedNote:
    """A note with every PHI span replaced by a typed, numbered placeholder."""

    note_id: str
    text: str
    redactions: tuple[Redaction, ...] = ()

    def counts(self) -> dict[str, int]:
        """Placeholder counts by type: safe to log, holds no values."""
        out: dict[str, int] = {}
        for r in self.redactions:
            out[r.entity_type] = out.get(r.entity_type, 0) + 1
        return out


@dataclass(frozen=True)
class RedactedCase:
    """All notes of one case, redacted with one shared vault so placeholders agree across notes."""

    notes: tuple[RedactedNote, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        """The redacted notes joined for a prompt, each under a plain heading."""
        return "\n\n".join(f"Note {i + 1}:\n{n.text}" for i, n in enumerate(self.notes))


@dataclass(frozen=True)
class Passage:
    """A retrieved section of a knowledge document, with everything needed to cite it."""

    chunk_id: str
    source_id: str
    title: str
    section: str
    policy_id: str
    url: str
    effective_date: str
    payer: str
    text: str
    verified: bool = True
    score: float = 0.0

    @property
    def label(self) -> str:
        """Title, section and policy id in one string: what a letter cites, never a claim about the client."""
        return f"{self.title} {self.section} {self.policy_id}"

    def citation(self) -> dict:
        """The citation fields shared by every output format."""
        return {"source_id": self.source_id, "title": self.title, "section": self.section,
                "policy_id": self.policy_id, "url": self.url, "effective_date": self.effective_date}


LETTER_TYPES = ("initial_authorization", "continued_stay", "appeal")


@dataclass(frozen=True)
class LetterRequest:
    """What the clinician asks for: the letter type, payer, level of care, the services and the notes."""

    letter_type: str
    payer: str
    level_of_care: str
    notes: tuple[str, ...]
    requested: dict = field(default_factory=dict)  # codes, frequency, sessions_or_units, date_range, note
    denial_text: str = ""


@dataclass(frozen=True)
class Clinician:
    """The clinician's own details, from local settings; placed into the letter locally, never sent."""

    name: str = ""
    credentials: str = ""
    license: str = ""
    npi: str = ""
    practice: str = ""
    address: str = ""
    phone: str = ""

    def as_dict(self) -> dict:
        """Plain dict for the administrative check."""
        return dict(self.__dict__)
