"""The checklist beside the letter: evidence for what is met, a question (with an answer box) for what is missing."""

from __future__ import annotations

import streamlit as st

from assistant.service import LetterService
from ui.state import CaseState

ELEMENT_NAMES = {
    "diagnosis": "Diagnosis", "icd10_code": "ICD-10-CM code", "standardized_measure": "Standardized measure",
    "measure_trend": "Repeat score (trend)", "functional_impairment": "Functional impairment",
    "risk_assessment": "Risk assessment", "treatment_modality": "Treatment approach",
    "measurable_goals": "Measurable goals", "frequency_duration": "Frequency and duration",
    "progress": "Progress", "prior_treatment": "Prior treatment",
    "lower_level_insufficient": "Why a lower level is not enough", "discharge_criteria": "Discharge criteria",
    "medication_status": "Medication status",
}
STATUS = {"met": ("Met", ":material/check_circle:"), "missing": ("Missing", ":material/help:"),
          "not_applicable": ("Not applicable", ":material/remove:")}


def render(service: LetterService, case: CaseState) -> tuple[str, str] | None:
    """Checklist items, claims, gaps and citations of the current draft -> (question, answer) when one was answered."""
    draft, answered = case.draft, None
    st.subheader("Checklist")
    vault = case.vault
    for i, item in enumerate(draft.checklist):
        word, icon = STATUS.get(item.status, (item.status, ""))
        name = ELEMENT_NAMES.get(item.element, item.element)
        shown = " - in the letter" if item.in_letter else (" - not shown in the letter" if item.status == "met" else "")
        with st.expander(f"{name}: {word}{shown}", icon=icon, expanded=item.status == "missing"):
            if item.status == "met":
                st.markdown("Evidence from the notes" + (" (read by the model; quote checked):"
                                                          if getattr(item, "read_by", "") == "model" else ":"))
                st.markdown(f"> {_quote(service.restore(item.evidence, vault) if vault else item.evidence)}")
            elif item.status == "missing":
                st.markdown(f"**Question:** {item.question}")
                with st.form(f"review_answer_{i}", clear_on_submit=True, border=False):
                    answer = st.text_area("Your answer", key=f"review_answer_text_{i}", height=80,
                                          help="Added to the case notes; the letter is drafted and checked again.")
                    if st.form_submit_button("Add to the notes and re-check") and answer.strip():
                        answered = (item.question, answer.strip())
            else:
                st.caption("This element does not apply to this level of care or letter type.")
    claims_and_gaps(draft)
    citations(draft)
    return answered


def _quote(text: str) -> str:
    return text.replace("\n", " ").replace("*", "\\*").replace("_", "\\_") or "(no quote)"


def claims_and_gaps(draft) -> None:
    """Statements the notes do not support, and what a payer needs that the letter lacks."""
    if draft.unsupported_claims:
        st.markdown("**Not supported by the notes** (highlighted red in the letter):")
        st.error("\n".join(f"- {c}" for c in draft.unsupported_claims))
    else:
        st.caption("Every code, score, medication and event in the letter is found in the notes or the request.")
    if draft.admin_gaps:
        st.markdown("**Administrative items missing:**")
        st.warning("\n".join(f"- {g}" for g in draft.admin_gaps))


def citations(draft) -> None:
    """The payer criteria the draft cites, each opening to its source."""
    if not draft.citations:
        return
    st.markdown("**Criteria cited**")
    for p in draft.citations:
        with st.expander(f"{p.title}: {p.section}"):
            st.markdown(f"Policy {p.policy_id or 'n/a'}, effective {p.effective_date or 'n/a'}, payer {p.payer}")
            if p.url:
                st.markdown(f"Source: [{p.url}]({p.url})")
            st.markdown(p.text)
