"""Draft a letter: notes and request in, the redacted text shown before anything is sent, the draft streamed."""

from __future__ import annotations

import re
import time
from collections import Counter

import streamlit as st

from assistant.service import LetterService
from ui.common import (endpoint_hint, endpoint_label, explained, go_to, mode_label, model_version,
                       placeholders_html, show_html)
from ui.forms import notes_inputs, request_inputs
from ui.state import CaseState, add_version, current_case, fingerprint
from ui.views.findings_panel import before_drafting

_PLACEHOLDER = re.compile(r"<([A-Z]+(?:_[A-Z]+)*)_\d+>")


def render(service: LetterService) -> None:
    """The Draft a letter page."""
    case = current_case()
    st.header("Draft a letter")
    st.caption(endpoint_label(service))
    notes_inputs(case, "draft")
    request_inputs(case, "draft", letter_types=("initial_authorization", "continued_stay"))
    st.caption("For an appeal of a denial, use the **Appeal a denial** page.")
    before_drafting(service, case)

    st.subheader("1. See what will be sent")
    notes = case.all_notes()
    if st.button("Redact and preview", key="draft_preview", disabled=not notes,
                 help="Replaces names, dates, IDs and other PHI with placeholders; nothing is sent."):
        preview(service, case, notes)
    current = bool(notes) and case.previewed == fingerprint(notes)
    if case.redacted and current:
        show_preview(service, case)
    elif case.redacted:
        st.info("The notes changed since the preview: press **Redact and preview** again before drafting.")
    elif not notes:
        st.info("Paste or upload at least one session note to begin.")

    st.subheader("2. Draft")
    configured = service.settings.llm_configured
    offline = st.checkbox("Draft offline (templates, no model)", value=not configured, disabled=not configured,
                          key="draft_offline",
                          help="Offline drafting assembles the letter from templates and your notes; "
                               "nothing leaves this machine." if configured else
                               "No LLM endpoint is configured (see Settings), so drafting is offline.")
    if st.button("Draft the letter", type="primary", key="draft_go", disabled=not current):
        run_draft(service, case, offline or not configured)
    if not current:
        st.caption("Drafting is enabled once the preview above matches the notes.")
    if case.draft is not None and case.versions:
        summary(case)


def preview(service: LetterService, case: CaseState, notes: list[str]) -> None:
    """Redact the notes locally and keep the result and the vault in this session only."""
    with explained("Redaction"), st.spinner("Finding PHI in the notes (the first run loads the detector)..."):
        redacted, vault = service.redact(notes)
        case.redacted, case.vault, case.previewed = [n.text for n in redacted.notes], vault, fingerprint(notes)


def show_preview(service: LetterService, case: CaseState, labels: list[str] | None = None) -> None:
    """The redacted notes (or `labels`-named texts) with placeholders highlighted, and where they go."""
    counts = Counter(m.group(1) for text in case.redacted for m in set(_PLACEHOLDER.finditer(text)))
    found = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no PHI found"
    settings = service.settings
    if settings.llm_configured:
        where = (f"When you draft in LLM mode, exactly this text goes to **{settings.llm_model}** at "
                 f"{settings.llm_base_url or 'the OpenAI API'}, with the payer criteria and instructions "
                 "(which hold no client data).")
    else:
        where = "Offline mode: drafting sends nothing anywhere; this is what a model would receive."
    st.markdown(f"Nothing has been sent yet. {where} Placeholders: {found}.")
    for i, text in enumerate(case.redacted):
        name = labels[i] if labels and i < len(labels) else f"Note {i + 1}"
        st.markdown(f"**{name}, as it will be sent**")
        show_html(placeholders_html(text, label=f"{name} as it will be sent"))
    with st.expander("Placeholder key (stays on this machine)"):
        rows = [{"placeholder": p, "original": v} for p, v in (case.vault.items() if case.vault else [])]
        st.dataframe(rows, hide_index=True, width="stretch")


def run_draft(service: LetterService, case: CaseState, offline: bool) -> None:
    """Draft with progress and the letter streamed as it is written; the result becomes a new version."""
    written: list[str] = []
    last = [0.0]
    with explained("Drafting"):
        with st.status("Drafting the letter...", expanded=True) as status:
            st.write("Redacting the notes, reading the facts and finding the payer's criteria...")
            box = st.empty()

            def on_text(chunk: str) -> None:
                written.append(chunk)
                if time.monotonic() - last[0] > 0.15:  # redrawing on every token would slow the stream
                    last[0] = time.monotonic()
                    box.code(service.restore("".join(written), case.vault), language=None, wrap_lines=True)

            draft = service.draft(case.request(), offline=offline, on_text=on_text)
            box.empty()
            status.update(label=f"Draft ready ({mode_label(draft.mode, draft.model)})", state="complete",
                          expanded=False)
        add_version(service, case, draft.letter, draft, "draft")
        case.approved_text = ""


def summary(case: CaseState) -> None:
    """How the latest draft was written and what the checklist found."""
    draft, version = case.draft, case.versions[-1]
    met = sum(1 for c in draft.checklist if c.status == "met")
    missing = [c for c in draft.checklist if c.status == "missing"]
    applicable = sum(1 for c in draft.checklist if c.status != "not_applicable")
    st.success(f"Draft {len(case.versions)} is ready ({mode_label(version['mode'], version['model'])}). "
               f"The notes document {met} of {applicable} checklist elements; {len(missing)} question(s) for you.")
    endpoint_hint(draft.notices)
    model_version(draft)
    if draft.unsupported_claims:
        st.warning(f"{len(draft.unsupported_claims)} statement(s) in the letter are not supported by the notes; "
                   "they are highlighted on the review page.")
    st.button("Open Review and export", key="draft_open_review", on_click=go_to, args=("Review and export",))
    with st.expander("The draft as written (PHI restored)"):
        st.code(case.letter, language=None, wrap_lines=True)
