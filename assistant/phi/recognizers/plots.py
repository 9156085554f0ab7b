"""Places inside a place that the street rules do not see: a police blotter's block of a street ("the 200 block of
Magnolia Street", "1400 blk of W. Alder Ave") and a burial plot in a cemetery ("Section F, Lot 41, Grave 2",
"Block 7, Row C, Plot 12"). A blotter rounds the house number down to the block, but block and street still place
the person; a plot's section, lot and grave lead a reader straight to one grave."""

from __future__ import annotations

import re

from assistant.phi.lexicon import STREET_RE
from assistant.records import PhiSpan

_CAP = r"[A-Z][\w'’.-]*"
# "200 block of", "1400 blk of", "the 3300 block of the": a hundred's number before the street's name
_BLOCK_OF = re.compile(rf"(?<![\w-])\d{{1,3}}00[ \t]+(?i:block|blk\.?)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?"
                       rf"(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:{_CAP}[ \t]+){{1,3}}{STREET_RE}(?![\w])")
# one part of a plot's position: a part's word and its number or letter
# ... in capitals or not, written out or cut short as a florist's or a mason's order writes it: "sect. 8, lot 221"
_PART = r"(?i:Section|Sect\.?|Sec\.|Block|Blk\.?|Lot|Row|Plot|Grave|Space|Niche|Crypt|Tier|Range|Site)[ \t]+#?[A-Z0-9]{1,4}(?![\w-])"
_PLOT = re.compile(rf"(?<![\w-]){_PART}(?:[ \t]*[,;/][ \t]*{_PART}){{1,4}}")
# a plot names a grave only when one part is a grave's own word; "Section 4, Block 2" may be a statute or a map
# (a row and a space in lowercase are as often a car park's: "row 3, space 12 of the garage")
_GRAVE_WORD = re.compile(r"\b(?:Lot|Row|Plot|Grave|Niche|Crypt|Space|LOT|ROW|PLOT|GRAVE|NICHE|CRYPT|SPACE|lot|plot|grave|niche|crypt)\b")


def find_plots(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of a street's block and of a burial plot's section, lot and grave."""
    spans = [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "street_block") for m in _BLOCK_OF.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "burial_plot") for m in _PLOT.finditer(text)
              if _GRAVE_WORD.search(m.group())]
    return spans
