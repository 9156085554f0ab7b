"""What every page shares: the service (built once per process), saved settings, error messages, highlighting.

No function here prints or logs note text: the Streamlit server log must never hold PHI.
"""

from __future__ import annotations

import html
import json
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import streamlit as st

from assistant.errors import NecessityError
from assistant.service import LetterService, build_service
from assistant.settings import Settings

# Saved from the Settings page; everything else keeps coming from NECESSITY_* variables and .env.
SAVED_FIELDS = ("llm_base_url", "llm_api_key", "llm_model", "offline", "data_dir", "clinician_name",
                "clinician_credentials", "clinician_license", "clinician_npi", "clinician_practice",
                "clinician_address", "clinician_phone")
PLACEHOLDER = re.compile(r"&lt;([A-Z]+(?:_[A-Z]+)*_\d+)&gt;")
MISSING = re.compile(r"\[MISSING:[^\]]*\]", re.IGNORECASE)


# --- settings ------------------------------------------------------------------------------------
def settings_file() -> Path:
    """settings.json in the data folder chosen by the environment (or the platform default)."""
    return Settings().data_dir / "settings.json"


def saved_overrides() -> dict:
    """The settings saved from the Settings page; a damaged file is ignored (and reported on that page)."""
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in SAVED_FIELDS} if isinstance(data, dict) else {}


def save_overrides(values: dict) -> Path:
    """Write the Settings page's values to settings.json (readable by this user only: it may hold a key)."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    clean = {k: (str(v) if isinstance(v, Path) else v) for k, v in values.items() if k in SAVED_FIELDS}
    path.write_text(json.dumps(clean, indent=2), encoding="utf-8")
    os.chmod(path, 0o600)
    service_for.clear()
    return path


def current_settings() -> Settings:
    """Environment and .env, with the saved Settings-page values on top."""
    overrides = saved_overrides()
    if overrides.get("data_dir") in ("", None):
        overrides.pop("data_dir", None)
    try:
        return Settings(**overrides)
    except ValueError:
        return Settings()


# --- the service ------------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False, max_entries=1)
def service_for(settings_json: str) -> LetterService:
    """Settings as JSON -> one LetterService per process (reloading Presidio per rerun would take seconds)."""
    service = build_service(Settings.model_validate_json(settings_json))
    _ = service.workspace  # open it now so every LLM request is audited in the workspace
    return service


def get_service() -> LetterService:
    """The service for the current settings."""
    return service_for(current_settings().model_dump_json())


def mode_label(mode: str, model: str) -> str:
    """Draft mode and model -> the words every draft shows about how it was written."""
    return f"written by the language model {model}" if mode == "llm" else "offline: templates, no model"


def endpoint_label(service: LetterService) -> str:
    """Where drafting happens with the current settings."""
    st_ = service.settings
    if st_.llm_configured:
        return f"LLM mode: {st_.llm_model} at {st_.llm_base_url or 'the OpenAI API'}"
    return "Offline mode: nothing leaves this machine"


# --- errors ----------------------------------------------------------------------------------------
@contextmanager
def explained(action: str) -> Iterator[None]:
    """Turn failures into a message that says what to do; never show a traceback or note text."""
    try:
        yield
    except NecessityError as exc:
        st.error(str(exc))
    except Exception as exc:  # noqa: BLE001 - a page must never show a traceback that may quote a note
        st.error(f"{action} failed unexpectedly ({type(exc).__name__}). Nothing was sent. Try again; "
                 "if it keeps failing, check Settings, or draft offline.")


def endpoint_hint(notices: tuple[str, ...] | list[str]) -> None:
    """Show a draft's notices; a model that did not answer gets the next step spelled out."""
    for notice in notices:
        st.warning(notice)
    if any("offline draft is shown instead" in n for n in notices):
        st.info("The LLM endpoint did not answer as expected; check Settings (endpoint, key, model), "
                "or tick 'Draft offline' to work without a model.")


def model_version(draft) -> None:
    """When the model's letter lost to the offline draft on our checks, show both side by side, with why."""
    if getattr(draft, "defects", ()):
        st.warning("The letter checks found: " + "; ".join(draft.defects[:6]))
    if not getattr(draft, "model_letter", ""):
        return
    left, right = st.columns(2)
    with left:
        st.caption("Shown: the offline draft (fewer problems on our checks)")
        st.code(draft.letter, language=None, wrap_lines=True)
    with right:
        st.caption("The model's version (not used; copy from it if you prefer its wording)")
        st.code(draft.model_letter, language=None, wrap_lines=True)


# --- highlighting ----------------------------------------------------------------------------------
_BOX = ("<div style='white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 0.85rem; "
        "line-height: 1.45; border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem; "
        "max-height: 480px; overflow-y: auto' tabindex='0' role='region' aria-label='{label}'>{body}</div>")


def placeholders_html(text: str, label: str = "Redacted text") -> str:
    """Redacted text -> HTML with each <PLACEHOLDER_n> highlighted."""
    body = PLACEHOLDER.sub(r"<mark style='background:#cfe3ff;border-radius:3px'>&lt;\1&gt;</mark>",
                           html.escape(text))
    return _box(label, body)


def _box(label: str, body: str) -> str:
    # No raw newlines: a blank line would end the HTML block and the rest would be read as Markdown.
    return _BOX.format(label=label, body=body.replace("\r\n", "\n").replace("\n", "<br>"))


def claim_terms(claims: tuple[str, ...] | list[str]) -> list[str]:
    """'ICD-10 code F41.1 is not in the notes' -> ['F41.1']: the words to highlight in the letter."""
    terms = []
    for claim in claims:
        m = re.search(r"'([^']+)'|code (\S+) is|medication (\S+) is|^(\w[\w -]*?) medication is", claim)
        if m:
            terms.append(next(g for g in m.groups() if g))
    return [t for t in terms if len(t) > 1]


def letter_html(letter: str, claims: tuple[str, ...] | list[str] = ()) -> str:
    """Letter -> HTML with [MISSING: ...] markers in amber and unsupported claims in red."""
    body = html.escape(letter)
    body = MISSING.sub(lambda m: f"<mark style='background:#ffe08a'>{m.group()}</mark>", body)
    for term in claim_terms(claims):
        rx = re.compile(r"(?<![\w>])(%s)(?!\w)" % re.escape(html.escape(term)), re.IGNORECASE)
        body = rx.sub(r"<mark style='background:#ffb3b3' title='not supported by the notes'>\1</mark>", body)
    return _box("Letter with highlights", body)


def show_html(markup: str) -> None:
    """Render our own escaped HTML (all user text in it went through html.escape)."""
    st.markdown(markup, unsafe_allow_html=True)


def go_to(page: str) -> None:
    """Switch the sidebar page on the next run (app.py applies it before drawing the page menu)."""
    st.session_state["nav_next"] = page
