"""Whoever mail is sent in care of: "c/o Keystone Community Management", "C/O Brightline Property Services", "in care
of Aldine Family Trust". A letter's or a notice's address line names, after "c/o", the manager, the agent or the
relative that receives it; that name ties the addressee to them whatever its words are (no head word is needed)."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_LINK = r"(?:of|the|and|&|for|at|de|del|la)"
_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}[\w'’.-]*)"
# the cue, then a run of capitalised words (small joining words allowed) on the same line
_CARE_OF = re.compile(rf"(?<![\w/])(?:[cC]/[oO]|[cC]\.[ \t]?[oO]\.|(?i:in[ \t]+care[ \t]+of))[ \t]*:?[ \t]+"
                      rf"({_WORD}(?:[ \t]+(?:{_LINK}[ \t]+)*{_WORD}){{0,5}}(?:,?[ \t]+(?:Inc|LLC|PLLC|Ltd|Co|Corp)\.?)?)")
# a generic receiver names nobody: "c/o Front Desk", "c/o Medical Records", "c/o the Clinic", "c/o Community Manager"
_GENERIC = {"front", "desk", "office", "records", "medical", "billing", "mailroom", "reception", "department", "clinic",
            "the", "attn", "attention", "dept", "community", "manager", "management", "property", "board", "of",
            "directors", "secretary", "treasurer", "president", "agent", "landlord", "owner", "owners", "committee",
            "association", "hoa", "team", "staff", "legal", "counsel", "human", "resources", "hr", "mail", "room"}


def find_care_of(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of the name after "c/o" or "in care of"."""
    spans = []
    for m in _CARE_OF.finditer(text):
        words = re.findall(r"[\w'’]+", m.group(1).lower())
        if words and not all(w in _GENERIC for w in words):
            spans.append(PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.75, "care_of"))
    return spans
