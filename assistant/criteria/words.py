"""The words of a question or a passage, as the answer step weighs them."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:[-./][a-z0-9]+)*")
_STOP = frozenset("""a an and are as at be by can could do does did for from has have how i if in into
is it its may me my of on or our should than that the their them there these this those to was we
what when where which who whom why will with would you your about any need needs client clients
patient patients therapist also get got""".split())


def stem(word: str) -> str:
    """A light suffix stripper: requirement/required/require -> requir, visits -> visit, covering -> cover."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 6 and not word[0].isdigit():
        word = re.sub(r"(?:ment|ing|ed)$", "", word)
        word = re.sub(r"e$", "", word) if len(word) > 5 else word
    return word


# "don't", "it'll", "you'd": the fragments after the apostrophe are no words ("ll" and "t" had weighed as rare terms
# in chatty questions); a negation stays as "not". A possessive's "s" is left as it was.
_NEGATION = re.compile(r"n['’]t\b")
_CLITIC = re.compile(r"['’](?:ll|ve|re|d|m)\b")


def terms(text: str) -> list[str]:
    """Content words, lower-cased and lightly stemmed; hyphenated words also count as their parts."""
    out = []
    text = re.sub(r"\b(wo|ca)n['’]t\b", lambda m: {"wo": "will", "ca": "can"}[m.group(1)] + " not", text.lower())
    text = _CLITIC.sub("", _NEGATION.sub(" not", text))
    for t in _WORD.findall(text):
        for w in [t] + (t.split("-") if "-" in t else []):
            w = stem(w)
            if w and w not in _STOP:
                out.append(w)
    return out
