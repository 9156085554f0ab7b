"""A code legend or glossary printed with a remittance or an outcome file: its entries explain codes, they decide nothing.

A legend lists every code the payer might use ("B50  Medical necessity not supported"), not the ones this claim got.
An entry gives a reason only when its code sits on a line of this denial that was not paid or overturned, and only
when the code is the payer's own: a standard CARC/RARC/MSN code on a line is read from the code tables already, so
its glossary wording adds nothing.
"""

from __future__ import annotations

import re

from assistant.denials import tables as T
from assistant.denials.segments import Segment

# "GLOSSARY", "Code legend", "RECORD LAYOUT - ...", "Key to codes", "Outcome reason:" (a line that heads the codes)
_HEADING = re.compile(r"\b(?:glossary|legend|record layout|file layout|key to (?:the )?(?:codes|abbreviations)|"
                      r"codes? (?:key|legend|glossary|descriptions?|definitions?)|(?:reason|remark|adjustment|outcome) codes? "
                      r"(?:key|explained|used)|abbreviations)\b|^\W*(?:(?:outcome|adjustment|denial|remark|decision) )?reason(?: codes?)?"
                      r"\s*:\s*$|"
                      # a key printed under its own short title: "RESULT CODES", "PRC DENIAL REASON CODES", "EOB codes:"
                      r"^\W*(?:[\w/-]+ ){0,3}(?:result|reason|denial|remark|adjustment|outcome|status|explanation|"
                      r"EOB|action|decision|message) codes?\s*:?\s*$", re.I)
# an entry: a short key, a gap of two spaces or more (or "=" / a dash), then its words: "M76  Missing ...", "B18 = ..."
_ENTRY = re.compile(r"^[ \t]{0,8}([A-Z]{0,4}[0-9]{0,4})(?<=\w)(?:[ \t]{2}|[ \t]{0,4}=|[ \t]{1,4}-[ \t])")
# several entries on one labelled line: "Outcome:  OVT = overturned   UPH = upheld"
_PAIR = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})[ \t]{0,4}=[ \t]{0,4}([^=]{1,80}?)(?=[ \t]{1,8}[A-Z][A-Z0-9]{1,5}[ \t]{0,4}=|$)")
# what an entry says about a line it marks: settled in the provider's favour
_SETTLED = re.compile(r"\b(?:overturned|reversed|paid|payment (?:will )?issues?|approved|allowed in full)\b", re.I)
# (paid at another code's rate is an adjustment, not a line settled: "processed as code 90834 and paid the 90834 rate";
# nor is a line that repeats one paid before: "Duplicate of an invoice already paid")
_UNSETTLED = re.compile(r"\b(?:partial\w*|not|no|upheld|denied|reduced|lower|less|instead|rate|as (?:code|CPT)|"
                        r"(?:down|re)coded|duplicates?|duplicated|already|previously)\b", re.I)
_GROUP_CODES = {"CO", "PR", "OA", "PI", "CR"}


def _token(key: str) -> re.Pattern:
    # a number key is not the day or month of a date on the page ("02/09/2026" does not apply code 02)
    return re.compile(rf"(?<![A-Za-z0-9])(?<!\d[/.-]){re.escape(key)}(?![A-Za-z0-9])(?![/.-]\d)")


def _known(key: str) -> bool:
    return key in _GROUP_CODES or key in T.CARC or key in T.RARC or key in T.MSN


def _entries(segs: list[Segment]) -> dict[int, str]:
    """Index of each legend entry segment -> its key (the continuation sentences of an entry share its key)."""
    out: dict[int, str] = {}
    start = next((i for i, s in enumerate(segs) if _HEADING.search(s.flat) and len(s.flat) < 120), None)
    if start is None:
        return out
    key, chunk = None, None
    for i in range(start + 1, len(segs)):
        seg = segs[i]
        m = _ENTRY.match(seg.text)
        if m:
            key, chunk = m.group(1), seg.chunk
            out[i] = key
        elif key and seg.chunk == chunk:
            out[i] = key
        elif key and not (seg.flat.rstrip().endswith(":") or "=" in seg.flat or not re.search(r"[A-Za-z]", seg.flat)):
            break
    return out


def _settled_keys(segs: list[Segment], entries: dict[int, str]) -> set[str]:
    """Keys whose legend words say the line they mark was paid or overturned."""
    out = set()
    for i, seg in enumerate(segs):
        pairs = [(m.group(1), m.group(2)) for m in _PAIR.finditer(seg.flat)]
        if i in entries and _ENTRY.match(seg.text):
            # the entry's own line says what the code means; a later sentence may tell context ("the amount paid on
            # 10/14 was the balance that remained" under a maximum reached)
            pairs.append((entries[i], seg.flat))
        out |= {k for k, words in pairs if _SETTLED.search(words) and not _UNSETTLED.search(words.split(";")[-1])}
    return out


def legend_roles(segs: list[Segment], roles: list[str]) -> list[str]:
    """Roles with legend entries that give no reason for this denial set to 'background'."""
    entries = _entries(segs)
    if not entries:
        return roles
    settled = _settled_keys(segs, entries)
    rows = [s.flat for i, s in enumerate(segs) if i not in entries]
    # a line settled by a key ("OVT") or in words ("overturned, paid"): what its codes once meant no longer applies
    open_rows = [r for r in rows if not any(_token(k).search(r) for k in settled)
                 and not (_SETTLED.search(r) and not _UNSETTLED.search(r))]
    out = list(roles)
    for i, key in entries.items():
        applies = any(_token(key).search(r) for r in open_rows)
        if _known(key) or not applies or key in settled:
            out[i] = "background"
        elif out[i] == "background":
            out[i] = "grounds"  # "X15  Received past the limit": a key and its words, not "X15 received the records"
    return out
