"""Record rules: diagnosis (present, specific, consistent), signature, credentials, date of service."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import Hit, per_note
from assistant.audit.reading import CONTACT_LINE, CaseView, NoteView, dates_in
from assistant.letters import patterns as P
from assistant.letters.clinical import find_diagnoses
from assistant.letters.patterns import segments

# ICD-10-CM as written in notes: F33.1, F43.10, F32.A, and the complete three-character codes F39 / F99.
ICD10 = re.compile(r"(?<![A-Za-z0-9.<_-])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4}|[FZ]\d{2})(?![0-9A-Za-z]|\.\d)")


@lru_cache(maxsize=1024)
def icd_codes(note: NoteView) -> list[tuple[str, str]]:
    """(code, sentence) for every ICD-10 code the note gives as a diagnosis (not a rule-out or family history)."""
    out = []
    for s in note.sentences:
        for m in ICD10.finditer(s.text):
            if not P.DX_EXCLUDE.search(P.clause_before(s.text, m.start(), 40)) and not _FORMER.search(s.text[max(0, m.start() - 30):m.start()]):
                out.append((m.group(1), s.text))
    return out


# A code the note names as replaced: "F41.0 Panic disorder (updated from F41.9 on review of the history)".
# The preposition varies: "moved off F41.9", "switched away from", "in place of", "dropped".
_FORMER = re.compile(r"\b(?:(?:updated|changed|revised|converted|moved|amended|upgraded|switched|corrected|recoded|re-coded)"
                     r"\s+(?:from|off(?: of)?|away from)|previously|formerly|replac(?:es|ed|ing)|instead of|in place of|"
                     r"dropp(?:ed|ing)|retir(?:ed|ing)|no longer(?: coded| using)?)\s+(?:the\s+)?(?:code\s+|dx\s+)?$", re.I)


@lru_cache(maxsize=1024)
def has_diagnosis(note: NoteView) -> bool:
    """The note names a diagnosis: an ICD-10 code, a DSM name, or a filled diagnosis line."""
    if icd_codes(note) or note.has_line("diagnosis_label"):
        return True
    return bool(note.text.strip() and find_diagnoses(segments([note.text])))


def diagnosis_missing(case: CaseView):
    if any(has_diagnosis(n) for n in case.notes):
        return
    for note in case.notes:
        if note.text.strip():
            yield Hit("diagnosis_missing", note.index, note.first_line, "no diagnosis or ICD-10 code in any note")


# A code given as tentative or as the one being replaced: "F41.9 ... PROVISIONAL. Differential GAD vs ...",
# "provisional F41.9 replaced by F41.1". Such a code is not the note's settled diagnosis.
_TENTATIVE = re.compile(r"\b(?:provisional|differential|rule[- ]out|r/o|pending (?:further )?(?:assessment|evaluation|"
                        r"interview)|replaced by|superseded by|changed to|updated to)\b", re.I)


def diagnosis_unspecified(case: CaseView, note: NoteView):
    table = tables()["unspecified_icd"]
    for code, sentence in icd_codes(note):
        group = table.get(code)
        if not group or _TENTATIVE.search(sentence):
            continue
        detail = cue(group).search(note.text)
        if detail:
            return sentence, f"{code} is unspecified, but the note documents '{detail.group(0).strip()}'"
    return None


def _groups(code: str) -> list[str]:
    return [name for name, prefixes in tables()["condition_groups"].items()
            if any(code == p or code.startswith(p + ".") or (len(p) > 3 and code.startswith(p)) for p in prefixes)]


def diagnosis_inconsistent(case: CaseView):
    seen: dict[str, set[str]] = {}
    for note in case.notes:
        found = icd_codes(note)
        hit = None
        for code, sentence in found:
            for group in _groups(code):
                earlier = seen.get(group)
                if earlier and code not in earlier and hit is None and not _reason_given(note):
                    hit = Hit("diagnosis_inconsistent", note.index, sentence,
                              f"{code} here; earlier notes used {', '.join(sorted(earlier))} for the same condition")
        if hit:
            yield hit
        for code, _ in found:
            for group in _groups(code):
                seen.setdefault(group, set()).add(code)


def _reason_given(note: NoteView) -> bool:
    """The note says why the code changed, or names the code it replaces ("moved off F41.9: ...")."""
    if any(_FORMER.search(s.text[max(0, m.start() - 30):m.start()]) for s in note.sentences for m in ICD10.finditer(s.text)):
        return True
    return any(cue("diagnosis_change_reason").search(s.text)
               for s in note.sentences if ICD10.search(s.text) or re.search(r"diagnos|\bdx\b", s.text, re.I))


# --- signature, credentials, date ----------------------------------------------------------------
_NAME_STOP = {"plan", "next", "session", "continue", "client", "patient", "follow", "return", "total", "time", "goals",
              "goal", "note", "progress", "assessment", "diagnosis", "risk", "safety", "interventions", "date",
              "cpt", "pos", "modifier", "mood", "affect", "the", "will", "see", "referral", "homework", "objective",
              "subjective", "data", "response", "behavior", "intervention", "location", "medications", "no", "none"}
# A name's letters include accented ones ("Tomás", "Zoë", "Núñez"): an upper-case letter, then any letters.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_NAME_LINE = re.compile(r"^[-\u2013\u2014~_*\s]*(?:Dr\.?\s+)?((?:[%s][%s'\u2019-]*\.?|[A-Z]\.)(?:\s+(?:[%s][%s'\u2019-]*\.?|[A-Z]\.)){0,3})"
                        r"\s*(?:,\s*(?P<cred>[A-Za-z.\-/ ]{2,40}))?\s*(?:[,|;\u2013\u2014-]\s*.{0,40})?$" % (_UP, _LETTERS, _UP, _LETTERS))


# Initials alone as the sign-off: "-RV", "— J.M.", "~KL".
_SIGNED_AT = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$", re.I)
_INITIALS_SIGNOFF = re.compile(r"^\s*[-\u2013\u2014~]+\s*(?:[A-Z]\.?\s?){2,3}\s*$")


def _typed_name(line: str) -> bool:
    line = _SIGNED_AT.sub("", line)  # "— M. Castellanos    01/20/2026 14:40": the time it was signed is no label
    m = _NAME_LINE.match(line)
    if not m or ":" in line or len(line.split()) > 9 or CONTACT_LINE.search(line):
        return False
    words = re.findall(r"[A-Za-z]+", m.group(1))
    if not words or words[0].lower() in _NAME_STOP:
        return False
    return len(words) >= 2 or bool(m.group("cred") and cue("credential").search(m.group("cred")))


def _credentialed_name(line: str) -> bool:
    """A short closing line with a name and credentials: "Delia's therapist: R. Okafor, LPC", "Clinician: A. Lee, PhD"."""
    cred = cue("credential").search(line)
    name = re.search(r"\b(?:[A-Z]\.\s?)+[{0}][{1}'\u2019-]+|\b[{0}][{1}'\u2019-]+\s+[{0}][{2}'\u2019-]+".format(_UP, _LOWER, _LETTERS),
                     line[:cred.start()]) \
        if cred else None
    return bool(name) and len(line) <= 90 and not re.search(r"\b(?:refer|consult|psychiatr|PCP|prescrib)", line, re.I)


_SIGNED_WORD = re.compile(r"(?<![-\w])(?:e-?|electronically\s+|digitally\s+)?signed\b(?!\s+(?:up|off|out|in|on to|into)\b)", re.I)
_NOT_THE_NOTE = re.compile(r"\b(?:consent|form|release|ROI|authori[sz]ation|agreement|contract|waiver|polic(?:y|ies)|"
                           r"safety plan|lease|permission)\b[^.;]{0,45}\bsign(?:ed|ature)\b", re.I)
_SIGNED = re.compile(r"^\s*(?:[-\u2013\u2014~_*]+\s*)?(?:electronically\s+|e-?)?sign(?:ed|ature)\b|\bsigned\s+(?:on\s+)?\d|"
                     r"\|\s*(?:electronically\s+)?sign(?:ed|ature)\s*[:\-]\s*[A-Z]|"  # a footer's field: "... | Signed: I. Boyd, PsyD"
                     r"\b(?:electronically |e-)?signed (?:electronically )?by\s+\S|^\s*/s/\s*\S|"
                     # a key naming the signer, in any key-value syntax: "signed_by = ...", ":SIGNED_BY: ...", "signer: ..."
                     r"^\s*[:#@]?\s*(?:signed[\s_-]*by|signer|signatory)[\s:=]*[:=]\s*[A-Za-z]|"
                     r"^\s*(?:clinician|therapist|provider|counselor)(?:'s)?\s+signature\s*[:\-]|"
                     r"\b(?:authenticated|attested|co-?signed) by\s+\S|^\s*firmad[oa]\b|^\s*firma\s*[:\-]\s*\S|"
                     # who typed or wrote the note, named: "Typed: Rosa Lind", "Entered by: K. Marsh" (a typed name signs)
                     r"^\s*(?:typed|(?:typed|entered|written|completed|documented|prepared|authored)\s+by|note by)\s*[:\-]\s*"
                     r"(?-i:(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)\s+[A-Z][A-Za-z'\u2019-]+)|"
                     # a dictated sign-off: "Dan Whitaker signing", "this is Dr. Lee signing off"
                     r"\b(?-i:[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'\u2019-]+)+),?\s+signing(?:\s+off)?\b", re.I)
_AUTHOR_BY = re.compile(r"\b(?:written|typed|entered|documented|prepared|authored|dictated|recorded|note)\s+by\s+(?=[A-Z])", re.I)
# "SUPERVISOR REVIEW / CO-SIGNATURE" or "Signature:" at a line's end heads the signature that follows it.
_SIGNATURE_HEADING = re.compile(r"sign(?:ature|ed)\s*[:\-\]]?\s*$", re.I)  # "[signature]" heads an INI section
# A rule line or a bracketed system tag starts a footer the platform added after the clinician's name.
_FOOTER_START = re.compile(r"^\s*(?:[-=_*~]{5,}|\[[^\]]{3,40}\])")


@lru_cache(maxsize=1024)
def signature(note: NoteView) -> tuple[str, str]:
    """(signature line, '') when signed; ('', quote) when unsigned or said to be unsigned."""
    lines = note.lines
    named = lambda ln: _typed_name(ln) or _credentialed_name(ln) or bool(_SIGNED.search(ln))  # noqa: E731
    for i, ln in enumerate(lines):
        if cue("unsigned").search(ln):
            if _SIGNATURE_HEADING.search(ln) and any(named(n) for n in lines[i + 1:i + 4]):
                continue  # a heading, and the name under it signs
            return "", ln
    for ln in lines:
        if _SIGNED.search(ln) and not _NOT_THE_NOTE.search(ln):  # "consent signed by her mother" signs no note
            return ln, ""
    for ln in lines:  # an edit history's entry: "01/29/2026 14:11  signed   Marisa Ferreira-Holt, LMFT (e-signature)"
        m = _SIGNED_WORD.search(ln)
        if m and cue("credential").search(ln[m.end():]) and not _NOT_THE_NOTE.search(ln):
            return ln, ""
    for ln in lines:  # the author named with credentials anywhere, a title line too: "NOTE -- written by A. Name, PsyD"
        m = _AUTHOR_BY.search(ln)
        if m and _credentialed_name(re.split(r"[(\[]", ln[m.end():])[0][:80]):
            return ln, ""
    placed = _signed_elsewhere(lines)
    if placed:
        return placed, ""
    footer = next((i for i in range(len(lines) - 1, max(-1, len(lines) - 9), -1) if _FOOTER_START.match(lines[i])), None)
    closing = lines[-3:] + (lines[max(0, footer - 3):footer] if footer else [])
    for ln in reversed(closing):
        if _typed_name(ln) or _credentialed_name(ln) or _INITIALS_SIGNOFF.match(ln):
            return ln, ""
        tail = re.split(r"\s[-\u2013\u2014~]{1,2}\s", ln)[-1] if len(ln) > 120 else ""
        if tail and (_credentialed_name(tail) or _typed_name(tail)):
            return ln, ""  # a one-paragraph note signed at its end: "... by 04/30/2025. - Lorna Pike, LMHC"
    return "", lines[-1][:200] if lines else ""


_DASH_TAIL = re.compile(r"\s[-\u2013\u2014~]{1,2}\s*(?=\S[^-\u2013\u2014]*$)")
_HEADER_FIELDS = re.compile(r"\s{3,}|\s*\|\s*")


def _signed_elsewhere(lines: Sequence[str]) -> str:
    """A signature away from the note's end: an attestation signed on its own line ("I ran this session and reviewed
    the export above. -- A. Name, LPC"), or the clinician's typed name with credentials as a field of the header
    ("DOS 03/02/2026     90834     Ana Reyes, LCSW")."""
    for ln in lines:
        parts = _DASH_TAIL.split(ln)
        if len(parts) > 1 and cue("attestation").search(parts[0]) and _credentialed_name(parts[-1].strip()):
            return ln
    for ln in lines[:4]:
        fields = [f.strip() for f in _HEADER_FIELDS.split(ln) if f.strip()]
        if len(fields) > 1 and any(_typed_name(f) and cue("credential").search(f) and "," in f for f in fields):
            return ln
    return ""


def signature_missing(case: CaseView, note: NoteView):
    signed, quote = signature(note)
    return None if signed else (quote, "no clinician signature or signed-by line")


def credentials_missing(case: CaseView, note: NoteView):
    signed, _ = signature(note)
    if not signed:
        return None
    lines = note.lines
    at = lines.index(signed) if signed in lines else len(lines) - 1
    # the name line just above "Electronically signed <date>" is the signer's too ("Walter Brandt, PhD, licensed psychologist")
    above = [lines[at - 1]] if at > 0 and len(lines[at - 1]) < 80 and not lines[at - 1].rstrip().endswith(".") else []
    block = above + lines[at:at + 2] + [ln for ln in lines if cue("clinician_label").search(ln)]
    if any(cue("credential").search(ln) for ln in block) or _credentialed_elsewhere(signed, lines):
        return None
    return signed, "signed without credentials or licence type"


def _credentialed_elsewhere(signed: str, lines: Sequence[str]) -> bool:
    """The signer's surname on a short line with credentials: a letterhead ("MARISOL OKAFOR, PsyD") over "- M. Okafor"."""
    names = [w for w in re.findall(r"[A-Z][A-Za-z'’-]{2,}", signed) if w.lower() not in _NOT_SURNAME]
    if not names:
        return False
    surname = re.compile(r"\b%s\b" % re.escape(names[-1]), re.I)
    return any(len(ln) < 90 and surname.search(ln) and cue("credential").search(ln) for ln in lines)


_NOT_SURNAME = {"signed", "electronically", "signature", "clinician", "therapist", "provider", "by", "on", "date"}


# The date-of-service field left empty: "Date of service:" with nothing after it (or only blanks).
_EMPTY_DOS = re.compile(r"^\s*(?:date of (?:service|session|visit)|DOS|service date|session date)\s*[:#\-]?\s*(?:_+|\[\s*\])?\s*(?:$|\s{3,})", re.I)


def _labelled_date(line: str, found) -> bool:
    """A date right after a date-of-service label ("DOS 03/02/2026") on the line."""
    return any(cue("date_of_service_label").search(line[max(0, m.start() - 25):m.start()]) for m in found)


# A date written without separators right after its label: "SVC DT: 031226" (MMDDYY), "DOS 03122026".
_COMPACT_DATE = re.compile(r"^\s*[:#\-]?\s*(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2}|20\d{2})\b")


def _compact_labelled_date(line: str) -> bool:
    return any(_COMPACT_DATE.match(line[m.end():]) for m in cue("date_of_service_label").finditer(line))


def date_of_service_missing(case: CaseView, note: NoteView):
    lines = note.lines
    if any(_compact_labelled_date(ln) for ln in lines):
        return None
    signed, _ = signature(note)
    blank = next((ln for ln in lines if _EMPTY_DOS.match(ln)), None)
    if blank and not any(cue("date_of_service_label").search(ln) and dates_in(ln) for ln in lines):
        return blank.strip(), "the date-of-service field is empty"
    for ln in lines:
        found = dates_in(ln)
        if not found or (ln == signed and not _labelled_date(ln, found)):
            continue  # the date a note was signed is not its date of service, unless the line labels it so
        if cue("date_of_service_label").search(ln):
            return None
        if cue("transmission_stamp").search(ln) or CONTACT_LINE.search(ln):
            continue  # a fax machine's or mail header's stamp dates the sending, not the session
        if lines and ln == lines[0] and not re.search(r"\b(?:DOB|birth|born|next|due|target|expires?)\b", ln, re.I):
            return None  # a dated title ("TREATMENT PLAN - 08/11/2025") dates the document itself
        for m in found:
            before = ln[max(0, m.start() - 40):m.start()]
            if not cue("date_not_service").search(before):
                return None
    return note.first_line, "no date of service in the note"


RULES = {
    "diagnosis_missing": diagnosis_missing,
    "diagnosis_unspecified": per_note(diagnosis_unspecified, "diagnosis_unspecified"),
    "diagnosis_inconsistent": diagnosis_inconsistent,
    "signature_missing": per_note(signature_missing, "signature_missing"),
    "credentials_missing": per_note(credentials_missing, "credentials_missing"),
    "date_of_service_missing": per_note(date_of_service_missing, "date_of_service_missing"),
}
