"""A field or column name written as one CamelCase word ("RecordedDate", "ResponseId", "DurationSeconds",
"DistributionChannel") is how an export, a survey tool or a form system names a field: it names nobody. The name
rules read such a word as an unknown proper noun (and spaCy as an organisation) wherever it stands: a pipe table's
header, a list of columns in prose, a log line.

A word counts only when every part is an ordinary English word of three letters or more (a last "Id" or "ID" aside),
no part is a given name that is not also a very common word, and it does not open with a surname particle: "DeShawn",
"McKenna", "LaToya", "VanDyke", "MacArthur", "JoAnn" and "MaryKate" stay names. A local business is written the same
way ("IronForge", "BrightHollow"), so the word must also stand where a field does: its last part a word that names a
kind of value ("...Date", "...Id", "...Seconds"), or the word a cell of a table row, a key before "=" or ":", or one of
a list of such words.
"""
from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_SHAPE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)*I[dD]")
_PARTS = re.compile(r"[A-Z](?:[a-z]+|D$)")
# Parts that open surnames and given names written with an inner capital.
_PARTICLES = frozenset("mc mac de da di du la le lo van von vande vander del della dos das st ben ibn al el san".split())
_COMMON = 5.0
# Last parts that say what kind of value a field holds.
_VALUE_KINDS = frozenset("""date time id name code type status count number seconds minutes duration channel reference
language email address phone latitude longitude score total flag level progress source version value index key label""".split())
_CELL = re.compile(r"(?:^|[|\t,;]|[ \t]{2,})[ \t]*$")
_CELL_END = re.compile(r"[ \t]*(?:$|[|\t,;=:]|[ \t]{2,})")  # a given name this common in English text is a word first ("Will", "Grace" is not this common)


def is_field_name(word: str, vocab: Vocabulary) -> bool:
    """True for a CamelCase word made of ordinary English words: a field's name, not a person's."""
    if not _SHAPE.fullmatch(word):
        return False
    parts = _PARTS.findall(word)
    if "".join(parts) != word or parts[0].lower() in _PARTICLES:
        return False
    last_id = parts[-1].lower() == "id"
    for part in parts[:-1] if last_id else parts:
        low = part.lower()
        if len(low) < 3 or not vocab.is_word(low) or (vocab.is_first_name(low) and vocab.frequency(low) < _COMMON):
            return False
    return True


def _stands_as_field(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CELL.search(text[line_start:start]) and _CELL_END.match(text, end))


def drop_field_names(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """NAME spans that are one CamelCase field name, standing as a field, dropped."""
    return [sp for sp in spans if not (sp.entity_type == "NAME" and is_field_name(word := text[sp.start:sp.end], vocab) and (
        _PARTS.findall(word)[-1].lower() in _VALUE_KINDS or _stands_as_field(text, sp.start, sp.end)))]
