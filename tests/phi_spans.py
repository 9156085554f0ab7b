"""Assertions over redaction spans, shared by the PHI class tests: is a value covered, or left untouched?"""

from __future__ import annotations

from assistant.phi.redact import find_spans


def covered(detector, text: str, value: str) -> bool:
    """Every non-space character of value (its first occurrence in text) is inside a redacted span."""
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(value)) if not text[k].isspace())


def untouched(detector, text: str, value: str) -> bool:
    """No redacted span overlaps value (its first occurrence in text)."""
    start = text.index(value)
    return not any(s.start < start + len(value) and s.end > start for s in find_spans([text], detector)[0])
