"""What every pattern table shares: case-insensitive compile, the placeholder shape, dates."""
from __future__ import annotations

import re

I = re.IGNORECASE


def _rx(src: str, flags: int = I) -> re.Pattern[str]:
    """Compile a verbose-free pattern, case-insensitive by default."""
    return re.compile(src, flags)


# A placeholder left by de-identification (<DATE_3>, <PERSON_1>); treated like a date or name token.
PLACEHOLDER = r"<[A-Z][A-Z_]*_\d+>"
PLACEHOLDER_ONLY = re.compile(r"^%s$" % PLACEHOLDER)  # a cell or header that is only a placeholder
DATE_PLACEHOLDER = r"<DATE_\d+>"  # a redacted date; a redacted name or place is no date
DATE = _rx(r"%s|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}/\d{1,2}\b" % DATE_PLACEHOLDER, 0)
NEGATION = _rx(r"\b(?:no|not|denies|denied|denying|without|never|none|negative for|nor|free of)\b[^.;,\n]{0,40}$")
