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
from pathlib import Path

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


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Document, program and public-function words (data/document_words.txt and descriptive()'s lists)."""
    path = Path(__file__).resolve().parent / "data" / "document_words.txt"
    return frozenset(w.lower() for line in path.read_text(encoding="utf-8").splitlines() for w in line.split("#", 1)[0].split())


def _generic(text: str, sp: PhiSpan, vocab: Vocabulary) -> bool:
    """An organisation guess whose every word (hyphenated ones part by part) is a document's, a program's, a public
    office's or a clinical word: a title or a kind of service, no place of its own."""
    words = re.findall(r"[^\W\d_]+", text[sp.start:sp.end])
    mixed = any(w.islower() or w.istitle() for w in words)
    # an acronym beside title-case words is a name's own ("CSU Counseling & Wellness": a university's)
    own = any(w.isupper() and len(w) >= 2 and w.lower() not in _title_words() for w in words) if mixed else False
    return bool(words) and not own and all(w.lower() in _title_words() or w.lower() in _DOCUMENT or w.lower() in vocab.clinical
                                           or descriptive(w.lower()) for w in words)


def _whole(text: str, sp: PhiSpan, spans: list[PhiSpan]) -> PhiSpan:
    """The organisation span with those beside it across white space only: a name cut at a line's end ("Red" +
    "Mountain Family Dentistry") is judged whole."""
    start, end, grown = sp.start, sp.end, True
    while grown:
        grown = False
        for o in spans:
            if o.entity_type == "ORGANIZATION_LINKED" and (0 <= start - o.end <= 2 and not text[o.end:start].strip()
                                                          or 0 <= o.start - end <= 2 and not text[end:o.start].strip()):
                start, end, grown = min(start, o.start), max(end, o.end), True
    return PhiSpan(start, end, sp.entity_type, sp.score, sp.source)


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
    generic = [sp for sp in spans if sp.entity_type == "ORGANIZATION_LINKED" and _generic(text, _whole(text, sp, spans), vocab)]
    # ... and its initials: "Substance Use Disorder Clinical Care (SUDCC)"
    initials = {"".join(w[0] for w in re.findall(r"[^\W\d_]+", text[sp.start:sp.end]) if w.lower() not in ("of", "the", "and", "for", "on"))
                .upper() for sp in generic}
    out = []
    for sp in spans:
        if sp.entity_type == "ORGANIZATION_LINKED":
            if sp in generic or len(text[sp.start:sp.end]) >= 3 and text[sp.start:sp.end] in initials:
                continue
            out += _sections(text, sp, vocab)
            continue
        if sp.entity_type == "EMAIL" and (m := _AUTOMATED.match(text, sp.start, sp.end)) \
                and m.group(1).replace("-", "").lower() in _brand_keys():
            continue
        out.append(sp)
    return out
