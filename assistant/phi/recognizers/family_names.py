"""A surname told as a family's: "the Ortega family", "the Lindqvists", Spanish and Portuguese "la familia Ortega",
"a família Souza", French "la famille Dupont", Italian "la famiglia Russo", German "Familie Becker". A household named
by its surname points at the client as surely as a person's full name."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_PARTICLE = r"(?:(?:de|del|da|dos|van|von|di|le|la|du)[ \t]+)?"
_ONE = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
# "the Ortega family", "the Ortega-Ruiz household", "the Nakamura kids"
_ENGLISH = re.compile(rf"\b(?i:the)[ \t]+({_PARTICLE}{_ONE})[ \t]+(?:family|families|household|clan|kids|children|boys|girls|twins)\b")
# "familia Ortega", "familia Ortega y Ruiz", "família Souza", "famille Dupont", "famiglia Russo", "Familie Becker"
_OTHER = re.compile(rf"\b(?i:famil(?:ia|ía|le|ie)|famiglia)[ \t]+(?:(?i:de)[ \t]+)?({_PARTICLE}{_ONE}(?:[ \t]+(?:y[ \t]+|e[ \t]+)?{_ONE})?)")


_DEMONYM = re.compile(r"(?:an|ish|ese|ic|ch|i)$")  # "Korean", "Polish", "Chinese", "Pakistani"


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    lines = (Path(__file__).parent.parent / "data" / "family_kinds.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for line in lines for w in line.split("#", 1)[0].split())


def _surname_ok(words: str, vocab: Vocabulary) -> bool:
    """No word says what kind of family it is ("the Foster family", "the Korean family", "la familia extensa")."""
    return not any(w.lower() in _kinds() or w.lower() in vocab.clinical or _DEMONYM.search(w) and vocab.is_word(w)
                   and not vocab.is_first_name(w) for w in re.split(r"[ \t-]+", words))


def find_family_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of surnames named as a family's."""
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "family_name") for pat in (_ENGLISH, _OTHER)
            for m in pat.finditer(text) if _surname_ok(m.group(1), vocab)]
