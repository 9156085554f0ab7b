"""Initials written beside the given name they stand for, as a roster's or a sign-in sheet's key:

- the initials first, then the given name, opening a row ("KS Kerry     white Subaru", "JOL Jen  grey Honda"): a
  rota's legend, whose initials then fill a grid of days above or below it;
- the given name first, then a slash and the initials ("Deb / DH", "Marty S. / MS", "Big Al / AK"): a chair's
  "print / initial" column on an attendance card.

The initials open with the name's own first letter, which is what ties them to it: "KS Kerry" is Kerry's key,
"AM Kerry" is not, and "Sertraline / SSRI" is no person (its word is no given name). Initials found here travel
as "initials", so the rest of the case redacts them wherever they stand again (the grid of days)."""

from __future__ import annotations

import re

from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# a row's key: two or three capitals, one space or two, a capitalised given name, then a column gap, a separator
# or the line's end ("KS Kerry     white", "MB = Marcus", "TJ Tanya")
_KEY_FIRST = re.compile(r"(?m)^[ \t]*([A-Z]{2,3})[ \t]{1,2}(?:[=:-][ \t]*)?([A-Z][a-z'’]+)(?=[ \t]{2,}|[ \t]*$|[ \t]*[,;:=(-])")
# the name, perhaps with a surname's initial, then a slash and the initials ("Marty S. / MS", "Deb/DH")
_NAME_FIRST = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’]+)(?:[ \t]+([A-Z])\.?)?[ \t]*/[ \t]*([A-Z]{2,3})(?![\w'’-])")
# capitals that are no one's initials even beside a name: times of day, titles, credentials
_NOT_KEY = {"AM", "PM", "DR", "MR", "MRS", "ST", "JR", "SR", "RN", "MD", "NP", "PA", "DO", "ID", "NO", "TO",
            "MOM", "DAD", "SIS", "BRO", "AKA", "FYI", "ASAP", "ETA", "RE", "CC"}


def _given(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    return vocab.is_first_name(low) and low not in _NOT_NAME and low not in vocab.clinical and low not in vocab.stop_words


def find_keyed_initials(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of initials keyed to a given name beside them (and of that name), as "initials"."""
    spans = []
    for m in _KEY_FIRST.finditer(text):
        initials, name = m.group(1), m.group(2)
        if initials[0] == name[0] and initials not in _NOT_KEY and _given(name, vocab):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "initials"))
            spans.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.7, "keyed_name"))
    for m in _NAME_FIRST.finditer(text):
        name, surname_initial, initials = m.group(1), m.group(2), m.group(3)
        if initials[0] != name[0] or initials in _NOT_KEY or not _given(name, vocab):
            continue
        if surname_initial and initials[-1] != surname_initial:
            continue  # "Marty S. / MS": the surname's initial closes the initials
        spans.append(PhiSpan(m.start(1), m.end(2) if surname_initial else m.end(1), "NAME", 0.75, "keyed_name"))
        spans.append(PhiSpan(m.start(3), m.end(3), "NAME", 0.75, "initials"))
    return spans
