"""Spans that say what a line is, not who: a document title in capitals ("INTERNAL REFERRAL TO PEDIATRIC HEALTH
PSYCHOLOGY", "DEBRIEFING & NOTIFICATION"), a form's field label caught in front of its value ("Borrower Ellen R.
Baker", "Shelter    A.C. Reynolds High School"), and a NAME made only of ordinary lowercase words ("concentrator").
They are trimmed or dropped; the value itself stays redacted."""

from __future__ import annotations

import re

from assistant.phi.clinical_words import glossary_words
from assistant.phi.line_language import drop_other_language_words
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# Words that make a capitals line a document's title (data: what clinical and administrative papers call themselves).
_DOC_WORDS = re.compile(r"\b(?:REFERRAL|PLAN|NOTES?|REPORT|SUMMARY|COMPLAINT|NOTIFICATION|DEBRIEFING|ASSESSMENT|FORM|"
                        r"CERTIFICATE|STATEMENT|REQUEST|LETTER|RECORD|LOG|REVIEW|EVALUATION|INTAKE|UPDATE|CONSENT|"
                        r"AGREEMENT|NOTICE|APPLICATION|WORKSHEET|CHECKLIST|PROGRESS|DISCHARGE|TRANSFER|INCIDENT|"
                        r"AMENDMENT|MINUTES|DECISION|DETERMINATION|CERTIFICATION)\b")
# An organisation's own words keep a capitals span: "RIVERBEND COUNSELING CENTER", "QUIET WATERS ... COUNSELING, LLC".
_ORG_WORDS = re.compile(r"\b(?:LLC|PLLC|INC|LTD|CORP|CO|PC|PA|LLP|GROUP|ASSOCIATES|CENTER|CENTRE|CLINIC|HOSPITAL|"
                        r"PRACTICE|SERVICES|AGENCY|SCHOOL|ACADEMY|CHURCH|UNIVERSITY|COLLEGE|INSTITUTE|FOUNDATION|"
                        # ... and a practice named for the people in it, whatever document word it holds
                        r"PHYSICIANS|SURGEONS|PSYCHOLOGISTS|PSYCHIATRISTS|CONSULTANTS|SPECIALISTS|PARTNERS|NETWORK|ALLIANCE)\b")
# A field label in front of the value it labels: "Shelter    A.C. ...", "[Complainant] Chidinma ...", "Borrower Ellen ...".
_GAP_LABEL = re.compile(r"^[A-Z][A-Za-z/ ]{1,24}?(?:\]|:)[ \t]*(?=\S)")
_ROLE_LABEL = re.compile(r"^(?:Client|Patient|Pt|Administrator|Attending|Borrower|Co-?borrower|Participant|Signature|Complainant|Claimant|"
                         r"Applicant|Resident|Member|Guardian|Witness|Reporter|Caseworker|Practitioner|Business Agent|"
                         r"Practice|Employer|Facility|School|Shelter|Insured|Beneficiary|Decedent|Payee)[ \t]+(?=[A-Z])")
_LEGEND_LETTER = re.compile(r"[A-Z][ \t]*=[ \t]*[A-Za-z]{2,}")
# A spoken or written honorific right before a span: the lowercase word after it is a surname ("mrs decker").
_HONORIFIC_BEFORE = re.compile(r"(?i:\b(?:mrs|mr|ms|mx|miss|dr|mister|missus|madam|madame))\.?[ \t]+$")
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|reported|reports|stated|states|told|asked|added|noted)$")


def _title(words: str, vocab: Vocabulary) -> bool:
    letters = [c for c in words if c.isalpha()]
    if len(letters) < 6 or any(c.islower() for c in letters) or re.search(r"\d", words):
        return False
    if _ORG_WORDS.search(words) or not _DOC_WORDS.search(words):
        return False
    return all(vocab.is_safe(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", words))


def _lowercase_words(words: str, vocab: Vocabulary) -> bool:
    """Only long, plainly English lowercase words ("concentrator"): short ones are initials or nicknames ("mt", "dez")."""
    tokens = words.split()
    return bool(tokens) and all(t.isalpha() and t.islower() and len(t) >= 6 and vocab.is_word(t) and vocab.frequency(t) >= 3.0
                                and not vocab.is_first_name(t) for t in tokens)


_TOKEN = re.compile(r"[^\W\d_]{3,}")


def _other_language_share(text: str, vocab: Vocabulary) -> float:
    """The share of a note's words that are common in another language we see and not English ones."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    other = [t for t in tokens if vocab.other_zipf.get(t, 0.0) >= 4.0 and vocab.frequency(t) < 3.0]
    return len(other) / len(tokens) if tokens else 0.0


def _common_foreign(words: str, vocab: Vocabulary) -> bool:
    """Every word of the span a common word of the note's other language ("Medicamentos", "Criterios de alta"), and
    none a given name written as one ("Rosa" stays; lowercase "alta" is a word)."""
    tokens = _TOKEN.findall(words)
    foreign = [t for t in tokens if vocab.other_zipf.get(t.lower(), 0.0) >= 3.5 and (t.islower() or not vocab.is_first_name(t))]
    return bool(foreign) and all(t in foreign or vocab.is_safe(t) for t in tokens) and not re.search(r"\d", words)


def _label_words(text: str, sp: PhiSpan) -> bool:
    """The span opens its line and a label's slash or colon follows within a few words: a bilingual field label."""
    head = text[text.rfind("\n", 0, sp.start) + 1:sp.start]
    return bool(re.fullmatch(r"[\s\d.)*#-]*(?:[^\W\d_]+\s+){0,3}", head)) and bool(
        re.match(r"(?:\s+[^\W\d_]+){0,3}\s*(?:/|:)", text[sp.end:sp.end + 60]))


def trim_labels(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans -> the same spans less document titles, leading field labels and plain lowercase words; in a note
    written largely in another language, less the common words of that language read as names; in a line written in
    another language, less that language's own words read as names."""
    bilingual = _other_language_share(text, vocab) >= 0.12
    out = []
    titles = [(sp.start, sp.end) for sp in spans
              if sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS") and _title(text[sp.start:sp.end], vocab)]
    for sp in drop_other_language_words(text, spans, vocab):
        words = text[sp.start:sp.end]
        if bilingual and sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS") and _label_words(text, sp) \
                and _common_foreign(text[sp.start:sp.end], vocab):
            continue  # "Metas / Goals", "Criterios de alta / Discharge criteria:", "INFORME DE PROGRESO / PROGRESS REPORT"
        if bilingual and sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS") and sp.score < 0.75 \
                and words.lower() in glossary_words():
            continue  # a guess that is the other language's clinical word: "Plano de tratamento", "Nega ideação"
        if sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS") and any(a <= sp.start and sp.end <= b for a, b in titles):
            continue  # the title, and a word of it read as a name ("CLIENT EMERGENCY & LOCATION PLAN")
        if sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS"):
            label = _GAP_LABEL.match(words) or _ROLE_LABEL.match(words)
            if label and label.end() < len(words) and vocab.is_safe(words[:label.end()].strip(" \t:]").split()[0]):
                sp = PhiSpan(sp.start + label.end(), sp.end, sp.entity_type, sp.score, sp.source)
                words = text[sp.start:sp.end]
        if sp.entity_type == "NAME":
            if _lowercase_words(words, vocab) and not _HONORIFIC_BEFORE.search(text[max(0, sp.start - 12):sp.start]) or _LEGEND_LETTER.match(text, sp.start) and sp.end - sp.start == 1:
                continue  # "concentrator"; a form's legend "Y = yes  N = no"
            speech = _SPEECH_AFTER.search(words)
            if speech and speech.start() > 0:
                sp = PhiSpan(sp.start, sp.start + speech.start(), sp.entity_type, sp.score, sp.source)
        out.append(sp)
    return out
