"""A facility's kind written right after its name belongs to the name: "Cedar Bluff PHF", "Lakeview BHU", "Pine Ridge
Girls' Residential". The name was found by itself (as a place, an organisation, or a word no dictionary knows), and the
kind after it ("PHF", a psychiatric health facility; "Residential") is data (data/facility_kinds.txt). Who the place
serves may stand between them ("Girls'", "Adolescent"). The span grows over the kind and over a capitalised word of the
name left before it ("Kettle" before "Moraine"), and is typed an organisation. A person's name before a kind ("Dana
ALF visit") is left alone: a given name is no facility. "Residential" after a name that already ends in its head word
("... Recovery Center Residential") is that center's level of care, which a letter keeps."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent / "data" / "facility_kinds.txt"
_SERVED = r"(?:Girls?|Boys?|Women|Men|Children|Youth|Adolescent|Adult|Teen|Veterans?)(?:['’]s|s?['’])?"
_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \t>\"'(]))([A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+$", re.M)
_HEAD_END = re.compile(r"\b(?:Center|Centre|Clinic|Hospital|Pavilion|Program|Services|House|Home|Institute)$")
_PLACE_TYPES = {"ORGANIZATION_LINKED", "ADDRESS", "NAME"}


@lru_cache(maxsize=1)
def _kind_after() -> re.Pattern[str]:
    kinds = [w.strip() for w in _DATA.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    caps = "|".join(re.escape(k) for k in kinds if k.isupper())
    words = "|".join(re.escape(k) for k in kinds if not k.isupper())
    return re.compile(rf"(?:[ \t]+{_SERVED})?[ \t]+(?:(?:{caps})|(?i:{words}))(?![\w'’-])")


def with_facility_kinds(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same plus an organisation span over each name with its facility kind after it."""
    extra = []
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type not in _PLACE_TYPES or not (kind := _kind_after().match(text, sp.end)) \
                or not re.fullmatch(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}", value):
            continue
        if kind.group().split()[-1].lower().startswith("residen") and _HEAD_END.search(value):
            continue  # "Stonebridge Recovery Center Residential": the center's residential program, kept as a level of care
        if sp.entity_type == "NAME" and vocab.is_first_name(value.split()[0].lower()) and sp.source not in ("gazetteer",):
            continue  # "Dana IOP notes": the person, not a facility
        start = sp.start
        if (before := _WORD_BEFORE.search(text, 0, start)) and not vocab.is_first_name(before.group(1).lower()) \
                and before.group(1).lower() not in vocab.stop_words and not re.search(r"[.:;!?]\s*$", text[:before.start(1)]):
            start = before.start(1)  # "Kettle" + "Moraine Girls' Residential": the name's first word
        extra.append(PhiSpan(start, kind.end(), "ORGANIZATION_LINKED", max(sp.score, 0.8), "facility_kind"))
    return spans + extra
