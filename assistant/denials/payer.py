"""Who the payer of a denial is: the payer named first in the letterhead, else the most specific one named anywhere.

A coverage the person does not have is no payer: an eligibility screen's "Medicare Advantage enrollment ..... NONE"
or a form's "Secondary insurance: N/A" names a payer only as the label of a field answered with nothing.
"""

from __future__ import annotations

import re

from assistant.denials import tables as T
from assistant.denials.segments import PAYERS, R

# "Label ....... NONE", "Label: N/A", "Label   not enrolled": a field's value ends at a wide gap, a bar or the line's end
# (possessive: a run of thousands of tabs or spaces after a label is crossed once, never tried at every length)
_EMPTY_FIELD = re.compile(r"^(?P<label>[^\n:|]{2,60}?)(?:\s*+\.{2,}+\s*+|\s*+:\s*+|\s++-{1,3}\s++|[^\S\t\n]*+\t\s*+|\s{2,}+)"
                          + T.NO_COVERAGE_VALUE + r"\.?(?=\s{2,}|\s*[|;,]|\s*$)", re.I | re.M)


_PLAN_LINE = re.compile(r"^[ \t>]*((?:[A-Z][\w&'.-]*[ \t]+){1,5}(?:Health Plans?|Health Insurance(?: Company)?|Insurance Company|"
                        r"Health Maintenance Organization))[ \t]*$", re.M)


def without_empty_coverage(text: str) -> str:
    """Text -> the same text (same length) with every field answered NONE, N/A or 'not enrolled' blanked, so its
    label names no payer."""
    chars = list(text)
    for m in _EMPTY_FIELD.finditer(_fields_split(text)):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _fields_split(text: str) -> str:
    """Two fields on one screen line ("Part A ... ACTIVE      Medicare Advantage ..... NONE"): the wide gap's first
    space becomes a line break, so each field starts a line (same length, for the offsets)."""
    return re.sub(r"(?<=\S)( {2,})(?=[A-Za-z][^\n]{0,60}?(?:\.{2,}|:))", lambda m: "\n" + m.group(1)[1:], text)


def named_payer(text: str) -> str | None:
    """Text of a denial -> the payer named first in the letterhead, else the most specific payer named anywhere."""
    text = without_empty_coverage(text)
    hits = [(m.start(), order, name) for order, (rx, name) in enumerate(PAYERS) if (m := rx.search(text))]
    if not hits:  # an unlisted plan: its name usually opens the letterhead
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        # (a letterhead read as running text ends its name with a full stop: "Acme Health Plan. Notice of Denial.")
        name = re.split(r"\s+[-–|/]\s+|\s{2,}|:|(?<=[a-z]{3})\.(?:\s+|$)", first)[0].strip()
        if R["PLAN_WORD"].search(name) and len(name) < 60:
            return name
        # a letter kept inside another paper (an interpreter's record, a forwarding note): its sender's name on a line
        # of its own, ending the way only a payer's name ends ("Alignment Health Plan", "Acme Insurance Company")
        return next((m.group(1) for m in _PLAN_LINE.finditer(text)), None)
    head = [h for h in hits if h[0] < 400]
    name = min(head)[2] if head else min(hits, key=lambda h: h[1])[2]
    carriers = [n for _, _, n in sorted(hits) if n not in ("Medicare", "Medicaid (state plan)")]
    if R["MEDICARE_ADVANTAGE"].search(text):
        short = T.MA_SHORT.get(carriers[0], carriers[0]) if carriers else ""
        return f"Medicare Advantage ({short})" if short else "Medicare Advantage"
    return name
