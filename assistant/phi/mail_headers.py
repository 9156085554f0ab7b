"""The field names of an e-mail's headers, which name no one: "X-Originating-IP:", "Message-ID:", "Return-Path:",
"DKIM-Signature:". A pasted message's header block opens its lines with them, and the name rules read a capitalised,
hyphenated word no dictionary holds as a name. The value after the colon is read as any other text."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# an "X-" extension header, or a standard one of two or more hyphenated parts, at a line's start before its colon
_HEADER_NAME = re.compile(r"(?m)^[ \t]*((?:X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|(?:Message|Return|Reply|In-Reply|Content|MIME|DKIM|ARC|"
                          r"Delivered|Authentication|Received|Thread|List)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*))[ \t]*:")


def drop_mail_headers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans -> the same without those that lie inside a mail header's field name."""
    names = [m.span(1) for m in _HEADER_NAME.finditer(text)]
    return [sp for sp in spans if not any(s <= sp.start and sp.end <= e for s, e in names)]
