"""Appeal a denial: read the denial into reasons, deadline and next step; draft the appeal; pick wording per reason."""

from __future__ import annotations

import inspect

import streamlit as st

from assistant.service import LetterService
from ui.common import endpoint_hint, endpoint_label, explained, go_to, mode_label
from ui.forms import _seeded, notes_inputs, request_inputs, uploaded_texts, UPLOAD_TYPES
from ui.state import CaseState, add_version, current_case, fingerprint
from ui.views.draft import preview, show_preview

KEEP = "Keep the letter's wording"


def available(service: LetterService) -> bool:
    """True once the service can read denials and draft appeals."""
    return hasattr(service, "read_denial") and hasattr(service, "appeal")


def render(service: LetterService) -> None:
    """The Appeal a denial page."""
    case = current_case()
    st.header("Appeal a denial")
    if not available(service):
        st.info("Appeals are not available yet in this version of necessity: reading denials and drafting "
                "appeals are still being added. You can draft an authorization or continued-stay letter on "
                "the **Draft a letter** page.")
        return
    st.caption(endpoint_label(service))
    st.subheader("1. The denial")
    pasted = st.text_area("Denial letter, EOB or remittance text", height=220,
                          key=_seeded("appeal_denial", case.denial_text))
    files = st.file_uploader("Or upload the denial (.txt, .docx, or a .pdf with a text layer)", type=UPLOAD_TYPES,
                             accept_multiple_files=True, key="appeal_denial_files")
    case.denial_text = "\n\n".join(t for t in [pasted, *uploaded_texts(files, "denial")] if t.strip())
    if st.button("Read the denial", key="appeal_read", disabled=not case.denial_text.strip()):
        with explained("Reading the denial"):
            case.reading = service.read_denial(case.denial_text)
            if case.reading.payer and not case.payer:
                case.payer = case.reading.payer
                st.session_state.pop("appeal_payer", None)
    if case.reading is not None:
        show_reading(case.reading)

    st.subheader("2. The notes and the request")
    case.letter_type = "appeal"
    notes_inputs(case, "appeal")
    request_inputs(case, "appeal", letter_types=("appeal",))

    st.subheader("3. See what will be sent")
    texts = case.all_notes() + ([case.denial_text] if case.denial_text.strip() else [])
    labels = [f"Note {i + 1}" for i in range(len(case.all_notes()))] + ["The denial"]
    ready = bool(case.all_notes()) and bool(case.denial_text.strip())
    if st.button("Redact and preview", key="appeal_preview", disabled=not ready):
        preview(service, case, texts)
    current = ready and case.previewed == fingerprint(texts)
    if case.redacted and current:
        show_preview(service, case, labels)
    elif not ready:
        st.info("Paste the denial and at least one session note to continue.")

    st.subheader("4. Draft the appeal")
    configured = service.settings.llm_configured
    offline = st.checkbox("Draft offline (templates, no model)", value=not configured, disabled=not configured,
                          key="appeal_offline")
    if st.button("Draft the appeal", type="primary", key="appeal_go", disabled=not current):
        run_appeal(service, case, offline or not configured)
    if case.appeal is not None:
        show_result(service, case)


def show_reading(reading) -> None:
    """Reasons, deadline, review level and next step, as read from the denial."""
    if not reading.is_denial:
        st.warning("This text does not read as a denial (it may be an approval, a receipt or a notice). "
                   "Check that you pasted the denial letter or the EOB.")
        return
    for notice in getattr(reading, "notices", ()):
        st.info(notice)
    show_time_left(reading.timing() if hasattr(reading, "timing") else None)
    deadline = (f"{reading.appeal_deadline_days} days" if reading.appeal_deadline_days else "not stated")
    if reading.appeal_deadline_date:
        deadline += f" (by {reading.appeal_deadline_date:%B %d, %Y})"
    cols = st.columns(3)
    cols[0].metric("Payer", reading.payer or "not found")
    cols[1].metric("Review level", reading.review_level.replace("_", " "))
    cols[2].metric("Expedited review", "offered" if reading.expedited_available else "not offered")
    st.markdown(f"**Appeal deadline:** {deadline}  \n**Next step:** {reading.next_step}")
    st.markdown("**Reasons given**")
    st.dataframe([{"reason": r.category.replace("_", " "), "where the denial says it": r.evidence}
                  for r in reading.reasons], hide_index=True, width="stretch")
    if reading.criteria_cited:
        st.markdown("**Criteria the payer cited:** " + "; ".join(reading.criteria_cited))


def show_time_left(status) -> None:
    """A deadline that has passed (and what remains, each with its clock) or is close leads the page."""
    if status is None or status.state not in ("close", "passed"):
        return
    lead = "**Deadline passed.** " if status.state == "passed" else "**Deadline close.** "
    st.warning(lead + status.headline + "".join(f"\n- **{r.name}**: {r.how} *Clock:* {r.clock}" for r in status.routes))


def run_appeal(service: LetterService, case: CaseState, offline: bool) -> None:
    """Draft the appeal with progress; the redacted text streams as it is written."""
    params = inspect.signature(service.appeal).parameters
    written: list[str] = []
    with explained("Drafting the appeal"):
        with st.status("Drafting the appeal...", expanded=True) as status:
            box = st.empty()
            kwargs = {}
            if "offline" in params:
                kwargs["offline"] = offline
            if "on_text" in params:
                def on_text(chunk: str) -> None:
                    written.append(chunk)
                    box.code("".join(written), language=None, wrap_lines=True)
                kwargs["on_text"] = on_text
            result = service.appeal(case.request(), **kwargs)
            box.empty()
            status.update(label=f"Appeal drafted ({mode_label(result.draft.mode, result.draft.model)})",
                          state="complete", expanded=False)
        case.appeal, case.reading = result, getattr(result, "reading", None) or case.reading
        add_version(service, case, result.draft.letter, result.draft, "draft")
        case.approved_text = ""


def show_result(service: LetterService, case: CaseState) -> None:
    """Deadline, peer-to-peer points, and a choice of wording for each denial reason."""
    result = case.appeal
    st.success(f"Appeal drafted ({mode_label(result.draft.mode, result.draft.model)}).")
    endpoint_hint(result.draft.notices)
    status = getattr(result, "timing", None)
    if status is not None and status.state in ("close", "passed"):
        show_time_left(status)
    elif getattr(result, "deadline_text", ""):
        st.info(result.deadline_text)
    if getattr(result, "peer_to_peer", None):
        with st.expander("Points for a peer-to-peer review"):
            st.markdown("\n".join(f"- {p}" for p in result.peer_to_peer))
    alternatives = getattr(result, "alternatives", None) or {}
    if alternatives:
        st.markdown("**Suggested wording for each reason**")
        chosen = {}
        for i, (category, paragraphs) in enumerate(alternatives.items()):
            chosen[category] = st.radio(f"Wording that answers '{category.replace('_', ' ')}'",
                                        [KEEP, *paragraphs], key=f"appeal_alt_{i}")
        if st.button("Use the chosen wording", key="appeal_apply"):
            letter = apply_wording(case.letter, alternatives, chosen)
            draft = service.recheck(case.draft, letter, case.support(), case.requested)
            add_version(service, case, letter, draft, "edit", mode=result.draft.mode, model=result.draft.model)
            st.success("The wording was placed in a new version of the letter.")
    st.button("Open Review and export", key="appeal_open_review", on_click=go_to, args=("Review and export",))


def apply_wording(letter: str, alternatives: dict, chosen: dict) -> str:
    """Swap in the chosen paragraph where the letter uses another suggestion; otherwise add it before the close."""
    for category, pick in chosen.items():
        if pick == KEEP or pick in letter:
            continue
        used = next((p for p in alternatives.get(category, []) if p in letter), None)
        if used:
            letter = letter.replace(used, pick)
        elif "Sincerely," in letter:
            head, _, tail = letter.rpartition("Sincerely,")
            letter = f"{head.rstrip()}\n\n{pick}\n\nSincerely,{tail}"
        else:
            letter = f"{letter.rstrip()}\n\n{pick}\n"
    return letter
