"""Which lab or vital-sign trends show a response to treatment: those that follow one of the client's diagnoses.

A weight series is the trend of an eating disorder's care and a PEth series that of an alcohol use disorder's; beside a
depression a weight that went from 70.6 to 71.5 kg is no measure of change. With no diagnosis in the notes the lab's
trend still counts (nothing says it does not fit)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from assistant.letters.catalog import catalog
from assistant.letters.facts import Diagnosis, Measure, Trend

FITS_FILE = Path(__file__).resolve().parents[1] / "data" / "body_measures.yaml"


@lru_cache(maxsize=1)
def _fits() -> tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]], ...]:
    raw = yaml.safe_load(FITS_FILE.read_text(encoding="utf-8")) or []
    return tuple((frozenset(r["domains"]), tuple(r.get("codes") or ()), tuple(w.lower() for w in r.get("words") or ()))
                 for r in raw)


def _follows(domain: str, diagnoses: Sequence[Diagnosis]) -> bool:
    for domains, codes, words in _fits():
        if domain not in domains:
            continue
        for d in diagnoses:
            if d.icd10 and d.icd10.upper().startswith(codes):
                return True
            if any(w in (d.name or "").lower() for w in words):
                return True
    return False


def treatment_trends(trends: Sequence[Trend], diagnoses: Sequence[Diagnosis]) -> list[Trend]:
    """The trends that show a response to treatment: every symptom measure's, and a lab's or vital's whose domain
    follows one of the diagnoses (all of them when the notes name no diagnosis)."""
    kept = []
    for t in trends:
        inst = catalog().get(t.instrument)
        if inst is None or not inst.lab or not diagnoses or _follows(inst.domain, diagnoses):
            kept.append(t)
    return kept


def symptom_first(measures: Sequence[Measure]) -> list[Measure]:
    """The measures with the symptom scales before the labs and vitals, so a checklist quotes "HAM-D-17 31" over "HR 112"."""
    return sorted(measures, key=_rank)


def _rank(m) -> int:
    """Catalog rating scales first, then labs and vitals, then what the notes name that the catalog does not know
    (a league's "PIM" column, a family's own log)."""
    inst = catalog().get(m.instrument)
    return 2 if inst is None else int(bool(inst.lab))


def known_first(trends: Sequence[Trend]) -> list[Trend]:
    """The trends with the catalog's instruments first, so a checklist quotes "RPQ 17 -> 12" over a column it does not know."""
    return sorted(trends, key=lambda t: catalog().get(t.instrument) is None)
