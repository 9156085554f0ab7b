"""necessity workspace: draft, check notes, appeal, ask, review and export. Run with `necessity ui`.

The page title, the URL and the server log never hold PHI: the title is fixed, pages are picked in the
sidebar (no query parameters), and nothing here prints or logs note text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts only ui/ on the path
    sys.path.insert(0, str(ROOT))

from ui.common import endpoint_label, explained, get_service  # noqa: E402
from ui.state import current_case, new_case  # noqa: E402
from ui.views import appeal, ask, cases, check, draft, knowledge, review, settings  # noqa: E402

PAGES = {
    "Draft a letter": draft.render,
    "Check my notes": check.render,
    "Appeal a denial": appeal.render,
    "Ask about criteria": ask.render,
    "Review and export": review.render,
    "Saved cases": cases.render,
    "Knowledge": knowledge.render,
    "Settings": settings.render,
}


def prepare_knowledge(service, slot) -> None:
    """First start: build the knowledge index with visible progress; later starts just open it.

    The progress is drawn in `slot`, a placeholder present on every run, so the page's widgets keep
    their places (and what the user is typing) once the index is ready.
    """
    if st.session_state.get("kb_ready"):
        return
    with slot.container(), explained("Preparing the knowledge base"):
        if service.index.count() == 0:
            with st.status("First start: building the knowledge base...", expanded=True) as status:
                bar = st.progress(0.0, text="Reading the knowledge documents")

                def progress(done: int, total: int) -> None:
                    bar.progress(done / max(total, 1), text=f"Embedded {done} of {total} sections")

                service.retriever(progress=progress)
                status.update(label="Knowledge base ready", state="complete", expanded=False)
        else:
            with st.spinner("Opening the knowledge base..."):
                service.retriever()
        st.session_state["kb_ready"] = True


def sidebar(service) -> str:
    """The page menu, the mode and the current case; returns the chosen page."""
    if "nav_next" in st.session_state:
        st.session_state["nav"] = st.session_state.pop("nav_next")
    with st.sidebar:
        st.title("necessity")
        page = st.radio("Page", list(PAGES), key="nav")
        st.divider()
        st.caption(endpoint_label(service))
        case = current_case()
        if case.case_id is not None:
            st.caption(f"Case: {case.label} (saved)")
        elif case.notes or case.versions:
            st.caption("Case: not saved (kept in this browser session only)")
        st.button("Start a new case", key="nav_new_case", on_click=new_case,
                  help="Clears the notes, placeholders and drafts from this session; saved cases stay saved.")
    return page


def main() -> None:
    """Build the service once per process, then draw the chosen page."""
    st.set_page_config(page_title="necessity", page_icon=":material/description:", layout="wide")
    with st.spinner("Starting necessity..."):
        service = None
        with explained("Starting the workspace"):
            service = get_service()
    if service is None:
        st.stop()
    page = sidebar(service)
    slot = st.empty()
    if page != "Settings":
        prepare_knowledge(service, slot)
    PAGES[page](service)


main()
