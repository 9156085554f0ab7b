"""A remark signed in lowercase by someone the case names: "ok to send -- rv" after "Sender: Rosalind Villanueva", "{fine,
whatever. - t.}" in a packing list about Talia. The signature is the person's initials (given name and surname) or the
first letter of their given name with a period, after a dash, at the end of the remark (the line's end, a closing quote
or bracket). A word ("-- ok", "- me") or a letter no named person starts with is no signature."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_END = r"(?=[ \t]*(?:$|[\"”'’)\]}]))"


def signed_in_lowercase(text: str, full_names: set[str], letters: set[str], vocab: Vocabulary) -> list[PhiSpan]:
    """Text, the case's full names and its names' first letters -> NAME spans of lowercase initials signing a remark."""
    pairs = set()
    for name in full_names:
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) >= 2:  # "Marguerite Okonjo-Hale" signs "mo" (or "mh")
            pairs |= {(words[0][0] + words[-1][0]).lower(), (words[0][0] + words[-1].split("-")[-1][:1]).lower()}
    pairs = {p for p in pairs if p.isalpha() and p not in vocab.stop_words and p not in vocab.clinical}
    singles = {letter.lower() for letter in letters if letter.isalpha()} - {"a", "i"}
    alts = [re.escape(p) for p in sorted(pairs)] + [re.escape(s) + r"\." for s in sorted(singles)]
    if not alts:
        return []
    pattern = re.compile(rf"(?<![\w.])(?:--?|[—–~])[ \t]*({'|'.join(alts)}){_END}", re.M)
    out = []
    for m in pattern.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        words = re.findall(r"[^\W\d_]+", re.split(r"[\"“{\[]", line)[-1])
        if len(words) < 3 or sum(w[0].isupper() for w in words) > len(words) / 4:
            continue  # "Vitals -- BP" in a capitalised line, or a dash with nothing remarked before it
        out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "signed_initials"))
    return out
