"""Insurance carriers told by the shape of their name, kept by redaction like the payers listed in payers.py.

A life, disability or casualty carrier writes to the therapist for records ("Pinecrest Mutual Life Insurance Company
-- Underwriting", "HARTWELL CASUALTY & INDEMNITY CO."): its name ends in what a carrier is ("Insurance Company",
"Assurance Co.", "Mutual") and, like a payer's, it is printed on every policyholder's papers and places nobody. Its
letterhead's box address is the carrier's own (payer_addresses.py). An insurance agency or broker ("Dunmore
Insurance Agency") is a local business and is not matched, and neither is a carrier named as somebody's employer
("works in claims at ... Insurance Company").
"""

from __future__ import annotations

import re

_KINDS = r"(?:Mutual|Life|Health|Casualty|Fire|General|Indemnity|Accident|Disability|Dental|Title|Surety|Reinsurance|&|and)"
_ENDS = r"(?:(?:Insurance|Assurance|Casualty|Indemnity|Surety)(?:[ \t]+(?:Company|Co\.?|Corporation|Corp\.?|Society))?|Mutual(?:[ \t]+Company)?)"
_WORD = r"[A-Z][\w'’-]*"  # no full stop: "Dr. Priya Venkataraman. Medical Mutual of Ohio" is two sentences
# the kind and the ending in any case: "Pinecrest Mutual Life Insurance Company", "HARTWELL CASUALTY & INDEMNITY CO."
_INSURER = re.compile(rf"(?<![\w'’-])(?:{_WORD}[ \t]+){{1,3}}(?:(?i:{_KINDS})[ \t]+)*(?i:{_ENDS})(?![\w'’-])")
# a carrier must end in its kind of business: "Insurance" alone after a word ("Progressive Insurance") is a brand's
# business (brands.py); here the name says "Company", "Co.", "Mutual" or "Assurance"
_CARRIER = re.compile(r"(?i)(?:company|co\.?|corporation|corp\.?|society|mutual|assurance)$")
_EMPLOYER_CUE = re.compile(r"(?i)\b(?:works?|worked|working|job|employed|employer|employment|hired|shift|laid off|fired)\b[^.\n]{0,40}$")


def find_insurers(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of insurance carriers' names, not where the name is somebody's workplace."""
    out = []
    for m in _INSURER.finditer(text):
        name = m.group()
        lead = re.match(r"(?i)(?:the|to|from|at|with|by|via|re|attn)[ \t]+", name)
        start = m.start() + (lead.end() if lead else 0)
        line_head = text[text.rfind("\n", 0, start) + 1:start]
        if _CARRIER.search(name) and not _EMPLOYER_CUE.search(line_head) and start < m.end():
            out.append((start, m.end()))
    return out
