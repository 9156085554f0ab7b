"""A history question on a form answered with a ticked box: "Has the participant ever received mental health treatment?
[ ] Yes  [x] No", "Prior counseling?  Yes [ ]  No [X]", "Ever hospitalized for psychiatric reasons? \u2612 No".

A ticked "No" answers that there was no earlier care; the question itself has to ask about care, and the box next to
"No" has to be the ticked one."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.facts import Finding, finding
from assistant.letters.patterns import Segment

_ASKS_CARE = re.compile(r"\b(?:ever|previous(?:ly)?|prior|past|before)\b[^?]{0,80}?\b(?:treat(?:ed|ment)|counsel+(?:ing|or)|therap(?:y|ist)|"
                        r"psychiatr\w*|hospitali[sz]\w*|mental health|behavioral health)\b[^?]{0,80}\?", re.I)
_TICK = r"(?:\[\s*[xX\u2713\u2714]\s*\]|\([xX]\)|[\u2611\u2612\u2713\u2714\u25a0])"
_BOX_FIRST = re.compile(r"^\W{0,2}(?:\[|\(|[\u2610\u2611\u2612\u2713\u2714\u25a0\u25a1])")
# the box before its word ("[x] No") when the answer opens with a box, else the word before its box ("No [x]")
_TICKED = {True: _TICK + r"\s*{w}\b", False: r"\b{w}\s*" + _TICK}


def _ticked(answer: str, word: str) -> re.Match[str] | None:
    first = bool(_BOX_FIRST.match(answer.strip()))
    return re.search(_TICKED[first].replace("{w}", word), answer)


def ticked_no_care(segs: Sequence[Segment]) -> tuple[Finding, ...]:
    """Sentences where a question about earlier care is answered by a ticked "No" (and "Yes" is not ticked), on its own
    line or in the sentence read after it ("...hospital)?" / "[ ] Yes  [x] No")."""
    out = []
    for i, seg in enumerate(segs):
        asked = _ASKS_CARE.search(seg.text)
        if not asked:
            continue
        answer = seg.text[asked.end():]
        if not answer.strip() and i + 1 < len(segs) and segs[i + 1].note_index == seg.note_index and len(segs[i + 1].text) < 40:
            answer = segs[i + 1].text  # the boxes read as a sentence of their own
        no = _ticked(answer, "No")
        if no and not _ticked(answer, "Yes"):
            out.append(finding(seg, "none (%s)" % no.group(0)))
    return tuple(out)
