"""An uncoded diagnosis is written as the clinician wrote it in the diagnosis field, specifiers and all: "Diagnosis:
bipolar I disorder, current episode manic, severe." gives that name, not the vocabulary's "bipolar disorder" (the
ICD-10-CM code turns on the type, the episode and the severity)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.facts import Diagnosis

_END = re.compile(r"[.;(\n]|\s{3,}|\s[-\u2013\u2014]\s")
# Chart shorthand a reviewer should not have to decode: "d/o" is "disorder", "w/" is "with", "w/o" is "without".
_SHORT = ((re.compile(r"\bd/o\b", re.I), "disorder"), (re.compile(r"\bw/o(?=\s)", re.I), "without"),
          (re.compile(r"\bw/(?=\s)", re.I), "with"))


def _spelled(value: str) -> str:
    for rx, word in _SHORT:
        value = rx.sub(word, value)
    return value


def as_written(diagnoses: Sequence[Diagnosis]) -> tuple[Diagnosis, ...]:
    """Uncoded diagnoses found in a diagnosis field -> named by the field's own words when they hold the diagnosis;
    every name with its chart shorthand spelled out."""
    out = []
    for d in diagnoses:
        label = P.LABEL.match(d.evidence)
        if d.icd10 is None and label is not None and P.label_kind(label.group(1)) == "dx":
            value = _END.split(d.evidence[label.end():].strip(), maxsplit=1)[0].strip(" ,")
            own = next((rx for name, rx in P.DIAGNOSIS_RES if name.lower() == d.name.lower()), None)
            if own is not None and own.search(value) and len(value) <= 120 and value.count(",") <= 4:
                d = replace(d, name=value)
        out.append(replace(d, name=_spelled(d.name)))  # coded or not: "F33.2 ... severe w/o psychotic features"
    return tuple(out)
