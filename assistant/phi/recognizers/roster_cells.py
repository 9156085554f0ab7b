"""What a cell under a people's column of a space-aligned roster must look like to be a person: a shift schedule's
"NAME" column ("Hank", "Marisol V."), a carpool's "DRIVER", a sign-in sheet's "VOLUNTEER". aligned.py reads the
column's header as tables.py reads a pipe table's (its _PEOPLE headers) and offers the cells shaped as names; the
cell's first word must be a given name or a word too rare to be anything else, never a clinical word, a weekday or a
role ("Staff", "Self"). This sits apart from aligned.py, which must not import the vocabulary (an import cycle)."""

from __future__ import annotations

import re

from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.recognizers.tables import _ROLE_VALUES
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

RARE_ZIPF = 3.0  # a capitalised word rarer than this in a people's column is a name ("Tovah"), not an everyday word


def roster_people(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans -> the same less the roster cells offered as names whose words are no person's."""
    return [sp for sp in spans if sp.source != "aligned_person" or person_cell(text[sp.start:sp.end], vocab)]


def person_cell(value: str, vocab: Vocabulary) -> bool:
    """True when a cell of a people's column holds a person's name ("Hank", "Ty M."), not a role or a word."""
    first = re.split(r"[ .]", value)[0]
    low = first.lower()
    if low in _NOT_NAME or low in _ROLE_VALUES or low in vocab.clinical or low in vocab.stop_words:
        return False
    return vocab.is_first_name(low) or vocab.frequency(low) < RARE_ZIPF
