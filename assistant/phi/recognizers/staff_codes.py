"""A worker's code written right after the word for the worker, with no "ID" or "#" to label it: "Monitor: Graciela
Pham-Ortega (staff SH-114)", "employee 10472 clocked out", "aide NA-0931 assisted". The code names one person at a
workplace as a badge number does. A year ("staff 2024 retreat") or a count ("staff 12") is not a code."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_CODE_AFTER_WORKER = re.compile(r"\b(?i:staff|employee|emp\.?|worker|aide|monitor)[ \t]*[:#]?[ \t]*"
                                r"((?:[A-Z]{1,4}-?\d{2,6}|\d{3,6}))(?![\w-]|[.,]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_staff_codes(text: str) -> list[PhiSpan]:
    """Text -> OTHER_ID spans of the codes written after a worker's word."""
    return [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.8, "staff_code") for m in _CODE_AFTER_WORKER.finditer(text)
            if not _YEAR.fullmatch(m.group(1))]
