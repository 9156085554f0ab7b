"""A sentence of the notes that records the payer's coverage decision ("Optum letter ...: not authorized"), as opposed
to a clinical "denied" ("client denied SI")."""
from __future__ import annotations

import re

_DENIAL = re.compile(r"\b(?:denied|denial|not (?:been )?(?:authori[sz]ed|approved|certified|covered)|non-?certif\w*|"
                     r"adverse (?:benefit )?determination|upheld|not medically necessary)\b", re.I)
_PAYER_CONTEXT = re.compile(r"\b(?:request|authori[sz]\w*|coverage|covered|claim|letter|notice|benefits?|medical necessity|"
                            r"medically necessary|appeal\w*|insurer|insurance|plan|payer|reviewer|utilization|sessions?|services?|"
                            r"(?:concurrent|continued[- ]stay|peer[- ]to[- ]peer|UM|UR) review|level of care|days?)\b|"
                            # the decision dated or put in force: "Denial dated 12/29/2025, effective 12/27: ..."
                            r"\bdenial\s+(?:dated|effective|issued|received|of)\b", re.I)
_RISK_CONTEXT = re.compile(r"(?<![\w/])(?:SI|HI)(?![\w/])|suicid|homicid|self-harm|substance|alcohol|drug|drinking", re.I)


def is_denial(text: str, payer: str = "") -> bool:
    """A sentence about the payer's coverage decision ("Optum letter ...: not authorized", "Continued stay denied today
    by phone: 'member no longer has SI'"), not "client denied SI" (a risk word right after the denial word)."""
    payer_words = [w for w in re.findall(r"[A-Za-z]{4,}", payer)]
    context = _PAYER_CONTEXT.search(text) or any(re.search(r"\b%s\b" % w, text, re.I) for w in payer_words)
    denial = _DENIAL.search(text)
    return bool(denial and context and not _RISK_CONTEXT.search(" ".join(text[denial.end():].split()[:3]))
                and not _RISK_CONTEXT.search(text[max(0, denial.start() - 25):denial.start()]))
