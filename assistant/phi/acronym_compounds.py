"""A clinical acronym joined by a hyphen to the word that makes it an adjective: "BDD-related depressive symptoms",
"PTSD-focused work", "DBT-informed skills", "SSRI-induced", "ADHD-type". The acronym names a condition, a therapy or
a drug class and the compound describes the client's care: it is kept whole, never read as a name. A state's code
before "-based" ("NY-based") is a place said in passing and is left to the place rules."""

from __future__ import annotations

import re

from assistant.phi.lexicon import STATES

_COMPOUND = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})-(?:related|focused|informed|specific|based|like|type|induced|"
                       r"associated|positive|negative|free|naive|naïve|resistant|sensitive|responsive|consistent|level|"
                       r"range|style|adapted|certified|trained|eligible|approved|driven|linked|congruent|adherent|"
                       r"trauma|symptom|symptoms|criteria|spectrum|screen|screening)(?![\w-])")


def find_acronym_compounds(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each acronym-and-adjective compound that redaction keeps."""
    return [(m.start(), m.end()) for m in _COMPOUND.finditer(text) if m.group(1) not in STATES]
