"""Names set out by typography rather than by sentence, read before names are spread across a case (propagate.py):

- a name spelled with a space between its letters, as a headstone proof, a banner or a letterhead sets it
  ("W H I T C O M B E"): a name of the case so spelled, or any such word no English dictionary knows; spelled with
  hyphens, as a caller spells it ("D-E-S-A-I, hyphen, H-O-L-L-O-W-A-Y"), a name of the case only;
- given names set side by side with wide gaps on a line of their own, as a stone's back or a signature row sets
  them ("LEONARD          ADAEZE"): beside a name found on that line, a known first name is a name too.
"""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# Four letters or more, one space between each: "W H I T C O M B E", "O k a f o r".
_SPACED = re.compile(r"(?<![^\W\d_] )(?<![^\W\d_])[^\W\d_](?: [^\W\d_]){3,}(?! [^\W\d_])(?![^\W\d_])")
# ... or with a hyphen between the letters, as a name is spelled aloud on a recorded call: "D-E-S-A-I". The parts of a
# double name spelled so are one name with the word that joins them: "D-E-S-A-I, hyphen, H-O-L-L-O-W-A-Y".
_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_](?:-[^\W\d_]){2,}(?![\w-])")
_JOINER = re.compile(r",?[ \t]+(?:(?:hyphen|dash|space|then|and)[,.]?[ \t]+)?(?=[^\W\d_]-[^\W\d_])", re.I)
# A line of two to four words set apart by gaps of three spaces or more, nothing else on it.
_ROW = re.compile(r"^[ \t]*([^\W\d_][\w'’-]+(?:[ \t]{3,}[^\W\d_][\w'’-]+){1,3})[ \t]*$", re.M)
_WORD = re.compile(r"[^\W\d_][\w'’-]+")


def spaced_names(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Text and its NAME spans -> NAME spans over names spelled out letter by letter."""
    known = {text[sp.start:sp.end].lower() for sp in spans if sp.entity_type == "NAME"}
    known |= {w.lower() for sp in spans if sp.entity_type == "NAME" for w in _WORD.findall(text[sp.start:sp.end])}
    known |= {part for word in known for part in re.split(r"[-\s]+", word) if len(part) >= 3}
    # spelled with hyphens only when the letters spell a name of the case (a plate's "J-K-T" spells none)
    out = [PhiSpan(m.start(), m.end(), "NAME", 0.7, "spaced_name") for m in _HYPHENED.finditer(text)
           if m.group().replace("-", "").lower() in known]
    out += [PhiSpan(a.start, b.end, "NAME", 0.7, "spaced_name") for a, b in zip(out, out[1:])
            if (j := _JOINER.match(text, a.end)) and j.end() == b.start]
    for m in _SPACED.finditer(text):
        word = m.group().replace(" ", "")
        low = word.lower()
        if low in known or _name_shaped(low) and not (vocab.is_safe(low) or vocab.is_word(low) or low in vocab.stop_words):
            out.append(PhiSpan(m.start(), m.end(), "NAME", 0.7, "spaced_name"))
    return out


def _name_shaped(low: str) -> bool:
    """Five letters or more with two vowels, not a run of the alphabet: "whitcombe", never a form's "y n y n" boxes or
    an option list's "a b c d e"."""
    vowels = sum(c in "aeiouy" for c in low)
    return len(low) >= 5 and vowels >= 2 and len(low) - vowels >= 2 and not all(
        ord(b) - ord(a) == 1 for a, b in zip(low, low[1:]))


def row_names(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Text and its NAME spans -> NAME spans over the first names that share a gapped row with a name found."""
    names = [sp for sp in spans if sp.entity_type == "NAME"]
    out = []
    for m in _ROW.finditer(text):
        words = list(_WORD.finditer(text, m.start(1), m.end(1)))
        found = [w for w in words if any(sp.start <= w.start() and w.end() <= sp.end for sp in names)]
        if not found:
            continue
        for w in words:
            low = w.group().lower()
            if w not in found and vocab.is_first_name(low) and low not in vocab.clinical and low not in vocab.stop_words \
                    and w.group()[:1].isupper():
                out.append(PhiSpan(w.start(), w.end(), "NAME", 0.7, "row_name"))
    return out
