"""Word lists for the PHI rules, all from installed packages: no download at run time.

- English words: the spaCy model's lemmatizer tables plus spaCy's stop words.
- Word frequencies: wordfreq's English list (Zipf scale: 6 = "the"-common, 3 = once per million
  words), read straight from the msgpack file the wheel ships, without importing wordfreq itself
  (its import pulls in langcodes and regex and costs half a second on a cold start). Spanish, French,
  Portuguese, Vietnamese and Filipino lists serve bilingual notes; the German list is read only in German
  passages (assistant/phi/german.py), since German surnames and towns are common German words.
- First names: gender-guesser's name dictionary.
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

from assistant.phi.vocabulary import Vocabulary, load_clinical_words, load_first_names

FREQUENCY_FLOOR = 2.5  # the lowest threshold any rule uses (LOWERCASE_ZIPF); rarer words read as 0
OTHER_LANGUAGES = ("es", "fr", "pt", "vi", "fil")
OTHER_FLOOR = 3.5  # a word of another language is safe only when it is common there
GERMAN_FLOOR = 3.0  # assistant.phi.german.GERMAN_ZIPF


def _wordfreq_file(name: str) -> Path | None:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / f"{name}.msgpack.gz"
    return path if path.is_file() else None


def load_frequencies(name: str, floor: float) -> dict[str, float]:
    """A wordfreq list ("large_en", "small_es") -> {word: Zipf frequency} for words at or above floor."""
    import msgpack  # a dependency of wordfreq

    path = _wordfreq_file(name)
    if path is None:
        return {}
    with gzip.open(path, "rb") as fh:
        buckets = msgpack.unpackb(fh.read(), raw=False)
    out: dict[str, float] = {}
    for i, bucket in enumerate(buckets[1:]):  # bucket i holds words at -i centibels, Zipf 9 - i/100
        zipf = round(9 - i / 100, 2)
        if zipf < floor:
            break
        for word in bucket:
            out.setdefault(word, zipf)
    return out


def _spacy_words(nlp) -> set[str]:
    words: set[str] = set()
    lookups = nlp.get_pipe("lemmatizer").lookups
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for _key, entries in lookups.get_table(table).items():
                if isinstance(entries, dict):
                    words.update(entries)
                    for forms in entries.values():
                        words.update(forms)
                else:
                    words.update(entries)
    return {w for w in words if isinstance(w, str) and w.isalpha()}


def build_vocabulary(nlp) -> Vocabulary:
    """A loaded spaCy pipeline -> the Vocabulary the name, place and backstop rules consult."""
    import gender_guesser
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _spacy_words(nlp) | set(STOP_WORDS)
    names = load_first_names(Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt")
    other: dict[str, float] = {}
    for lang in OTHER_LANGUAGES:
        for word, zipf in load_frequencies(f"small_{lang}", OTHER_FLOOR).items():
            other[word] = max(other.get(word, 0.0), zipf)
    return Vocabulary(words=frozenset(words), first_names=names, stop_words=frozenset(STOP_WORDS),
                      zipf=load_frequencies("large_en", FREQUENCY_FLOOR), other_zipf=other,
                      clinical=load_clinical_words(), german=load_frequencies("small_de", GERMAN_FLOOR))
