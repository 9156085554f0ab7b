"""A denial notice that came through a fax and OCR ("hea1th carrier's adverse deterrnination ... not rnedica11y
necessary"): the text the patterns read has the look-alike swaps undone (the same view the PHI recognizers use),
and "rn" read for "m" where only the "m" spelling is an English word. Quotes stay as the letter reads."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.phi.ocr import ocr_view


@lru_cache(maxsize=4096)
def _rn_as_m(word: str) -> str:
    from wordfreq import zipf_frequency

    fixed = word.replace("rn", "m").replace("RN", "M")
    return fixed if zipf_frequency(fixed.lower(), "en") > zipf_frequency(word.lower(), "en") + 1.0 else word


# A key or count written in letters and digits ("B1", "U3", "PF10", "MA130", "x7"): a code, not a misread word. Its first
# letter is not one OCR swaps for a digit, so a misread date ("O3/21") is still undone.
_CODE = re.compile(r"\b(?:[A-HJ-NP-Z][A-Z]{0,2}\d{1,4}|x\d{1,3})\b")


def _codes_masked(text: str) -> str:
    return _CODE.sub(lambda m: "#" * len(m.group()), text)


def is_ocr_noisy(text: str) -> bool:
    """Three or more look-alike swaps in the notice, not counting codes."""
    return ocr_view(_codes_masked(text)) is not None


def ocr_cues(sentence: str) -> str:
    """A sentence of a noisy notice with its look-alike swaps undone (codes kept as written; offsets do not move)."""
    plain = ocr_view(_codes_masked(sentence), 1)
    if plain is not None:
        codes = {m.start(): m.group() for m in _CODE.finditer(sentence)}
        plain = re.sub(r"#+", lambda m: codes.get(m.start(), m.group()), plain)
    return re.sub(r"[A-Za-z]*rn[A-Za-z]*", lambda m: _rn_as_m(m.group(0)), plain or sentence)
