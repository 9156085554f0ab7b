"""Check boxes and bullets from a symbol font (Wingdings) pasted as the Latin-1 letters at their code points
("þ Denied", "¨ Approved", "§ We reviewed ...") -> the Unicode boxes and bullets the form reader knows, one character
for one so offsets do not move. Text with no standalone box letter is returned as it is."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_DATA = yaml.safe_load((Path(__file__).parent / "tables" / "symbol_glyphs.yaml").read_text(encoding="utf-8"))
BOXES: dict[str, str] = dict(_DATA["boxes"])
MARKS: dict[str, str] = dict(_DATA["marks"])

# a letter standing alone: after a line's start, a space or another glyph, and before a space
_BOX = re.compile(rf"(?<![^\s{''.join(BOXES) + ''.join(MARKS)}])([{''.join(BOXES)}])(?=[ \t])")
# a bullet or arrow at a line's start (after any other marks), before a word: not "§ 1862(a)"
_MARK = re.compile(rf"(?m)^([ \t]*)((?:[{''.join(MARKS)}][ \t]+)+)(?=[{''.join(BOXES)}A-Za-z])")


def symbol_glyphs(text: str) -> str:
    """Pasted symbol-font letters -> the boxes and bullets they stand for (same length); other text unchanged."""
    if not _BOX.search(text):
        return text
    text = _MARK.sub(lambda m: m.group(1) + "".join(MARKS.get(c, c) for c in m.group(2)), text)
    return _BOX.sub(lambda m: BOXES[m.group(1)], text)
