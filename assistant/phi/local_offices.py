"""A public office named with no place of its own is no PHI: a form's instruction before it ("COMPLETED BY THE COUNTY
ASSISTANCE OFFICE", "return to the Clerk of Courts") or the office alone. Its words are public functions
(data/public_functions.txt) with a government's head among them (a court, a police or a sheriff's office, an assistance
or protective office). With a place before it ("Erie County Adult Protective Services", "Dunmore Police Department")
the whole name stays redacted: the county or the town places the person, and the annotated sets count the office as
part of that name. A number the span grew over after the office ("the County PD #23-118470") stays an identifier.
"""

from __future__ import annotations

import re

from assistant.phi.public_bodies import public_name
from assistant.records import PhiSpan

_WORD = re.compile(r"[^\W\d_][\w'’&.-]*|&")
_PLACE_END = {"county", "parish", "borough", "township"}
_ONE_WORD_OFFICES = {"pd", "police", "sheriff", "sheriff's", "courthouse"}
# the words of a form's instruction before the office it names: "to be completed by the", "return to", "mail to"
_INSTRUCTION = {"completed", "complete", "by", "the", "to", "be", "for", "use", "return", "mail", "send", "submit",
                "submitted", "reviewed", "approved", "signed", "filed", "with", "at", "of", "only", "official"}
_WORDY = ("ORGANIZATION_LINKED", "ADDRESS", "NAME")
# an office only a government runs: a private practice ("Family Counseling") has none
_GOVERNMENT = {"court", "courts", "courthouse", "circuit", "superior", "probate", "juvenile", "municipal", "magistrate",
               "chancery", "police", "pd", "sheriff", "sheriff's", "clerk", "clerk's", "prosecutor", "prosecutor's",
               "attorney", "attorney's", "jail", "authority", "protective", "assistance", "welfare", "elections", "assessor",
               "recorder", "parole", "probation", "corrections", "public", "county"}


def _offices(words: list[re.Match]) -> list[int]:
    """Indices of the words where a public office starts that runs to the end of the words."""
    out = []
    for i in range(len(words)):
        rest = [w.group() for w in words[i:]]
        if rest[0].lower() in _PLACE_END:
            continue  # "County" belongs to the county's name before it
        if not any(w.lower() in _GOVERNMENT for w in rest):
            continue
        if public_name(rest) or len(rest) == 1 and rest[0].lower() in _ONE_WORD_OFFICES:
            out.append(i)
    return out


def _trimmed(text: str, sp: PhiSpan) -> list[PhiSpan]:
    words = list(_WORD.finditer(text, sp.start, sp.end))
    # a number the span grew over after the office is the office's report or case number: "the County PD #23-118470"
    tail = re.search(r"[A-Z0-9][\w/-]*\d[\w/-]*", text[words[-1].end():sp.end]) if words else None
    number = [PhiSpan(words[-1].end() + tail.start(), words[-1].end() + tail.end(), "OTHER_ID", sp.score, sp.source)] if tail else []
    for i in _offices(words):
        if all(w.group().lower() in _INSTRUCTION | _PLACE_END for w in words[:i]):
            return number  # the office alone, or a form's instruction before it ("completed by the county ...")
    return [sp]


def place_of_offices(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Final spans of one note -> the same less organisations and places that are only a public office with no place
    of its own (a form's instruction may stand before it); a number after the office is kept as an identifier."""
    out = []
    for sp in spans:
        out += _trimmed(text, sp) if sp.entity_type in _WORDY else [sp]
    return out
