"""Ask about criteria: a chat over the knowledge base whose citations open the source passage."""

from __future__ import annotations

import streamlit as st

from assistant.service import LetterService
from ui.common import endpoint_label, explained


def render(service: LetterService) -> None:
    """The Ask about criteria page."""
    st.header("Ask about criteria")
    st.caption(endpoint_label(service) + ". Answers quote the knowledge base and cite their sources.")
    history: list = st.session_state.setdefault("ask_history", [])
    for answer in history:
        show_answer(answer)
    with st.form("ask_form", clear_on_submit=True):
        question = st.text_area("Your question", height=90,
                                help="For example: How long do I have to appeal an ERISA plan denial?")
        payer = st.text_input("Payer (optional)", help="Limits the answer to this payer's documents "
                                                       "plus the rules that apply to every payer.")
        asked = st.form_submit_button("Ask", type="primary")
    if asked:
        with explained("Answering"), st.spinner("Searching the knowledge base..."):
            history.append(service.ask(question, payer=payer.strip() or None))
            st.rerun()
    if history and st.button("Clear the conversation", key="ask_clear"):
        history.clear()
        st.rerun()


def show_answer(answer) -> None:
    """One question and its answer, with every citation expandable to the passage it quotes."""
    with st.chat_message("user"):
        st.markdown(answer.question)
    with st.chat_message("assistant"):
        st.markdown(answer.text)
        how = f"model {answer.model}" if answer.mode == "llm" else "offline: quoted from the knowledge base"
        st.caption(f"Answered {how}.")
        for note in answer.notes:
            st.warning(note)
        for i, p in enumerate(answer.passages, 1):
            with st.expander(f"[{i}] {p.title}: {p.section}"):
                st.markdown(f"**Policy:** {p.policy_id or 'n/a'}  \n**Effective:** {p.effective_date or 'n/a'}  \n"
                            f"**Payer:** {p.payer}  \n**Source:** [{p.url}]({p.url})")
                if not p.verified:
                    st.caption("This document is marked unverified: check the source before relying on it.")
                st.markdown(p.text)
