"""Short, quotable summaries of the extracted facts, for appeal sections, wording options and peer-to-peer notes."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.letters.facts import Facts

REASON_NAMES = {
    "not_medically_necessary": "not medically necessary",
    "insufficient_documentation": "insufficient documentation",
    "lower_level_of_care_appropriate": "a lower level of care is appropriate",
    "no_progress_or_maintenance": "no progress, or maintenance care",
    "frequency_or_duration_exceeds_guidelines": "frequency or duration exceeds guidelines",
    "no_prior_authorization": "no prior authorization",
    "out_of_network": "out of network",
    "benefit_limit_reached": "benefit limit reached",
    "non_covered_service_or_diagnosis": "service or diagnosis not covered",
    "timely_filing": "timely filing",
    "coding_or_billing_error": "coding or billing error",
    "other": "other reason",
}


@dataclass(frozen=True)
class CaseSummary:
    """The facts an appeal argues from, each already worded for a letter (placeholders intact)."""

    diagnoses: tuple[str, ...]
    measures: tuple[str, ...]
    trends: tuple[str, ...]
    impairments: tuple[str, ...]
    risk: str
    modalities: tuple[str, ...]
    goals: tuple[str, ...]
    progress: tuple[str, ...]
    prior_treatment: tuple[str, ...]
    lower_level: tuple[str, ...]
    discharge: tuple[str, ...]
    frequency: tuple[str, ...]
    duration: tuple[str, ...]
    medications: tuple[str, ...]


def _unique(items) -> tuple[str, ...]:
    seen, out = set(), []
    for item in items:
        item = " ".join(str(item).split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return tuple(out)


def summarize(facts: Facts) -> CaseSummary:
    """Facts -> letter-ready phrases: codes with names, instrument next to score, evidence quoted verbatim."""
    measures = [f"{m.instrument} {m.score}" + (f" ({m.date})" if m.date else "")
                for m in facts.measures if m.subject is None]
    trends = [f"{t.instrument} {t.first} to {t.last} across {t.points} administrations" for t in facts.trends]
    return CaseSummary(
        diagnoses=_unique(f"{d.icd10} {d.name}" if d.icd10 else d.name for d in facts.diagnoses),
        measures=_unique(measures), trends=_unique(trends),
        impairments=_unique(i.evidence for i in facts.impairments[:6]),
        risk=facts.risk.summary if facts.risk.assessed else "",
        modalities=_unique(m.text for m in facts.modalities),
        goals=_unique(g.text for g in facts.goals if g.measurable),
        progress=_unique(p.evidence for p in facts.progress[:3]),
        prior_treatment=_unique(p.evidence for p in facts.prior_treatment[:3]),
        lower_level=_unique(p.evidence for p in facts.lower_level_rationale[:3]),
        discharge=_unique(p.evidence for p in facts.discharge_criteria[:3]),
        frequency=_unique(f.evidence for f in facts.frequency[:2]),
        duration=_unique(f.evidence for f in facts.duration[:2]),
        medications=_unique(f"{m.name} {m.dose}" if m.dose else m.name for m in facts.medications),
    )
