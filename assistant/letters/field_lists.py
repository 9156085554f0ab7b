"""A numbered list that starts on a field's own line ("Goals:   1) walk daily" over "2) ..." and "3) ...", the later
items indented under the value): every item belongs to the field, so each takes the field's label."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence

Block = Any  # assistant.letters.reading.Block (reading.py applies this module: no import back)

# the first item's marker right after the label ("1)", "1.", "(1)", "a)") and each later item's marker
_FIRST = re.compile(r"^\s*\(?(?P<n>1|a)[.)]\s+\S", re.I)
_ITEM = re.compile(r"^\s*\(?(?P<n>\d{1,2}|[a-z])[.)]\s+\S", re.I)


def _after(marker: str) -> str:
    return str(int(marker) + 1) if marker.isdigit() else chr(ord(marker) + 1)


def _value_start(block: Block) -> str:
    at = block.text.find(":")
    return block.text[at + 1:] if block.label and at >= 0 else ""


def numbered_under_field(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Items that go on a numbered list begun on the line of a labelled field take that field's label."""
    out: list[Block] = []
    label, expected = "", ""
    for b in blocks:
        if b.kind == "field" and (first := _FIRST.match(_value_start(b))):
            label, expected = b.label, _after(first.group("n").lower())
        elif b.kind == "item" and label and not b.label and (item := _ITEM.match(b.text)) and item.group("n").lower() == expected:
            b, expected = replace(b, label=label), _after(expected)
        else:
            label, expected = "", ""
        out.append(b)
    return tuple(out)
