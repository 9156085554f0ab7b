"""The dimensions of a level-of-care instrument a denial names, as criteria the appeal must answer one by one.

"On Dimension II, Functional Status, you were rated 2" (LOCUS), "Dimension 5 (Relapse, Continued Use, or Continued
Problem Potential): moderate risk" (ASAM), "the relapse risk in Dimension 5": each names a dimension the reviewer
weighed. The name is kept as the letter writes it when it writes one as a title, else taken from the instrument's own
list (tables/instrument_dimensions.yaml), and the instrument the letter names is put in front:
"ASAM Dimension 5: Relapse, Continued Use, or Continued Problem Potential".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_TABLE = Path(__file__).with_name("tables") / "instrument_dimensions.yaml"

# how a letter names each instrument; "LOCUS" inside "CALOCUS" is not LOCUS
_INSTRUMENTS = (("CALOCUS-CASII", r"\bCALOCUS\b|\bCASII\b"), ("LOCUS", r"(?<![\w-])LOCUS\b"), ("ASAM", r"\bASAM\b"))
_DIMENSION = re.compile(r"\bdimension\s+(IV-?[AB]|VI-?[AB]|I{1,3}|IV|VI|V|[1-6](?:\.?[AB])?)(?![\w.-])", re.I)
# the name right after the number: in brackets, or set off by commas or a dash up to what is said about it
_IN_BRACKETS = re.compile(r"^\s*\(([^()]{3,90})\)")
_SET_OFF = re.compile(r"^\s*(?:,|[-\u2013\u2014])\s*([A-Za-z][A-Za-z/&' -]*(?:,? ?(?:and|or|and/or)?,? [A-Za-z][A-Za-z/&' -]*){0,4}?)"
                      r"(?=\s*(?:,\s*(?:you|he|she|they|the|was|were|is|are|rated|scored|score|rating|risk rating)\b|[.:;(]|"
                      r"\s+(?:was|were|is|are|rated|scored)\b|$))", re.I)
_SMALL = {"and", "or", "of", "the", "and/or", "in", "to", "for", "with"}


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    return {k: {str(n).upper(): v for n, v in d.items()} for k, d in yaml.safe_load(_TABLE.read_text(encoding="utf-8")).items()}


def _titled(name: str) -> bool:
    """A name written as a title: every word but the small ones capitalized (or the whole name in capitals)."""
    words = [w for w in re.split(r"[\s,/]+", name) if w]
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL for w in words)


def _written(after: str) -> str | None:
    m = _IN_BRACKETS.match(after) or _SET_OFF.match(after)
    name = m.group(1).strip(" ,-") if m else ""
    if not name or not _titled(name) or len(name.split()) > 12:
        return None
    return name.title().replace("And/Or", "and/or").replace(" And ", " and ").replace(" Or ", " or ").replace(" Of ", " of ") \
        if name.isupper() else name


def _number(raw: str) -> str:
    raw = raw.upper().replace(".", "")
    return re.sub(r"^(IV|VI)-?([AB])$", r"\1-\2", raw)


def _instrument(text: str, at: int, number: str) -> str | None:
    """The instrument a dimension belongs to: the one named nearest before it whose list has that number, else after."""
    named = sorted((m.start(), key) for key, rx in _INSTRUMENTS for m in re.finditer(rx, text))
    fits = [(pos, key) for pos, key in named if number in _names()[key]]
    before = [key for pos, key in fits if pos <= at]
    return before[-1] if before else (fits[0][1] if fits else None)


# a dimension's name used as the label of a finding, no number: "- Risk of Harm: no self-harm since ...", "Functional
# Status -- attending school", "Resiliency and Response to Services: ..." (a bullet or a line's start, then a colon or dash)
_LABEL_AT = r"(?:^|\n|[-*\u2022\u00b7]\s)\s*"
_LABEL_END = r"\s*(?::|--|\u2013|\u2014|\(\d)"


def _labelled(text: str, out: dict[tuple, str]) -> None:
    """Dimensions named only by their titles as finding labels, for each instrument the text names."""
    for key, pattern in _INSTRUMENTS:
        if not re.search(pattern, text):
            continue
        for number, name in _names()[key].items():
            # the name as written, case and all, or its last part after a heading ("Recovery Environment -- Environmental
            # Support" names IV-B)
            m = re.search(_LABEL_AT + r"((?:[A-Z][\w/-]*(?: [\w/-]+){0,3}\s*(?:--|\u2013|\u2014|-)\s*)?" + re.escape(name) + ")"
                          + _LABEL_END, text)
            if m and (key, number) not in out:
                out[(key, number)] = f"{key} Dimension {number}: {' '.join(m.group(1).split())}"


def named_dimensions(text: str) -> list[str]:
    """Text of a denial (its decision and grounds) -> 'INSTRUMENT Dimension N: Name' for each dimension it names."""
    out: dict[tuple, str] = {}
    for m in _DIMENSION.finditer(text):
        number = _number(m.group(1))
        instrument = _instrument(text, m.start(), number)
        name = _written(text[m.end():m.end() + 140]) or (_names()[instrument].get(number) if instrument else None)
        if name and (instrument, number) not in out:
            out[(instrument, number)] = f"{instrument + ' ' if instrument else ''}Dimension {number}: {name}"
    if not out:
        _labelled(text, out)
    return list(out.values())
