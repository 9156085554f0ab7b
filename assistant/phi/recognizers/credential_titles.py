"""A clinician's credential written before the surname as a title, as a jail's, a clinic's or a unit's staff are called:
"by jail NP Ortega", "RN Abernathy gave the dose", "seen by PMHNP Okonkwo-Bell". The credential stands where "Dr." would;
the word after it is a surname when it is capitalised and no common English word ("NP Visit", "RN Staff", "LPN Note"
are headings), or a given name the vocabulary knows."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# nursing and prescribing credentials only: "PA", "MA" and "DO" are states and words as well
_CREDENTIAL_TITLE = re.compile(r"(?<![\w/-])(?:NP|RN|LPN|LVN|APRN|APN|FNP|PMHNP|PNP|CRNA|CNA|CNM|PA-C)[ \t]+"
                               r"([A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]+)?)(?![\w-])")


def find_credential_titles(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of surnames written after a nursing or prescribing credential."""
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "title") for m in _CREDENTIAL_TITLE.finditer(text)
            if _surname(m.group(1), vocab)]


# what a nurse's credential is followed by in a role or a service's name: "RN Triage line", "NP Coordinator"
_ROLES = {"triage", "intake", "coordinator", "supervisor", "manager", "lead", "charge", "educator", "liaison", "navigator",
          "consult", "consultation", "student", "preceptor", "residency", "hotline", "clinic"}


def _surname(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    if low in vocab.stop_words or low in vocab.clinical or low in _ROLES:
        return False
    return not vocab.is_word(low) or vocab.frequency(word) < RARE_WORD_ZIPF or vocab.is_first_name(low)


RARE_WORD_ZIPF = 4.0  # "Ortega" (3.0) is a surname more often than a word; "Staff", "Visit", "Note" (5.0) are words
