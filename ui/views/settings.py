"""Settings: the LLM endpoint (with a connection test), the model, offline mode, the clinician profile, the data folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from assistant.service import LetterService
from ui.common import endpoint_label, explained, save_overrides, saved_overrides, settings_file

PROFILE = (("clinician_name", "Your name"), ("clinician_credentials", "Credentials (e.g. LCSW, PhD)"),
           ("clinician_license", "License number"), ("clinician_npi", "NPI"),
           ("clinician_practice", "Practice name"), ("clinician_address", "Practice address"),
           ("clinician_phone", "Practice phone"))


def render(service: LetterService) -> None:
    """The Settings page."""
    s = service.settings
    st.header("Settings")
    if flash := st.session_state.pop("settings_flash", None):
        st.success(flash)
    st.caption(f"{endpoint_label(service)}. Saved to {settings_file()} (readable by you only).")
    if settings_file().is_file() and not saved_overrides():
        st.warning("The saved settings file could not be read; saving here replaces it.")
    with st.form("settings_form"):
        st.subheader("Language model")
        values = {
            "llm_base_url": st.text_input("Endpoint base URL (OpenAI-compatible)", s.llm_base_url,
                                          help="e.g. http://127.0.0.1:11434/v1 for Ollama. Empty: offline."),
            "llm_api_key": st.text_input("API key", s.llm_api_key, type="password",
                                         help="Stored in the settings file in your data folder."),
            "llm_model": st.text_input("Model", s.llm_model),
            "offline": st.toggle("Offline mode (never call a model, even when an endpoint is set)", s.offline),
        }
        st.subheader("Clinician profile")
        st.caption("Placed in the letterhead and signature on this machine; never sent to a model.")
        cols = st.columns(2)
        for i, (field, label) in enumerate(PROFILE):
            values[field] = cols[i % 2].text_input(label, getattr(s, field))
        st.subheader("Data folder")
        values["data_dir"] = st.text_input("Data folder (workspace, saved cases, knowledge index)", str(s.data_dir))
        if st.form_submit_button("Save settings", type="primary"):
            save(values)
    st.subheader("Connection test")
    st.caption("Sends one short request with no client data to the endpoint saved above.")
    if st.button("Test the connection", key="settings_test"):
        with explained("The connection test"), st.spinner("Asking the endpoint..."):
            ok, message = service.test_connection()
            (st.success if ok else st.error)(message)
    audit_log(service)


def save(values: dict) -> None:
    """Validate and save; the service is rebuilt with the new settings on the next run."""
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    folder = Path(values["data_dir"]).expanduser() if values["data_dir"] else None
    if folder is not None and folder.exists() and not folder.is_dir():
        st.error(f"{folder} is a file, not a folder: choose a folder for the data.")
        return
    values["data_dir"] = str(folder) if folder else ""
    if values["llm_base_url"] and not values["llm_base_url"].startswith(("http://", "https://")):
        st.error("The endpoint base URL must start with http:// or https:// (or be empty for offline mode).")
        return
    with explained("Saving settings"):
        save_overrides(values)
        st.session_state.pop("kb_ready", None)  # a new data folder may need its index built
        st.session_state["settings_flash"] = "Settings saved."
        st.rerun()


def audit_log(service: LetterService) -> None:
    """The most recent LLM requests: sizes and placeholder counts only, never text."""
    st.subheader("LLM request log")
    with explained("Reading the request log"):
        rows = service.workspace.llm_requests(limit=50)
        if not rows:
            st.caption("No request has been sent to a language model from this workspace.")
            return
        st.dataframe([{"time": dt.datetime.fromtimestamp(r["time"]).strftime("%Y-%m-%d %H:%M:%S"),
                       "model": r["model"], "prompt": r["prompt_id"], "characters": r["chars"],
                       "placeholders": ", ".join(f"{k} {v}" for k, v in sorted(r["placeholders"].items())),
                       "seconds": r["seconds"], "outcome": r["outcome"]} for r in rows],
                     hide_index=True, width="stretch")
