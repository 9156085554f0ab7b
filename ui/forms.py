"""Inputs shared by the Draft and Appeal pages: notes (pasted or uploaded) and the request fields."""

from __future__ import annotations

import streamlit as st

from assistant.errors import InputError
from assistant.records import LETTER_TYPES
from assistant.service import LetterService
from ui.state import CaseState

LETTER_LABELS = {"initial_authorization": "Initial authorization", "continued_stay": "Continued stay / concurrent review",
                 "appeal": "Appeal of a denial"}
LEVELS = ["outpatient psychotherapy", "outpatient psychotherapy, twice weekly", "intensive outpatient (IOP)",
          "partial hospitalization (PHP)", "residential treatment", "inpatient psychiatric"]
UPLOAD_TYPES = ["txt", "docx", "pdf"]


def _seeded(key: str, value) -> str:
    """Widget key seeded from the case, so values survive a switch to another page and back."""
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def uploaded_texts(files, what: str) -> list[str]:
    """Uploaded files -> their text; a file that cannot be read is named with the fix, the rest still count."""
    texts = []
    for f in files or []:
        try:
            got = LetterService.read_upload(f.name, f.getvalue())
        except InputError as exc:
            st.error(str(exc))
            continue
        if got.warning:
            st.warning(got.warning)
        texts.append(got.text)
    if texts:
        st.caption(f"{len(texts)} uploaded {what}{'s' if len(texts) > 1 else ''} read.")
    return texts


def notes_inputs(case: CaseState, prefix: str) -> None:
    """Paste 1-4 notes or upload them; the result is stored in case.notes."""
    st.markdown("**Session notes**")
    count = st.number_input("How many notes to paste", min_value=1, max_value=4,
                            key=_seeded(f"{prefix}_count", max(1, min(4, len(case.notes) or 1))),
                            help="Up to four session notes of one client; they are redacted together.")
    pasted = []
    for i in range(int(count)):
        text = st.text_area(f"Note {i + 1}", height=200, key=_seeded(f"{prefix}_note_{i}",
                            case.notes[i] if i < len(case.notes) else ""),
                            help="Paste the note as written. PHI is replaced by placeholders before anything is sent.")
        pasted.append(text)
    files = st.file_uploader("Or upload notes (.txt, .docx, or a .pdf with a text layer)", type=UPLOAD_TYPES,
                             accept_multiple_files=True, key=f"{prefix}_files")
    case.notes = [t for t in pasted if t.strip()] + uploaded_texts(files, "note")


def request_inputs(case: CaseState, prefix: str, letter_types=LETTER_TYPES) -> None:
    """Payer, letter type, level of care and the requested services; stored in the case."""
    left, right = st.columns(2)
    with left:
        case.payer = st.text_input("Payer", key=_seeded(f"{prefix}_payer", case.payer),
                                   help="For example Aetna, Optum/UnitedHealthcare, Cigna, Medicare.")
        types = list(letter_types)
        if len(types) > 1:
            case.letter_type = st.selectbox("Letter type", types, format_func=LETTER_LABELS.get,
                                            key=_seeded(f"{prefix}_type", case.letter_type
                                                        if case.letter_type in types else types[0]))
        else:
            case.letter_type = types[0]
        level = case.level_of_care or LEVELS[0]
        options = LEVELS if level in LEVELS else [level] + LEVELS
        case.level_of_care = st.selectbox("Level of care", options, accept_new_options=True,
                                          key=_seeded(f"{prefix}_level", level),
                                          help="Pick one or type your own, e.g. 'outpatient, 2x weekly'.")
    with right:
        req = case.requested
        codes = st.text_input("Requested CPT/HCPCS codes (comma-separated)",
                              key=_seeded(f"{prefix}_codes", ", ".join(req.get("codes", []))),
                              help="For example 90837, 90847.")
        frequency = st.text_input("Frequency", key=_seeded(f"{prefix}_freq", req.get("frequency", "")),
                                  help="For example weekly, twice weekly, 3 hours a day 3 days a week.")
        units = st.text_input("Sessions or units requested", key=_seeded(f"{prefix}_units", req.get("sessions_or_units", "")))
        dates = st.text_input("Dates requested (from - to)", key=_seeded(f"{prefix}_dates", req.get("date_range", "")),
                              help="For example 03/10/2025 - 06/02/2025.")
    case.requested = {k: v for k, v in {
        "codes": [c.strip() for c in codes.replace(";", ",").split(",") if c.strip()],
        "frequency": frequency.strip(), "sessions_or_units": units.strip(), "date_range": dates.strip(),
    }.items() if v}
