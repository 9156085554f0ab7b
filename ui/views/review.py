"""Review and export: the editable letter, the checklist beside it, a diff between versions, approve and download."""

from __future__ import annotations

import difflib
import time

import streamlit as st

from assistant.service import LetterService
from ui.common import endpoint_hint, explained, go_to, letter_html, mode_label, show_html
from ui.state import CaseState, add_version, current_case, save_case
from ui.views import checklist_panel

TITLES = {"initial_authorization": "Letter of medical necessity", "continued_stay": "Request for continued authorization",
          "appeal": "Appeal of a denial of coverage"}


def render(service: LetterService) -> None:
    """The Review and export page."""
    case = current_case()
    st.header("Review and export")
    if not case.versions:
        st.info("There is no draft yet: draft a letter first, or open a saved case.")
        st.button("Go to Draft a letter", key="review_to_draft", on_click=go_to, args=("Draft a letter",))
        return
    if case.draft is None and not ensure_checked(service, case):
        return
    version = case.versions[-1]
    st.markdown(f"Version {len(case.versions)} ({'your edits' if version['kind'] == 'edit' else 'drafted'}), "
                f"**{mode_label(version['mode'], version['model'])}**, template or prompt `{version['prompt_id']}`.")
    save_box(service, case)
    left, right = st.columns([3, 2], gap="large")
    with left:
        edited = st.text_area("Letter (PHI restored; edit it here)", value=case.letter, height=620,
                              key=f"review_letter_{case.case_id}_{len(case.versions)}")
        if st.button("Save my edits as a new version and re-check", key="review_recheck",
                     disabled=edited == case.letter):
            with explained("Re-checking"):
                draft = service.recheck(case.draft, edited, case.support(), case.requested)
                add_version(service, case, edited, draft, "edit", mode=version["mode"], model=version["model"])
                st.rerun()
        with st.expander("Highlighted view: amber = missing information, red = not supported by the notes",
                         expanded=True):
            show_html(letter_html(case.letter, case.draft.unsupported_claims))
    with right:
        answered = checklist_panel.render(service, case)
    if answered:
        redraft_with_answer(service, case, *answered)
    endpoint_hint(case.draft.notices)
    diff_box(case)
    approve_box(service, case)


def ensure_checked(service: LetterService, case: CaseState) -> bool:
    """A reopened case has versions but no checked draft: run the offline checklist on the saved letter."""
    with explained("Re-running the checklist"), st.spinner("Re-running the checklist on the saved letter..."):
        fresh = draft_again(service, case, offline=True)
        case.draft = service.recheck(fresh, case.letter, case.support(), case.requested)
        return True
    return False


def draft_again(service: LetterService, case: CaseState, offline: bool):
    """Draft the case again from its notes (an appeal through the appeal pipeline) -> the new Draft."""
    if case.letter_type == "appeal" and case.denial_text.strip() and hasattr(service, "appeal"):
        case.appeal = service.appeal(case.request(), offline=offline)
        return case.appeal.draft
    return service.draft(case.request(), offline=offline)


def redraft_with_answer(service: LetterService, case: CaseState, question: str, answer: str) -> None:
    """Add the clinician's answer to the case notes, draft again in the same mode and re-run the check."""
    case.answers[question] = answer
    offline = case.versions[-1]["mode"] != "llm"
    with explained("Re-drafting"), st.status("Adding your answer and drafting again...", expanded=True) as status:
        extra = [case.denial_text] if case.letter_type == "appeal" and case.denial_text.strip() else []
        redacted, case.vault = service.redact(case.all_notes() + extra)
        case.redacted = [n.text for n in redacted.notes]
        draft = draft_again(service, case, offline=offline)
        add_version(service, case, draft.letter, draft, "draft")
        if case.case_id is not None:
            save_case(service, case, case.label)
        status.update(label="Drafted again with your answer", state="complete")
        st.rerun()


def save_box(service: LetterService, case: CaseState) -> None:
    """Save the case, with its vault, under a label the clinician chooses."""
    with st.form("review_save", border=False):
        cols = st.columns([4, 1], vertical_alignment="bottom")
        label = cols[0].text_input("Case label (your own words; not the client's name)", value=case.label,
                                   key="review_label", help="For example 'Case 14, continued stay'.")
        if cols[1].form_submit_button("Save case"):
            with explained("Saving the case"):
                values = [v for _, v in (case.vault.items() if case.vault else []) if len(v) > 2]
                if any(v.lower() in label.lower() for v in values):
                    st.error("The label contains a value from the notes' PHI (a name, date or ID). "
                             "Choose a label without it.")
                    return
                save_case(service, case, label)
                st.success(f"Saved as '{case.label}' in the local workspace.")
    if case.case_id is None:
        st.caption("Not saved: this case lives only in this browser session until you save it.")


def diff_box(case: CaseState) -> None:
    """A diff between two versions of the letter."""
    if len(case.versions) < 2:
        return
    st.subheader("Changes between versions")
    numbers = list(range(1, len(case.versions) + 1))
    cols = st.columns(2)
    old = cols[0].selectbox("Compare version", numbers, index=len(numbers) - 2, key="review_diff_old")
    new = cols[1].selectbox("with version", numbers, index=len(numbers) - 1, key="review_diff_new")
    lines = difflib.unified_diff(case.versions[old - 1]["text"].splitlines(), case.versions[new - 1]["text"].splitlines(),
                                 f"version {old}", f"version {new}", lineterm="", n=1)
    st.code("\n".join(lines) or "The two versions are the same.", language="diff", wrap_lines=True)


def approve_box(service: LetterService, case: CaseState) -> None:
    """Approve the current version; approved letters can be downloaded as DOCX and PDF."""
    st.subheader("Approve and export")
    if case.approved_text != case.letter:
        if case.draft.unsupported_claims or "[MISSING:" in case.letter:
            st.warning("The letter still has [MISSING: ...] markers or unsupported statements. "
                       "You can approve it anyway; the markers stay visible in the files.")
        if st.button("Approve this version", key="review_approve", type="primary"):
            case.approved_text = case.letter
            case.versions[-1]["approved"] = True
            version_id = case.versions[-1]["id"]
            if version_id is not None:
                service.workspace.approve(version_id)
            st.rerun()
        return
    st.success(f"Version {len(case.versions)} is approved. Download it with your letterhead and signature.")
    files = exports(service, case)
    if not files:
        return
    name = f"letter-{time.strftime('%Y%m%d')}-v{len(case.versions)}"
    cols = st.columns([1, 1, 3])
    cols[0].download_button("Download DOCX", files["docx"], file_name=f"{name}.docx", key="review_docx",
                            mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            on_click="ignore")
    cols[1].download_button("Download PDF", files["pdf"], file_name=f"{name}.pdf", key="review_pdf",
                            mime="application/pdf", on_click="ignore")


def exports(service: LetterService, case: CaseState) -> dict | None:
    """DOCX and PDF of the approved letter, made once per approved text (embedding the PDF font takes a second)."""
    made = st.session_state.get("review_exports")
    if made and made["text"] == case.letter:
        return made
    with explained("Export"), st.spinner("Preparing the DOCX and PDF files..."):
        title = TITLES.get(case.letter_type, "Letter")
        made = {"text": case.letter, "docx": service.export(case.letter, "docx", title=title),
                "pdf": service.export(case.letter, "pdf", title=title)}
        st.session_state["review_exports"] = made
        return made
    return None
