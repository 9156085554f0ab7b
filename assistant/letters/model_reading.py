"""LLM mode: the model's structured reading of the notes, kept only where its quotes check out.

The rules always run; the model can add, never overrule a met element. The model is asked only about the
elements the rules call missing. Its quote counts only when it is found verbatim in the notes; it then makes
the element met when the element's own rule, run on the quote alone, passes (shown as "read by the model;
quote checked"), and otherwise it is shown to the clinician as a question to confirm.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from assistant.letters.checklist import ELEMENTS, ChecklistItem, element_met_in
from assistant.ports import ChatModel
from assistant.prompts import render
from assistant.phi.vault import Vault

_MEANINGS = {
    "diagnosis": "a diagnosis or DSM/ICD condition", "icd10_code": "an ICD-10-CM code",
    "standardized_measure": "a standardized measure with a score", "measure_trend": "the same measure at two or more times",
    "functional_impairment": "a concrete impairment in work/school, relationships, self-care or safety",
    "risk_assessment": "a suicide/self-harm/violence screen", "treatment_modality": "the treatment approach",
    "measurable_goals": "a goal with a countable target or score threshold",
    "frequency_duration": "planned frequency and expected duration", "progress": "change since treatment began",
    "prior_treatment": "treatment history, or none", "lower_level_insufficient": "why a lower level of care is not enough",
    "discharge_criteria": "criteria for discharge or step-down", "medication_status": "current medication, or none",
}


class ElementQuote(BaseModel):
    """One element and the note sentence the model says documents it."""

    model_config = ConfigDict(extra="forbid")
    element: str
    quote: str = ""


class ElementQuotes(BaseModel):
    """The model's reading of the notes, element by element."""

    model_config = ConfigDict(extra="forbid")
    elements: list[ElementQuote] = Field(default_factory=list)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def verified(quote: str, texts: Sequence[str]) -> bool:
    """True when the quote (at least a few words) occurs verbatim, whitespace aside, in one of the texts."""
    q = _squash(quote)
    return len(q.split()) >= 3 and any(q in _squash(t) for t in texts)


def cross_check_checklist(model: ChatModel, redacted_notes: Sequence[str], items: Sequence[ChecklistItem],
                          vault: Vault, letter_type: str = "", level_of_care: str = ""
                          ) -> tuple[tuple[ChecklistItem, ...], list[str]]:
    """Rule checklist + the model's quotes for missing elements -> the checklist and notices of what changed."""
    asked = {i.element: _MEANINGS[i.element] for i in items if i.status == "missing" and i.element in _MEANINGS}
    if not asked:
        return tuple(items), []
    pid, prompt = render("extract_elements", elements=asked, notes=list(redacted_notes))
    reading = model.structured([("user", prompt)], ElementQuotes, vault, pid)
    quotes = {e.element: e.quote for e in reading.elements if e.element in ELEMENTS and e.quote.strip()}
    out, notices = [], []
    for item in items:
        quote = quotes.get(item.element, "").strip()
        if item.status == "missing" and quote and verified(quote, redacted_notes):
            met = element_met_in(item.element, quote, letter_type, level_of_care)
            if met is not None:
                item = replace(met, evidence=quote, read_by="model")
                notices.append(f"The model read {item.element.replace('_', ' ')} in the notes; its quote was checked "
                               "against the notes and the element's rule.")
            else:
                item = replace(item, question=f"{item.question} The model points to: \"{quote}\" Does that document it?")
                notices.append(f"The model found possible evidence for {item.element.replace('_', ' ')}; please confirm.")
        out.append(item)
    return tuple(out), notices
