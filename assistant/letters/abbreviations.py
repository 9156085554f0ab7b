"""An abbreviation a note defines for itself: "Penetration-Aspiration Scale (PAS): 1" on a swallow study is not the
catalog's PAS (the Panic and Agoraphobia Scale). When a note spells an abbreviation out as a name none of the catalog
instrument's own names match, that note's scores read through the bare abbreviation are not that instrument's."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.catalog import catalog, norm
from assistant.letters.facts import Measure
from assistant.letters.patterns import Segment

# "Full Name Of A Scale (ABBR)": two to eight words, then the capitals in brackets
_DEFINED = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+(?:of\s+|for\s+|and\s+|the\s+|&\s+)*){1,7}[A-Z][\w'\u2019-]*)\s*\(\s*([A-Z][A-Z0-9-]{1,8})\s*\)")


def redefined(segs: Sequence[Segment]) -> set[tuple[int, str]]:
    """(note, abbreviation) pairs a note defines as something other than the catalog's instrument of that name."""
    out = set()
    for seg in segs:
        for m in _DEFINED.finditer(seg.text):
            full, abbr = m.group(1).strip(), m.group(2)
            inst = next((h.instrument for h in catalog().find(abbr) if h.start == 0 and h.end == len(abbr)), None)
            if inst is None:
                continue
            spelled = catalog().find(full)
            if not any(h.instrument is inst for h in spelled) and norm(full) not in {norm(a) for a in inst.aliases}:
                out.add((seg.note_index, norm(abbr)))
    return out


def other_instruments_dropped(measures: Sequence[Measure], segs: Sequence[Segment]) -> list[Measure]:
    """The measures, less those read through an abbreviation their note defines as another instrument."""
    mine = redefined(segs)
    return [m for m in measures if not m.surface or (m.note_index, norm(m.surface)) not in mine]
