"""The outbound guard: the last check on every request body before it may leave the machine."""

from __future__ import annotations

import re

from assistant.errors import RedactionError
from assistant.phi.vault import Vault

# Identifier shapes that must never be sent, whatever the vault holds.
_PATTERNS = {
    "EMAIL": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    # a toll-free number (800, 833 ... 888) is a company's or a help line's, never a person's: redaction keeps it
    "PHONE": re.compile(r"(?<![\w.])(?:\+?1[\s.-]?)?(?!\(?8(?:00|33|44|55|66|77|88)\D)(?:\(\d{3}\)\s*|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\w)"),
    "SSN": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "DATE": re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)?\d{2}\b"),
}


def _leaked_values(body: str, vault: Vault, public: str = "") -> list[str]:
    """Placeholders whose original value still appears in body (and not merely in the public passages)."""
    found = []
    for placeholder, value in vault.items():
        value = value.strip()
        if len(value) < 4 or value.isdigit() and len(value) < 5:
            continue  # too short to identify anyone, and too likely to occur by chance
        if public and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", public):
            continue  # "January" or "United Behavioral Health" in our own knowledge documents is public text
        single_word = re.fullmatch(r"[^\W\d_]+", value) is not None
        flags = 0 if single_word else re.I
        if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", body, flags):
            found.append(placeholder)
    return found


def check_outbound(body: str, vault: Vault | None = None, public: str = "") -> None:
    """Raise RedactionError when body still holds a vault value or an identifier shape; else return.

    `public` is the knowledge-base text the request quotes: a vault value that also occurs there (a month
    name, a court case) is not taken for a leak, since the notes' own copy of it was already replaced.
    """
    kinds: dict[str, int] = {}
    for placeholder in _leaked_values(body, vault, public) if vault is not None else []:
        kind = placeholder.strip("<>").rsplit("_", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    for kind, pattern in _PATTERNS.items():
        n = len(pattern.findall(body))
        if n:
            kinds[kind] = kinds.get(kind, 0) + n
    if kinds:
        summary = ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items()))
        raise RedactionError(
            f"Refused to send the request: it still contains identifying details ({summary}). "
            "Nothing was sent. Check the redacted text in the preview, or draft offline."
        )
