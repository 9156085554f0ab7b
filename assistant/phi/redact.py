"""Stage: notes -> redacted notes plus a local vault; and back again with reidentify."""

from __future__ import annotations

import re
from typing import Protocol, Sequence

from assistant.phi.camel_codes import drop_field_names
from assistant.phi.grow import grow_spans, whole_handles
from assistant.phi.bilingual import drop_translated_words
from assistant.phi.clock_labels import drop_clock_labels
from assistant.phi.export_headers import export_header_cells
from assistant.phi.domain_orgs import domain_orgs
from assistant.phi.facility_kinds import with_facility_kinds
from assistant.phi.field_words import drop_field_words
from assistant.phi.hmong import drop_hmong_words
from assistant.phi.issuers import with_issuers
from assistant.phi.street_parts import with_street_parts
from assistant.phi.teams import with_teams
from assistant.phi.keep import find_keep
from assistant.phi.local_offices import place_of_offices
from assistant.phi.mail_headers import drop_mail_headers
from assistant.phi.not_phi import drop_machinery
from assistant.phi.ocr import ocr_view
from assistant.phi.org_parts import drop_document_parts
from assistant.phi.role_nouns import drop_role_nouns
from assistant.phi.products import drop_products, product_names
from assistant.phi.propagate import join_adjacent_names, propagate
from assistant.phi.surname_pairs import join_surname_first
from assistant.phi.table_heads import drop_header_words
from assistant.phi.recognizers.file_formats import file_machinery
from assistant.phi.recognizers.structured import tag_intervals
from assistant.phi.titles import trim_labels
from assistant.phi.resolve import at_sentence_ends, column_headers, merge, not_names, subtract_keep, tidy, with_suffixes
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan, RedactedCase, RedactedNote, Redaction
from assistant.phi.weekdays import drop_weekday_names
from assistant.phi.world_words import drop_world_words
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
    vocab = detector.vocabulary
    # "<LastName>", "</City>", "BEGIN:VEVENT", a CSV export's "RecipientLastName" column: markup is never PHI
    tags = [tag_intervals(t) + file_machinery(t) + export_header_cells(t, vocab) for t in texts]
    keeps = [find_keep(t) + find_keep(v) + g for t, v, g in zip(texts, views, tags)]
    strong = [find_keep(t, strong_only=True) + find_keep(v, strong_only=True) + g for t, v, g in zip(texts, views, tags)]
    found = [drop_weekday_names(t, drop_clock_labels(t, drop_hmong_words(t, join_surname_first(t, grow_spans(t, with_suffixes(t, at_sentence_ends(t, tidy(t, subtract_keep(
        drop_world_words(t, drop_header_words(t, column_headers(t, detector.find(t)), vocab), vocab), k, s)), vocab)), vocab), vocab)), vocab))
             for t, k, s in zip(texts, keeps, strong)]
    found = [with_teams(t, with_street_parts(t, with_issuers(t, f))) for t, f in zip(texts, found)]  # "WI 6014-125", "W. 19th St"
    found = [domain_orgs(t, with_facility_kinds(t, f, vocab), vocab) for t, f in zip(texts, found)]  # "Cedar Bluff PHF"; "skunk river" of skunkriverbh.org
    spread = propagate(texts, found, detector.vocabulary)
    products = product_names(texts, vocab)  # "CoParentHub" named as an app once is an app in every note
    # "COMPLETED BY THE COUNTY ASSISTANCE OFFICE": a public office with no place of its own (local_offices.py)
    final = [drop_products(t, drop_role_nouns(t, place_of_offices(t, drop_document_parts(t, merge(drop_translated_words(t, drop_machinery(t, trim_labels(t, not_names(t, with_suffixes(t, tidy(
        t, subtract_keep(whole_handles(t, sp), k, s)))), vocab), vocab), vocab)), vocab))), products, vocab)
             for t, sp, k, s in zip(texts, spread, keeps, strong)]
    final = [drop_field_names(t, drop_mail_headers(t, drop_field_words(t, f, vocab)), vocab) for t, f in zip(texts, final)]  # "Evaluator:", "X-Mailer:", "RecordedDate"
    return [_split_at_tabs(t, join_adjacent_names(t, spans)) for t, spans in zip(texts, _orphans_dropped(texts, found, final))]


def _split_at_tabs(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A span never runs across a tab: a tab-separated export's cells are separate values ("Halvorsen Analytics<TAB>Jr.
    data analyst" is a company, then a job title), and a span across them would merge two cells into one placeholder."""
    out = []
    for sp in spans:
        if "\t" not in text[sp.start:sp.end]:
            out.append(sp)
            continue
        at = sp.start
        for piece in text[sp.start:sp.end].split("\t"):
            start, end = at + len(piece) - len(piece.lstrip()), at + len(piece.rstrip())
            if len(re.findall(r"[^\W\d_]", piece)) >= 4 or re.search(r"\d{3}", piece):  # "Jr.", "Lab": a word spilled over
                out.append(PhiSpan(start, end, sp.entity_type, sp.score, sp.source))
            at += len(piece) + 1
    return out


def _orphans_dropped(texts: list[str], seeds: list[list[PhiSpan]], final: list[list[PhiSpan]]) -> list[list[PhiSpan]]:
    """A copy that propagation spread from a seed the later checks then dropped everywhere ("meds:" read as a name, then
    seen to be a field label) goes with its seed: the copy has no evidence of its own."""
    def key(t: str, sp: PhiSpan) -> str:
        return t[sp.start:sp.end].strip().lower()
    def covered(sp: PhiSpan, spans: list[PhiSpan]) -> bool:
        return any(f.start < sp.end and sp.start < f.end for f in spans)
    kept = {key(t, sp) for t, spans in zip(texts, final) for sp in spans if sp.source != "propagated"}
    # a seed is dropped when nothing is left where it stood (one grown or merged into another span is still there)
    gone = {key(t, sp) for t, spans, fin in zip(texts, seeds, final) for sp in spans if not covered(sp, fin)} - kept
    return [[sp for sp in spans if sp.source != "propagated" or key(t, sp) not in gone] for t, spans in zip(texts, final)]


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


# Between two people in one caught run of names: "Bev M. / Carmen O.", "Lou P.; Walt H.", "Ana & Joe", "Ruth and Walt".
_NAME_LIST_BREAK = re.compile(r"\s*(?:[/;&+|\u00b7\u2022]|\band\b)\s*")


def _line_pieces(text: str, spans: list[PhiSpan]) -> list[tuple[int, int, str]]:
    """Each span as (start, end, type), cut at line breaks: a span that runs over a line end (a row's initials and the
    next row's date) is replaced line by line, so a table, a list or a form keeps its lines once redacted. A run of
    names is cut into its people, so each gets its own placeholder and a letter that names one of them restores that
    one name, never the whole roster."""
    out = []
    for sp in spans:
        breaks = _NAME_LIST_BREAK if sp.entity_type == "NAME" else re.compile(r"\n")
        cursor = sp.start
        for cut in [*breaks.finditer(text, sp.start, sp.end), None]:
            start, end = cursor, (cut.start() if cut else sp.end)
            cursor = cut.end() if cut else sp.end
            for line in re.finditer(r"[^\n]+", text[start:end]):
                a, b = start + line.start(), start + line.end()
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append((a, b, sp.entity_type))
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
