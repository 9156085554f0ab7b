"""An abbreviation a note defines for itself: "Penetration-Aspiration Scale (PAS): 1" on a swallow study is not the
catalog's PAS (the Panic and Agoraphobia Scale). When a note spells an abbreviation out as a name none of the catalog
instrument's own names match, that note's scores read through the bare abbreviation are not that instrument's."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters.catalog import catalog, norm
from assistant.letters.facts import Measure
from assistant.letters.patterns import Segment

# "Full Name Of A Scale (ABBR)": two to eight words, then the capitals in brackets
_DEFINED = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+(?:of\s+|for\s+|and\s+|the\s+|&\s+)*){1,7}[A-Z][\w'\u2019-]*)\s*\(\s*([A-Z][A-Z0-9-]{1,8})\s*\)")


def redefined(segs: Sequence[Segment]) -> dict[tuple[int, str], str]:
    """{(note, abbreviation): the note's own name for it} for abbreviations a note defines as something other than the
    catalog's instrument of that name."""
    out = {}
    for seg in segs:
        for m in _DEFINED.finditer(seg.text):
            full, abbr = m.group(1).strip(), m.group(2)
            inst = next((h.instrument for h in catalog().find(abbr) if h.start == 0 and h.end == len(abbr)), None)
            if inst is None:
                continue
            spelled = catalog().find(full)
            if not any(h.instrument is inst for h in spelled) and not _shared_words(full, (inst.full, *inst.aliases)):
                out[(seg.note_index, norm(abbr))] = full
    return out


# Words every kind of scale has: sharing one of these says nothing about being the same instrument.
_GENERIC = {"scale", "scales", "inventory", "questionnaire", "index", "test", "checklist", "measure", "screen", "screener",
            "survey", "rating", "score", "form", "revised", "short", "version", "total", "assessment", "interview"}


def _shared_words(full: str, names: tuple[str, ...]) -> bool:
    """The spelled-out name shares a word of its own with one of the instrument's names ("Flight Anxiety Situations"
    and the "Flight Anxiety Situations Questionnaire"; not "Penetration-Aspiration Scale" and "Panic and Agoraphobia Scale")."""
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _GENERIC}
    mine = words(full)
    return any(mine & words(n) for n in names)


def other_instruments_dropped(measures: Sequence[Measure], segs: Sequence[Segment]) -> list[Measure]:
    """The measures, those read through an abbreviation their note defines as another instrument named as the note
    names it ("Flight Anxiety Situations (FAS) 52" is no Family Accommodation Scale score), each score once."""
    mine = redefined(segs)
    renamed = [replace(m, instrument=own, surface=own, part="", scale="") if (own := mine.get((m.note_index, norm(m.surface)))
               if m.surface else None) else m for m in measures]
    names = {own.lower() for own in mine.values()}
    out: list[Measure] = []
    for m in renamed:  # the same score read under the note's own name by another reader is one score
        if m.instrument.lower() in names and any((x.instrument.lower(), str(x.score), x.date) == (m.instrument.lower(), str(m.score), m.date) for x in out):
            continue
        out.append(m)
    return out
