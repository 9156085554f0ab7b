"""What counts as an ordinary English word and what counts as a first name, for the name rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from assistant.phi.abbreviations import vowel_dropped
from assistant.phi.clinical_words import CLINICAL_WORDS, file_words

# Words of therapy notes that a general dictionary lacks; they are never names.
DOMAIN_WORDS = frozenset("""
telehealth telepsychiatry psychoeducation psychotherapy intake biopsychosocial dx hx rx tx sx pt
pts sess wk wks hrs mins yo y/o etc via ok okay re cont w/ w/o abt bc b/c thru pmhx fhx shx
dbt cbt emdr erp ipt act cpt mdft fbt tf-cbt pcit mbct cbt-i cbt-e safety-plan selfcare
benzo benzos meds med adhd ocd ptsd gad mdd sud aud oud iop php snf ed er ems cps dcfs iep fba
bip ssi ssdi fmla ada hipaa roi phq gad-7 phq-9 pcl-5 cssrs c-ssrs audit-c moca ymrs lsas epds
zoom doxy simplepractice therapynotes teams facetime whatsapp snapchat instagram tiktok discord
facebook substack youtube netflix uber lyft walmart target costco amazon google spotify
suboxone vivitrol narcan versus
""".split())


# The safe-word threshold on wordfreq's Zipf scale (see README, "the safe-vocabulary backstop").
SAFE_ZIPF = 3.0
_PARTS = re.compile(r"[-'/]")
_CONTRACTION = re.compile(r"'(?:s|m|d|ll|re|ve)$|n't$")


@dataclass(frozen=True)
class Vocabulary:
    """Ordinary English words (lowercase) and known first names (lowercase)."""

    words: frozenset[str] = field(default_factory=frozenset)
    first_names: frozenset[str] = field(default_factory=frozenset)
    stop_words: frozenset[str] = field(default_factory=frozenset)
    zipf: Mapping[str, float] = field(default_factory=dict)  # English word frequencies (wordfreq)
    other_zipf: Mapping[str, float] = field(default_factory=dict)  # common words of other languages
    clinical: frozenset[str] = field(default_factory=frozenset)  # our clinical vocabulary (data file)
    german: Mapping[str, float] = field(default_factory=dict)  # German word frequencies, for German passages only

    def frequency(self, token: str) -> float:
        """Zipf frequency of a word in English (0 when unknown); hyphenated words take their rarest part."""
        parts = [p for p in _PARTS.split(_CONTRACTION.sub("", token.lower().replace("’", "'"))) if p]
        return min((self.zipf.get(p, 0.0) for p in parts), default=0.0)

    def is_safe(self, token: str, threshold: float = SAFE_ZIPF, dictionary: bool = True) -> bool:
        """True when a word is common English, a dictionary word, clinical vocabulary or common in
        another language we see in notes; what is not safe, standing where a name can, is redacted.
        dictionary=False leaves out the spaCy dictionary, whose rare words ("esker", "tolland") are
        more often names than words when they are capitalised."""
        low = _CONTRACTION.sub("", token.lower().replace("’", "'")).strip("'.")
        if not low or low in self.clinical or low in DOMAIN_WORDS:
            return True
        parts = [p for p in _PARTS.split(low) if p]
        return all(self.zipf.get(p, 0.0) >= threshold or p in self.clinical or (dictionary and self.is_word(p)) or vowel_dropped(p, self.zipf)
                   or len(p) <= 1 or (self.other_zipf.get(p, 0.0) > 0 and p not in self.first_names)
                   for p in parts)

    def is_word(self, token: str) -> bool:
        """True when token (any case) is an ordinary English word or a common inflection of one."""
        t = token.lower().strip("'’")
        if t in self.words or t in DOMAIN_WORDS:
            return True
        for suffix, repl in (("'s", ""), ("’s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""),
                             ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""),
                             ("est", ""), ("d", ""), ("ied", "y"), ("ness", ""), ("ful", "")):
            if t.endswith(suffix) and len(t) - len(suffix) >= 3 and t[: -len(suffix)] + repl in self.words:
                return True
        return vowel_dropped(t, self.zipf)  # "bedrm", "bthrm": an inventory's shortened words

    def is_compound_word(self, token: str) -> bool:
        """True for a hyphenated compound of ordinary or clinical words ("Hyperactive-Impulsive", "PRE-GROUP"),
        which a capital letter does not make a name; "Thornbury-Nwosu" is not one."""
        parts = [p for p in token.lower().split("-") if p]  # short parts are a name's syllables ("Mei-Ling", "Gas-N-Go")
        return len(parts) > 1 and all(p in _PREFIXES or p in self.clinical or len(p) >= 4 and self.is_word(p) for p in parts[:-1]) \
            and (parts[-1] in _PARTICLES or parts[-1] in _PREFIXES or parts[-1] in self.clinical
                 or len(parts[-1]) >= 4 and self.is_word(parts[-1]))

    def is_first_name(self, token: str) -> bool:
        """True when token is a known first name in any language of the lexicon ("Thérèse" as "Therese":
        the name dictionary writes most names without their accents). Only Western European accents are
        dropped, and not from an everyday word of another language: "días" or a Vietnamese syllable without its
        marks is too often somebody's name."""
        low = token.lower()
        return low in self.first_names or (not low.isascii() and max(low) <= "\u00ff" and self.other_zipf.get(
            low, 0.0) < 4.5 and _unaccented(low) in self.first_names)


# A phrasal verb made a noun ends in its particle: "Follow-ups", "Check-ins", "Drop-offs", "Call-backs".
_PARTICLES = frozenset("up ups in ins out outs off offs on ons by bys down downs".split())
_PREFIXES = frozenset("pre post non anti co re sub multi inter intra self semi mid over under out meta".split())


def load_first_names(path: Path) -> frozenset[str]:
    """gender-guesser's nam_dict.txt -> lowercase first names (the file ships inside that package)."""
    names = set()
    with open(path, encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name and "+" not in name and " " not in name:
                names.add(name.lower())
    return frozenset(names)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def load_clinical_words(path: Path = CLINICAL_WORDS) -> frozenset[str]:
    """Our clinical vocabulary (one term per line, # comments) -> lowercase words, plus medications and the clinical
    words of other languages (data/world_clinical_words.txt)."""
    from assistant.phi.keep import MEDICATIONS

    return frozenset(MEDICATIONS) | file_words(path) | file_words(path.with_name("world_clinical_words.txt"))
