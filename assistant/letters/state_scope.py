"""One state's law cited only for a case in that state. A document about one state's statute or regulator (its title
opens with the state's name: "Georgia Mental Health Parity Act ...", "California SB 855 ...") binds insurers and Medicaid
plans of that state only; cited in a Wyoming Medicaid appeal, or in a letter whose case names no state, a reviewer
would send the letter back. The case's state is read from what survives redaction: the payer's name ("Medicaid
(Wyoming Medicaid)", "BCBS of Texas"), the level of care and the notes (a state name, or its two-letter code after
a redacted town or before a redacted ZIP code)."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.phi.lexicon import STATES
from assistant.records import Passage

_NAME_TO_CODE = {name.lower(): code for code, name in STATES.items()}
_NAMES = "|".join(sorted(map(re.escape, STATES.values()), key=len, reverse=True))
_TITLE_STATE = re.compile(rf"^\W*({_NAMES})\b", re.I)
_STATE_NAME = re.compile(rf"\b({_NAMES})\b")  # capitalised, as a state is written: "New York", not "new york minute"
_CODES = "|".join(STATES)
# "<LOCATION_3>, WY <ZIP_1>", "<LOCATION_3> WY", "(WY)": a code where an address or a payer puts it
_STATE_CODE = re.compile(rf"(?:<LOCATION_\d+>,?[ \t]+|\()({_CODES})\b(?!-)|\b({_CODES})[ \t]+<ZIP_\d+>")
_PAYER_CODE = re.compile(rf"\b({_CODES})\b|\bBCBS({_CODES})\b")


def document_state(passage: Passage) -> str:
    """The two-letter code of the state a document is about ('GA'), or '' for a document that is not one state's."""
    m = _TITLE_STATE.match(passage.title) or _TITLE_STATE.match(passage.source_id.replace("-", " "))
    return _NAME_TO_CODE[m.group(1).lower()] if m else ""


def case_states(payer: str, level_of_care: str, texts: Sequence[str]) -> set[str]:
    """The states the case names: in the payer's name and level of care, and in the (redacted) notes."""
    said = {_NAME_TO_CODE[m.lower()] for m in _STATE_NAME.findall(f"{payer} {level_of_care}")}
    said |= {a or b for a, b in _PAYER_CODE.findall(payer)}
    for text in texts:
        said |= {_NAME_TO_CODE[m.lower()] for m in _STATE_NAME.findall(text)}
        said |= {a or b for a, b in _STATE_CODE.findall(text)}
    return said


def out_of_state(passage: Passage, states: set[str]) -> bool:
    """Whether a passage is one state's law and the case is not in that state (or names no state at all)."""
    code = document_state(passage)
    return bool(code) and code not in states
