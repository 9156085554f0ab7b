"""The words of our clinical vocabulary file (data/clinical_words.txt), read with no other import so that any
recognizer may use them (vocabulary.py adds the medications to them)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CLINICAL_WORDS = Path(__file__).parent / "data" / "clinical_words.txt"


@lru_cache(maxsize=4)
def file_words(path: Path = CLINICAL_WORDS) -> frozenset[str]:
    """One term or more per line, # comments -> the lowercase words."""
    if not path.is_file():
        return frozenset()
    return frozenset(w.lower() for line in path.read_text(encoding="utf-8").splitlines()
                     for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", line.split("#", 1)[0]))


GLOSSARY = Path(__file__).resolve().parents[1] / "data" / "clinical_glossary.yaml"


@lru_cache(maxsize=1)
def glossary_words() -> frozenset[str]:
    """The one-word entries of the letters' glossary of other languages' clinical words ("nega", "sessões", "plano"),
    lowercase: clinical vocabulary, never a name or a place in a note written in those languages."""
    import yaml

    if not GLOSSARY.is_file():
        return frozenset()
    raw = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8")) or {}
    return frozenset(str(k).lower() for lang in raw.values() for k in (lang or {}) if " " not in str(k))
