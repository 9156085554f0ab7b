"""Counts the client or the staff keep in a record of their own: a hair-pulling log, a panic diary, a tic tally, a
point sheet. They are no rating scale, so the catalog does not name them, but a reviewer weighs them like one
("Pulling log: 24 episodes last week"; "Point sheet weekly average: 41% -> 92%"). The clauses that give such a count
are shown as the notes write them, beside the other measures."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.sections import merged_segments, strip_label, unique

# the record: a log, a diary, a tally or a chart kept of a behaviour
_RECORD = re.compile(r"\b(?:logs?|diary|diaries|tally|tallies|trackers?|tracking (?:sheet|form|app)|self-monitoring|"
                     r"monitoring (?:form|sheet)|(?:point|behaviou?r|star|token|sticker|incident) (?:sheets?|charts?|cards?|system)|"
                     r"(?:mood|sleep|panic|urge|binge|food|tic|seizure|headache) (?:charts?|records?|diary|log))\b", re.I)
# the count: "41 episodes", "3 urges a day", "24 last week", "92%", "41% -> 92%"
_COUNT = re.compile(r"(?<![\w./:-])\d{1,4}(?:\.\d+)?\s*(?:%|(?:episodes?|times|urges?|attacks?|binges?|purges?|incidents?|"
                    r"outbursts?|tics?|pulls?|checks?|entries|events?|drinks?|cigarettes?|points?|meltdowns?|tantrums?)\b)", re.I)
_NOT_HERE = ("goals", "discharge", "plan", "dx", "meds")
_AIM = re.compile(r"\b(?:goal|target|aim|below|under|or fewer|or less|at most|no more than|fewer than|less than)\b", re.I)


def record_count_sentences(notes: Sequence[str], used: set[str]) -> list[str]:
    """The clauses that give a count from a log, diary, tally or point sheet, in note order, each once."""
    out = []
    for _, kind, text in merged_segments(notes):
        if kind in _NOT_HERE:
            continue
        for clause in re.split(r"(?<=;)\s+|(?<=[^.]\.)\s+", text):
            record = _RECORD.search(clause)
            if record and _COUNT.search(clause, record.end()) and not _AIM.search(clause):
                shown = re.sub(r"\s*\.{3,}\s*", ": ", strip_label(clause)).rstrip(" ,;")  # a dotted leader reads as a colon
                out.append(shown + ("" if shown.endswith(".") else "."))
    return [s[:1].upper() + s[1:] for s in unique(out, used)]
