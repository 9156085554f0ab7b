"""An organisation written in lowercase words that spell its own web domain in the same note: "sending to skunk river
iop" beside "intake@skunkriverbh.org", "call tamarack family therapy" beside "front@tamarackfamilytherapy.com". A note typed
in lowercase gives no capital letter to find the name by; the domain, written in the same note, names it. The words
must spell the start of the domain's name (two words or more, eight letters or more), so "family therapy" alone, which
only ends "tamarackfamilytherapy", is no one's name."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# a mail domain: an organisation's own ("intake@skunkriverbh.org"); a web address alone may be a public site anyone
# uses ("Meal train is up: https://www.mealtrain.com/..."), which names no one's organisation
_HOST = re.compile(r"@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


def _domain_names(text: str) -> set[str]:
    """The name part of each mail domain written in the text ("skunkriverbh" of "intake@skunkriverbh.org")."""
    return {m.group(1).lower().split(".")[-2].replace("-", "") for m in _HOST.finditer(text)}


def domain_orgs(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same plus ORGANIZATION_LINKED spans of words that spell the start of a domain's name."""
    names = {d for d in _domain_names(text) if len(d) >= 8}
    if not names:
        return spans
    extra = []
    for line in re.finditer(r"[^\n]+", text):
        words = [(m.start() + line.start(), m.group()) for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", line.group())]
        for i in range(len(words)):
            for j in range(i + 2, min(i + 5, len(words) + 1)):
                run = words[i:j]
                start, end = run[0][0], run[-1][0] + len(run[-1][1])
                if not re.fullmatch(r"[A-Za-z'’ \t]+", text[start:end]) or start and text[start - 1] in "@./":
                    break
                joined = "".join(w for _, w in run).lower()
                if len(joined) >= 8 and any(n.startswith(joined) for n in names) \
                        and not all(w.lower() in vocab.clinical or w.lower() in vocab.stop_words for _, w in run):
                    extra.append(PhiSpan(start, end, "ORGANIZATION_LINKED", 0.7, "domain_org"))
    return spans + extra
