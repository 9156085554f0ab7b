"""Parts of a found organisation that are a document's wording, not the organisation, dropped from the final spans.

- A header's sections joined by a spaced dash: "ST. ALDRIC MEDICAL CENTER - MEDICINE TEAM GOLD - NIGHT SIGN-OUT",
  "SOUTHPOINT OCCUPATIONAL HEALTH - DOT / FMCSA EXAMINATIONS". The organisation is the section that names it; a
  section after the first made only of a team's, a shift's or a document's words, clinical words, a kind of
  care or a public function, and short acronyms, is the team, the service or the document's title and is no PHI. A span with no plain section is left whole.
- An automated sender's address at a national service ("notifications@calendly.com", "no-reply@zoom.us"): the
  scheduling or the video service mails every practice from it; it names nobody.
"""

from __future__ import annotations

import re

from functools import lru_cache

from assistant.phi.brands import _lines as brand_lines
from assistant.phi.recognizers.org_phrases import descriptive
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DASH = re.compile(r"[ \t]+(?:-{1,2}|[\u2013\u2014])[ \t]+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_AUTOMATED = re.compile(r"(?i)(?:no-?reply|do-?not-?reply|notifications?|notify|alerts?|updates|mailer|automated|system)"
                        r"(?:[+._-][\w.-]*)?@([\w-]+)\.")


@lru_cache(maxsize=1)
def _brand_keys() -> frozenset[str]:
    """National brands and services (data/national_brands.txt) as a mail domain spells them: "calendly", "doxyme"."""
    return frozenset(re.sub(r"[\W_]", "", b).lower() for b in brand_lines("national_brands.txt"))


# A section's words that name a team, a shift or a document ("MEDICINE TEAM GOLD", "NIGHT SIGN-OUT", "DOT / FMCSA
# EXAMINATIONS"); an organisation's own words are often common English too ("New Leaf Counseling Collective",
# "Hickory"), so commonness alone makes no section plain.
_DOCUMENT = {"team", "teams", "night", "day", "evening", "weekend", "sign-out", "signout", "handoff", "hand-off",
             "follow-up", "followup", "examination", "examinations", "exam", "exams", "note", "notes", "report", "summary",
             "form", "request", "minutes", "log", "list", "census", "schedule", "gold", "blue", "red", "green", "orange",
             "purple", "silver", "white", "black", "medicine", "service", "services", "consult", "consults"}


def _plain(part: str, vocab: Vocabulary) -> bool:
    words = _WORD.findall(part)
    return bool(words) and all(
        w.lower() in _DOCUMENT or w.lower() in vocab.clinical or descriptive(w) or (w.isupper() and len(w) <= 5)
        for w in words)


def _sections(text: str, sp: PhiSpan, vocab: Vocabulary) -> list[PhiSpan]:
    cuts = list(_DASH.finditer(text, sp.start, sp.end))
    if not cuts:
        return [sp]
    bounds = [sp.start] + [x for c in cuts for x in (c.start(), c.end())] + [sp.end]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    kept = parts[:1] + [(a, b) for a, b in parts[1:] if not _plain(text[a:b], vocab)]  # the first names the organisation
    if len(kept) == len(parts):
        return [sp]
    return [PhiSpan(a, b, sp.entity_type, sp.score, sp.source) for a, b in kept]


def drop_document_parts(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Final spans of one note -> the same less a header's plain sections and national services' automated senders."""
    out = []
    for sp in spans:
        if sp.entity_type == "ORGANIZATION_LINKED":
            out += _sections(text, sp, vocab)
            continue
        if sp.entity_type == "EMAIL" and (m := _AUTOMATED.match(text, sp.start, sp.end)) \
                and m.group(1).replace("-", "").lower() in _brand_keys():
            continue
        out.append(sp)
    return out
