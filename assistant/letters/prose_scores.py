"""A score told in a sentence, a few words after the instrument's name:

    "I did a MADRS with her today and she came out at 33", "her QIDS-SR16 from the waiting room was 21",
    "the SCARED her mother filled in last night totalled 41"

The words between name and number are plain words (no number, no clause break, no goal or cut-off word) ending in
a verb of scoring; the number is no count, time or dose.
"""
from __future__ import annotations

import re

from assistant.letters import patterns as P

_VERB = (r"(?:came (?:out|in|back) at|landed at|scored(?: an?| at)?|totall?ed|added up to|summed to|was(?: an?)?|were|"
         r"is|got(?: an?)?|gave (?:him|her|them) an?)")
_QUIET = r"(?![^\s]*\d)(?!(?:goals?|targets?|cut-?offs?|thresholds?|below|under|above|over|less|more|until|than|to|by|"
_QUIET += r"if|when|should|will|would|could|needs?|aims?|range|norms?|items?|question|q\d)\b)[A-Za-z'\u2019/-]+"
# "... the SMQ before the first group and again in November: it was 8 on 09/08 and 17 on 11/16": after the words, a
# colon or semicolon and the score's own subject ("it", "the scores", "they") before the verb
_SUBJECT = r"(?:\s*+[:;]\s*+(?:it|this|that|they|these|the (?:score|total|result|rating)s?|(?:score|total|result|rating)s?)(?=\s))?"
_PROSE = re.compile(r"(?:\s++(?:%s|(?:%s)(?=[\s,:;])),?){0,9}?%s\s++%s\s++(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>(?!))?(?![\d/]|\.\d|,\d{3}(?!\d)|\s*+(?:/|-\s*\d|out of|of\b|-?\s*items?\b|-?\s*questions?\b))%s"
                    % (_QUIET, P.DATE.pattern, _SUBJECT, _VERB, P.UNIT_AFTER), re.I)


# A few plain words, then the value after a colon or an equals sign: "PCL-5 in pre-op holding = 58", "PHQ-9 read to
# her by phone: 14". "to" and "by" may stand here (a goal's words still may not: "target by discharge: 10").
_SAID = r"(?![^\s]*\d)(?!(?:goals?|targets?|cut-?offs?|thresholds?|below|under|above|over|less|more|until|than|if|when|"
_SAID += r"should|will|would|could|needs?|aims?|range|norms?|items?|question|q\d|max\w*|min\w*|change[sd]?|difference|drop\w*|"
_SAID += r"decrease[sd]?|increase[sd]?|improve\w*|due|next|repeat|recheck|not|never|no)\b)[A-Za-z'\u2019-]+"
_FIELD = re.compile(r"(?:\s++(?![-\u2013\u2014]\s)%s){1,6}\s*+[:=]\s*+(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>(?!))?(?![\d/]|\.\d|,\d{3}(?!\d)|-|\s*+(?:/|-\s*\d|out of|of\b))%s"
                    % (_SAID, P.UNIT_AFTER), re.I)


def prose_score(text: str, end: int) -> re.Match[str] | None:
    """The score (group "num"; "den" never matches) a sentence gives a few words after an instrument's name ending at
    `end`, read like a score right after the name, so later values follow it ("...; today she rated 71"); None when it
    gives none."""
    m = _PROSE.match(text, end) or _FIELD.match(text, end)
    if m is None or P.NOT_DONE.search(m.group(0)) or P.NEGATION.search(m.group(0)):
        return None
    return m
