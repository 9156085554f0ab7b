"""Stage: notes -> redacted notes plus a local vault; and back again with reidentify."""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from assistant.phi.grow import grow_spans, whole_handles
from assistant.phi.keep import find_keep
from assistant.phi.ocr import ocr_view
from assistant.phi.propagate import propagate
from assistant.phi.recognizers.structured import tag_intervals
from assistant.phi.titles import trim_labels
from assistant.phi.resolve import at_sentence_ends, column_headers, merge, not_names, subtract_keep, tidy, with_suffixes
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan, RedactedCase, RedactedNote, Redaction
from assistant.phi.vault import Vault, reidentify  # noqa: F401  (reidentify is part of this stage's API)


class PhiDetector(Protocol):
    """Finds PHI spans in one text; implemented by the Presidio adapter."""

    vocabulary: Vocabulary

    def find(self, text: str) -> list[PhiSpan]:
        """Text -> candidate PHI spans (may overlap)."""


def find_spans(texts: Sequence[str], detector: PhiDetector) -> list[list[PhiSpan]]:
    """All notes of a case -> final non-overlapping PHI spans per note."""
    texts = list(texts)
    views = [ocr_view(t) or "" for t in texts]  # a scanned fax keeps "escita1opram l0 mg" as it keeps "escitalopram 10 mg"
    tags = [tag_intervals(t) for t in texts]  # "<LastName>", "</City>": markup is never PHI
    keeps = [find_keep(t) + find_keep(v) + g for t, v, g in zip(texts, views, tags)]
    strong = [find_keep(t, strong_only=True) + find_keep(v, strong_only=True) + g for t, v, g in zip(texts, views, tags)]
    vocab = detector.vocabulary
    found = [grow_spans(t, with_suffixes(t, at_sentence_ends(t, tidy(t, subtract_keep(column_headers(t, detector.find(t)), k, s)),
                                                            vocab)), vocab)
             for t, k, s in zip(texts, keeps, strong)]
    spread = propagate(texts, found, detector.vocabulary)
    return [merge(trim_labels(t, not_names(t, with_suffixes(t, tidy(t, subtract_keep(whole_handles(t, sp), k, s)))), vocab))
            for t, sp, k, s in zip(texts, spread, keeps, strong)]


def apply_placeholders(note_id: str, text: str, spans: list[PhiSpan], vault: Vault) -> RedactedNote:
    """Original text and its spans -> the redacted note; the vault learns each value."""
    parts, redactions, cursor = [], [], 0
    for start, end, kind in _line_pieces(text, spans):
        placeholder = vault.placeholder_for(kind, text[start:end])
        parts.append(text[cursor:start])
        parts.append(placeholder)
        redactions.append(Redaction(start, end, kind, placeholder))
        cursor = end
    parts.append(text[cursor:])
    return RedactedNote(note_id=note_id, text="".join(parts), redactions=tuple(redactions))


def _line_pieces(text: str, spans: list[PhiSpan]) -> list[tuple[int, int, str]]:
    """Each span as (start, end, type), cut at line breaks: a span that runs over a line end (a row's initials and the
    next row's date) is replaced line by line, so a table, a list or a form keeps its lines once redacted."""
    out = []
    for sp in spans:
        for line in re.finditer(r"[^\n]+", text[sp.start:sp.end]):
            start, end = sp.start + line.start(), sp.start + line.end()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append((start, end, sp.entity_type))
    return out


def redact_case(texts: Sequence[str], detector: PhiDetector, vault: Vault | None = None,
                note_ids: Sequence[str] | None = None) -> tuple[RedactedCase, Vault]:
    """Notes of one case -> (redacted case, vault); pass a vault to keep placeholders of earlier notes."""
    vault = vault if vault is not None else Vault()
    ids = list(note_ids) if note_ids else [f"note-{i + 1}" for i in range(len(texts))]
    spans = find_spans(texts, detector)
    notes = tuple(apply_placeholders(i, t, s, vault) for i, t, s in zip(ids, texts, spans))
    return RedactedCase(notes=notes), vault


def redacted_slice(original: str, redacted_note, start: int, end: int) -> str:
    """The redacted form of original[start:end], built from the note's redaction offsets."""
    out, cursor = [], start
    for r in redacted_note.redactions:
        if r.end <= start or r.start >= end:
            continue
        out.append(original[cursor:max(cursor, r.start)])
        out.append(r.placeholder)
        cursor = max(cursor, r.end)
    out.append(original[cursor:end] if cursor < end else "")
    return "".join(out)
