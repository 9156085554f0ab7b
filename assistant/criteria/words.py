"""The words of a question or a passage, as the answer step weighs them."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:[-./][a-z0-9]+)*")
_STOP = frozenset("""a an and are as at be by can could do does did for from has have how i if in into
is it its may me my of on or our should than that the their them there these this those to was we
what when where which who whom why will with would you your about any need needs client clients
patient patients therapist also still get got""".split())


def terms(text: str) -> list[str]:
    """Content words, lower-cased; hyphenated words also count as their parts; plural 's' dropped."""
    out = []
    for t in _WORD.findall(text.lower()):
        for w in [t] + (t.split("-") if "-" in t else []):
            if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
                w = w[:-1]
            if w and w not in _STOP:
                out.append(w)
    return out
