"""What surrounds a run of scores: a bracket of dates that dates each value in order, the payer's quoted
decision that restates a score rather than giving a new one, and risk screens read from a table's rows."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog
from assistant.letters.facts import Finding, Measure
from assistant.letters.patterns import Segment


# "PCL-5 58 -> 49 -> 41 (8/25, 9/8, 9/15)": a bracket of dates after a run of values gives each value its date, in order.
_DATE_LIST = re.compile(r"\s*\(\s*((?:%s)(?:\s*[,;]\s*(?:%s))+)\s*\)" % (P.DATE.pattern, P.DATE.pattern))


def dates_in_order(out: list[Measure], text: str, end: int) -> list[Measure]:
    listed = _DATE_LIST.match(text, end)
    dates = [m.group(0) for m in P.DATE.finditer(listed.group(1))] if listed else []
    if len(out) < 2 or len(dates) != len(out):
        return out
    return [replace(m, date=d, baseline=False) for m, d in zip(out, dates)]


def payer_quote(m: Measure) -> bool:
    """A score inside the payer's quoted decision ("not approved - 'impairment (MoCA 21) may limit ...'") is no new score."""
    name = m.surface or m.instrument
    spans = [(q.start(), q.end()) for q in re.finditer(r"[\"\u201c][^\"\u201c\u201d]{8,}(?:[\"\u201d]|$)", m.evidence)]
    at = [x.start() for x in re.finditer(re.escape(name), m.evidence)] if name else []
    return bool(spans and at and P.DECISION_RECORD.search(m.evidence) and all(any(a <= i < b for a, b in spans) for i in at))


def base_name(m: Measure) -> str:
    """The instrument a score belongs to, without its part or scale ("RCADS MDD T" -> "RCADS")."""
    name = re.sub(r" T$", "", m.instrument)
    return name[:-len(m.part) - 1] if m.part and name.endswith(" " + m.part) else name


def table_screens(measures: Sequence[Measure], segs: Sequence[Segment]) -> list[Finding]:
    """Risk-screen results read from a table ("C-SSRS (past month)" column) as findings: the evidence is the
    row, the text a line a letter can show ("C-SSRS (past month) on <DATE_4>: passive SI only")."""
    sentences = {s.text for s in segs}
    out = []
    for m in measures:
        inst = catalog().instruments.get(base_name(m))
        if inst is not None and inst.result and "suicide" in inst.domain and m.evidence not in sentences:
            surface = m.surface if m.surface and not re.fullmatch(r"\w+_\w+", m.surface) else ""  # not "cssrs_screen"
            name = (surface or m.instrument) + (f" on {m.date}" if m.date else "")
            out.append(Finding(f"{name}: {m.score}", m.evidence, m.note_index))
    return out
