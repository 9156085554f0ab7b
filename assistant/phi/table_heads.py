"""Header rows of tables and the words of forms, which name columns and fields, not people or places.

A header row is the line next to a rule of dashes (above or below it) or a markdown table's first row: "ROOM  ITEM
QTY  CU FT  NOTES", "| Scale | 12/15/2025 (admit) | 12/22/2025 |". A guess with no cue lying on such a row is dropped
when every word of it is ordinary English or a short abbreviation and none is a given name; a date or an identifier
in the row has a firm shape and stays. The plural of an acronym ("Claim ICNs:", "SSRIs") is no name either."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_RULE_LINE = re.compile(r"^[ \t]*[-=+|:]*-{3,}[-=+|: \t]*$")
_CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t")
_GUESS_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
# guesses that came with no cue: a model's reading, a word list, the rare-word backstop, a spread of one of those
# (a town of the gazetteer is a cue of its own)
_CUELESS = {"spacy_location", "spacy_person", "spacy_org", "lexicon", "rare_word", "unknown_propn", "propagated"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_GAP.split(line.strip().strip("|")) if c.strip()]


def _ruled(lines: list[str], i: int) -> bool:
    """A rule right below the line, or a top border right above it (a rule with no row of cells before it); the row
    under a markdown table's "|---|" is its first row of data."""
    if i + 1 < len(lines) and _RULE_LINE.match(lines[i + 1]):
        return True
    return i >= 1 and _RULE_LINE.match(lines[i - 1]) is not None and "|" not in lines[i - 1] \
        and (i < 2 or len(_cells(lines[i - 2])) < 3 or _RULE_LINE.match(lines[i - 2]) is not None)


def header_rows(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each table header row: three cells or more, no field's colon, no number but a date's,
    next to a rule line."""
    lines, out, pos = text.split("\n"), [], 0
    for i, line in enumerate(lines):
        bare = _DATE.sub("", line)
        if _ruled(lines, i) and not _RULE_LINE.match(line) and len(_cells(line)) >= 3 and ":" not in line \
                and not re.search(r"\d{3}", bare):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _column_words(words: list[str], vocab: Vocabulary) -> bool:
    return all((vocab.is_safe(w) or (w.isupper() and len(w) <= 4)) and not (len(w) >= 3 and vocab.is_first_name(w.lower()))
               for w in words)


def drop_header_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans -> spans without the cueless guesses on a table's header row, nor acronym plurals guessed as names."""
    heads = header_rows(text)
    out = []
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type == "NAME" and sp.source in _CUELESS and _ACRONYM_PLURAL.fullmatch(value):
            continue
        if sp.entity_type in _GUESS_TYPES and sp.source in _CUELESS and any(a <= sp.start and sp.end <= b for a, b in heads) \
                and _column_words(re.findall(r"[^\W\d_]+", value), vocab):
            continue
        out.append(sp)
    return out
