"""An organisation named in full once is called by its short form elsewhere in the note: "Mercy Harbor Regional
Medical Center" in the disposition, "MERCY HARBOR REGIONAL" in the form's header; "Lakeshore Pediatric Associates"
and "Lakeshore Pediatric" on the next page. The short form is the name less its head words (Medical, Center,
Associates ...); it counts only written capitalised, and only when a word of it is the organisation's own (not a
kind of care, "Community Mental", nor a direction or a landform alone, "North Valley")."""

from __future__ import annotations

import re
from typing import Callable

from assistant.phi.recognizers.orgs import CAPS_HEADS, NEUTRAL
from assistant.records import PhiSpan

_LEGAL = {"LLC", "PLLC", "LLP", "PC", "INC", "CO", "CORP", "LTD", "THE"}
# Words every region's organisations share: a short form made only of these names no one place.
_SHARED = {"saint", "st", "st.", "mount", "mt", "our", "lady", "of", "the", "and", "&", "community", "east", "west", "north",
           "south", "upper", "lower", "new", "regional", "county", "memorial", "general", "valley", "creek", "falls",
           "river", "lake", "hill", "ridge", "point", "heights", "bay", "harbor", "family", "child", "children's",
           "behavioral", "mental", "health", "medical", "senior", "central", "united", "first", "city", "state", "area",
           # ... and the kinds of care a department is named for ("Psychiatric Emergency Services")
           "psychiatric", "psychiatry", "emergency", "crisis", "urgent", "acute", "adolescent", "adult", "pediatric",
           "women's", "veterans", "outpatient", "inpatient", "addiction", "recovery", "wellness", "counseling"}


def _short_form(words: list[str]) -> list[str]:
    """Words of a name -> the same less its trailing head words and legal form ([] when too little is left)."""
    while words and (words[-1].upper().rstrip(".,") in CAPS_HEADS or words[-1].upper().rstrip(".,") in _LEGAL):
        words = words[:-1]
    return words if len(words) >= 2 else []


def short_forms(text: str, spans: list[PhiSpan], descriptive: Callable[[str], bool]) -> list[PhiSpan]:
    """Organisation spans of a note -> new spans where the short form of one of them is written, capitalised."""
    forms = set()
    for sp in spans:
        if sp.entity_type != "ORGANIZATION_LINKED" or "\n" in text[sp.start:sp.end]:
            continue
        words = re.findall(r"[^\W\d_][\w'’.&-]*", text[sp.start:sp.end])
        short = _short_form(words)
        if len(short) < len(words) and len(words) >= 3 and short and not descriptive(" ".join(short)) \
                and not NEUTRAL.match(" ".join(short)) \
                and any(w.lower() not in _SHARED and w.upper() not in CAPS_HEADS for w in short):
            forms.add(r"[ \t]+".join(re.escape(w) for w in short))
    out = []
    for form in forms:
        for m in re.finditer(rf"(?<![\w'’-])(?:{form})(?![\w'’-])", text, re.I):
            if all(w[:1].isupper() for w in m.group().split()):
                out.append(PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.65, "org_short_form"))
    return out
