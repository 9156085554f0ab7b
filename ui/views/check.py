"""Check my notes: the documentation audit before a claim goes out. Rule-based and local: nothing is sent."""

from __future__ import annotations

import hashlib

import streamlit as st

from assistant.service import LetterService
from ui.common import explained
from ui.forms import LETTER_LABELS, LEVELS, uploaded_texts
from ui.views.findings_panel import findings_csv, render_findings, summary_line

MAX_PASTED = 8


def render(service: LetterService) -> None:
    """The Check my notes page."""
    st.header("Check my notes")
    st.caption("Finds what payers deny on (time and codes, telehealth, diagnosis, plan, progress, risk, signature) "
               "before the claim goes out. Rule-based, on this computer: no model, nothing is sent.")
    notes, names = _notes()
    left, right = st.columns(2)
    payer = left.text_input("Payer", key="check_payer", help="For example Medicare, Aetna, MassHealth (Medicaid). "
                            "Medicare and Medicaid add the start-and-stop-time rule.")
    codes = right.text_input("Billing codes for these notes (comma-separated)", key="check_codes",
                             help="For example 90837, 90785, 95, POS 10. A note that writes its own codes "
                                  "uses those instead.")
    level = left.selectbox("Level of care", LEVELS, key="check_level")
    letter_type = right.selectbox("Checklist for", ["continued_stay", "initial_authorization", "appeal"],
                                  format_func=LETTER_LABELS.get, key="check_type",
                                  help="Which checklist elements apply, as when drafting.")
    inputs = (tuple(notes), payer, codes, level, letter_type)
    if st.button("Check the notes", type="primary", key="check_go", disabled=not notes):
        with explained("Checking the notes"), st.spinner("Checking (the first run loads the PHI detector)..."):
            result = service.check(notes, payer=payer, level_of_care=level, codes=codes, letter_type=letter_type)
            st.session_state["check_result"] = (_digest(inputs), result, list(names), list(notes))
    if st.session_state.get("check_result") and st.button("Clear the findings", key="check_clear",
                                                           help="Forgets the findings of this session."):
        st.session_state.pop("check_result", None)
    if not notes:
        st.info("Paste or upload at least one session note to begin.")
    saved = st.session_state.get("check_result")
    if saved and saved[0] == _digest(inputs):
        show_result(service, saved[1], saved[2], saved[3])
    elif saved:
        st.info("The notes or settings changed since the last check: press **Check the notes** again.")


def _notes() -> tuple[list[str], list[str]]:
    count = st.number_input("How many notes to paste", min_value=1, max_value=MAX_PASTED, value=1, key="check_count",
                            help="Notes of one client, in date order; upload more below.")
    notes, names = [], []
    for i in range(int(count)):
        text = st.text_area(f"Note {i + 1}", height=180, key=f"check_note_{i}",
                            help="Paste the note as written; it stays on this computer.")
        if text.strip():
            notes.append(text)
            names.append(f"pasted note {i + 1}")
    files = st.file_uploader("Or upload notes (.txt, .docx, or a .pdf with a text layer)",
                             type=["txt", "docx", "pdf"], accept_multiple_files=True, key="check_files")
    uploaded = uploaded_texts(files, "note")
    names += [f.name for f in files or []][:len(uploaded)]
    return notes + uploaded, names


def _digest(inputs) -> str:
    return hashlib.sha256(repr(inputs).encode("utf-8")).hexdigest()


def show_result(service: LetterService, result, names: list[str], notes: list[str]) -> None:
    """Notices, the counts by severity, findings grouped by note, the CSV export and the checklist."""
    for notice in result.notices:
        (st.warning if result.partial and ("empty" in notice or "not codes" in notice or "Not a billing" in notice)
         else st.info)(notice)
    st.subheader("Findings")
    st.markdown(summary_line(result))
    st.download_button("Download the findings as CSV (for your biller)", findings_csv(result, names),
                       file_name="necessity-check-findings.csv", mime="text/csv", key="check_csv",
                       disabled=not result.findings,
                       help="One row per finding. It quotes your notes: keep it on this computer.")
    render_findings(service, notes, result, key="check")
    with st.expander("Medical-necessity checklist for the notes as a whole", expanded=False):
        rows = [{"element": c.element.replace("_", " "), "status": c.status.replace("_", " "),
                 "evidence from the notes": c.evidence} for c in result.checklist]
        st.dataframe(rows, hide_index=True, width="stretch")
