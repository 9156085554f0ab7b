"""Knowledge: browse the payer documents with their sources and effective dates; update or rebuild the index."""

from __future__ import annotations

import streamlit as st

from assistant.service import LetterService
from ui.common import explained


def render(service: LetterService) -> None:
    """The Knowledge page."""
    st.header("Knowledge")
    st.caption(f"Documents in {service.knowledge_dir}. The Markdown files are the source of truth; "
               "the search index is built from them on this machine.")
    with explained("Reading the knowledge documents"):
        docs = service.documents()
        payers = sorted({d.payer for d in docs})
        pick = st.multiselect("Show payers", payers, default=[], key="kb_payers",
                              help="Leave empty to show every document.")
        rows = [{"title": d.title, "payer": d.payer, "policy": d.policy_id, "effective": d.effective_date.isoformat(),
                 "source": d.source_url, "levels of care": ", ".join(d.levels_of_care),
                 "last reviewed": d.last_reviewed.isoformat(), "verified": d.verified}
                for d in docs if not pick or d.payer in pick]
        st.dataframe(rows, hide_index=True, width="stretch",
                     column_config={"source": st.column_config.LinkColumn("source")})
        st.caption(f"{len(rows)} of {len(docs)} documents shown. Unverified documents were written from "
                   "secondary sources: check them against the source before citing.")
    st.subheader("Search index")
    with explained("Opening the index"):
        st.markdown(f"The index holds **{service.index.count()}** sections.")
    cols = st.columns(2)
    update = cols[0].button("Update the index (changed documents only)", key="kb_update")
    rebuild = cols[1].button("Rebuild the index from scratch", key="kb_rebuild")
    if update or rebuild:
        run_ingest(service, rebuild)


def run_ingest(service: LetterService, rebuild: bool) -> None:
    """Embed the knowledge documents with a progress bar; report what changed and what was skipped."""
    with explained("Building the index"):
        with st.status("Rebuilding the index..." if rebuild else "Updating the index...", expanded=True) as status:
            bar = st.progress(0.0, text="Reading the documents")

            def progress(done: int, total: int) -> None:
                bar.progress(done / max(total, 1), text=f"Embedded {done} of {total} sections")

            report = service.ingest(rebuild=rebuild, progress=progress)
            bar.progress(1.0, text="Done")
            status.update(label=f"Index ready: {report.summary()}", state="complete")
        st.success(report.summary())
        for problem in report.problems:
            st.warning(problem)
