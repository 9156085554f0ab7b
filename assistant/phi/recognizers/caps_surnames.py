"""A person written in capitals surname first, as a wristband, a label printer or a dispensing report prints one:
"DELACROIX-PAIGE, ANNE-SOPHIE", "ÅSTRÖM, MAJ", "QUISPE-HUAMÁN, R", "Rx by TERWILLIGER, K (DEA ...)". The surname is no
English or clinical word, and what follows its comma is a given name (a known first name, or a word no dictionary
knows) or a single initial that ends the field. A label printer's field commands ("^FD" before, "^FS" after) bound it as
a cell does. "PLAN, A" or "NKDA, NO" is no one: their words are words."""

from __future__ import annotations

import re

from assistant.phi.lexicon import CREDENTIALS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_CAPS = r"[A-ZÀ-ÖØ-Þ]"
_SURNAME = rf"{_CAPS}{{2,}}(?:[-'’]{_CAPS}{{2,}})*"
_GIVEN = rf"{_CAPS}{{2,}}(?:-{_CAPS}{{2,}})?(?:[ \t]{_CAPS}\.?(?![\w'’]))?"
# before: a word's edge, or a label printer's field-data command ("^FDOKAFOR, ...")
_PAIR = re.compile(rf"(?:(?<=\^FD)|(?<![\w'’^-]))({_SURNAME}),[ \t]?(?:({_GIVEN})|({_CAPS})\.?)"
                   # after: the field's end, a column gap, a bracket, a quote, a bar or a label printer's "^FS"
                   r"""(?=[ \t]*(?:$|\^FS|[()\[\]"'”|;/]|,[ \t]*\d)|[ \t]{2}|[ \t]+\d)""", re.M)
_CREDENTIAL_CODES = {c.upper().replace(".", "") for c in CREDENTIALS}


def _plain(word: str, vocab: Vocabulary) -> bool:
    """A common English word, a short dictionary word, clinical vocabulary or a function word ("PLAN", "PCN", "ETOH",
    "NO"); a rare word that is somebody's name ("DELACROIX", "HOLLY") is not one."""
    low = word.lower()
    if low in vocab.clinical or low in vocab.stop_words or word in _CREDENTIAL_CODES:
        return True
    return vocab.frequency(low) >= 3.5 and not vocab.is_first_name(low) or len(low) <= 3 and vocab.is_word(low)


def find_caps_surnames(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of "SURNAME, GIVEN" and "SURNAME, G" written in capitals."""
    spans = []
    for m in _PAIR.finditer(text):
        surname, given = m.group(1), m.group(2)
        if all(_plain(part, vocab) for part in re.split(r"[-'’]", surname) if part):
            continue  # "WEAR-TEST, ..." is made of words; "DELACROIX-PAIGE" has a part no dictionary knows
        if given is not None:
            first = re.split(r"[ \t]", given)[0]
            if any(_plain(p, vocab) and not vocab.is_first_name(p) for p in first.split("-")) or first in _CREDENTIAL_CODES:
                continue  # "DOE, PLAN": a word after the comma; "OKAFOR, LCSW": a credential
        spans.append(PhiSpan(m.start(1), m.end(), "NAME", 0.8, "caps_surname"))
    return spans
