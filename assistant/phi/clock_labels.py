"""Time-column labels of a run report or a log: an ambulance's "PSAP 01:58 | Disp 01:59 | Enrt 02:01 | OnScn 02:09",
a unit's "Arr 14:10  Triage 14:22  Seen 14:50". A short capitalised word the model or the rare-word backstop does not
know reads as a name; standing before a clock time, three or more times on one line, it labels a column instead.
A weak guess lying on such a label is dropped, unless it is a given name ("Ana 09:00 | Ben 10:00 | Cal 11:00" is a
roster of people) or a word of a full name found in the note."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

MIN_PAIRS = 3  # label-and-time pairs a line needs before its labels are read as columns
WEAK = 0.7  # a guess scoring this or less came with no cue
_GUESS_TYPES = {"NAME", "ADDRESS", "ORGANIZATION_LINKED"}
_PAIR = re.compile(r"(?<![\w/.])([A-Za-z][A-Za-z/]{1,11})\.?[ \t]*:?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def clock_labels(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each label written before a clock time, on lines with MIN_PAIRS such pairs or more."""
    out, pos = [], 0
    for line in text.split("\n"):
        pairs = list(_PAIR.finditer(line))
        if len(pairs) >= MIN_PAIRS:
            out += [(pos + m.start(1), pos + m.end(1)) for m in pairs]
        pos += len(line) + 1
    return out


def drop_clock_labels(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same less the weak guesses that are a time column's label."""
    labels = clock_labels(text)
    if not labels:
        return spans
    named = {w.lower() for sp in spans if sp.entity_type == "NAME" for w in text[sp.start:sp.end].split()
             if len(text[sp.start:sp.end].split()) >= 2}
    return [sp for sp in spans if not (sp.entity_type in _GUESS_TYPES and sp.score <= WEAK and _only_labels(text, sp, labels)
                                       and not any(vocab.is_first_name(w) or w in named for w in _words(text, sp)))]


def _words(text: str, sp: PhiSpan) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text[sp.start:sp.end])]


def _only_labels(text: str, sp: PhiSpan, labels: list[tuple[int, int]]) -> bool:
    """Every letter of the span lies on a label; the rest is times and separators ("PtCont 22:41 / AtDest")."""
    inside = [(max(a, sp.start), min(b, sp.end)) for a, b in labels if a < sp.end and sp.start < b]
    rest = "".join(c for k, c in enumerate(text[sp.start:sp.end], sp.start) if not any(a <= k < b for a, b in inside))
    return bool(inside) and not re.search(r"[^\W\d_]", rest)


# Two 24-hour clock times on the quarter hour, the second later: "0900-1500", "0730-1615" (a program's or a shift's hours).
_CLOCK_RANGE = re.compile(r"((?:[01]\d|2[0-3])(?:00|15|30|45))-((?:[01]\d|2[0-3])(?:00|15|30|45)|2400)")


def clock_range(token: str) -> bool:
    """True when a digit token is a range of two 24-hour clock times (hours, not an identifier)."""
    m = _CLOCK_RANGE.fullmatch(token)
    return m is not None and int(m.group(1)) < int(m.group(2))
