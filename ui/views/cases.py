"""Saved cases: reopen a case (notes, vault and versions) or delete it with everything it holds."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from assistant.service import LetterService
from ui.common import explained, go_to
from ui.state import current_case, new_case, open_case


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def render(service: LetterService) -> None:
    """The Saved cases page."""
    st.header("Saved cases")
    st.caption(f"Stored in {service.workspace.path} on this machine, each with its PHI vault.")
    if flash := st.session_state.pop("cases_flash", None):
        st.success(flash)
    with explained("Reading the workspace"):
        cases = service.workspace.list_cases()
        if not cases:
            st.info("No saved cases yet. Draft a letter, then save it from Review and export under a label "
                    "of your choosing.")
            return
        for summary in cases:
            with st.container(border=True):
                cols = st.columns([4, 1, 1], vertical_alignment="center")
                cols[0].markdown(f"**{summary.label}**  \n{summary.versions} version(s); "
                                 f"updated {_when(summary.updated)}, created {_when(summary.created)}")
                if cols[1].button("Open", key=f"cases_open_{summary.id}"):
                    with explained("Opening the case"):
                        open_case(service, summary.id)
                        go_to("Review and export" if current_case().versions else "Draft a letter")
                        st.rerun()
                confirm = cols[2].checkbox("Confirm delete", key=f"cases_confirm_{summary.id}",
                                           help="Deleting removes the case's notes, vault and every draft.")
                if cols[2].button("Delete", key=f"cases_delete_{summary.id}", disabled=not confirm):
                    service.workspace.delete_case(summary.id)
                    if current_case().case_id == summary.id:
                        new_case()
                    st.session_state["cases_flash"] = f"Deleted '{summary.label}' with its notes, vault and drafts."
                    st.rerun()
