"""The short forms a person's full name takes elsewhere in a case: initials ("MJ", "M-J", "M.J."), the short forms of
the given name ("Samantha" -> "Sam", "Beckett" -> "Beck") and the logins a system makes of it ("kvoss"). Used by
propagate.py, which redacts each wherever it is written."""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS, STATES
from assistant.phi.pairs import _kin_words
from assistant.phi.recognizers.names import _NOT_NAME, COMMON_ZIPF
from assistant.phi.vocabulary import Vocabulary

# Two or three capitals that are something else before they are anyone's initials.
_NOT_INITIALS = {"OR", "IT", "AS", "IS", "AN", "TO", "IN", "ON", "AT", "BY", "OF", "NO", "SO", "DO", "GO", "HE", "WE",
                 "ME", "US", "AM", "PM", "MD", "NP", "PA", "RN", "OT", "PT", "ED", "ER", "OK", "ID", "SI", "HI", "CM",
                 "SW", "DX", "TX", "RX", "HX", "SX", "FX", "BP", "HR", "UA", "GP", "PO", "IM", "IV", "SL", "CT", "MR",
                 "MS", "DR", "JR", "SR", "II", "IV", "VI", "TV", "OJ", "AC", "DC", "EU", "UN", "RE", "CC"} | set(STATES)


def derived_forms(name: str, vocab: Vocabulary, speaker: bool = False) -> set[str]:
    """A full name -> its initials (MJ, M-J, M.J., MJO) and the short forms of its given name that are
    names themselves ("Samantha" -> "Sam"); each is redacted wherever it appears in the case. speaker: also
    initials that are words or states ("MO", "OR"), which count only as a transcript's speaker label ("MO: ...")."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if w[:1].isupper()]
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    heads = [p[0] for p in first.split("-")]
    middles = "".join(w[0] for w in words[1:-1])
    tails = [p[0] for p in last.split("-")]  # "Oyelaran-Beck" -> O, B: either part may stand for the surname
    forms = {"".join(heads) + last[0], heads[0] + last[0], ".".join(heads + [last[0]]) + "."}
    forms |= {"".join(heads) + middles + t for t in tails} | {"".join(heads) + middles + "".join(tails)}
    if len(heads) == 2:
        forms |= {"".join(heads), "-".join(heads), ".".join(heads) + "."}
    forms |= {".".join(f) + "." for f in forms if "." not in f and "-" not in f and len(f) >= 3}  # "T.J.M.B." signs too
    forms = {f.upper() for f in forms if (speaker or f.upper().strip(".") not in _NOT_INITIALS) and len(f.replace(".", "")) >= 2}
    forms = {f for f in forms if f.replace(".", "").replace("-", "").lower() not in vocab.clinical}
    for n in range(3, min(6, len(first) - 1)):
        short = first[:n]
        if vocab.is_first_name(short) and short.lower() not in vocab.stop_words and vocab.frequency(short) < 4.0 \
                or _clipped(name, short, vocab):
            forms.add(short)
    return forms


def _clipped(name: str, short: str, vocab: Vocabulary) -> bool:
    """A given name cut to its first four letters or more, as family and friends call a person ("Beckett" -> "Beck",
    "Thaddeus" -> "Thad") though no name dictionary lists the short form; never a common word, a relation ("Gran")
    or a clinical term, and not from a surname written first ("WHITFIELD, LAMONT")."""
    low = short.lower()
    return len(short) >= 4 and short.istitle() and "," not in name and vocab.frequency(low) < COMMON_ZIPF \
        and low not in vocab.stop_words and low not in vocab.clinical and low not in RELATIONS and low not in _kin_words() \
        and low not in _NOT_NAME


def login_forms(name: str, vocab: Vocabulary) -> set[str]:
    """A full name -> the logins a system makes of it ("Kara Voss" -> "kvoss", "karavoss", "kara.voss", "kara_voss"),
    found again inside file names and paths ("scan_id_kvoss.pdf"); never an English word."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if w[:1].isupper() and len(w) > 1]
    if len(words) < 2 or len(words[-1]) < 4:
        return set()
    first, last = words[0].lower(), words[-1].lower().replace("-", "")
    forms = {first[0] + last, first + last, f"{first}.{last}", f"{first}_{last}"}
    return {f for f in forms if len(f) >= 5 and not vocab.is_word(f) and f not in vocab.clinical}
