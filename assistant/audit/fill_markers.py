"""A note an EHR's sentence builder wrote: fixed template prose with every value the clinician filled in set off by a
marker pair ("was seen on ⟦11/10/2026⟧ from ⟦2:00 PM⟧ to ⟦2:47 PM⟧ (⟦47⟧ minutes)"), and an option left unselected
printed as an empty pair ("⟦—⟧").

The rules read "47 minutes", "modifier 95" and "located at her home" as the words they are, so each filled value is
read without its markers, an unselected option in a list of values is dropped with its comma, and one standing alone
reads as the dash the template printed. The marker pairs are data (cues.yaml "fill_marker"): pairs no prose uses, so a
note with fewer than three of them, or none, comes back unchanged.
"""

from __future__ import annotations

import re

from assistant.audit.catalog import cue

_MIN_MARKERS = 3  # one or two bracketed words are the writer's own; a template marks every value it fills
_UNSELECTED = re.compile(r"^[\s\u2014\u2013_-]*$")


def _value(m: re.Match[str]) -> str:
    inner = m.group(0)[1:-1]
    return "\u2014" if _UNSELECTED.match(inner) else inner


def filled_values(text: str) -> str:
    """A sentence builder's note -> the same prose with its filled values unmarked and its unselected options left out
    of lists; any other note unchanged."""
    rx = cue("fill_marker")
    if len(rx.findall(text)) < _MIN_MARKERS:
        return text
    # ", ⟦—⟧" after another value, or "⟦—⟧, " before one: an option of a list nobody ticked
    empty = r"(?:%s)" % rx.pattern
    text = re.sub(r"\s*,\s*(%s)" % empty, lambda m: "" if _UNSELECTED.match(m.group(1)[1:-1]) else m.group(0), text)
    text = re.sub(r"(%s)\s*,\s*(?=\S)" % empty, lambda m: "" if _UNSELECTED.match(m.group(1)[1:-1]) else m.group(0), text)
    return rx.sub(_value, text)
