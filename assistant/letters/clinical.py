"""Finders for diagnoses, medications and billing codes."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.pronouns import client_pronoun, owned_by_other, relative_subject, someone_else_subject
from assistant.letters.facts import Diagnosis, Finding, Medication, labelled
from assistant.letters.patterns import Segment
from assistant.letters.coded_names import canonical_diagnosis, code_name
from assistant.letters.ruled_out import set_aside

# Z00-Z13: persons encountering health services for examinations and screening (no condition is named).
# Codes for the visit rather than a condition: examinations and screenings (Z00-Z13), exposures and vaccinations, pregnancy
# and postpartum care (Z20-Z39), procedures and aftercare (Z40-Z53), a repeat prescription and long-term drug use (Z76,
# Z79). Psychosocial Z codes (Z55-Z65, Z91) stay diagnoses.
_ENCOUNTER_CODE = re.compile(r"^Z(?:0\d|1[0-3]|[2-4]\d|5[0-3]|76|79)(?:\.|$)")


def find_diagnoses(segs: Sequence[Segment]) -> tuple[Diagnosis, ...]:
    """Diagnoses with their ICD-10 codes first, then uncoded DSM names in a diagnostic context."""
    found: dict[str, Diagnosis] = {}
    fields: set[str] = set()  # codes named in a diagnosis field: its name beats a prose mention's ("... seizures -
    for seg in segs:          # functional neurological ..." read as "symptom disorder ...")
        lower = list(P.ICD10_LOWER.finditer(seg.text)) if seg.kind == "dx" or P.DX_CONTEXT.search(seg.text) else []
        for m in list(P.ICD10.finditer(seg.text)) + lower:
            code = next(g for g in m.groups() if g).upper()
            if _ENCOUNTER_CODE.match(code):
                continue  # "ref. dx: Z13.31" (encounter for depression screening) codes the visit, not a diagnosis
            if not P.DX_EXCLUDE.search(P.clause_before(seg.text, m.start(), 40)):
                field = (label := P.LABEL.match(seg.text)) is not None and P.label_kind(label.group(1)) == "dx"
                name = code_name(seg.text, m)
                if code not in found or field and code not in fields and name and not _KEY_AS_NAME.match(name):
                    found[code] = Diagnosis(name, code, seg.text, seg.note_index)
                if field:
                    fields.add(code)
    coded = {canonical_diagnosis(d.name) for d in found.values()}
    for k, seg in enumerate(segs):
        hits = [(name, m) for name, rx in P.DIAGNOSIS_RES for m in rx.finditer(seg.text)]
        if seg.kind in ("dx", "assessment") or P.DX_CONTEXT.search(seg.text) or P.ICD10.search(seg.text):
            hits += [(P.ABBREV_CANON[m.group(1)], m) for m in P.DIAGNOSIS_ABBREV.finditer(seg.text)]
        for name, m in hits:
            if _QUALIFIES.search(seg.text[max(0, m.start() - 12):m.start()]) or _in_coded_bracket(seg.text, m.start()):
                continue  # "F50.89 OSFED (atypical anorexia nervosa, with purging)": the coded diagnosis described, not another
            if name not in coded and not P.DX_EXCLUDE.search(P.clause_before(seg.text, m.start(), 60)) \
                    and not (coded and _treated_before(seg.text, m.start())) and not set_aside(segs, k, name):
                found.setdefault(name.lower(), Diagnosis(name, None, seg.text, seg.note_index))
    if not found:  # a filled diagnosis field names a condition our list lacks: carried as written
        for seg in segs:
            for f in labelled(seg, "dx", 1):
                name = re.split(r"[;(]|,\s*(?:ICD|DSM)|\s[-\u2013\u2014]\s", f.text)[0].strip(" .,:")
                if re.search(r"[A-Za-z]{4}", name) and not _NOT_A_DIAGNOSIS.search(name) and not re.fullmatch(P.PLACEHOLDER, name) \
                        and not _DEFERRED.search(f.text):
                    found.setdefault(name.lower(), Diagnosis(name, None, seg.text, seg.note_index))
    return tuple(_named_codes(found).values())


_NOT_A_DIAGNOSIS = re.compile(r"^\W*(?:(?:dx|diagnos[ie]s|impression)\s*[:\-]?\s+)?(?:deferred|pending|tbd|to be (?:determined|assigned|made|given|established|confirmed|decided|clarified)|not yet (?:assigned|made|given|established|determined)|awaiting|none|n/?a|unknown|see (?:above|below|attached)|"
                              r"rule[- ]out|r/o|provisional|no diagnosis|yours|theirs|(?:per|see|from) (?:the |your |his |her )?(?:attending|psychiatr\w*|md|prescriber|pcp|h&p|admission|chart))\b|\?\s*$|_{3,}|^\W*(?:(?:behaviou?ral|mental)[- ]health|psychiatric|psych|psychological|crisis|medical|routine)?\s*(?:evaluation|assessment|consult(?:ation)?|screening|visit|observation|follow[- ]?up|check[- ]?up|exam)\W*$", re.I)  # the visit


_QUALIFIES = re.compile(r"\batypical\s+$", re.I)


# Care "for" a condition told as past ("8 sessions of CBT for panic disorder in college (2012)", "sertraline since 2023,
# for panic", "treated for bulimia as a teen") is history: beside coded diagnoses, the condition is not a current one.
_FOR_BEFORE = re.compile(r"\b(?:for|of)\s+(?:her|his|their|the)?\s*$", re.I)
_PAST_MARK = re.compile(r"\b(?:19|20)\d\d\b|\bin (?:college|high school|school|childhood|the past)\b|\bas a (?:child|kid|teen\w*)\b|"
                        r"\byears? ago\b|\bpreviously\b|\bhad \d+ sessions\b|\b(?:was|were) treated\b", re.I)


def _treated_before(text: str, at: int) -> bool:
    return bool(_FOR_BEFORE.search(text[max(0, at - 20):at])) and bool(_PAST_MARK.search(P.clause_of(text, at, ";")))


def _in_coded_bracket(text: str, at: int) -> bool:
    """A name inside the bracket that follows a coded diagnosis on its line describes that diagnosis."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    opened = line.rfind("(")
    return opened > line.rfind(")") and bool(P.ICD10.search(line[:opened]))


# An impression that leaves the diagnosis for later describes distress, it names no diagnosis: "high distress on the
# RHS-15 ...; full diagnostic evaluation to be completed", "diagnosis deferred pending the psychological testing".
_DEFERRED = re.compile(r"\b(?:diagnos[ie]s|diagnostic (?:impression|formulation)|dx)\s+(?:is\s+|was\s+|remains\s+)?(?:deferred|pending|held|to be (?:made|determined|completed|confirmed|assigned|given|established))|"
                       r"\b(?:full|formal|complete|comprehensive)?\s*diagnostic (?:evaluation|assessment|interview) (?:is\s+)?(?:to be|pending|scheduled|"
                       r"not yet)|\bno (?:formal |DSM(?:-5)? )?diagnosis (?:yet|given|made|assigned)\b", re.I)


# An export gives the code and its name as two fields ("- icd10: F43.12" / "description: PTSD, chronic"): the code's
# "name" is then its key, and the name is the uncoded diagnosis found in the same note.
_KEY_AS_NAME = re.compile(r"^\W*(?:(?:billing|billed|claim|encounter|working|admitting|principal|primary|secondary)\s*)?"
                          r"(?:icd[- _]?10(?:[- _]?cm)?|icd|code|dx|diagnosis|primary|secondary)?\W*$", re.I)


def _named_codes(found: dict[str, Diagnosis]) -> dict[str, Diagnosis]:
    for code, d in list(found.items()):
        if d.icd10 and _KEY_AS_NAME.match(d.name):
            uncoded = [k for k, x in found.items() if x.icd10 is None]  # same note first, else the case's only one
            named = next((k for k in uncoded if found[k].note_index == d.note_index), uncoded[0] if len(uncoded) == 1 else None)
            if named:
                found[code] = replace(d, name=found.pop(named).name)
    return found


def find_medications(segs: Sequence[Segment]) -> tuple[Medication, ...]:
    """Named medications (known names, or any word followed by a dose in a medication context)."""
    found: dict[str, Medication] = {}
    pronoun = client_pronoun(seg.text for seg in segs)
    for seg in segs:
        if P.FAMILY_HISTORY.match(seg.text) or someone_else_subject(seg.text, pronoun):
            continue  # a relative's medication says nothing of the client's
        hits = [(m.group(1), m.end()) for m in P.MEDICATION_RE.finditer(seg.text)
                if not P.negated(seg.text, m.start()) and not P.MED_PAST.search(P.clause_of(seg.text, m.start(), ";:,"))
                and not _listed_after_past(seg.text, m.start())
                and not P.OTHER_MED_OWNER.search(seg.text[max(0, m.start() - 80):m.start()])
                and not owned_by_other(seg.text[max(0, m.start() - 20):m.start()], seg.text)
                and not (_SUBSTANCE_DX.search(P.clause_of(seg.text, m.start(), ";")) and not P.DOSE_AFTER.match(seg.text[m.end():]))]
        if seg.kind == "meds" or P.MED_CUE.search(seg.text):
            hits += [(m.group(1), m.end(1)) for m in P.UNKNOWN_DOSED_MED.finditer(seg.text)
                     if m.group(1).lower() not in P.NOT_A_MED and not P.MEDICATION_RE.fullmatch(m.group(1))
                     and not P.OTHER_MED_OWNER.search(seg.text[max(0, m.start() - 80):m.start()])]
        for name, end in hits:
            dose = P.DOSE_AFTER.match(seg.text[end:])
            found.setdefault(name.lower(), Medication(name, dose.group(0).strip() if dose else None, seg.text, seg.note_index))
    return tuple(found.values())


# "Adequate trials of sertraline, venlafaxine and vortioxetine": every drug of a list after a past cue is a past trial
_NOW_WORD = re.compile(r"\b(?:now|currently|current|still|continues?|remains?|takes?|taking|is|are|on)\b", re.I)


def _listed_after_past(text: str, at: int) -> bool:
    """ "Adequate trials of sertraline, venlafaxine", "4 adequate trials confirmed: sertraline 150 mg ~10 wk, ..." (the
    cue in the words before the list's colon), "was given Valium, which she stopped after a month"."""
    if _STOPPED_AFTER.match(text, at):
        return True
    clause = P.clause_of(text, at, ";:")
    start = text.find(clause) if clause else -1
    before = text[start:at] if 0 <= start <= at else ""
    line = text[:at].rsplit("\n", 1)[-1]
    colon = line.rfind(":")
    if colon >= 0 and ". " not in line[colon:] and P.MED_PAST.search(line[max(0, colon - 60):colon]):
        before = line[max(0, colon - 60):colon + 1] + before  # the list's own heading: "failed trials: a 150 mg (2019); b 90 mg (2021)"
    cue = list(P.MED_PAST.finditer(before))
    return bool(cue) and not _NOW_WORD.search(before[cue[-1].end():])


_STOPPED = r"(?:stopped|discontinued|quit|came off|went off|tapered off|weaned off)"
_STOPPED_AFTER = re.compile(r"[\w-]*[^.;]{0,50}?(?:\b(?:which|that)\s+(?:(?:she|he|they|the (?:client|patient))\s+|(?:was|were)\s+)?%s\b|"
                            r"\b(?:but|and)\s+(?:(?:she|he|they)\s+)?%s\s+(?:it|them|taking (?:it|them))\b)" % (_STOPPED, _STOPPED), re.I)


def _relatives_own(before: str) -> bool:
    """"Mother has never taken anything for her anxiety" is the mother's status; "Her mother reports she takes no
    medications" is the client's, told by her mother."""
    return relative_subject(before) and not re.search(r"\b(?:reports?|reported|says?|said|states?|stated|notes?|noted|"
                                                      r"confirms?|confirmed|tells?|told|adds?|added)\b", before, re.I)


def find_medication_status(segs: Sequence[Segment], meds: Sequence[Medication]) -> tuple[Finding, ...]:
    """Medication status: current psychiatric drugs, none, declined or pending evaluation (drugs for the body, such
    as a statin or an iron supplement, state no psychiatric medication status)."""
    out = [Finding("current: %s" % " ".join(filter(None, (m.name, m.dose))), m.evidence, m.note_index) for m in meds
           if m.name.lower() not in P.NON_PSYCHIATRIC and not (_only_suggested(_clause_naming(m.evidence, m.name)) and _only_suggested(m.evidence))]
    pronoun = client_pronoun(seg.text for seg in segs)
    for seg in segs:
        if someone_else_subject(seg.text, pronoun):
            continue
        for status, rx in (("none", P.MED_NONE), ("declined", P.MED_DECLINED), ("pending", P.MED_PENDING)):
            out += [Finding(status, seg.text, seg.note_index) for m in rx.finditer(seg.text)
                    if not _relatives_own(seg.text[:m.start()]) and not (status == "none" and _GIVEN_AT.match(seg.text, m.end()))][:1]
        out += [Finding("stated: " + f.text, f.evidence, f.note_index) for f in labelled(seg, "meds", 1)
                if not _body_meds_only(f.text) and not _MEANS_SAFETY.search(seg.text) and not all(_only_suggested(c) for c in seg.text.split(";") if c.strip())
                and not (_UNNAMED_MED.search(f.text) and not _names_a_med(f.text)) and not _someone_elses_meds(f.text)]
        if seg.form == "table" and seg.kind == "meds" and re.search(r"[A-Za-z]{2}.*\d|\d.*\b(?:mg|qhs|bid|daily)\b", seg.text):
            out.append(Finding("stated: " + seg.text, seg.text, seg.note_index))  # "Li carb ER 900 qhs" in a dose column
        if seg.kind == "meds" and not P.LABEL.match(seg.text) and re.match(r"^\W*(?:none|no|nil|n/a|denies)\b", seg.text, re.I) \
                and (not re.match(r"^\W*no\b\W*\w", seg.text, re.I) or P.MED_NONE.search(seg.text)) \
                and not re.search(r"\b(?:given|administered|needed|required)\b", seg.text, re.I):
            out.append(Finding("none", seg.text, seg.note_index))  # "MEDICATION" heading, then "None."
    return tuple(out)


# A drug only raised or offered ("his PCP brought up sertraline; he said he would think about it") is no medication yet.
_SUGGESTED = re.compile(r"\b(?:brought up|suggested|recommended|offered|raised|mentioned|discussed|proposed)\b|"
                        r"\b(?:would|will|wants to|going to) think (?:about|it over)|\bconsidering\b|\bthinking about\b", re.I)
_TAKING = re.compile(r"\b(?:takes?|taking|took|on|started|continues?|continuing|prescribed|resumed|remains on|adherent)\b", re.I)


def _only_suggested(text: str) -> bool:
    return bool(_SUGGESTED.search(text)) and not _TAKING.search(text)


# A meds field about another person's drugs: "Meds: went over Harold's carbidopa-levodopa chart with her".
_OWNER_BEFORE = re.compile(r"(?:<PERSON_\d+>|\b(?!(?:Client|Patient|Member|Pt)\b)[A-Z][a-z]+|\b(?:husband|wife|partner|mother|father|"
                           r"mom|dad|son|daughter|brother|sister|grandmother|grandfather))['\u2019]s\s+$")


_THEIR_MED_WORDS = re.compile(r"(?:<PERSON_\d+>|\b(?!(?:Client|Patient|Member|Pt)\b)[A-Z][a-z]+|\b(?:husband|wife|partner|mother|father|"
                              r"mom|dad|son|daughter|brother|sister))['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:timing|chart|schedule|doses?|pills?|"
                              r"meds|medications?)\b")


def _someone_elses_meds(text: str) -> bool:
    return bool(_THEIR_MED_WORDS.search(text)) or any(_OWNER_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                                                     for m in P.MEDICATION_RE.finditer(text))


def _clause_naming(text: str, name: str) -> str:
    """The ;-clause of a medication line that names the drug ("lamotrigine 200 mg daily; Dr. W considering lurasidone":
    the first drug is taken, only the second is raised)."""
    at = text.lower().find(name.lower())
    return P.clause_of(text, at) if at >= 0 else text


# "No psychotropics given in ED", "no PRNs needed overnight": what happened at one visit, not what the client takes.
_GIVEN_AT = re.compile(r"\s*(?:were |was )?(?:given|administered|needed|required|used)\b", re.I)


# A medication the notes cannot name is no status yet: "takes something at night for sleep ... unsure of name".
_UNNAMED_MED = re.compile(r"\b(?:something|some (?:kind of )?(?:pill|med|medication|medicine)s?|a (?:pill|med)\b|unsure of (?:the )?names?|"
                          r"(?:doesn't|does not|don't|do not|can't|cannot|couldn't) (?:know|remember|recall) (?:the |its |what )?(?:names?|it's called|it is)|"
                          r"name (?:unknown|not known)|unknown (?:name|medication|meds?)|to be reconciled|will reconcile|"
                          # or points elsewhere: "see PCP list", "managed by psychiatry - no change", "mom to bring the bottles"
                          r"see|per|managed (?:by|elsewhere)|followed by|handled by|bring (?:in )?(?:the |her |his |their |all )?(?:bottles|meds|list)|"
                          r"on file|in (?:the )?(?:chart|record|EHR|MAR)|"
                          # or says only that nothing changed, or what is still to do: "no changes this week", "ask pediatrician"
                          r"no (?:changes?|updates?|adjustments?)|unchanged|same as (?:before|last)|(?:ask|check with|confirm with|"
                          r"verify with|get (?:it |the list )?from|obtain from|call)\s+(?:the |her |his |their )?[A-Za-z]+)\b", re.I)


def _names_a_med(text: str) -> bool:
    """A named medication in the text: a known drug, or a word with a dose."""
    return bool(P.MEDICATION_RE.search(text) or P.UNKNOWN_DOSED_MED.search(text))


# A drug word inside a substance-use diagnosis is the substance, not a prescription: "Stimulant use disorder,
# amphetamine-type (methamphetamine), severe - F15.20", "opioid use disorder (heroin, fentanyl)".
_SUBSTANCE_DX = re.compile(r"\buse disorder\b|-type\b|\bF1\d\.\d", re.I)


# Where the household keeps its pills is lethal-means safety, not the client's medication: "Medications locked: [x] Yes".
_MEANS_SAFETY = re.compile(r"\b(?:med(?:ication)?s|pills|prescriptions)\W{0,3}(?:are\s+|were\s+|kept\s+)?"
                           r"(?:locked|secured|stored|in a lock ?box|lock ?box|removed from the home|counted by)", re.I)


def _body_meds_only(text: str) -> bool:
    """A medication line that names drugs, every one of them for the body ("metoprolol 25 mg, atorvastatin 20 mg")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}
    named = {m.group(1).lower() for m in P.MEDICATION_RE.finditer(text)} | (words & P.NON_PSYCHIATRIC)
    return bool(named) and named <= P.NON_PSYCHIATRIC


def find_cpt_codes(notes: Sequence[str]) -> tuple[str, ...]:
    """CPT, HCPCS and revenue codes written anywhere in the notes."""
    codes = (next(g for g in m.groups() if g) for note in notes for m in P.CPT.finditer(note))
    return tuple(dict.fromkeys(codes))
