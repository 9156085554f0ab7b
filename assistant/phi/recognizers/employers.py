"""Employers and unions named by what ties a person to them, with no head word in the name:

- a worker's trade before "for", "at" or "with" and a capitalised name: "a lineman for Minnesota Power", "works as a
  cashier at Piggly Wiggly", "an estimator with Halvorsen Brothers". The trade is told by its ending (-man, -er,
  -or, -ist, -ian, -ic), less the everyday nouns that end the same way ("a letter for Blue Cross");
- a trade union's local by its number: "(Local 972)", "IBEW Local 26", "member of UA Local 290".
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.orgs import NEUTRAL
from assistant.records import PhiSpan

# Nouns with a trade's ending that name no trade: what a letter, a referral or a form is "for".
_NOT_TRADES = {"letter", "order", "number", "member", "paper", "folder", "voucher", "answer", "reminder", "counter",
               "water", "matter", "chapter", "poster", "flyer", "filter", "meter", "monitor", "sponsor", "mentor",
               "prescriber", "provider", "other", "another", "partner", "father", "mother", "brother", "sister",
               "daughter", "remainder", "transfer", "offer", "roster", "sticker", "binder", "planner", "timer",
               "shelter", "center", "centre", "character", "register", "computer", "charger", "trailer", "error",
               "doctor", "prior", "major", "minor", "tutor", "visitor", "donor", "factor", "sector", "behavior",
               "behaviour", "clinic", "topic", "panic", "tonic", "logic", "music", "mimic", "public", "woman", "man",
               "human", "german", "roman", "specialist", "therapist", "psychiatrist", "psychologist", "counselor",
               "counsellor", "physician", "clinician", "pediatrician", "technician"}
_TRADE = re.compile(r"\b(?:a|an|as)[ \t]+(?:(?:part-time|full-time|night|seasonal|senior|head|lead|apprentice|journeyman)[ \t]+)?"
                    r"([a-z]{3,}(?:man|men|woman|er|or|ist|ian|ic))[ \t]+(?:for|at|with)[ \t]+"
                    r"((?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|the|and|&)[ \t]+)?[A-Z][\w'’&-]*){1,4})")
_LOCAL = re.compile(r"\b(?:[A-Z]{2,6}[ \t]+)?Local[ \t]+(?:No\.[ \t]*|#[ \t]?)?\d{1,5}\b(?![/:.,-]?\d)")
_LEAD = re.compile(r"(?:the|The)[ \t]+")


def find_employers(text: str) -> list[PhiSpan]:
    """Text -> spans of employers named after a trade, and of union locals."""
    spans = []
    for m in _TRADE.finditer(text):
        if m.group(1) in _NOT_TRADES:
            continue
        lead = _LEAD.match(m.group(2))
        start = m.start(2) + (lead.end() if lead else 0)
        name = text[start:m.end(2)]
        if not NEUTRAL.match(name) and len(name.split()) >= 2:
            spans.append(PhiSpan(start, m.end(2), "ORGANIZATION_LINKED", 0.7, "org_cue"))
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_head") for m in _LOCAL.finditer(text)]
    return spans
