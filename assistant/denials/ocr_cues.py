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


def is_ocr_noisy(text: str) -> bool:
    """Three or more look-alike swaps in the notice."""
    return ocr_view(text) is not None


def ocr_cues(sentence: str) -> str:
    """A sentence of a noisy notice with its look-alike swaps undone."""
    plain = ocr_view(sentence, 1) or sentence
    return re.sub(r"[A-Za-z]*rn[A-Za-z]*", lambda m: _rn_as_m(m.group(0)), plain)
