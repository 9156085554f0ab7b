"""Record rules: diagnosis (present, specific, consistent), signature, credentials, date of service."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from assistant.audit.catalog import codes as tables, cue, cues
from assistant.audit.hits import Hit, per_note
from assistant.audit.reading import CONTACT_LINE, CaseView, NoteView, dates_in, editorial
from assistant.audit.rules_session import negated
from assistant.audit.signing import lowercase_signoff, signature
from assistant.letters import patterns as P
from assistant.letters.clinical import find_diagnoses
from assistant.letters.patterns import segments

# ICD-10-CM as written in notes: F33.1, F43.10, F32.A, and the complete three-character codes F39 / F99.
ICD10 = re.compile(r"(?<![A-Za-z0-9.<_-])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4}|[FZ]\d{2})(?![0-9A-Za-z]|\.\d)")


@lru_cache(maxsize=1024)
def icd_codes(note: NoteView) -> list[tuple[str, str]]:
    """(code, sentence) for every ICD-10 code the note gives as a diagnosis (not a rule-out or family history)."""
    out, former = [], set()
    for s in note.sentences:
        for m in ICD10.finditer(s.text):
            if _FORMER.search(s.text[max(0, m.start() - 50):m.start()]) or cue("dx_former_after").match(s.text, m.end()):
                former.add(m.group(1))
            elif not P.DX_EXCLUDE.search(P.clause_before(s.text, m.start(), 40)):
                out.append((m.group(1), s.text))
    # a code the note names as the one replaced stays the old code where the note names it again ("F41.9 had been
    # entered before that review"), so only the codes it never names as replaced are its diagnoses
    return [(code, text) for code, text in out if code not in former]


# A code the note names as replaced: "F41.0 Panic disorder (updated from F41.9 on review of the history)".
# The preposition varies: "moved off F41.9", "switched away from", "in place of", "dropped"; when it was done may stand
# between ("recoded today from F43.20", "changed at this visit from", "updated on 11/03 from").
_FORMER = re.compile(r"\b(?:(?:updated|changed|revised|converted|moved|amended|upgraded|switched|corrected|recoded|re-coded)"
                     r"(?:\s+(?:today|now|on|at|in|this|that|the|last|session|visit|review|week|\d{1,2}/\d{1,2}(?:/\d{2,4})?)){0,3}"
                     r"\s+(?:from|off(?: of)?|away from)|previously|formerly|replac(?:es|ed|ing)|instead of|in place of|"
                     r"dropp(?:ed|ing)|retir(?:ed|ing)|no longer(?: coded| using)?|"
                     # the code an earlier record carried: "was entered as F43.20 at intake", "had been billed under"
                     r"(?:was|were|had been)\s+(?:first\s+|initially\s+|originally\s+)?(?:entered|coded|billed|listed|"
                     r"recorded|logged|charted|submitted|given)\s+(?:as|under)|(?:originally|initially)(?:\s+(?:coded|entered|"
                     r"billed|listed|recorded))?(?:\s+(?:as|under))?)\s+(?:the\s+)?"
                     # whose code it was: "changed from last week's F43.10", "updated from the intake's F41.9"
                     r"(?:(?:last|the|previous|prior|earlier|old|original|initial|intake)\s+(?:(?:week|session|visit|note|month|intake)"
                     r"(?:\x27s|\u2019s|s\x27)\s+)?|(?:intake|week|session|visit|note)(?:\x27s|\u2019s)\s+)?(?:code\s+|dx\s+)?$", re.I)


@lru_cache(maxsize=1024)
def has_diagnosis(note: NoteView) -> bool:
    """The note names a diagnosis: an ICD-10 code, a DSM name, a filled diagnosis line or grid column."""
    if icd_codes(note) or note.has_line("diagnosis_label") or _grid_diagnosis(note.lines):
        return True
    # "Diagnosis: Dx deferred pending records" names no diagnosis, though it fills the field
    return bool(note.text.strip() and [d for d in find_diagnoses(segments([note.text]))
                                       if not cue("diagnosis_deferred").match(d.name)])


_DX_COLUMN = re.compile(r"^\s*(?:dx|diagnos[ie]s|icd(?:-?10)?(?:-cm)?)\b", re.I)


def _grid_diagnosis(lines: Sequence[str]) -> str:
    """An ICD-10 code in the Dx column of a grid drawn with "|" ("| Dx / need | Plan goal |" over "| F41.1 ... |")."""
    column = None
    for ln in lines:
        if "|" not in ln:
            continue
        cells = ln.strip().strip("|").split("|")
        if column is None:
            column = next((i for i, c in enumerate(cells) if _DX_COLUMN.match(c)), None)
        elif column < len(cells) and ICD10.search(cells[column]):
            return ln
    return ""


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
        detail = _affirmed(cue(group), note.text) or (group == "detail_ptsd" and _onset_long_ago(note.text)) \
            or _told(note, group + "_told")
        if detail:
            return sentence, f"{code} is unspecified, but the note documents '{detail.group(0).strip()}'"
    return None


def _affirmed(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of rx that no negation governs: "no panic attacks" is not the detail of a panic disorder."""
    return next((m for m in rx.finditer(text) if not negated(text, m.start())), None)


def _told(note: NoteView, name: str) -> re.Match[str] | None:
    """The first match of a plain-words vocabulary (cues.yaml "<group>_told") that nothing negates ("no low mood",
    "denies worry, tearfulness or hopelessness"), outside goals; None when the group has no such vocabulary."""
    rx = cues().get(name)
    if rx is None:
        return None
    for s in note.sentences:
        if s.kind not in ("goals", "discharge"):
            found = next((m for m in rx.finditer(s.text) if not negated(s.text, m.start())), None)
            if found:
                return found
    return None


# Symptoms dated by the year they began: "nightmares and startle since 2022" in a note of 10/2026.
_SINCE_YEAR = re.compile(r"\b(?:symptoms?|nightmares?|flashbacks?|startle|avoidance|hypervigilan\w+|intrusive \w+|re-?experiencing|"
                         r"triggers?|panic|dissociat\w+)\b[^.;]{0,40}?\bsince\s+((?:19|20)\d\d)\b", re.I)
_NOTE_DATE = re.compile(r"\b(0?[1-9]|1[0-2])/\d{1,2}/((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-\d{2}\b")


def _onset_long_ago(text: str) -> re.Match[str] | None:
    """Symptoms since a year at least three months before the note's date of service (onset taken as that year's end):
    the duration that makes the condition chronic, told by its year."""
    service = "\n".join(ln for ln in text.splitlines() if cue("date_of_service_label").search(ln))
    dated = [(int(m.group(2) or m.group(3)), int(m.group(1) or m.group(4))) for m in _NOTE_DATE.finditer(service or text)]
    if not dated:
        return None
    year, month = max(dated)
    return next((m for m in _SINCE_YEAR.finditer(text) if (year - int(m.group(1))) * 12 + month - 12 >= 4), None)


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
    if any(_FORMER.search(s.text[max(0, m.start() - 50):m.start()]) for s in note.sentences for m in ICD10.finditer(s.text)):
        return True
    return any(cue("diagnosis_change_reason").search(_CODE_TITLE.sub(" ", s.text))
               for s in note.sentences if ICD10.search(s.text) or re.search(r"diagnos|\bdx\b|\bcod(?:e|es|ed|ing)\b", s.text, re.I))


# A code and its title ("F11.21 Opioid use disorder, severe, in early remission"): the title names the new code, it
# gives no reason for the change; it runs over words and commas and stops at other marks or at a word that opens a
# reason ("F33.1 MDD, recurrent, updated after ...").
_CODE_TITLE = re.compile(r"(?<![A-Za-z0-9.<_-])[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?(?:[\s,]+(?!(?:updated|changed|revised|amended|"
                         r"corrected|clarified|recoded|re-coded|now|per|after|since|based|as|because|due|given|following)\b)"
                         r"[A-Za-z][\w'/-]*)*", re.I)


# --- signature, credentials, date ----------------------------------------------------------------
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
    block = above + lines[at:at + 2] + _signature_paragraph(note, signed) + [ln for ln in lines if cue("clinician_label").search(ln)]
    if any(cue("credential").search(ln) for ln in block) or _credentialed_elsewhere(signed, lines) or lowercase_signoff(signed):
        return None
    return signed, "signed without credentials or licence type"


def _signature_paragraph(note: NoteView, signed: str) -> list[str]:
    """The signed line and the lines under it up to the next blank line (at most four): a signature block headed
    "Signature Line" or "Electronically signed on <date>" names its signer a line or two further down."""
    raw = [ln.strip() for ln in note.text.splitlines()]
    if signed not in raw:
        return []
    at = raw.index(signed)
    end = next((i for i in range(at + 1, len(raw)) if not raw[i]), len(raw))
    return raw[at:min(end, at + 4)]


def _credentialed_elsewhere(signed: str, lines: Sequence[str]) -> bool:
    """The signer's surname on a short line with credentials: a letterhead ("MARISOL OKAFOR, PsyD") over "- M. Okafor"."""
    names = [w for w in re.findall(r"[A-Z][A-Za-z'’-]{2,}", signed) if w.lower() not in _NOT_SURNAME]
    if not names:
        return False
    surname = re.compile(r"\b%s\b" % re.escape(names[-1]), re.I)
    return any(len(ln) < 90 and surname.search(ln) and cue("credential").search(ln) for ln in lines)


_NOT_SURNAME = {"signed", "electronically", "signature", "clinician", "therapist", "provider", "by", "on", "date"}


# The date-of-service field left empty: "Date of service:" with nothing after it (or only blanks).
_EMPTY_DOS = re.compile(r"^\s*(?:date of (?:service|session|visit)|DOS|service date|session date|visit date)\s*[:#\-]?\s*(?:_+|\[\s*\])?\s*(?:$|\s{3,})", re.I)


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
        if editorial(ln) and not cue("date_of_service_label").search(ln):
            continue  # a transcriber's remark in brackets ("[no date on this page; between the 8/4 and 8/18 entries]")
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
