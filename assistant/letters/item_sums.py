"""A score told only as its item answers: "PHQ-9 today, items 1-9 in order:  2  2  1  3  2  1  1  0  0".

The total is the sum of the answers when there are as many answers as the items the sentence names (or as the
instrument's name counts, "PHQ-9", "GAD-7"), each answer is a small whole number, and the sum is within the instrument's
range. The evidence stays the clinician's sentence; the letter states the total."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog, in_range, key_name
from assistant.letters.facts import Measure
from assistant.letters.patterns import Segment

_ITEMS = re.compile(r"\bitems?\s*(?:#\s*)?(?:1\s*[-\u2013]\s*(?P<k>\d{1,2}))?[^:\d]{0,25}:\s*(?P<vals>\d(?:(?:\s*[,;|]\s*|\s+)\d){4,})(?![\d/]|\.\d)", re.I)
_SIZE = re.compile(r"-(\d{1,2})\b")


def item_answers(segs: Sequence[Segment]) -> tuple[list[Measure], set[tuple[str, str]]]:
    """One pass over the names: the total of each instrument whose item answers a sentence lists right after its
    name, and (instrument, sentence) of every such list, summed or not: the answers are never scores of their own
    ("GAD-7 items: 1, 2, 0, 3")."""
    sums: list[Measure] = []
    lines: set[tuple[str, str]] = set()
    for seg in segs:
        for hit in catalog().names_in(seg.text):
            m = _ITEMS.search(seg.text, hit.end, min(len(seg.text), hit.end + 60))
            if m is None:
                continue
            lines.add((key_name(hit.instrument, "", ""), seg.text))
            if seg.kind in ("goals", "discharge") or P.NOT_DONE.search(seg.text[hit.end:m.start()]):
                continue
            values = [int(v) for v in re.findall(r"\d", m.group("vals"))]
            size = int(m.group("k")) if m.group("k") else int(s.group(1)) if (s := _SIZE.search(hit.surface)) else None
            total = sum(values)
            if size != len(values) or max(values) > 4 or not in_range(hit.instrument, float(total)):
                continue
            sums.append(Measure(key_name(hit.instrument, "", ""), total, seg.date, seg.note_index, seg.text, None, False,
                                surface=hit.surface))
    return sums, lines
