"""A name written surname first ("Hargrove, Tessa") that fills a cell, a field or a line is one name, not two.

Recognizers often find the surname and the given name as two spans ("Hargrove" by one rule, "Tessa" by another, even
typed as an organisation), leaving the comma between them. Where the pair stands alone in its cell (a table's column
gap, a bar, a field's colon or leader dots, a line's start before; a gap, a bar, a bracket or the line's end after),
it is one person: one span, typed NAME. A list of names in prose ("Ana, Ben and Carl") is left as it is.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import CREDENTIALS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_SURNAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?")
_GIVEN = re.compile(r"[A-ZÀ-Þ][\w'’]+(?:[ \t-][A-ZÀ-Þ][\w'’]+){0,2}(?:[ \t][A-Z]\.?)?")
_GAP = re.compile(r",[ \t]{0,2}")
# What opens a cell: the line's start (after a bullet or a row number), a bar, a tab, a column gap, a field's colon
# ("Pt: "), leader dots ("Name ...... "), an opening bracket or quote.
_CELL_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[-*•]|\d{1,4}[.)]?)?[ \t]*$|(?:\||\t|[ ]{2}|:[ \t]?|\.{2,}[ \t]?|[(\[\"'“])[ \t]*$")
# What closes it: the line's end, a bar, a tab, a column gap, a bracket, a semicolon, or a comma before a date or a number.
_CELL_CLOSE = re.compile(r"[ \t]*(?:$|\n|\||\t)|[ ]{2}|[ \t]*[()\[\];\"'”]|,[ \t]*(?:\d|DOB|MRN|age\b)")
_NAMEISH = {"NAME", "ORGANIZATION_LINKED", "ADDRESS"}
_CREDENTIALS = {c.upper().replace(".", "") for c in CREDENTIALS}


def _pair(text: str, a: PhiSpan, b: PhiSpan, vocab: Vocabulary) -> bool:
    """a and b are a surname and the given names after it, alone in one cell."""
    surname, given = text[a.start:a.end], text[b.start:b.end]
    if a.entity_type != "NAME" or b.entity_type not in _NAMEISH or not _GAP.fullmatch(text[a.end:b.start]):
        return False
    if not _SURNAME.fullmatch(surname) or not _GIVEN.fullmatch(given):
        return False
    if given.replace(" ", "").isupper() and not surname.isupper() or {given.upper(), surname.upper()} & _CREDENTIALS \
            or text[:a.start].rstrip(" \t").endswith(","):
        return False  # "Tobin Aske, LCDC", "Nkemelu, RHIA, CHPC": credentials or a list after a name, not a given name
    first = re.split(r"[ \t-]", given)[0].lower()
    if b.entity_type != "NAME" and not (vocab.is_first_name(first) and " " not in given):
        return False  # "Okafor, Brightwater Clinic": a place or an organisation after the comma
    if surname.lower() in vocab.stop_words or first in vocab.stop_words or first in vocab.clinical:
        return False
    line_start = text.rfind("\n", 0, a.start) + 1
    return _CELL_OPEN.search(text, line_start, a.start) is not None and _CELL_CLOSE.match(text, b.end) is not None


def join_surname_first(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans -> the same plus one NAME span over each "Surname, Given" pair that fills a cell or a field."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    starts: dict[int, list[PhiSpan]] = {}
    for sp in ordered:
        starts.setdefault(sp.start, []).append(sp)
    extra = []
    for a in ordered:
        gap = _GAP.match(text, a.end)
        if not gap:
            continue
        if (initial := _INITIAL_AFTER.match(text, gap.end())) and a.entity_type == "NAME" and _CAPS_SURNAME.fullmatch(text[a.start:a.end]):
            extra.append(PhiSpan(a.start, initial.end(), "NAME", max(a.score, 0.8), "surname_pair"))
            continue
        # the given names after the comma, found by no rule but none of them an everyday word ("Thao, Pa Nhia")
        given = _GIVEN.match(text, gap.end())
        unfound = given and PhiSpan(given.start(), given.end(), "NAME", a.score, "surname_pair")
        for b in starts.get(gap.end(), []) + ([unfound] if unfound and _unfamiliar(given.group(), vocab) else []):
            if _pair(text, a, b, vocab):
                extra.append(PhiSpan(a.start, b.end, "NAME", max(a.score, b.score, 0.8), "surname_pair"))
                break
    return spans + extra


# A surname in capitals and the initial of the given name after its comma, as a label or a roster prints a person:
# "labeled AMBROSE-TILLERY, K, filled 8/20", "OKAFOR, J." (not "SMITH, I think": the pronoun before a verb).
_CAPS_SURNAME = re.compile(r"[A-ZÀ-Þ]{2,}(?:[-'’][A-ZÀ-Þ]{2,})*")
_INITIAL_AFTER = re.compile(r"[A-Z]\.?(?![\w'’-])(?![ \t]+[a-z])(?=[ \t]*(?:[,;:()\[\]\"'”/|]|$|\.[ \t]|[ \t]{2}|[ \t]+\d))", re.M)


def _unfamiliar(given: str, vocab: Vocabulary) -> bool:
    """Every word a given name or no everyday English word: "Pa Nhia", "Marc-Andre"; not "Brightwater Clinic"."""
    words = re.split(r"[ \t-]+", given.lower())
    return all(w not in vocab.stop_words and w not in vocab.clinical and (vocab.is_first_name(w) or vocab.frequency(w) < 3.0)
               for w in words if len(w) > 1)
