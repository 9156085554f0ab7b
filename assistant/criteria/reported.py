"""Several claims someone told the asker, in one sentence, to be checked each in turn: 'HR told her the reviewer "has up
to 90 days," that she'll owe a filing fee, and that the plan "can still say no." Is any of that true?' -> the three
claims, each searched and answered on its own (a claim that shares no word with the others would otherwise be lost)."""

from __future__ import annotations

import re

# who said it, then what: "told her (that)", "said", "claims", "keeps saying", "insisted"
_REPORTING = re.compile(r"\b(?:told|tells|tell|said|says|say|claim(?:s|ed)?|insist(?:s|ed)?|swear(?:s)?|swore|assured|"
                        r"informed|keeps? saying|kept saying|mentioned|wrote|writes)\b(?:\s+(?:me|us|her|him|them|the "
                        r"(?:client|member|family|patient)|my client|our client))?(?:\s+that)?\s+", re.I)
# the claims after it are joined by ", that", "and that", "; that", or ", and"
_JOIN = re.compile(r"\s*(?:[,;][\"'\u201d]?\s*(?:and\s+|but\s+|plus\s+)?that\s+|\s+and\s+that\s+|,\s+and\s+(?=(?:the|she|he|they|it|we|"
                   r"you|her|his|their|there|even|if|no|any)\b))", re.I)
# the asker asks whether what was said holds: "Is any of that true?", "are they right?", "which of these is correct?"
_CHECK = re.compile(r"\b(?:is|are|was|were)\s+(?:any|all|either|each|some|none|one)\s+of\s+(?:that|this|these|those|it|them)\s+"
                    r"(?:\w+\s+)?(?:true|right|correct|accurate|legit|real)\b|\b(?:is|are)\s+(?:she|he|they|that|this|it)\s+"
                    r"(?:\w+\s+)?(?:right|correct|true|accurate)\b|\bwhich of (?:these|those|that)\b[^?]{0,30}\b(?:true|right|"
                    r"correct)\b|\btrue or (?:not|false)\b", re.I)


def reported_claims(text: str) -> tuple[str, ...]:
    """The claims of a sentence that reports two or more things someone said, when the asker asks whether they hold;
    () otherwise."""
    if not _CHECK.search(text):
        return ()
    text = re.sub(r"\s+", " ", re.sub(r"(?m)^[ \t]*>[ \t]?", "", text))  # a quoted e-mail's "> " marks, its line breaks
    for sentence in re.findall(r"[^.!?]*(?:[.!?](?=\s|$|[\"'\u201d])[\"'\u201d]?|$)", text):
        m = _REPORTING.search(sentence)
        if not m:
            continue
        claims = [c.strip(" ,;.\"'\u201c\u201d") for c in _JOIN.split(sentence[m.end():])]
        claims = [c for c in claims if len(c.split()) >= 3]
        if len(claims) >= 2:
            return tuple(claims)
    return ()
