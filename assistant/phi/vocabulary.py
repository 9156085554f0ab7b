"""What counts as an ordinary English word and what counts as a first name, for the name rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Words of therapy notes that a general dictionary lacks; they are never names.
DOMAIN_WORDS = frozenset("""
telehealth telepsychiatry psychoeducation psychotherapy intake biopsychosocial dx hx rx tx sx pt
pts sess wk wks hrs mins yo y/o etc via ok okay re cont w/ w/o abt bc b/c thru pmhx fhx shx
dbt cbt emdr erp ipt act cpt mdft fbt tf-cbt pcit mbct cbt-i cbt-e safety-plan selfcare
benzo benzos meds med adhd ocd ptsd gad mdd sud aud oud iop php snf ed er ems cps dcfs iep fba
bip ssi ssdi fmla ada hipaa roi phq gad-7 phq-9 pcl-5 cssrs c-ssrs audit-c moca ymrs lsas epds
zoom doxy simplepractice therapynotes teams facetime whatsapp snapchat instagram tiktok discord
facebook substack youtube netflix uber lyft walmart target costco amazon google spotify
suboxone vivitrol narcan
""".split())


@dataclass(frozen=True)
class Vocabulary:
    """Ordinary English words (lowercase) and known first names (lowercase)."""

    words: frozenset[str] = field(default_factory=frozenset)
    first_names: frozenset[str] = field(default_factory=frozenset)
    stop_words: frozenset[str] = field(default_factory=frozenset)

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
        return False

    def is_first_name(self, token: str) -> bool:
        """True when token is a known first name in any language of the lexicon."""
        return token.lower() in self.first_names


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
